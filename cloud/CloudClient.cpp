#include "CloudClient.h"

#include "ApiCodes.h"
#include "Tc3Signature.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace cvm::cloud {

namespace {

bool retryableCode(const QString &code)
{
    return code.startsWith(api::codes::RequestLimitExceeded) ||
           code.startsWith(api::codes::InternalError) ||
           code == codes::ServiceUnavailable;
}

} // namespace

struct CloudClient::Job
{
    CloudCall call;
    Done done;
    int attempts = 0;
    quint64 generation = 0;
};

void ClientOptions::setRate(double perSecond)
{
    defaultRate = perSecond;
    for (auto it = rates.begin(); it != rates.end(); ++it)
        it.value() = perSecond;
}

CloudClient::CloudClient(const QUrl &endpoint, const QList<CloudCredential> &credentials,
                         const ClientOptions &options, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_options(options),
      m_network(new QNetworkAccessManager(this))
{
    for (const CloudCredential &c : credentials)
        m_credentials.insert(c.accountId, c);
    m_network->setAutoDeleteReplies(false);
    m_clock.start();
}

CloudClient::~CloudClient()
{
    cancel();
}

QUrl CloudClient::endpointFromText(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("default"))
        return defaultEndpoint();
    if (text == QLatin1String("intl"))
        return internationalEndpoint();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return url;
}

const CloudCredential *CloudClient::credential(const QString &accountId) const
{
    const auto it = m_credentials.constFind(accountId);
    return it == m_credentials.cend() ? nullptr : &*it;
}

CloudClient::Prepared CloudClient::prepare(const QUrl &endpoint, const CloudCredential &credential,
                                           const CloudCall &call, qint64 timestamp,
                                           const QString &language)
{
    return sign(endpoint, credential, call.action, call.region,
                QJsonDocument(call.parameters).toJson(QJsonDocument::Compact), timestamp, language);
}

CloudClient::Prepared CloudClient::sign(const QUrl &endpoint, const CloudCredential &credential,
                                        const QString &action, const QString &region,
                                        const QByteArray &body, qint64 timestamp,
                                        const QString &language, const QByteArray &contentType)
{
    Prepared p;
    p.body = body;
    // The Host header as the network layer sends it: with the port when it is not the
    // scheme's own.
    QByteArray host = endpoint.host().toUtf8();
    const int defaultPort = endpoint.scheme() == QLatin1String("https") ? 443 : 80;
    if (endpoint.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(endpoint.port());
    Tc3Signature::Request r;
    r.method = "POST";
    r.headers = {{"content-type", contentType}, {"host", host}};
    r.payload = p.body;
    r.timestamp = timestamp;
    r.service = "cvm";
    p.headers = {{"Authorization",
                  Tc3Signature::authorization(credential.secretId, credential.secretKey, r)},
                 {"Content-Type", contentType},
                 {"Host", host},
                 {"X-TC-Action", action.toUtf8()},
                 {"X-TC-Version", "2017-03-12"},
                 {"X-TC-Timestamp", QByteArray::number(timestamp)},
                 {"X-TC-Language", language.toUtf8()}};
    if (!region.isEmpty())
        p.headers.append({"X-TC-Region", region.toUtf8()});
    if (!credential.token.isEmpty())
        p.headers.append({"X-TC-Token", credential.token});
    return p;
}

CloudAnswer CloudClient::parseAnswer(const QByteArray &body)
{
    CloudAnswer a;
    QJsonParseError error;
    const QJsonObject response =
        QJsonDocument::fromJson(body, &error).object().value(QStringLiteral("Response")).toObject();
    if (error.error != QJsonParseError::NoError || response.isEmpty()) {
        a.code = api::codes::InternalError;
        a.message = tr("The endpoint's answer is not an API 3.0 response.");
        return a;
    }
    a.requestId = response.value(QStringLiteral("RequestId")).toString();
    const QJsonObject e = response.value(QStringLiteral("Error")).toObject();
    if (!e.isEmpty()) {
        a.code = e.value(QStringLiteral("Code")).toString();
        a.message = e.value(QStringLiteral("Message")).toString();
        if (a.code.isEmpty())
            a.code = api::codes::InternalError;
        return a;
    }
    a.response = response;
    return a;
}

void CloudClient::send(const CloudCall &call, Done done)
{
    auto job = std::make_shared<Job>();
    job->call = call;
    job->done = std::move(done);
    job->generation = m_generation;
    enqueue(job, 0);
}

void CloudClient::enqueue(std::shared_ptr<Job> job, qint64 notBeforeMs)
{
    // Each account's action has its slots: the request waits for its own, and the next one
    // starts 1/rate after it.
    const double rate = m_options.rateFor(job->call.action);
    const qint64 now = m_clock.elapsed();
    double at = double(qMax(now, notBeforeMs));
    const QString key = job->call.accountId + QLatin1Char('/') + job->call.action;
    ++m_perKey[key];
    if (rate > 0) {
        at = qMax(at, m_nextSlot.value(key, 0));
        m_nextSlot.insert(key, at + 1000.0 / rate);
    }
    const qint64 wait = qint64(std::ceil(at)) - now;
    if (wait <= 0) {
        m_ready.push_back(job);
        pump();
        return;
    }
    m_waiting.append(job);
    const quint64 generation = m_generation;
    // A precise timer: a coarse one may fire up to 5 % early, faster than the rate allows.
    QTimer::singleShot(int(wait), Qt::PreciseTimer, this, [this, job, generation] {
        if (generation != m_generation || !m_waiting.removeOne(job))
            return;
        m_ready.push_back(job);
        pump();
    });
}

double CloudClient::minimumSeconds() const
{
    double longest = 0;
    for (auto it = m_perKey.cbegin(); it != m_perKey.cend(); ++it) {
        const double rate = m_options.rateFor(it.key().section(QLatin1Char('/'), 1));
        if (rate > 0)
            longest = qMax(longest, (it.value() - 1) / rate);
    }
    return longest;
}

void CloudClient::pump()
{
    while (!m_ready.empty() && m_running.size() < m_options.maxInFlight) {
        std::shared_ptr<Job> job = m_ready.front();
        m_ready.pop_front();
        start(job);
    }
}

void CloudClient::start(const std::shared_ptr<Job> &job)
{
    const CloudCredential *c = credential(job->call.accountId);
    if (!c) {
        CloudAnswer a;
        a.code = api::codes::AuthFailureSecretIdNotFound;
        a.message = tr("No credentials for account %1.").arg(job->call.accountId);
        job->done(a);
        return;
    }
    ++job->attempts;
    ++m_sent;
    const Prepared p =
        prepare(m_endpoint, *c, job->call, QDateTime::currentSecsSinceEpoch(), m_options.language);
    QNetworkRequest request(m_endpoint);
    for (const auto &[name, value] : p.headers) {
        if (name != "Host")
            request.setRawHeader(name, value);
    }
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_endpoint.scheme() == QLatin1String("https") && !m_options.caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(m_options.caFile));
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network->post(request, p.body);
    m_running.insert(reply, job);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { finished(job, reply); });
}

void CloudClient::finished(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    if (!m_running.remove(reply))
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    CloudAnswer answer;
    if (error == QNetworkReply::SslHandshakeFailedError) {
        answer.code = CloudAnswer::tlsCode();
        answer.message = tr("The endpoint's certificate is not trusted, so nothing was sent: %1")
                             .arg(reply->errorString());
        retryOrFinish(job, answer, false);
        return;
    }
    if (error == QNetworkReply::OperationCanceledError && job->generation != m_generation) {
        answer.code = CloudAnswer::cancelledCode();
        answer.message = tr("Cancelled.");
        retryOrFinish(job, answer, false);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status >= 500 || status == 0 ||
        (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)) {
        // No answer, or the server failed: worth another try.
        answer.code =
            status >= 500 ? QString(api::codes::InternalError) : CloudAnswer::networkCode();
        answer.message =
            status >= 500 ? tr("The endpoint answered HTTP %1.").arg(status) : reply->errorString();
        retryOrFinish(job, answer, true);
        return;
    }
    answer = parseAnswer(body);
    retryOrFinish(job, answer, !answer.ok() && retryableCode(answer.code));
}

void CloudClient::retryOrFinish(const std::shared_ptr<Job> &job, CloudAnswer answer, bool retryable)
{
    answer.attempts = job->attempts;
    if (retryable && job->attempts < m_options.maxAttempts && job->generation == m_generation) {
        ++m_retries;
        const int base = m_options.backoffMs << qMin(job->attempts - 1, 6);
        const int jitter = int(QRandomGenerator::global()->bounded(base / 2 + 1));
        enqueue(job, m_clock.elapsed() + base + jitter);
        pump();
        return;
    }
    const Done done = job->done;
    pump();
    done(answer);
}

void CloudClient::cancel()
{
    ++m_generation;
    QList<std::shared_ptr<Job>> ended(m_ready.begin(), m_ready.end());
    ended += m_waiting;
    m_ready.clear();
    m_waiting.clear();
    const auto running = m_running;
    m_running.clear();
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        it.key()->abort();
        it.key()->deleteLater();
        ended.append(it.value());
    }
    CloudAnswer a;
    a.code = CloudAnswer::cancelledCode();
    a.message = tr("Cancelled.");
    for (const auto &job : std::as_const(ended))
        job->done(a);
}

} // namespace cvm::cloud

#include "HttpEndpoint.h"

#include "ApiCodes.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace cvm::api {
namespace {

// A handshake of the configuration with itself on loopback: a key that is not the
// certificate's is found before serving, not by every client. Empty when it succeeds.
QString handshakeProblem(const QSslConfiguration &configuration)
{
    QSslServer probe;
    probe.setSslConfiguration(configuration);
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {}; // nothing to learn here; serving will tell
    QString problem;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        problem = QStringLiteral("no TLS handshake within 10 seconds");
        loop.quit();
    });
    QObject::connect(&probe, &QSslServer::errorOccurred, &loop,
                     [&](QSslSocket *socket, QAbstractSocket::SocketError) {
                         problem = socket->errorString();
                         loop.quit();
                     });
    QObject::connect(&probe, &QSslServer::pendingConnectionAvailable, &loop, &QEventLoop::quit);
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, [&] {
        if (problem.isEmpty())
            problem = client.errorString();
        loop.quit();
    });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), probe.serverPort());
    timeout.start(10000);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    client.abort();
    return problem;
}

} // namespace

HttpEndpoint::HttpEndpoint(Operations &operations, ApiCredentials credentials,
                           const QString &workspaceFile, QObject *parent)
    : HttpEndpoint(operations, std::move(credentials),
                   *new Document(operations.workspace(), workspaceFile), parent)
{
    m_ownDocument.reset(&m_document);
}

HttpEndpoint::HttpEndpoint(Operations &operations, ApiCredentials credentials, Document &document,
                           QObject *parent)
    : QObject(parent), m_server(std::make_unique<QTcpServer>()),
      m_service(operations, std::move(credentials)), m_ops(operations), m_document(document)
{
    // Emitted once a connection is ready: over TLS, after its handshake.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpEndpoint::accept);
}

HttpEndpoint::~HttpEndpoint() = default;

bool HttpEndpoint::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool HttpEndpoint::setTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!QSslSocket::supportsSsl())
        return fail(QCoreApplication::translate(
            "HttpEndpoint", "HTTPS is not available: Qt found no TLS library (OpenSSL)."));
    QFile certificateIn(certificateFile);
    if (!certificateIn.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("HttpEndpoint", "The certificate %1 cannot be read: %2")
                .arg(certificateFile, certificateIn.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateIn.readAll());
    if (chain.isEmpty() || chain.first().isNull())
        return fail(QCoreApplication::translate(
                        "HttpEndpoint", "%1 holds no certificate in PEM form (BEGIN CERTIFICATE).")
                        .arg(certificateFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("HttpEndpoint", "The private key %1 cannot be read: %2")
                .arg(keyFile, keyIn.errorString()));
    const QByteArray keyData = keyIn.readAll();
    QSslKey key;
    for (const QSsl::EncodingFormat format : {QSsl::Pem, QSsl::Der}) {
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            if (key.isNull())
                key = QSslKey(keyData, algorithm, format, QSsl::PrivateKey);
        }
    }
    if (key.isNull())
        return fail(QCoreApplication::translate(
                        "HttpEndpoint",
                        "%1 holds no private key that can be used: an RSA, EC or DSA key in PEM "
                        "or DER form, without a passphrase.")
                        .arg(keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    // Clients sign their requests; they show no certificate.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    const QString handshake = handshakeProblem(configuration);
    if (!handshake.isEmpty())
        return fail(QCoreApplication::translate(
                        "HttpEndpoint",
                        "The certificate %1 and the private key %2 cannot serve HTTPS together (is "
                        "the key the certificate's?): %3")
                        .arg(certificateFile, keyFile, handshake));
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpEndpoint::accept);
    m_server = std::move(server);
    m_tls = true;
    return true;
}

quint16 HttpEndpoint::listen(const QHostAddress &address, quint16 port)
{
    if (!isLoopback(address) && !m_insecureAllowed && !m_tls)
        return 0;
    m_server->setMaxPendingConnections(m_limits.maxConnections);
    if (auto *tls = qobject_cast<QSslServer *>(m_server.get()))
        tls->setHandshakeTimeout(m_limits.requestTimeoutMs);
    return m_server->listen(address, port) ? m_server->serverPort() : 0;
}

void HttpEndpoint::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= m_limits.maxConnections) {
            // Answered at once and closed: a refused connection holds nothing.
            const QByteArray body =
                ApiService::commonError(codes::RequestLimitExceeded,
                                        QStringLiteral("(%1 connections at most; try again later)")
                                            .arg(m_limits.maxConnections))
                    .body;
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        auto *connection = new HttpConnection(
            socket, m_limits, [this](const ApiRequest &r) { return answer(r); }, this);
        ++m_connections;
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    }
}

std::optional<FaultPlan> FaultPlan::parse(const QString &spec)
{
    FaultPlan plan;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        if (name == QLatin1String("slowms") || name == QLatin1String("seed")) {
            const uint n = value.toUInt(&ok);
            if (!ok || (name == QLatin1String("slowms") && n > 600000))
                return std::nullopt;
            if (name == QLatin1String("seed"))
                plan.seed = n;
            else
                plan.slowMs = int(n);
            continue;
        }
        const double p = value.toDouble(&ok);
        if (!ok || p < 0 || p > 1)
            return std::nullopt;
        if (name == QLatin1String("ratelimit"))
            plan.rateLimit = p;
        else if (name == QLatin1String("error"))
            plan.error = p;
        else if (name == QLatin1String("slow"))
            plan.slow = p;
        else if (name == QLatin1String("drop"))
            plan.drop = p;
        else
            return std::nullopt;
    }
    if (plan.rateLimit + plan.error + plan.drop > 1)
        return std::nullopt;
    return plan;
}

void HttpEndpoint::setFaults(const FaultPlan &faults)
{
    m_faults = faults;
    m_faultRandom.seed(faults.seed);
}

ApiReply HttpEndpoint::answer(const ApiRequest &request)
{
    if (m_faults) {
        const double roll = m_faultRandom.generateDouble();
        const double slow = m_faultRandom.generateDouble();
        const FaultPlan &f = *m_faults;
        if (roll < f.rateLimit + f.error + f.drop) {
            ++m_faultsInjected;
            ApiReply reply;
            if (roll < f.rateLimit) {
                reply = ApiService::commonError(
                    codes::RequestLimitExceeded,
                    QStringLiteral("(an injected fault: --faults ratelimit)"));
            } else if (roll < f.rateLimit + f.error) {
                reply = ApiService::commonError(
                    codes::InternalError, QStringLiteral("(an injected fault: --faults error)"));
                reply.httpStatus = 500;
            } else {
                reply.drop = true;
            }
            return reply;
        }
        if (slow < f.slow) {
            ++m_faultsInjected;
            QThread::msleep(ulong(f.slowMs));
        }
    }
    ChangeRecording recording(m_ops.workspace());
    ApiReply reply = m_service.handle(request);
    recording.stop();
    ++m_requests;
    if (!recording.isEmpty()) {
        QString error;
        if (m_document.isUntitled()) {
            // Nowhere to save: the change lives in memory, and the document says so.
            m_document.setModified(true);
        } else if (!m_document.save(&error)) {
            // Not on disk, so not done: the client is told, and memory is as it was.
            m_ops.takeBack(recording, codes::InternalError);
            Q_EMIT saveFailed(error);
            reply.changed = false;
            reply.body =
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("Response"),
                         QJsonObject{{QStringLiteral("Error"),
                                      QJsonObject{{QStringLiteral("Code"), codes::InternalError},
                                                  {QStringLiteral("Message"), error}}},
                                     {QStringLiteral("RequestId"),
                                      QUuid::createUuid().toString(QUuid::WithoutBraces)}}}})
                    .toJson(QJsonDocument::Compact);
        }
    }
    Q_EMIT requestHandled(m_requests);
    return reply;
}

} // namespace cvm::api

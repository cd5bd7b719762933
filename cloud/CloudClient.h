#pragma once

#include "CloudCodes.h"
#include "CloudCredentials.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace cvm::cloud {

// How the client behaves towards the cloud.
struct ClientOptions
{
    int maxInFlight = 8;   // requests under way at once, across regions and actions
    int maxAttempts = 5;   // tries of one request that meets a retryable failure
    int timeoutMs = 30000; // one try's time, from sending to the whole answer
    int backoffMs = 500;   // the first retry's wait; it doubles with each retry, with jitter
    // Requests per second per account and action. Tencent documents "a maximum of 10 requests
    // per second" for the image actions it states a limit for; 20 is its usual default for the
    // others. 0 means no limit.
    double defaultRate = 20;
    QHash<QString, double> rates = {{QStringLiteral("ModifyImageSharePermission"), 10},
                                    {QStringLiteral("SyncImages"), 10},
                                    {QStringLiteral("CreateImage"), 10},
                                    {QStringLiteral("DescribeImageQuota"), 10},
                                    {QStringLiteral("ModifyImageAttribute"), 10}};
    QString caFile; // certificates (PEM) to trust beside the system's, e.g. a private endpoint's
    QString language = QStringLiteral("en-US"); // X-TC-Language of the cloud's messages

    double rateFor(const QString &action) const { return rates.value(action, defaultRate); }
    void setRate(double perSecond); // every action
};

struct CloudCall
{
    QString accountId;
    QString region; // X-TC-Region; empty for none
    QString action;
    QJsonObject parameters;
};

struct CloudAnswer
{
    QJsonObject response; // the "Response" object of a success
    QString code;         // Tencent's error code, or a transport failure's (see below)
    QString message;
    QString requestId;
    int attempts = 0;
    bool ok() const { return code.isEmpty(); }
    // Failures before the cloud answered: the client's own codes.
    static QString networkCode() { return codes::ClientErrorNetwork; }
    static QString tlsCode() { return codes::ClientErrorCertificate; }
    static QString cancelledCode() { return codes::ClientErrorCancelled; }
};

// Tencent Cloud API 3.0 over HTTPS (or HTTP to a local endpoint): each request signed with
// TC3-HMAC-SHA256 by its account's keys, at most `maxInFlight` under way, each account and
// action held to its rate, and RequestLimitExceeded, InternalError, HTTP 5xx, timeouts and
// dropped connections retried with exponential backoff a bounded number of times. Certificate
// errors are never ignored: the request fails with a message that says so.
class CloudClient final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CloudAnswer &)>;

    CloudClient(const QUrl &endpoint, const QList<CloudCredential> &credentials,
                const ClientOptions &options = {}, QObject *parent = nullptr);
    ~CloudClient() override;

    static QUrl defaultEndpoint()
    {
        return QUrl(QStringLiteral("https://cvm.tencentcloudapi.com"));
    }
    static QUrl internationalEndpoint()
    {
        return QUrl(QStringLiteral("https://cvm.intl.tencentcloudapi.com"));
    }
    // "default", "intl" or a URL; an invalid URL gives an empty one.
    static QUrl endpointFromText(const QString &text);

    const QUrl &endpoint() const { return m_endpoint; }
    QStringList accountIds() const { return m_credentials.keys(); }
    const CloudCredential *credential(const QString &accountId) const;

    // Sends the call (after any wait its rate asks for); `done` is called once, on this thread.
    void send(const CloudCall &call, Done done);
    // Every request queued or under way ends with cancelledCode().
    void cancel();
    int requestsSent() const { return m_sent; }
    int retries() const { return m_retries; }
    // The shortest time the requests sent so far could have taken at the rates set: for the
    // busiest account and action, its requests spaced one slot apart (0 without limits).
    double minimumSeconds() const;

    // The signed request of `call`, as sent (for the tests of the signature).
    struct Prepared
    {
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    static Prepared prepare(const QUrl &endpoint, const CloudCredential &credential,
                            const CloudCall &call, qint64 timestamp, const QString &language);
    // The same for a body as given (Tencent's published test vectors have their own layout).
    static Prepared sign(const QUrl &endpoint, const CloudCredential &credential,
                         const QString &action, const QString &region, const QByteArray &body,
                         qint64 timestamp, const QString &language,
                         const QByteArray &contentType = "application/json; charset=utf-8");
    // What a response body says: success, an API error, or not an API answer at all.
    static CloudAnswer parseAnswer(const QByteArray &body);

private:
    struct Job;
    void enqueue(std::shared_ptr<Job> job, qint64 notBeforeMs);
    void pump();
    void start(const std::shared_ptr<Job> &job);
    void finished(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    void retryOrFinish(const std::shared_ptr<Job> &job, CloudAnswer answer, bool retryable);

    QUrl m_endpoint;
    QHash<QString, CloudCredential> m_credentials;
    ClientOptions m_options;
    QNetworkAccessManager *m_network;
    QElapsedTimer m_clock;
    // The earliest time (ms on m_clock) the next request of an account's action may start.
    QHash<QString, double> m_nextSlot;
    QHash<QString, int> m_perKey; // requests (tries included) per account and action
    std::deque<std::shared_ptr<Job>> m_ready;
    QList<std::shared_ptr<Job>> m_waiting; // for their slot or a retry
    QHash<QNetworkReply *, std::shared_ptr<Job>> m_running;
    int m_sent = 0;
    int m_retries = 0;
    quint64 m_generation = 0; // cancel() moves it on; older timers find nothing to do
};

} // namespace cvm::cloud

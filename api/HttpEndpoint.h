#pragma once

#include "ApiService.h"
#include "Document.h"
#include "HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <optional>
#include <memory>

class QTcpServer;

namespace cvm::api {

// Faults the endpoint injects, for tests of clients: the fraction of requests answered
// RequestLimitExceeded, answered HTTP 500 (InternalError), answered late, or whose connection is
// dropped unanswered. None of them carries the request out. Deterministic for a seed.
struct FaultPlan
{
    double rateLimit = 0;
    double error = 0;
    double slow = 0;
    double drop = 0;
    int slowMs = 1000;
    quint32 seed = 1;
    // "ratelimit=0.1,error=0.05,slow=0.05,drop=0.05,slowms=2000,seed=7"; nullopt when malformed.
    static std::optional<FaultPlan> parse(const QString &spec);
};

// The API over HTTP: POST or GET / in any signing style ApiService takes, answered by it. A change
// is saved with its document (atomically) before the answer is sent; a change that cannot be saved
// is taken back and answered InternalError, so that what a client is told succeeded is on disk.
// Requests are handled one at a time, in the order they arrive. Its own small HTTP/1.1 reader
// (QHttpServer 6.4 reads whole requests before anyone can look at them) keeps every client within
// HttpLimits. With a certificate it speaks HTTPS (QSslServer), as tccli and the cloud itself always
// do.
class HttpEndpoint final : public QObject
{
    Q_OBJECT

public:
    // Serves `document`, saving through it (the console's document, shared with the window).
    HttpEndpoint(Operations &operations, ApiCredentials credentials, Document &document,
                 QObject *parent = nullptr);
    // Serves a document of its own for `workspaceFile` (none: changes stay in memory).
    HttpEndpoint(Operations &operations, ApiCredentials credentials, const QString &workspaceFile,
                 QObject *parent = nullptr);
    ~HttpEndpoint() override;

    // Before listen().
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    void setFaults(const FaultPlan &faults);
    quint64 faultsInjected() const { return m_faultsInjected; }
    const HttpLimits &limits() const { return m_limits; }
    // Speaks HTTPS with this certificate (PEM, the chain after it) and its private key (PEM or
    // DER, not encrypted). False, with `error` in the operator's language, when they cannot be
    // used; the endpoint then stays plain HTTP.
    bool setTls(const QString &certificateFile, const QString &keyFile, QString *error);
    bool isTls() const { return m_tls; }
    // Over plain HTTP, signatures and answers cross the network in the clear, so the endpoint
    // listens on loopback only unless this is allowed, or it speaks HTTPS.
    void setInsecureListenAllowed(bool allowed) { m_insecureAllowed = allowed; }
    static bool isLoopback(const QHostAddress &address);

    // Returns the port listened on, or 0 when it could not listen (or may not: see above).
    quint16 listen(const QHostAddress &address, quint16 port);
    quint64 requestCount() const { return m_requests; }
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    void requestHandled(quint64 count);
    void saveFailed(const QString &error);

private:
    void accept();
    ApiReply answer(const ApiRequest &request);

    std::unique_ptr<Document> m_ownDocument;
    std::unique_ptr<QTcpServer> m_server;
    ApiService m_service;
    Operations &m_ops;
    Document &m_document;
    HttpLimits m_limits;
    bool m_insecureAllowed = false;
    bool m_tls = false;
    int m_connections = 0;
    quint64 m_requests = 0;
    std::optional<FaultPlan> m_faults;
    QRandomGenerator m_faultRandom;
    quint64 m_faultsInjected = 0;
};

} // namespace cvm::api

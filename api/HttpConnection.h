#pragma once

#include "ApiService.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace cvm::api {

// What one client may send, and for how long; checked before anything is read past them.
struct HttpLimits
{
    // From Content-Length, before the body is read: a TC3-HMAC-SHA256 request's, and a form's
    // (the older signature), as API 3.0 documents them.
    qint64 maxBody = ApiService::kMaxBody;
    qint64 maxFormBody = ApiService::kMaxFormBody;
    // The request line and all header lines together: a GET's parameters are in the request line,
    // and API 3.0 takes GET requests of up to 32 KB.
    int maxHeaderBytes = 32 * 1024;
    int maxHeaderCount = 64;
    int requestTimeoutMs = 30 * 1000; // to send a whole request, from connecting or the last answer
    int maxConnections = 64;
    qint64 maxUnsentBytes = 4 * 1024 * 1024; // answers not yet taken by the client
};

// One HTTP/1.1 connection to the endpoint: reads a request's head within the limits, then
// exactly Content-Length bytes of body, answers it, and goes on with the next request on the
// same connection. A connection that breaks a limit is answered and closed.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ApiReply(const ApiRequest &)>;

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers with `status` and the reply's body, then closes.
    void refuse(int status, const ApiReply &reply);

private:
    void readInput();
    // Reads the head that ends at `end`; false when it was refused (and answered).
    bool readHead(qsizetype end);
    void respond(int status, const QByteArray &body, bool close);
    void drainAndClose();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    Handler m_handler;
    QTimer m_timer;
    QByteArray m_buffer;
    ApiRequest m_request;
    qint64 m_bodyLength = -1; // -1 while the head is read
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_shutDown = false;
};

} // namespace cvm::api

#include "HttpConnection.h"

#include "ApiCodes.h"

#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace cvm::api {
namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

// Where the head ends (just past its blank line), or -1 while it is incomplete.
qsizetype headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    qsizetype end = crlf >= 0 ? crlf + 4 : -1;
    if (lf >= 0 && (end < 0 || lf + 2 < end))
        end = lf + 2;
    return end;
}

bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (c <= ' ' || c >= 127 || QByteArrayLiteral("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler,
                               QObject *parent)
    : QObject(parent), m_socket(socket), m_limits(limits), m_handler(std::move(handler))
{
    m_socket->setParent(this);
    // Qt reads no more than this ahead of the parser; the rest waits in the kernel.
    m_socket->setReadBufferSize(64 * 1024);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_closing)
            drainAndClose();
        else
            readInput(); // answers were waiting for the client to take them
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_timer.start(m_limits.requestTimeoutMs);
    readInput();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::refuse(int status, const ApiReply &reply)
{
    respond(status, reply.body, true);
}

void HttpConnection::readInput()
{
    while (!m_closing && m_socket->state() == QAbstractSocket::ConnectedState) {
        // A client that does not take its answers gets no more of them.
        if (m_socket->bytesToWrite() > m_limits.maxUnsentBytes)
            return;
        if (m_bodyLength < 0) {
            const qsizetype end = headEnd(m_buffer);
            if (end < 0) {
                if (m_buffer.size() > m_limits.maxHeaderBytes) {
                    refuse(431, ApiService::commonError(
                                    codes::RequestSizeLimitExceeded,
                                    QStringLiteral("The request headers exceed %1 bytes.")
                                        .arg(m_limits.maxHeaderBytes)));
                    return;
                }
                const QByteArray more =
                    m_socket->read(m_limits.maxHeaderBytes + 4 - m_buffer.size());
                if (more.isEmpty())
                    return;
                m_buffer += more;
                continue;
            }
            if (!readHead(end))
                return;
            continue;
        }
        if (m_buffer.size() < m_bodyLength) {
            const QByteArray more = m_socket->read(m_bodyLength - m_buffer.size());
            if (more.isEmpty())
                return;
            m_buffer += more;
            continue;
        }
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_bodyLength = -1;
        const ApiReply reply = m_handler(m_request);
        m_request = ApiRequest();
        if (reply.drop) {
            m_socket->abort();
            deleteLater();
            return;
        }
        respond(reply.httpStatus, reply.body, !m_keepAlive);
        if (!m_closing)
            m_timer.start(m_limits.requestTimeoutMs);
    }
}

bool HttpConnection::readHead(qsizetype end)
{
    auto bad = [this](int status, const QString &detail) {
        refuse(status, ApiService::commonError(codes::InvalidParameter, detail));
        return false;
    };
    if (end > m_limits.maxHeaderBytes + 4) {
        refuse(431, ApiService::commonError(codes::RequestSizeLimitExceeded,
                                            QStringLiteral("The request headers exceed %1 bytes.")
                                                .arg(m_limits.maxHeaderBytes)));
        return false;
    }
    QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end);
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty())
        return bad(400, QStringLiteral("The request line is not METHOD PATH HTTP/1.1."));
    const QByteArray version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return bad(505, QStringLiteral("Only HTTP/1.1 is spoken here."));
    ApiRequest request;
    request.method = requestLine.at(0);
    int count = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if (++count > m_limits.maxHeaderCount) {
            refuse(
                431,
                ApiService::commonError(
                    codes::RequestSizeLimitExceeded,
                    QStringLiteral("More than %1 request headers.").arg(m_limits.maxHeaderCount)));
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).toLower();
        if (colon <= 0 || !isToken(name))
            return bad(400, QStringLiteral("A request header is malformed."));
        // One value per name: two Content-Lengths or two signatures leave room for doubt.
        if (request.headers.contains(name))
            return bad(
                400, QStringLiteral("The header %1 is sent twice.").arg(QString::fromLatin1(name)));
        request.headers.insert(name, line.mid(colon + 1).trimmed());
    }
    const QByteArray connection = request.headers.value("connection").toLower();
    m_keepAlive =
        version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    if (request.headers.contains("transfer-encoding")) {
        refuse(411, ApiService::commonError(codes::UnsupportedProtocol,
                                            QStringLiteral("Send the body with Content-Length.")));
        return false;
    }
    qint64 length = 0;
    if (request.headers.contains("content-length")) {
        const QByteArray text = request.headers.value("content-length");
        bool ok = !text.isEmpty() && text.size() <= 18;
        for (const char c : text)
            ok = ok && c >= '0' && c <= '9';
        length = ok ? text.toLongLong(&ok) : -1;
        if (!ok)
            return bad(400, QStringLiteral("Content-Length is not a number."));
    }
    // Refused from the head: a body over the limit is never read. A request signed in its
    // Authorization header is TC3-HMAC-SHA256; one without is a form with the older signature.
    const qint64 maxBody =
        request.headers.contains("authorization") ? m_limits.maxBody : m_limits.maxFormBody;
    if (length > maxBody) {
        refuse(200, ApiService::commonError(codes::RequestSizeLimitExceeded,
                                            QStringLiteral("(%1 bytes at most)").arg(maxBody)));
        return false;
    }
    const QByteArray target = requestLine.at(1);
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.left(query);
    request.query = query < 0 ? QByteArray() : target.mid(query + 1);
    if (path != "/") {
        refuse(404, ApiService::commonError(codes::UnsupportedProtocol,
                                            QStringLiteral("Requests go to /.")));
        return false;
    }
    if (request.headers.value("expect").toLower() == "100-continue" && m_buffer.size() < length)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_request = std::move(request);
    m_bodyLength = length;
    return true;
}

void HttpConnection::respond(int status, const QByteArray &body, bool close)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        (close ? "\r\nConnection: close\r\n\r\n" : "\r\nConnection: keep-alive\r\n\r\n");
    m_socket->write(head + body);
    if (close) {
        m_closing = true;
        m_buffer.clear();
        m_timer.start(m_limits.requestTimeoutMs); // bounds the closing too
        drainAndClose();
    }
}

// Closing with unread input would reset the connection, and the client could lose the answer:
// the answer is sent, the sending side shut, and what the client still sends is read and
// dropped until it closes (or the timer ends it).
void HttpConnection::drainAndClose()
{
    if (m_shutDown || m_socket->bytesToWrite() > 0)
        return;
    m_shutDown = true;
#ifdef Q_OS_UNIX
    // (Over TLS the connection is closed as TLS closes it: shutting the socket would cut it.)
    if (m_socket->state() == QAbstractSocket::ConnectedState &&
        !qobject_cast<QSslSocket *>(m_socket)) {
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        disconnect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readInput);
        connect(m_socket, &QTcpSocket::readyRead, this, [this] {
            char sink[4096];
            while (m_socket->read(sink, sizeof sink) > 0) {
            }
        });
        char sink[4096];
        while (m_socket->read(sink, sizeof sink) > 0) {
        }
        return;
    }
#endif
    m_socket->disconnectFromHost();
}

} // namespace cvm::api

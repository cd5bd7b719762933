#include "HttpEndpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace cvm::api {

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
    connect(m_server.get(), &QTcpServer::newConnection, this, &HttpEndpoint::accept);
}

HttpEndpoint::~HttpEndpoint() = default;

bool HttpEndpoint::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

quint16 HttpEndpoint::listen(const QHostAddress &address, quint16 port)
{
    if (!isLoopback(address) && !m_insecureAllowed)
        return 0;
    m_server->setMaxPendingConnections(m_limits.maxConnections);
    return m_server->listen(address, port) ? m_server->serverPort() : 0;
}

void HttpEndpoint::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= m_limits.maxConnections) {
            // Answered at once and closed: a refused connection holds nothing.
            const QByteArray body =
                ApiService::commonError(QStringLiteral("RequestLimitExceeded"),
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

ApiReply HttpEndpoint::answer(const ApiRequest &request)
{
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
            m_ops.takeBack(recording, QStringLiteral("InternalError"));
            Q_EMIT saveFailed(error);
            reply.changed = false;
            reply.body =
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("Response"),
                         QJsonObject{
                             {QStringLiteral("Error"),
                              QJsonObject{{QStringLiteral("Code"), QStringLiteral("InternalError")},
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

#include "HttpEndpoint.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
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
    : QObject(parent), m_server(std::make_unique<QHttpServer>()),
      m_service(operations, std::move(credentials)), m_ops(operations), m_document(document)
{
    m_server->route(QStringLiteral("/"), [this](const QHttpServerRequest &request) {
        ApiRequest r;
        r.method = request.method() == QHttpServerRequest::Method::Post  ? QByteArray("POST")
                   : request.method() == QHttpServerRequest::Method::Get ? QByteArray("GET")
                                                                         : QByteArray("OTHER");
        for (const auto &[name, value] : request.headers())
            r.headers.insert(name.toLower(), value);
        r.body = request.body();
        const ApiReply reply = handleSaved(r);
        ++m_requests;
        Q_EMIT requestHandled(m_requests);
        QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body);
        return response;
    });
}

ApiReply HttpEndpoint::handleSaved(const ApiRequest &request)
{
    ChangeRecording recording(m_ops.workspace());
    ApiReply reply = m_service.handle(request);
    recording.stop();
    if (recording.isEmpty())
        return reply;
    QString error;
    if (m_document.isUntitled()) {
        // Nowhere to save: the change lives in memory, and the document says so.
        m_document.setModified(true);
        return reply;
    }
    if (m_document.save(&error))
        return reply;
    // Not on disk, so not done: the client is told, and memory is as it was.
    m_ops.takeBack(recording, QStringLiteral("InternalError"));
    Q_EMIT saveFailed(error);
    reply.changed = false;
    reply.body =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("Response"),
                 QJsonObject{{QStringLiteral("Error"),
                              QJsonObject{{QStringLiteral("Code"), QStringLiteral("InternalError")},
                                          {QStringLiteral("Message"), error}}},
                             {QStringLiteral("RequestId"),
                              QUuid::createUuid().toString(QUuid::WithoutBraces)}}}})
            .toJson(QJsonDocument::Compact);
    return reply;
}

HttpEndpoint::~HttpEndpoint() = default;

quint16 HttpEndpoint::listen(const QHostAddress &address, quint16 port)
{
    const int bound = m_server->listen(address, port);
    return bound > 0 ? quint16(bound) : 0;
}

} // namespace cvm::api

#include "HttpEndpoint.h"

#include "WorkspaceFile.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cvm::api {

HttpEndpoint::HttpEndpoint(Operations &operations, ApiCredentials credentials,
                           const QString &workspaceFile, QObject *parent)
    : QObject(parent), m_server(std::make_unique<QHttpServer>()),
      m_service(operations, std::move(credentials)), m_ops(operations), m_file(workspaceFile)
{
    m_server->route(QStringLiteral("/"), [this](const QHttpServerRequest &request) {
        ApiRequest r;
        r.method = request.method() == QHttpServerRequest::Method::Post  ? QByteArray("POST")
                   : request.method() == QHttpServerRequest::Method::Get ? QByteArray("GET")
                                                                         : QByteArray("OTHER");
        for (const auto &[name, value] : request.headers())
            r.headers.insert(name.toLower(), value);
        r.body = request.body();
        ApiReply reply = m_service.handle(r);
        if (reply.changed && !m_file.isEmpty()) {
            QString error;
            if (!WorkspaceFile::save(m_ops.workspace(), m_file, &error)) {
                // The change stays in memory; the caller learns it is not on disk.
                Q_EMIT saveFailed(error);
                reply.body =
                    QJsonDocument(
                        QJsonObject{
                            {QStringLiteral("Response"),
                             QJsonObject{{QStringLiteral("Error"),
                                          QJsonObject{{QStringLiteral("Code"),
                                                       QStringLiteral("InternalError")},
                                                      {QStringLiteral("Message"), error}}},
                                         {QStringLiteral("RequestId"),
                                          QUuid::createUuid().toString(QUuid::WithoutBraces)}}}})
                        .toJson(QJsonDocument::Compact);
            }
        }
        ++m_requests;
        Q_EMIT requestHandled(m_requests);
        QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body);
        return response;
    });
}

HttpEndpoint::~HttpEndpoint() = default;

quint16 HttpEndpoint::listen(const QHostAddress &address, quint16 port)
{
    const int bound = m_server->listen(address, port);
    return bound > 0 ? quint16(bound) : 0;
}

} // namespace cvm::api

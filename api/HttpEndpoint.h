#pragma once

#include "ApiService.h"

#include "Document.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

class QHttpServer;

namespace cvm::api {

// The API over HTTP: POST / with the X-TC-* headers, answered by ApiService. A change is
// saved with its document (atomically) before the answer is sent; a change that cannot be
// saved is taken back and answered InternalError, so that what a client is told succeeded
// is on disk. Requests are handled one at a time, in the order they arrive.
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

    // Returns the port listened on, or 0 when it could not listen.
    quint16 listen(const QHostAddress &address, quint16 port);
    quint64 requestCount() const { return m_requests; }

Q_SIGNALS:
    void requestHandled(quint64 count);
    void saveFailed(const QString &error);

private:
    ApiReply handleSaved(const ApiRequest &request);

    std::unique_ptr<Document> m_ownDocument;
    std::unique_ptr<QHttpServer> m_server;
    ApiService m_service;
    Operations &m_ops;
    Document &m_document;
    quint64 m_requests = 0;
};

} // namespace cvm::api

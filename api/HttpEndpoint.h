#pragma once

#include "ApiService.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

class QHttpServer;

namespace cvm::api {

// The API over HTTP: POST / with the X-TC-* headers, answered by ApiService. A change is
// saved to the workspace file (atomically) before the answer is sent; requests are handled
// one at a time, in the order they arrive.
class HttpEndpoint final : public QObject
{
    Q_OBJECT

public:
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
    std::unique_ptr<QHttpServer> m_server;
    ApiService m_service;
    Operations &m_ops;
    QString m_file;
    quint64 m_requests = 0;
};

} // namespace cvm::api

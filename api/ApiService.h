#pragma once

#include "ApiCredentials.h"
#include "Clock.h"
#include "Operations.h"

#include <QHash>
#include <QJsonObject>

namespace cvm::api {

struct ApiRequest
{
    QByteArray method = "POST";
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct ApiReply
{
    int httpStatus = 200; // API errors are HTTP 200 too, as Tencent Cloud answers them
    QByteArray body;
    bool changed = false; // the workspace changed: save it before answering
};

// Tencent Cloud API 3.0 over a workspace: authenticates a request (TC3-HMAC-SHA256), reads
// its action and parameters as the CVM API 2017-03-12 defines them, and answers through the
// same core operations and rules as the console, with Tencent's error codes.
class ApiService final
{
public:
    static constexpr qint64 kMaxBody = 1024 * 1024;
    static constexpr qint64 kMaxClockSkew = 300;

    ApiService(Operations &operations, ApiCredentials credentials);

    ApiReply handle(const ApiRequest &request);
    // The actions this endpoint speaks.
    static QStringList actions();

private:
    struct Call;
    QJsonObject dispatch(Call &call);

    Operations &m_ops;
    ApiCredentials m_credentials;
    quint64 m_requests = 0;
};

} // namespace cvm::api

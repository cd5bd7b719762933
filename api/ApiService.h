#pragma once

#include "ApiCredentials.h"
#include "Clock.h"
#include "Operations.h"

#include <QHash>
#include <QJsonObject>
#include <map>

namespace cvm::api {

struct ApiRequest
{
    QByteArray method = "POST";
    QByteArray query;                      // after the '?' of the target, as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct ApiReply
{
    int httpStatus = 200; // API errors are HTTP 200 too, as Tencent Cloud answers them
    QByteArray body;
    bool changed = false; // the workspace changed: save it before answering
    bool drop = false;    // close the connection without answering (an injected fault)
};

// Tencent Cloud API 3.0 over a workspace: authenticates a request (TC3-HMAC-SHA256, or the
// older HmacSHA256/HmacSHA1 signature the SDKs still offer), reads
// its action and parameters as the CVM API 2017-03-12 defines them, and answers through the
// same core operations and rules as the console, with Tencent's error codes.
class ApiService final
{
public:
    // The request sizes API 3.0 documents: a TC3-HMAC-SHA256 POST up to 10 MB, a form signed
    // with HmacSHA256 or HmacSHA1 up to 1 MB (a GET, up to 32 KB in all, has no body).
    static constexpr qint64 kMaxBody = 10 * 1024 * 1024;
    static constexpr qint64 kMaxFormBody = 1024 * 1024;
    static constexpr qint64 kMaxClockSkew = 300;
    // Signatures remembered against replay at most (about 200 bytes each).
    static constexpr int kDefaultReplayCapacity = 50000;

    ApiService(Operations &operations, ApiCredentials credentials);

    ApiReply handle(const ApiRequest &request);

    // An action carried out for `accountId` in `region` as a signed request would be, through the
    // same reading of its parameters and the same rules, with no signature: how a pull makes a
    // pending change again on the state it pulled. The error is Tencent's code and message.
    struct Performed
    {
        QJsonObject result;
        QString errorCode;
        QString errorMessage;
        bool ok() const { return errorCode.isEmpty(); }
    };
    Performed perform(const QString &accountId, const QString &region, const QString &action,
                      const QJsonObject &parameters);
    // An answer with one of the common API 3.0 errors, for requests refused before handle().
    static ApiReply commonError(const QString &code, const QString &detail = QString());
    // The actions this endpoint speaks. Each is one entry of a table in ApiService.cpp: its
    // name, whether it changes the workspace, its handler and the parameters it documents.
    static QStringList actions();
    // Whether `action` is one of them that changes a workspace (all but the Describe* reads).
    static bool changes(const QString &action);
    // The parameters `action` reads (not those it refuses, nor the common ones).
    static QStringList parameters(const QString &action);
    // Whether `action` takes DryRun, a check that changes nothing.
    static bool takesDryRun(const QString &action);

    void setReplayCapacity(int signatures) { m_replayCapacity = signatures; }
    int rememberedSignatures() const { return int(m_seen.size()); }

private:
    struct SeenSignature
    {
        QString action;
        QString region;
        bool spent = false; // a change was carried out under it
    };
    void forgetExpiredSignatures(qint64 now);

    Operations &m_ops;
    ApiCredentials m_credentials;
    quint64 m_requests = 0;
    // Signatures of the requests within the time window, against replay.
    QHash<QByteArray, SeenSignature> m_seen;
    std::multimap<qint64, QByteArray> m_seenUntil; // the last second each one is valid
    int m_replayCapacity = kDefaultReplayCapacity;
};

} // namespace cvm::api

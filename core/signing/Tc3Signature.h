#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace cvm {

// Tencent Cloud API 3.0 request signing, TC3-HMAC-SHA256, as the official SDKs compute it;
// the endpoint verifies a request by computing the same signature with the caller's key.
class Tc3Signature final
{
public:
    struct Request
    {
        QByteArray method = "POST";
        QByteArray canonicalQuery; // "" for POST; the query string as sent for GET
        QList<QPair<QByteArray, QByteArray>> headers; // the signed headers, any case, in any order
        QByteArray payload;
        // X-TC-Content-SHA256: UNSIGNED-PAYLOAD: the literal "UNSIGNED-PAYLOAD" is hashed instead.
        bool unsignedPayload = false;
        qint64 timestamp = 0; // X-TC-Timestamp
        QByteArray service;   // e.g. "cvm"
    };

    struct Authorization
    {
        QByteArray secretId;
        QByteArray date; // YYYY-MM-DD of the credential scope
        QByteArray service;
        QList<QByteArray> signedHeaders;
        QByteArray signature;
    };

    static QByteArray date(qint64 timestamp);
    static QByteArray signedHeaders(const Request &r);
    static QByteArray canonicalRequest(const Request &r);
    static QByteArray stringToSign(const Request &r);
    static QByteArray signature(const QByteArray &secretKey, const Request &r);
    static QByteArray authorization(const QByteArray &secretId, const QByteArray &secretKey,
                                    const Request &r);
    // Parses an Authorization header; nullopt when it is not a well-formed TC3 header.
    static std::optional<Authorization> parse(const QByteArray &header);
};

} // namespace cvm

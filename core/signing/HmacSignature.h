#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

namespace cvm {

// The older API signature ("Signature v1"), which the SDKs still offer as signMethod HmacSHA256
// or HmacSHA1: every parameter, common ones included, travels in the form (POST) or the query
// string (GET), and the signature is the Base64 HMAC of
//   METHOD + host + path + '?' + key=value&... (all parameters but Signature, sorted by key,
//   neither keys nor values URL-encoded).
class HmacSignature final
{
public:
    enum class Method
    {
        HmacSha1,
        HmacSha256
    };

    // "HmacSHA1" (also when empty: the documented default) or "HmacSHA256"; nullopt otherwise.
    static std::optional<Method> method(const QByteArray &signatureMethod);
    static QByteArray stringToSign(const QByteArray &httpMethod, const QByteArray &host,
                                   const QByteArray &path,
                                   const QList<QPair<QByteArray, QByteArray>> &params);
    static QByteArray signature(const QByteArray &secretKey, Method method,
                                const QByteArray &stringToSign);
};

} // namespace cvm

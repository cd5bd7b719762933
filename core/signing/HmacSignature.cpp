#include "HmacSignature.h"

#include <QMessageAuthenticationCode>
#include <algorithm>

namespace cvm {

std::optional<HmacSignature::Method> HmacSignature::method(const QByteArray &signatureMethod)
{
    if (signatureMethod.isEmpty() || signatureMethod == "HmacSHA1")
        return Method::HmacSha1;
    if (signatureMethod == "HmacSHA256")
        return Method::HmacSha256;
    return std::nullopt;
}

QByteArray HmacSignature::stringToSign(const QByteArray &httpMethod, const QByteArray &host,
                                       const QByteArray &path,
                                       const QList<QPair<QByteArray, QByteArray>> &params)
{
    QList<QPair<QByteArray, QByteArray>> sorted;
    for (const auto &p : params) {
        if (p.first != "Signature")
            sorted.append(p);
    }
    // Byte order, as the SDKs sort (Go sort.Strings, Python sorted()).
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out = httpMethod + host + path + '?';
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            out += '&';
        out += sorted.at(i).first + '=' + sorted.at(i).second;
    }
    return out;
}

QByteArray HmacSignature::signature(const QByteArray &secretKey, Method method,
                                    const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(
               stringToSign, secretKey,
               method == Method::HmacSha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1)
        .toBase64();
}

} // namespace cvm

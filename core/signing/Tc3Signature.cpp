#include "Tc3Signature.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <algorithm>

namespace cvm {
namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QList<QPair<QByteArray, QByteArray>> normalised(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto &[k, v] : headers)
        out.append({k.trimmed().toLower(), v.trimmed()});
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

} // namespace

QByteArray Tc3Signature::date(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC)
        .date()
        .toString(Qt::ISODate)
        .toLatin1();
}

QByteArray Tc3Signature::signedHeaders(const Request &r)
{
    QList<QByteArray> keys;
    for (const auto &[k, v] : normalised(r.headers))
        keys.append(k);
    return keys.join(';');
}

QByteArray Tc3Signature::canonicalRequest(const Request &r)
{
    QByteArray headers;
    for (const auto &[k, v] : normalised(r.headers)) {
        // The current documentation lower-cases the value of x-tc-action; content-type and
        // host are signed as sent.
        headers += k + ':' + (k == "x-tc-action" ? v.toLower() : v) + '\n';
    }
    return r.method + "\n/\n" + r.canonicalQuery + '\n' + headers + '\n' + signedHeaders(r) + '\n' +
           sha256Hex(r.unsignedPayload ? QByteArrayLiteral("UNSIGNED-PAYLOAD") : r.payload);
}

QByteArray Tc3Signature::stringToSign(const Request &r)
{
    return "TC3-HMAC-SHA256\n" + QByteArray::number(r.timestamp) + '\n' + date(r.timestamp) + '/' +
           r.service + "/tc3_request\n" + sha256Hex(canonicalRequest(r));
}

QByteArray Tc3Signature::signature(const QByteArray &secretKey, const Request &r)
{
    const QByteArray secretDate = hmac("TC3" + secretKey, date(r.timestamp));
    const QByteArray secretService = hmac(secretDate, r.service);
    const QByteArray secretSigning = hmac(secretService, "tc3_request");
    return hmac(secretSigning, stringToSign(r)).toHex();
}

QByteArray Tc3Signature::authorization(const QByteArray &secretId, const QByteArray &secretKey,
                                       const Request &r)
{
    return "TC3-HMAC-SHA256 Credential=" + secretId + '/' + date(r.timestamp) + '/' + r.service +
           "/tc3_request, SignedHeaders=" + signedHeaders(r) +
           ", Signature=" + signature(secretKey, r);
}

std::optional<Tc3Signature::Authorization> Tc3Signature::parse(const QByteArray &header)
{
    const QByteArray prefix = "TC3-HMAC-SHA256 ";
    if (!header.startsWith(prefix))
        return std::nullopt;
    Authorization a;
    bool credential = false, signedHeaders = false, signature = false;
    for (QByteArray part : header.mid(prefix.size()).split(',')) {
        part = part.trimmed();
        const int eq = part.indexOf('=');
        if (eq < 0)
            return std::nullopt;
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "Credential") {
            const QList<QByteArray> scope = value.split('/');
            if (scope.size() != 4 || scope.at(3) != "tc3_request" || scope.at(0).isEmpty())
                return std::nullopt;
            a.secretId = scope.at(0);
            a.date = scope.at(1);
            a.service = scope.at(2);
            credential = true;
        } else if (key == "SignedHeaders") {
            a.signedHeaders = value.split(';');
            signedHeaders = !value.isEmpty();
        } else if (key == "Signature") {
            a.signature = value;
            signature = value.size() == 64;
        }
    }
    if (!credential || !signedHeaders || !signature)
        return std::nullopt;
    return a;
}

} // namespace cvm

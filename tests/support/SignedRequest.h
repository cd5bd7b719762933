#pragma once

// A request to the API endpoint as the Node SDK signs it (TC3-HMAC-SHA256 over content-type
// and host, the hostname without its port), for tests that drive the endpoint over HTTP.
#include "Tc3Signature.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace fixture {

struct SignedRequest
{
    QNetworkRequest request;
    QByteArray body;
};

inline SignedRequest signedRequest(const QUrl &url, const QByteArray &action,
                                   const QJsonObject &params, const QDateTime &now,
                                   const QByteArray &region = "ap-guangzhou",
                                   const QByteArray &secretId = "AKIDowner",
                                   const QByteArray &secretKey = "owner-secret")
{
    SignedRequest out;
    out.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    out.request.setUrl(url);
    out.request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    out.request.setRawHeader("X-TC-Action", action);
    out.request.setRawHeader("X-TC-Version", "2017-03-12");
    out.request.setRawHeader("X-TC-Region", region);
    out.request.setRawHeader("X-TC-Timestamp", QByteArray::number(now.toSecsSinceEpoch()));
    cvm::Tc3Signature::Request s;
    s.headers = {{"content-type", "application/json"}, {"host", url.host().toUtf8()}};
    s.payload = out.body;
    s.timestamp = now.toSecsSinceEpoch();
    s.service = "cvm";
    out.request.setRawHeader("Authorization",
                             cvm::Tc3Signature::authorization(secretId, secretKey, s));
    return out;
}

} // namespace fixture

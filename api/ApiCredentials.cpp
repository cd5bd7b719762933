#include "ApiCredentials.h"

#include "Ids.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cvm::api {

std::optional<ApiCredentials> ApiCredentials::load(const QString &fileName, QString *error)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("cvm::api::ApiCredentials", "Cannot read %1: %2")
                         .arg(fileName, f.errorString());
        return std::nullopt;
    }
    return fromJson(f.readAll(), error);
}

std::optional<ApiCredentials> ApiCredentials::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("cvm::api::ApiCredentials",
                                                "The credentials file is not valid JSON (%1).")
                        .arg(parse.errorString()));
    const QJsonArray list = doc.object().value(QStringLiteral("credentials")).toArray();
    ApiCredentials out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        ApiCredential c{o.value(QStringLiteral("SecretId")).toString().toUtf8(),
                        o.value(QStringLiteral("SecretKey")).toString().toUtf8(),
                        o.value(QStringLiteral("AccountId")).toString()};
        if (c.secretId.isEmpty() || c.secretKey.isEmpty() || !ids::isAccountId(c.accountId))
            return fail(QCoreApplication::translate(
                            "cvm::api::ApiCredentials",
                            "credentials[%1] needs a SecretId, a SecretKey and an AccountId.")
                            .arg(i));
        out.add(c);
    }
    if (out.size() == 0)
        return fail(QCoreApplication::translate("cvm::api::ApiCredentials",
                                                "The credentials file lists no credentials."));
    return out;
}

bool ApiCredentials::readableByOthers(const QString &fileName)
{
    return QFileInfo(fileName).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

const ApiCredential *ApiCredentials::find(const QByteArray &secretId) const
{
    const auto it = m_byId.constFind(secretId);
    return it == m_byId.cend() ? nullptr : &*it;
}

} // namespace cvm::api

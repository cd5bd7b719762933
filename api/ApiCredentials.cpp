#include "ApiCredentials.h"

#include "Ids.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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
    const QString unsafe = changeableByOthers(fileName);
    if (!unsafe.isEmpty()) {
        if (error)
            *error = unsafe;
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

QString ApiCredentials::changeableByOthers(const QString &fileName)
{
    const QFileInfo info(fileName);
    if (info.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return QCoreApplication::translate("cvm::api::ApiCredentials",
                                           "%1 can be changed by other users, who could put their "
                                           "own keys in it (chmod 600 %1).")
            .arg(fileName);
#ifdef Q_OS_UNIX
    const uint owner = info.ownerId();
    if (owner != 0 && owner != uint(::geteuid()))
        return QCoreApplication::translate("cvm::api::ApiCredentials",
                                           "%1 belongs to another user (%2), who could put their "
                                           "own keys in it.")
            .arg(fileName, info.owner().isEmpty() ? QString::number(owner) : info.owner());
#endif
    return {};
}

const ApiCredential *ApiCredentials::find(const QByteArray &secretId) const
{
    const auto it = m_byId.constFind(secretId);
    return it == m_byId.cend() ? nullptr : &*it;
}

} // namespace cvm::api

#include "CloudCredentials.h"

#include "ApiCredentials.h"
#include "Ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cvm::cloud {

std::optional<QByteArray> CloudCredentials::readPrivate(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!QFileInfo(fileName).isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    // Keys that others can read act as the operator's accounts: such a file is refused, as
    // `serve` refuses it.
    if (api::ApiCredentials::readableByOthers(fileName)) {
        *error = tr("%1 can be read by other users; its keys act as your accounts. Make it "
                    "private first (chmod 600 %1).")
                     .arg(fileName);
        return std::nullopt;
    }
    const QString changeable = api::ApiCredentials::changeableByOthers(fileName);
    if (!changeable.isEmpty()) {
        *error = changeable;
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QList<CloudCredential>> CloudCredentials::fromFile(const QString &fileName,
                                                                 QString *error)
{
    const std::optional<QByteArray> data = readPrivate(fileName, error);
    if (!data)
        return std::nullopt;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &parse);
    const QJsonValue list = doc.object().value(QStringLiteral("credentials"));
    if (parse.error != QJsonParseError::NoError || !list.isArray()) {
        *error = tr("%1 is not a credentials file: it needs {\"credentials\": [{\"AccountId\", "
                    "\"SecretId\", \"SecretKey\"}]}.")
                     .arg(fileName);
        return std::nullopt;
    }
    QList<CloudCredential> out;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        CloudCredential c;
        c.accountId = o.value(QStringLiteral("AccountId")).toString();
        c.secretId = o.value(QStringLiteral("SecretId")).toString().toUtf8();
        c.secretKey = o.value(QStringLiteral("SecretKey")).toString().toUtf8();
        c.token = o.value(QStringLiteral("Token")).toString().toUtf8();
        if (!ids::isAccountId(c.accountId) || c.secretId.isEmpty() || c.secretKey.isEmpty()) {
            *error = tr("%1: credentials[%2] needs an AccountId (digits), a SecretId and a "
                        "SecretKey.")
                         .arg(fileName)
                         .arg(i);
            return std::nullopt;
        }
        for (const CloudCredential &seen : std::as_const(out)) {
            if (seen.accountId == c.accountId) {
                *error = tr("%1: account %2 is listed twice.").arg(fileName, c.accountId);
                return std::nullopt;
            }
        }
        out.append(c);
    }
    if (out.isEmpty()) {
        *error = tr("%1 lists no credentials.").arg(fileName);
        return std::nullopt;
    }
    return out;
}

std::optional<CloudCredential> CloudCredentials::fromEnvironment(const QProcessEnvironment &env,
                                                                 const QString &accountId,
                                                                 QString *error)
{
    CloudCredential c;
    c.accountId = accountId;
    c.secretId = env.value(QStringLiteral("TENCENTCLOUD_SECRET_ID")).toUtf8();
    c.secretKey = env.value(QStringLiteral("TENCENTCLOUD_SECRET_KEY")).toUtf8();
    c.token = env.value(QStringLiteral("TENCENTCLOUD_TOKEN"),
                        env.value(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN")))
                  .toUtf8();
    c.defaultRegion = env.value(QStringLiteral("TENCENTCLOUD_REGION"));
    if (c.secretId.isEmpty() || c.secretKey.isEmpty()) {
        *error = tr("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not both set.");
        return std::nullopt;
    }
    if (!ids::isAccountId(accountId)) {
        *error = tr("The keys in the environment need the account they belong to: --account ID "
                    "(the account's digits).");
        return std::nullopt;
    }
    return c;
}

std::optional<CloudCredential> CloudCredentials::fromProfile(const QString &home,
                                                             const QString &profile,
                                                             const QString &accountId,
                                                             QString *error)
{
    if (profile.isEmpty() || profile.contains(QLatin1Char('/'))) {
        *error = tr("\"%1\" is not a tccli profile name.").arg(profile);
        return std::nullopt;
    }
    const QDir dir(
        QDir(home.isEmpty() ? QDir::homePath() : home).filePath(QStringLiteral(".tccli")));
    const QString credentialFile = dir.filePath(profile + QStringLiteral(".credential"));
    const std::optional<QByteArray> data = readPrivate(credentialFile, error);
    if (!data)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*data).object();
    CloudCredential c;
    c.accountId = accountId;
    c.secretId = o.value(QStringLiteral("secretId")).toString().toUtf8();
    c.secretKey = o.value(QStringLiteral("secretKey")).toString().toUtf8();
    c.token = o.value(QStringLiteral("token")).toString().toUtf8();
    if (c.secretId.isEmpty() || c.secretKey.isEmpty()) {
        *error = tr("%1 has no secretId and secretKey (tccli configure writes them).")
                     .arg(credentialFile);
        return std::nullopt;
    }
    // The region the profile works in, as tccli keeps it (older files keep it at the top).
    QFile configure(dir.filePath(profile + QStringLiteral(".configure")));
    if (configure.open(QIODevice::ReadOnly)) {
        const QJsonObject conf = QJsonDocument::fromJson(configure.readAll()).object();
        c.defaultRegion = conf.value(QStringLiteral("_sys_param"))
                              .toObject()
                              .value(QStringLiteral("region"))
                              .toString(conf.value(QStringLiteral("region")).toString());
    }
    if (!ids::isAccountId(accountId)) {
        *error = tr("A tccli profile does not name its account: give it with --account ID (the "
                    "account's digits).");
        return std::nullopt;
    }
    return c;
}

std::optional<QList<CloudCredential>> CloudCredentials::load(const CredentialSource &source,
                                                             QString *error,
                                                             const QProcessEnvironment &environment,
                                                             const QString &home)
{
    switch (source.kind) {
    case CredentialSource::Kind::File:
        return fromFile(source.file, error);
    case CredentialSource::Kind::Environment:
        if (const auto c = fromEnvironment(environment, source.accountId, error))
            return QList<CloudCredential>{*c};
        return std::nullopt;
    case CredentialSource::Kind::Profile:
        if (const auto c = fromProfile(home, source.profile, source.accountId, error))
            return QList<CloudCredential>{*c};
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace cvm::cloud

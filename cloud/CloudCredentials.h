#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace cvm::cloud {

// The keys one account signs its requests with. They live in the operator's files or
// environment only: never in the workspace file, never in the console's settings.
struct CloudCredential
{
    QString accountId;
    QByteArray secretId;
    QByteArray secretKey;
    QByteArray token;      // a temporary key's session token (X-TC-Token), or empty
    QString defaultRegion; // the region the source names, if any (tccli, TENCENTCLOUD_REGION)
};

// Where the keys come from.
struct CredentialSource
{
    enum class Kind
    {
        File, // the credentials file `serve --credentials` reads, with any number of accounts
        Environment, // the official SDKs' environment variables, for one account
        Profile      // a tccli profile, ~/.tccli/NAME.credential and NAME.configure
    };
    Kind kind = Kind::File;
    QString file;      // File
    QString profile;   // Profile
    QString accountId; // Environment and Profile: the account the keys belong to
};

class CloudCredentials final
{
    Q_DECLARE_TR_FUNCTIONS(cvm::cloud::CloudCredentials)

public:
    // The credentials of `source`; nullopt with `error` (in the operator's language) when they
    // cannot be used: a file missing, unreadable, malformed, or readable or changeable by others.
    static std::optional<QList<CloudCredential>>
    load(const CredentialSource &source, QString *error,
         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
         const QString &home = QString());

    // {"credentials": [{"AccountId", "SecretId", "SecretKey", "Token"?}]}
    static std::optional<QList<CloudCredential>> fromFile(const QString &fileName, QString *error);
    // TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_TOKEN (tccli's name) or
    // TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION.
    static std::optional<CloudCredential> fromEnvironment(const QProcessEnvironment &environment,
                                                          const QString &accountId, QString *error);
    // ~/.tccli/NAME.credential {"secretId", "secretKey", "token"?} and NAME.configure
    // {"_sys_param": {"region": …}} as tccli writes them.
    static std::optional<CloudCredential> fromProfile(const QString &home, const QString &profile,
                                                      const QString &accountId, QString *error);

private:
    // The file's content, or nullopt with `error` when it cannot or may not be read.
    static std::optional<QByteArray> readPrivate(const QString &fileName, QString *error);
};

} // namespace cvm::cloud

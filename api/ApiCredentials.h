#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace cvm::api {

// The credentials file of the endpoint: each SecretId with its SecretKey and the workspace
// account it acts as.
//   {"credentials": [{"SecretId": "AKID…", "SecretKey": "…", "AccountId": "100038472901"}]}
struct ApiCredential
{
    QByteArray secretId;
    QByteArray secretKey;
    QString accountId;
};

class ApiCredentials final
{
public:
    static std::optional<ApiCredentials> load(const QString &fileName, QString *error);
    static std::optional<ApiCredentials> fromJson(const QByteArray &json, QString *error);
    // True when other users may read the file (the endpoint warns).
    static bool readableByOthers(const QString &fileName);
    // Why other users could change the file (and put their keys in it), or empty when they
    // cannot: it is group- or world-writable, or owned by another user than root or the one
    // running the endpoint. load() refuses such a file.
    static QString changeableByOthers(const QString &fileName);

    void add(const ApiCredential &c) { m_byId.insert(c.secretId, c); }
    const ApiCredential *find(const QByteArray &secretId) const;
    int size() const { return int(m_byId.size()); }

private:
    QHash<QByteArray, ApiCredential> m_byId;
};

} // namespace cvm::api

#pragma once

#include "Cloud.h"
#include "CloudClient.h"

#include <QObject>
#include <QSet>

namespace cvm::cloud {

// Reads what the accounts of a client have in the cloud: for each account and region, the
// regions and zones, every image it sees (paged by 100), the share list of each of its own
// custom images, its image quota and its instances (paged by 100). Requests run in parallel
// within the client's bounds. The first request that fails for good ends the pull, which then
// has read nothing: the workspace is changed only from a complete PulledState.
class CloudPull final : public QObject
{
    Q_OBJECT

public:
    // `regions`: only these (all the accounts' regions when empty).
    CloudPull(CloudClient &client, const QStringList &regions = {}, QObject *parent = nullptr);

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isEmpty(); }
    // What failed and why, in the operator's language.
    const QString &error() const { return m_error; }
    const PulledState &state() const { return m_state; }
    int requestsDone() const { return m_done; }
    int requestsKnown() const { return m_done + m_outstanding; }

    // An Instance of a DescribeInstances answer.
    static Instance instanceFromApi(const QJsonObject &o, const QString &accountId,
                                    const QString &region);

Q_SIGNALS:
    void progress(int done, int known);
    void finished(bool ok);

private:
    void call(const QString &account, const QString &region, const QString &action,
              const QJsonObject &parameters, std::function<void(const QJsonObject &)> then);
    void fail(const QString &account, const QString &region, const QString &action,
              const CloudAnswer &answer);
    void regionsRead(const QString &account, const QJsonObject &response);
    void pullRegion(const QString &account, const QString &region);
    void imagesRead(const QString &account, const QString &region, const QJsonObject &response);
    void instancesRead(const QString &account, const QString &region, const QJsonObject &response);
    void finish();

    CloudClient &m_client;
    QStringList m_wanted;
    PulledState m_state;
    QHash<QString, Region> m_regions;
    QHash<QString, Image> m_own;                // PRIVATE_IMAGE, by ID
    QHash<QString, Image> m_others;             // SHARED, PUBLIC and MARKET images, by ID
    QHash<QString, QStringList> m_sharedWith;   // image ID: pulled accounts it is shared with
    QHash<QString, QList<ShareEntry>> m_shares; // own image ID: its share list
    QList<Instance> m_instances;
    std::optional<int> m_quota;
    bool m_importOsAsked = false;
    int m_outstanding = 0;
    int m_done = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace cvm::cloud

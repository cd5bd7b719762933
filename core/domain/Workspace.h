#pragma once

#include "IdSet.h"
#include "Records.h"
#include "Verdict.h"
#include "WorkspaceDelta.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

namespace cvm {

// The state of one workspace file, with the indexes that keep every look-up O(1) or
// O(result). Read access is public; changes go only through Operations (and the file
// reader), which apply them as WorkspaceDelta values so that undo is exact.
class Workspace final : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;
    Q_DISABLE_COPY_MOVE(Workspace)

    const QString &name() const { return m_name; }
    const Policy &policy() const { return m_policy; }

    const QList<Account> &accounts() const { return m_accounts; }
    const Account *account(const QString &accountId) const;
    QString accountName(const QString &accountId) const;

    const QList<Region> &regions() const { return m_regions; }
    const Region *region(const QString &regionId) const;

    int imageCount() const { return int(m_images.size()); }
    const Image *image(const QString &imageId) const;
    QStringList imageIds() const { return m_images.keys(); }
    const QHash<QString, Image> &images() const { return m_images; }
    // Images by index; each returns image IDs.
    QSet<QString> publicImageIds() const { return m_public; }
    QSet<QString> customImagesOf(const QString &ownerId) const;
    QSet<QString> customImagesOf(const QString &ownerId, const QString &regionId) const;
    int customImageCount(const QString &ownerId, const QString &regionId) const;
    QSet<QString> imagesSharedWith(const QString &accountId) const
    {
        return m_byRecipient.value(accountId);
    }
    QSet<QString> copiesOf(const QString &imageId) const { return m_copies.value(imageId).toSet(); }

    const QHash<QString, Instance> &instances() const { return m_instances; }
    const Instance *instance(const QString &instanceId) const;
    QSet<QString> instancesUsing(const QString &imageId) const
    {
        return m_instancesByImage.value(imageId).toSet();
    }
    QSet<QString> instancesOf(const QString &ownerId) const
    {
        return m_instancesByOwner.value(ownerId);
    }

    const QHash<QString, Snapshot> &snapshots() const { return m_snapshots; }
    const Snapshot *snapshot(const QString &snapshotId) const;

    const QHash<QString, Task> &tasks() const { return m_tasks; }
    const Task *task(const QString &taskId) const;
    QList<const Task *> runningTasks() const;

    const QList<JournalEntry> &journal() const { return m_journal; }
    QList<int> journalForImage(const QString &imageId) const
    {
        return m_journalByImage.value(imageId);
    }

    // The connection to Tencent Cloud and the changes waiting to be applied there.
    const CloudLink &cloud() const { return m_cloud; }
    const QMap<int, PendingChange> &pending() const { return m_pending; }
    QList<PendingChange> pendingList() const { return m_pending.values(); }
    const PendingChange *pendingChange(int sequence) const;
    // Changes still to be sent (Pending or Conflict), in order.
    QList<PendingChange> unapplied() const;
    int nextPendingSequence() const { return m_pending.isEmpty() ? 1 : m_pending.lastKey() + 1; }

    // Problems in the file that loading tolerated (e.g. a duplicate ID); the lint reports them.
    const QList<Violation> &loadFindings() const { return m_loadFindings; }

    bool hasId(const QString &id) const;

Q_SIGNALS:
    void changed(const cvm::WorkspaceDelta &delta);
    void journalAppended(int index);
    // The first `count` entries leave the journal (to its archive); indexes shift down.
    void journalAboutToBeTrimmed(int count);
    void journalTrimmed(int count);
    void policyChanged();
    void cloudChanged();
    // Provisional IDs were replaced by the cloud's in the journal's entries.
    void journalRewritten();

private:
    friend class Operations;
    friend class Document;
    friend class WorkspaceReader;

    void apply(const WorkspaceDelta &delta);
    void appendJournal(const JournalEntry &entry);
    // Removes and returns the oldest `count` entries (Document moves them to the archive).
    QList<JournalEntry> takeJournalHead(int count);
    void setPolicy(const Policy &policy);
    void setName(const QString &name) { m_name = name; }
    void setCloud(const CloudLink &link);
    void replaceJournalIds(const QHash<QString, QString> &ids);
    void putPending(const QString &id, std::optional<PendingChange> change);
    void setRegions(const QList<Region> &regions);
    void addLoadFinding(const Violation &finding) { m_loadFindings.append(finding); }

    void putImage(const QString &id, std::optional<Image> image);
    void putInstance(const QString &id, std::optional<Instance> instance);
    void putSnapshot(const QString &id, std::optional<Snapshot> snapshot);
    // For reading a file: puts a record whose ID is not taken yet; false
    // (and nothing put) when the ID is taken.
    // The images put by putNewImage are not in imagesSharedWith() until
    // finishNewImages() (see m_newShares).
    bool putNewImage(Image &&image);
    void finishNewImages();
    bool putNewSnapshot(Snapshot &&snapshot);
    bool putNewInstance(Instance &&instance);
    void putAccount(const QString &id, std::optional<Account> account);
    void putTask(const QString &id, std::optional<Task> task);
    enum class Index
    {
        Add,
        Remove,
        AddNew // for putNewImage: the recipients gathered in m_newShares
    };
    void indexImage(const Image &image, Index how);
    // An owner's custom images in a region (m_byOwner), or null when it has none there.
    const IdSet *ownerRegionImages(const QString &ownerId, const QString &regionId) const;
    void indexJournal(int index);

    QString m_name;
    Policy m_policy;
    QList<Account> m_accounts;
    QHash<QString, int> m_accountIndex;
    QList<Region> m_regions;
    QHash<QString, int> m_regionIndex;

    QHash<QString, Image> m_images;
    QSet<QString> m_public;
    // An owner's custom images by region: one look-up of the owner per image, and the
    // few regions it has images in looked through.
    struct RegionImages
    {
        QString region;
        IdSet ids;
    };
    QHash<QString, QList<RegionImages>> m_byOwner;
    QHash<QString, QSet<QString>> m_byRecipient;
    // While a file is read: the images shared with each account, appended, and made into the
    // sets of m_byRecipient once at the end, each at its final size. Inserting the hundred
    // thousand shares of a file into growing sets took about 400 ns each.
    QHash<QString, QList<QString>> m_newShares;
    QHash<QString, IdSet> m_copies;

    QHash<QString, Instance> m_instances;
    QHash<QString, IdSet> m_instancesByImage;
    QHash<QString, QSet<QString>> m_instancesByOwner;

    QHash<QString, Snapshot> m_snapshots;
    QHash<QString, Task> m_tasks;
    QList<JournalEntry> m_journal;
    CloudLink m_cloud;
    QMap<int, PendingChange> m_pending;
    QHash<QString, QList<int>> m_journalByImage;
    QList<Violation> m_loadFindings;
};

} // namespace cvm

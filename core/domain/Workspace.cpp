#include "Workspace.h"

#include <QJsonArray>
#include <algorithm>

namespace cvm {
namespace {

// The entry of `region` in an owner's list of regions (Workspace::m_byOwner), or end().
template <typename Regions> auto findRegion(Regions &regions, const QString &region)
{
    return std::find_if(regions.begin(), regions.end(),
                        [&region](const auto &entry) { return entry.region == region; });
}

template <typename Key, typename Set>
void removeFrom(QHash<Key, Set> &index, const Key &key, const QString &value)
{
    auto it = index.find(key);
    if (it == index.end())
        return;
    it->remove(value);
    if (it->isEmpty())
        index.erase(it);
}

} // namespace

Workspace::Workspace(QObject *parent) : QObject(parent)
{}

Workspace::~Workspace() = default;

const Account *Workspace::account(const QString &accountId) const
{
    const auto it = m_accountIndex.constFind(accountId);
    return it == m_accountIndex.cend() ? nullptr : &m_accounts.at(*it);
}

QString Workspace::accountName(const QString &accountId) const
{
    const Account *a = account(accountId);
    return a ? a->name : QString();
}

const Region *Workspace::region(const QString &regionId) const
{
    const auto it = m_regionIndex.constFind(regionId);
    return it == m_regionIndex.cend() ? nullptr : &m_regions.at(*it);
}

const Image *Workspace::image(const QString &imageId) const
{
    const auto it = m_images.constFind(imageId);
    return it == m_images.cend() ? nullptr : &*it;
}

QSet<QString> Workspace::customImagesOf(const QString &ownerId) const
{
    QSet<QString> out;
    const auto it = m_byOwner.constFind(ownerId);
    if (it == m_byOwner.cend())
        return out;
    for (const RegionImages &r : *it)
        out.unite(r.ids.toSet());
    return out;
}

const IdSet *Workspace::ownerRegionImages(const QString &ownerId, const QString &regionId) const
{
    const auto it = m_byOwner.constFind(ownerId);
    if (it == m_byOwner.cend())
        return nullptr;
    const auto r = findRegion(*it, regionId);
    return r == it->cend() ? nullptr : &r->ids;
}

QSet<QString> Workspace::customImagesOf(const QString &ownerId, const QString &regionId) const
{
    const IdSet *ids = ownerRegionImages(ownerId, regionId);
    return ids ? ids->toSet() : QSet<QString>();
}

int Workspace::customImageCount(const QString &ownerId, const QString &regionId) const
{
    const IdSet *ids = ownerRegionImages(ownerId, regionId);
    return ids ? int(ids->size()) : 0;
}

const Instance *Workspace::instance(const QString &instanceId) const
{
    const auto it = m_instances.constFind(instanceId);
    return it == m_instances.cend() ? nullptr : &*it;
}

const Snapshot *Workspace::snapshot(const QString &snapshotId) const
{
    const auto it = m_snapshots.constFind(snapshotId);
    return it == m_snapshots.cend() ? nullptr : &*it;
}

const Task *Workspace::task(const QString &taskId) const
{
    const auto it = m_tasks.constFind(taskId);
    return it == m_tasks.cend() ? nullptr : &*it;
}

QList<const Task *> Workspace::runningTasks() const
{
    QList<const Task *> out;
    for (const Task &t : m_tasks) {
        if (t.isRunning())
            out.append(&t);
    }
    std::sort(out.begin(), out.end(), [](const Task *a, const Task *b) {
        return a->startedTime != b->startedTime ? a->startedTime < b->startedTime
                                                : a->taskId < b->taskId;
    });
    return out;
}

bool Workspace::hasId(const QString &id) const
{
    return m_images.contains(id) || m_instances.contains(id) || m_snapshots.contains(id) ||
           m_tasks.contains(id);
}

void Workspace::apply(const WorkspaceDelta &delta)
{
    if (delta.isEmpty())
        return;
    for (const auto &c : delta.accounts)
        putAccount(c.id, c.after);
    for (const auto &c : delta.images)
        putImage(c.id, c.after);
    for (const auto &c : delta.snapshots)
        putSnapshot(c.id, c.after);
    for (const auto &c : delta.instances)
        putInstance(c.id, c.after);
    for (const auto &c : delta.tasks)
        putTask(c.id, c.after);
    for (const auto &c : delta.pending)
        putPending(c.id, c.after);
    Q_EMIT changed(delta);
}

const PendingChange *Workspace::pendingChange(int sequence) const
{
    const auto it = m_pending.constFind(sequence);
    return it == m_pending.cend() ? nullptr : &*it;
}

QList<PendingChange> Workspace::unapplied() const
{
    QList<PendingChange> out;
    for (const PendingChange &c : m_pending) {
        if (c.state != PendingState::Applied)
            out.append(c);
    }
    return out;
}

void Workspace::putPending(const QString &id, std::optional<PendingChange> change)
{
    if (change)
        m_pending.insert(id.toInt(), std::move(*change));
    else
        m_pending.remove(id.toInt());
}

void Workspace::setCloud(const CloudLink &link)
{
    if (link == m_cloud)
        return;
    m_cloud = link;
    Q_EMIT cloudChanged();
}

void Workspace::replaceJournalIds(const QHash<QString, QString> &ids)
{
    if (ids.isEmpty())
        return;
    for (JournalEntry &e : m_journal) {
        e.parameters = cloud::replaceIds(e.parameters, ids);
        e.result = cloud::replaceIds(e.result, ids);
    }
    m_journalByImage.clear();
    for (int i = 0; i < int(m_journal.size()); ++i)
        indexJournal(i);
    Q_EMIT journalRewritten();
}

void Workspace::appendJournal(const JournalEntry &entry)
{
    m_journal.append(entry);
    indexJournal(int(m_journal.size()) - 1);
    Q_EMIT journalAppended(int(m_journal.size()) - 1);
}

QList<JournalEntry> Workspace::takeJournalHead(int count)
{
    count = qBound(0, count, int(m_journal.size()));
    if (count == 0)
        return {};
    Q_EMIT journalAboutToBeTrimmed(count);
    QList<JournalEntry> head = m_journal.mid(0, count);
    m_journal.remove(0, count);
    m_journalByImage.clear();
    for (int i = 0; i < int(m_journal.size()); ++i)
        indexJournal(i);
    Q_EMIT journalTrimmed(count);
    return head;
}

void Workspace::indexJournal(int index)
{
    const JournalEntry &e = m_journal.at(index);
    QSet<QString> ids;
    auto collect = [&ids](const QJsonValue &v) {
        if (v.isString() && v.toString().startsWith(QLatin1String("img-")))
            ids.insert(v.toString());
        else if (v.isArray()) {
            for (const QJsonValue &x : v.toArray()) {
                if (x.isString() && x.toString().startsWith(QLatin1String("img-")))
                    ids.insert(x.toString());
                else if (x.isObject() && x.toObject().value(QLatin1String("ImageId")).isString())
                    ids.insert(x.toObject().value(QLatin1String("ImageId")).toString());
            }
        }
    };
    for (const QJsonValue &v : e.parameters)
        collect(v);
    for (const QJsonValue &v : e.result)
        collect(v);
    for (const QString &id : std::as_const(ids))
        m_journalByImage[id].append(index);
}

void Workspace::setPolicy(const Policy &policy)
{
    m_policy = policy;
    Q_EMIT policyChanged();
}

void Workspace::setRegions(const QList<Region> &regions)
{
    m_regions = regions;
    m_regionIndex.clear();
    for (int i = 0; i < m_regions.size(); ++i)
        m_regionIndex.insert(m_regions.at(i).regionId, i);
}

void Workspace::indexImage(const Image &image, Index how)
{
    const QString &id = image.imageId;
    if (how != Index::Remove) {
        if (image.isCustom()) {
            QList<RegionImages> &regions = m_byOwner[image.ownerAccountId];
            auto r = findRegion(regions, image.region);
            if (r == regions.end()) {
                regions.append({image.region, IdSet()});
                r = std::prev(regions.end());
            }
            r->ids.insert(id);
            for (const ShareEntry &s : image.shares) {
                if (how == Index::AddNew)
                    m_newShares[s.accountId].append(id);
                else
                    m_byRecipient[s.accountId].insert(id);
            }
        } else {
            m_public.insert(id);
        }
        if (!image.sourceImageId.isEmpty())
            m_copies[image.sourceImageId].insert(id);
    } else {
        if (image.isCustom()) {
            const auto owner = m_byOwner.find(image.ownerAccountId);
            if (owner != m_byOwner.end()) {
                const auto r = findRegion(*owner, image.region);
                if (r != owner->end()) {
                    r->ids.remove(id);
                    if (r->ids.isEmpty())
                        owner->erase(r);
                }
                if (owner->isEmpty())
                    m_byOwner.erase(owner);
            }
            for (const ShareEntry &s : image.shares)
                removeFrom(m_byRecipient, s.accountId, id);
        } else {
            m_public.remove(id);
        }
        if (!image.sourceImageId.isEmpty())
            removeFrom(m_copies, image.sourceImageId, id);
    }
}

void Workspace::putImage(const QString &id, std::optional<Image> image)
{
    auto it = m_images.find(id);
    if (it != m_images.end()) {
        indexImage(*it, Index::Remove);
        if (image) {
            *it = std::move(*image);
            indexImage(*it, Index::Add);
        } else {
            m_images.erase(it);
        }
    } else if (image) {
        indexImage(*m_images.insert(id, std::move(*image)), Index::Add);
    }
}

bool Workspace::putNewImage(Image &&image)
{
    // Looked up twice: making room with operator[] would build a default record first.
    if (m_images.contains(image.imageId))
        return false;
    const QString id = image.imageId;
    indexImage(*m_images.emplace(id, std::move(image)), Index::AddNew);
    return true;
}

void Workspace::finishNewImages()
{
    for (auto it = m_newShares.cbegin(); it != m_newShares.cend(); ++it) {
        QSet<QString> &set = m_byRecipient[it.key()];
        if (set.isEmpty()) {
            set = QSet<QString>(it->cbegin(), it->cend()); // room made once
        } else {
            for (const QString &id : *it)
                set.insert(id);
        }
    }
    m_newShares.clear();
}

bool Workspace::putNewSnapshot(Snapshot &&snapshot)
{
    if (m_snapshots.contains(snapshot.snapshotId))
        return false;
    const QString id = snapshot.snapshotId;
    putSnapshot(id, std::move(snapshot));
    return true;
}

bool Workspace::putNewInstance(Instance &&instance)
{
    if (m_instances.contains(instance.instanceId))
        return false;
    const QString id = instance.instanceId;
    putInstance(id, std::move(instance));
    return true;
}

void Workspace::putInstance(const QString &id, std::optional<Instance> instance)
{
    auto it = m_instances.find(id);
    if (it != m_instances.end()) {
        removeFrom(m_instancesByImage, it->imageId, id);
        removeFrom(m_instancesByOwner, it->ownerAccountId, id);
        m_instances.erase(it);
    }
    if (instance) {
        m_instancesByImage[instance->imageId].insert(id);
        m_instancesByOwner[instance->ownerAccountId].insert(id);
        m_instances.insert(id, std::move(*instance));
    }
}

void Workspace::putSnapshot(const QString &id, std::optional<Snapshot> snapshot)
{
    if (snapshot)
        m_snapshots.insert(id, std::move(*snapshot));
    else
        m_snapshots.remove(id);
}

void Workspace::putAccount(const QString &id, std::optional<Account> account)
{
    const auto it = m_accountIndex.constFind(id);
    if (it != m_accountIndex.cend()) {
        if (account) {
            m_accounts[*it] = *account;
            return;
        }
        m_accounts.removeAt(*it);
        m_accountIndex.clear();
        for (int i = 0; i < m_accounts.size(); ++i)
            m_accountIndex.insert(m_accounts.at(i).accountId, i);
    } else if (account) {
        m_accountIndex.insert(id, int(m_accounts.size()));
        m_accounts.append(*account);
    }
}

void Workspace::putTask(const QString &id, std::optional<Task> task)
{
    if (task)
        m_tasks.insert(id, std::move(*task));
    else
        m_tasks.remove(id);
}

} // namespace cvm

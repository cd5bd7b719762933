#include "Operations.h"

#include "ImportOsCatalog.h"
#include "InstanceTypeCatalog.h"
#include "Rules.h"

#include <QJsonArray>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace cvm {
namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList distinct(const QStringList &in)
{
    QStringList out;
    for (const QString &raw : in) {
        const QString s = raw.trimmed();
        if (!s.isEmpty() && !out.contains(s))
            out.append(s);
    }
    return out;
}

template <typename T>
void touch(QList<RecordChange<T>> &changes, QHash<QString, int> &index, const QString &id,
           const T *current, const std::optional<T> &after)
{
    const auto it = index.constFind(id);
    if (it != index.cend()) {
        changes[*it].after = after;
        return;
    }
    index.insert(id, int(changes.size()));
    changes.append(RecordChange<T>{id, current ? std::optional<T>(*current) : std::nullopt, after});
}

template <typename T>
const T *pending(const QList<RecordChange<T>> &changes, const QHash<QString, int> &index,
                 const QString &id, const T *current)
{
    const auto it = index.constFind(id);
    if (it == index.cend())
        return current;
    const auto &after = changes.at(*it).after;
    return after ? &*after : nullptr;
}

// The fields that the passing of task time changes. Undo and redo leave them as they are
// unless the operation itself changed them, and do not count them as a change by others.
Image withoutProgress(Image i)
{
    i.state = ImageState::Normal;
    i.syncPercent.reset();
    i.failureReason.clear();
    i.failedChecks.clear();
    return i;
}
Task withoutProgress(Task t)
{
    t.elapsedSeconds = 0;
    t.state = TaskState::Running;
    t.finishedTime = {};
    return t;
}
template <typename T> const T &withoutProgress(const T &record)
{
    return record;
}
void copyProgress(Image &to, const Image &from)
{
    to.state = from.state;
    to.syncPercent = from.syncPercent;
    to.failureReason = from.failureReason;
    to.failedChecks = from.failedChecks;
}
void copyProgress(Task &to, const Task &from)
{
    to.elapsedSeconds = from.elapsedSeconds;
    to.state = from.state;
    to.finishedTime = from.finishedTime;
}
template <typename T> void copyProgress(T &, const T &)
{}

// The change that takes each record of `changes` from the state the operation left it in
// (undo) or found it in (redo) to the other one. A record that is no longer in that state,
// because something else changed it since, goes to `stale` instead.
template <typename T, typename Get>
void retarget(const QList<RecordChange<T>> &changes, bool undo, QList<RecordChange<T>> &out,
              QStringList &stale, Get current)
{
    for (const RecordChange<T> &c : changes) {
        const std::optional<T> &expected = undo ? c.after : c.before;
        const std::optional<T> &target = undo ? c.before : c.after;
        const T *cur = current(c.id);
        if (bool(cur) != expected.has_value() ||
            (cur && !(withoutProgress(*cur) == withoutProgress(*expected)))) {
            stale.append(c.id);
            continue;
        }
        RecordChange<T> change{c.id, cur ? std::optional<T>(*cur) : std::nullopt, target};
        if (change.after && cur && c.before && c.after) {
            T before = *c.before;
            copyProgress(before, *c.after);
            if (before == *c.before) // the operation left the progress alone: so does undo
                copyProgress(*change.after, *cur);
        }
        out.append(change);
    }
}

// A warning the operator has not acknowledged yet (S6, N4, I2): the operation waits for it.
bool awaitsConfirmation(const OperationContext &ctx, const Verdict &verdict)
{
    return std::any_of(verdict.confirmations.cbegin(), verdict.confirmations.cend(),
                       [&ctx](const Violation &c) { return !ctx.acknowledged.contains(c.rule); });
}

} // namespace

// Collects the records an operation changes, remembering each one's state before.
class Operations::Builder
{
public:
    explicit Builder(const Workspace &ws) : m_ws(ws) {}

    const Image *image(const QString &id) const
    {
        return pending(m_delta.images, m_images, id, m_ws.image(id));
    }
    const Instance *instance(const QString &id) const
    {
        return pending(m_delta.instances, m_instances, id, m_ws.instance(id));
    }
    const Account *account(const QString &id) const
    {
        return pending(m_delta.accounts, m_accounts, id, m_ws.account(id));
    }

    void put(const Image &v)
    {
        touch(m_delta.images, m_images, v.imageId, m_ws.image(v.imageId), {v});
    }
    void removeImage(const QString &id)
    {
        touch<Image>(m_delta.images, m_images, id, m_ws.image(id), std::nullopt);
    }
    void put(const Instance &v)
    {
        touch(m_delta.instances, m_instances, v.instanceId, m_ws.instance(v.instanceId), {v});
    }
    void removeInstance(const QString &id)
    {
        touch<Instance>(m_delta.instances, m_instances, id, m_ws.instance(id), std::nullopt);
    }
    void put(const Snapshot &v)
    {
        touch(m_delta.snapshots, m_snapshots, v.snapshotId, m_ws.snapshot(v.snapshotId), {v});
    }
    void removeSnapshot(const QString &id)
    {
        touch<Snapshot>(m_delta.snapshots, m_snapshots, id, m_ws.snapshot(id), std::nullopt);
    }
    void put(const Account &v)
    {
        touch(m_delta.accounts, m_accounts, v.accountId, m_ws.account(v.accountId), {v});
    }
    void put(const Task &v) { touch(m_delta.tasks, m_tasks, v.taskId, m_ws.task(v.taskId), {v}); }

    WorkspaceDelta take() { return std::move(m_delta); }

private:
    const Workspace &m_ws;
    WorkspaceDelta m_delta;
    QHash<QString, int> m_images, m_instances, m_snapshots, m_accounts, m_tasks;
};

Operations::Operations(Workspace &workspace, const Clock &clock, IdGenerator &ids)
    : m_ws(workspace), m_clock(clock), m_ids(ids), m_lastAdvance(clock.now())
{}

QString Operations::newId(const QString &prefix)
{
    // A pending change made again after a pull gives the same provisional IDs as before, so
    // that the changes after it still find what they refer to.
    if (m_replay && !m_replayIds.isEmpty() && m_replayIds.first().startsWith(prefix) &&
        !m_ws.hasId(m_replayIds.first()))
        return m_replayIds.takeFirst();
    return m_ids.next(prefix, [this](const QString &id) { return m_ws.hasId(id); });
}

void Operations::journal(const OperationContext &ctx, const QString &action,
                         const QJsonObject &parameters, const OperationResult &result)
{
    if (m_replay)
        return; // a pull makes pending changes again: the journal has them once, when made
    JournalEntry e;
    e.time = m_clock.now();
    e.accountId = ctx.accountId;
    e.action = action;
    e.channel = ctx.channel;
    e.parameters = parameters;
    if (ctx.dryRun)
        e.parameters.insert(str("DryRun"), true);
    e.success = !result.refused();
    for (const Violation &v : result.verdict.violations)
        e.errors.append(JournalError{v.rule, v.code});
    e.result = result.result;
    m_ws.appendJournal(e);
}

OperationResult Operations::conclude(const OperationContext &ctx, const QString &action,
                                     const QJsonObject &parameters, const Verdict &verdict,
                                     const Apply &apply)
{
    OperationResult result;
    result.action = action;
    result.parameters = parameters;
    result.verdict = verdict;
    result.accountId = ctx.accountId;
    if (m_replay)
        m_replayVerdict = verdict;
    if (!verdict.allowed()) {
        result.status = OperationResult::Status::Refused;
        journal(ctx, action, parameters, result);
        return result;
    }
    if (awaitsConfirmation(ctx, verdict)) {
        // Nothing was attempted yet: the operator is asked first, so no journal entry.
        result.status = OperationResult::Status::NeedsConfirmation;
        return result;
    }
    if (ctx.dryRun) {
        result.status = OperationResult::Status::DryRunPassed;
        journal(ctx, action, parameters, result);
        return result;
    }
    Builder builder(m_ws);
    apply(builder, result);
    result.delta = builder.take();
    result.status = OperationResult::Status::Applied;
    recordPending(ctx, action, parameters, result);
    m_ws.apply(result.delta);
    journal(ctx, action, parameters, result);
    return result;
}

OperationResult Operations::modifySharePermission(const OperationContext &ctx,
                                                  const ShareRequest &r)
{
    const bool share = r.permission == SharePermission::Share;
    const QStringList accounts = distinct(r.accountIds);
    QJsonObject params{{str("ImageId"), r.imageId},
                       {str("AccountIds"), toJsonArray(accounts)},
                       {str("Permission"), share ? str("SHARE") : str("CANCEL")}};
    const Verdict v = share ? Rules::checkShare(m_ws, ctx.accountId, r)
                            : Rules::checkCancelShare(m_ws, ctx.accountId, r);
    return conclude(
        ctx, str("ModifyImageSharePermission"), params, v, [&](Builder &b, OperationResult &) {
            Image image = *b.image(r.imageId);
            if (share) {
                const QDateTime now = m_clock.now();
                for (const QString &a : accounts)
                    image.shares.append(ShareEntry{a, now});
                // A give's share step is done for the accounts shared with now.
                for (const Task &t : m_ws.tasks()) {
                    if (t.shareWithAccountIds.isEmpty() || !t.imageIds.contains(r.imageId))
                        continue;
                    Task done = t;
                    done.shareWithAccountIds.removeIf(
                        [&](const QString &a) { return accounts.contains(a); });
                    if (!(done == t))
                        b.put(done);
                }
            } else {
                image.shares.removeIf(
                    [&](const ShareEntry &s) { return accounts.contains(s.accountId); });
            }
            b.put(image);
        });
}

OperationResult Operations::modifySharePermissions(const OperationContext &ctx,
                                                   const ShareManyRequest &r)
{
    const bool share = r.permission == SharePermission::Share;
    const QString action = str("ModifyImageSharePermission");
    const QList<Rules::ShareManyItem> items = Rules::checkShareManyEach(m_ws, ctx.accountId, r);
    const Verdict v = Rules::checkShareMany(items, r);
    const auto paramsOf = [share](const QString &imageId, const QStringList &accounts) {
        return QJsonObject{{str("ImageId"), imageId},
                           {str("AccountIds"), toJsonArray(accounts)},
                           {str("Permission"), share ? str("SHARE") : str("CANCEL")}};
    };
    QJsonArray changing;
    for (const Rules::ShareManyItem &item : items) {
        if (!item.unchanged())
            changing.append(item.imageId);
    }
    OperationResult result;
    result.action = action;
    result.parameters = QJsonObject{{str("ImageIds"), changing},
                                    {str("AccountIds"), toJsonArray(distinct(r.accountIds))},
                                    {str("Permission"), share ? str("SHARE") : str("CANCEL")}};
    result.verdict = v;
    result.accountId = ctx.accountId;
    if (!v.allowed()) {
        // The journal holds requests as the API takes them: each image's, with its refusal.
        result.status = OperationResult::Status::Refused;
        for (const Rules::ShareManyItem &item : items) {
            OperationResult one;
            one.status = OperationResult::Status::Refused;
            one.verdict = item.unchanged() && item.verdict.allowed() ? item.unchangedBecause
                                                                     : item.verdict;
            if (!one.verdict.allowed())
                journal(ctx, action,
                        paramsOf(item.imageId, item.unchanged() ? distinct(r.accountIds)
                                                                : item.accountIds),
                        one);
        }
        return result;
    }
    if (awaitsConfirmation(ctx, v)) {
        result.status = OperationResult::Status::NeedsConfirmation;
        return result;
    }
    if (ctx.dryRun) {
        result.status = OperationResult::Status::DryRunPassed;
        for (const Rules::ShareManyItem &item : items) {
            if (!item.unchanged())
                journal(ctx, action, paramsOf(item.imageId, item.accountIds), result);
        }
        return result;
    }
    // The images are independent of each other, so the verdicts above hold for each change
    // in turn; should one be refused all the same, those made are taken back.
    ChangeRecording recording(m_ws);
    for (const Rules::ShareManyItem &item : items) {
        if (item.unchanged())
            continue;
        const OperationResult one =
            modifySharePermission(ctx, ShareRequest{item.imageId, item.accountIds, r.permission});
        if (!one.applied()) {
            recording.stop();
            takeBack(recording, codes::FailedOperation);
            result.status = OperationResult::Status::Refused;
            result.verdict = one.verdict;
            result.delta = {};
            return result;
        }
        result.delta.append(one.delta);
    }
    result.status = OperationResult::Status::Applied;
    return result;
}

OperationResult Operations::modifyImageAttribute(const OperationContext &ctx,
                                                 const ModifyAttributeRequest &r)
{
    QJsonObject params{{str("ImageId"), r.imageId}};
    if (r.imageName)
        params.insert(str("ImageName"), *r.imageName);
    if (r.imageDescription)
        params.insert(str("ImageDescription"), *r.imageDescription);
    if (r.imageFamily)
        params.insert(str("ImageFamily"), *r.imageFamily);
    if (r.imageDeprecated)
        params.insert(str("ImageDeprecated"), *r.imageDeprecated);
    const Verdict v = Rules::checkModifyAttribute(m_ws, ctx.accountId, r);
    return conclude(ctx, str("ModifyImageAttribute"), params, v,
                    [&](Builder &b, OperationResult &) {
                        Image image = *b.image(r.imageId);
                        if (r.imageName)
                            image.imageName = *r.imageName;
                        if (r.imageDescription)
                            image.imageDescription = *r.imageDescription;
                        if (r.imageFamily)
                            image.imageFamily = *r.imageFamily;
                        if (r.imageDeprecated)
                            image.imageDeprecated = *r.imageDeprecated;
                        b.put(image);
                    });
}

OperationResult Operations::syncImages(const OperationContext &ctx, const SyncRequest &r)
{
    const QStringList regions = distinct(r.destinationRegions);
    const QStringList imageIds = distinct(r.imageIds);
    QJsonObject params{{str("ImageIds"), toJsonArray(imageIds)},
                       {str("DestinationRegions"), toJsonArray(regions)}};
    if (r.imageName)
        params.insert(str("ImageName"), *r.imageName);
    if (r.encrypt)
        params.insert(str("Encrypt"), true);
    if (!r.kmsKeyId.isEmpty())
        params.insert(str("KmsKeyId"), r.kmsKeyId);
    const Verdict v = Rules::checkSync(m_ws, ctx.accountId, r);
    return conclude(ctx, str("SyncImages"), params, v, [&](Builder &b, OperationResult &res) {
        const QDateTime now = m_clock.now();
        QJsonArray imageSet;
        QStringList taskIds;
        // One task for each image copied, so that each source shows its own progress.
        for (const QString &imageId : imageIds) {
            Image source = *b.image(imageId);
            const bool own = source.ownerAccountId == ctx.accountId;
            Task task;
            task.taskId = newId(str("task-"));
            task.kind = TaskKind::Sync;
            task.accountId = ctx.accountId;
            task.sourceImageId = source.imageId;
            task.startedTime = now;
            task.durationSeconds = m_ws.policy().copyDurationSeconds;
            task.shareWithAccountIds = distinct(r.shareWithAccountIds);
            for (const QString &regionId : regions) {
                Image copy = source;
                copy.imageId = newId(str("img-"));
                copy.imageName = r.imageName.value_or(source.imageName);
                copy.state = ImageState::Syncing;
                copy.syncPercent = 0;
                copy.createdTime = now;
                copy.imageCreator = ctx.accountId;
                copy.ownerAccountId = ctx.accountId;
                copy.region = regionId;
                copy.shares.clear();
                copy.sourceImageId = source.imageId;
                copy.sourceRegion = source.region;
                copy.failureReason.clear();
                copy.failedChecks.clear();
                copy.snapshots.clear();
                if (r.encrypt)
                    copy.encrypted = true;
                for (const SnapshotRef &ref : source.snapshots) {
                    Snapshot s;
                    s.snapshotId = newId(str("snap-"));
                    s.ownerAccountId = ctx.accountId;
                    s.region = regionId;
                    s.diskUsage = ref.diskUsage;
                    s.diskSize = ref.diskSize;
                    s.createdTime = now;
                    b.put(s);
                    copy.snapshots.append(SnapshotRef{s.snapshotId, ref.diskUsage, ref.diskSize});
                }
                b.put(copy);
                task.imageIds.append(copy.imageId);
                res.createdIds.append(copy.imageId);
                imageSet.append(QJsonObject{{str("ImageId"), copy.imageId}, {str("Region"), regionId}});
            }
            if (own) {
                // The source shows the copy's progress too.
                source.state = ImageState::Syncing;
                source.syncPercent = 0;
                b.put(source);
            }
            b.put(task);
            taskIds.append(task.taskId);
        }
        res.taskId = taskIds.first();
        res.result.insert(str("ImageSet"), imageSet);
    });
}

OperationResult Operations::deleteImages(const OperationContext &ctx, const DeleteRequest &r)
{
    const QStringList imageIds = distinct(r.imageIds);
    QJsonObject params{{str("ImageIds"), toJsonArray(imageIds)},
                       {str("DeleteBindedSnap"), r.deleteBindedSnapshots}};
    const Verdict v = Rules::checkDelete(m_ws, ctx.accountId, r);
    return conclude(ctx, str("DeleteImages"), params, v, [&](Builder &b, OperationResult &) {
        for (const QString &id : imageIds) {
            const Image image = *b.image(id);
            b.removeImage(id);
            if (!r.deleteBindedSnapshots)
                continue;
            for (const SnapshotRef &ref : image.snapshots) {
                const Snapshot *s = m_ws.snapshot(ref.snapshotId);
                if (s && s->ownerAccountId == ctx.accountId)
                    b.removeSnapshot(ref.snapshotId);
            }
        }
    });
}

OperationResult Operations::createImage(const OperationContext &ctx, const CreateImageRequest &r)
{
    QJsonObject params{{str("InstanceId"), r.instanceId},
                       {str("ImageName"), r.imageName},
                       {str("ForcePoweroff"), r.forcePoweroff ? str("true") : str("false")},
                       {str("Sysprep"), r.sysprep ? str("TRUE") : str("FALSE")}};
    if (!r.imageDescription.isEmpty())
        params.insert(str("ImageDescription"), r.imageDescription);
    if (!r.snapshotIds.isEmpty()) {
        params.remove(str("InstanceId"));
        params.insert(str("SnapshotIds"), toJsonArray(distinct(r.snapshotIds)));
    }
    if (!r.imageFamily.isEmpty())
        params.insert(str("ImageFamily"), r.imageFamily);
    const Verdict v = Rules::checkCreateImage(m_ws, ctx.accountId, r);
    if (!r.snapshotIds.isEmpty())
        return conclude(ctx, str("CreateImage"), params, v, [&](Builder &b, OperationResult &res) {
            createImageFromSnapshots(ctx, r, b, res);
        });
    return conclude(ctx, str("CreateImage"), params, v, [&](Builder &b, OperationResult &res) {
        const QDateTime now = m_clock.now();
        const Instance &instance = *b.instance(r.instanceId);
        const Image *base = m_ws.image(instance.imageId);
        Image image;
        image.imageId = newId(str("img-"));
        image.imageName = r.imageName;
        image.imageDescription = r.imageDescription;
        image.kind = ImageKind::Custom;
        image.state = ImageState::Creating;
        image.source = ImageSource::CreateImage;
        image.osName = instance.osName;
        image.platform = instance.platform;
        image.architecture = base ? base->architecture : str("x86_64");
        image.imageSize = base ? base->imageSize : 50;
        image.createdTime = now;
        image.imageCreator = ctx.accountId;
        image.isSupportCloudinit = base ? base->isSupportCloudinit : !instance.isWindows();
        image.ownerAccountId = ctx.accountId;
        image.region = instance.region;
        image.createdFromInstanceId = instance.instanceId;
        image.tags = r.tags;
        image.imageFamily = r.imageFamily;

        Task task;
        task.taskId = newId(str("task-"));
        task.kind = TaskKind::Create;
        task.accountId = ctx.accountId;
        task.instanceId = instance.instanceId;
        task.imageIds = {image.imageId};
        task.startedTime = now;
        task.durationSeconds = m_ws.policy().createDurationSeconds;
        if (instance.isWindows()) {
            for (WindowsCheck c : instance.windowsChecks.failing())
                task.failedChecks.append(windowsCheckKey(c));
        }
        if (!task.failedChecks.isEmpty()) {
            task.willFail = true;
            task.failureReason = str("WindowsChecks");
        } else {
            Snapshot s;
            s.snapshotId = newId(str("snap-"));
            s.ownerAccountId = ctx.accountId;
            s.region = instance.region;
            s.diskUsage = DiskUsage::SystemDisk;
            s.diskSize = image.imageSize;
            s.createdTime = now;
            b.put(s);
            image.snapshots.append(SnapshotRef{s.snapshotId, DiskUsage::SystemDisk, s.diskSize});
        }
        b.put(image);
        b.put(task);
        res.createdIds = {image.imageId};
        res.taskId = task.taskId;
        res.result.insert(str("ImageId"), image.imageId);
    });
}

OperationResult Operations::importImage(const OperationContext &ctx, const ImportRequest &r)
{
    QJsonObject params{{str("ImageUrl"), r.imageUrl},
                       {str("ImageName"), r.imageName},
                       {str("OsType"), r.osType},
                       {str("OsVersion"), r.osVersion},
                       {str("Architecture"), r.architecture},
                       {str("Force"), r.force},
                       {str("LicenseType"), toString(r.licenseType)},
                       {str("Region"), r.region}};
    if (!r.imageDescription.isEmpty())
        params.insert(str("ImageDescription"), r.imageDescription);
    if (!r.imageFamily.isEmpty())
        params.insert(str("ImageFamily"), r.imageFamily);
    const Verdict v = Rules::checkImport(m_ws, ctx.accountId, r);
    return conclude(ctx, str("ImportImage"), params, v, [&](Builder &b, OperationResult &res) {
        const QDateTime now = m_clock.now();
        const ImportOsVersion *os = ImportOsCatalog::find(r.osType);
        const bool windows = os && os->windows;
        Image image;
        image.imageId = newId(str("img-"));
        image.imageName = r.imageName;
        image.imageDescription = r.imageDescription;
        image.kind = ImageKind::Custom;
        image.state = ImageState::Importing;
        image.source = ImageSource::ExternalImport;
        image.osName = r.osVersion == QLatin1String("-")
                           ? r.osType
                           : r.osType + QLatin1Char(' ') + r.osVersion;
        image.platform = windows ? str("Windows") : r.osType;
        image.architecture = ImportOsCatalog::imageArchitecture(r.architecture);
        const double gib = double(r.file.virtualSizeBytes) / (1024.0 * 1024.0 * 1024.0);
        image.imageSize = qMax(1, int(std::ceil(gib)));
        image.createdTime = now;
        image.imageCreator = ctx.accountId;
        image.isSupportCloudinit = !r.force && !windows;
        image.licenseType = r.licenseType;
        image.ownerAccountId = ctx.accountId;
        image.region = r.region;
        image.tags = r.tags;
        image.imageFamily = r.imageFamily;

        Task task;
        task.taskId = newId(str("task-"));
        task.kind = TaskKind::Import;
        task.accountId = ctx.accountId;
        task.imageIds = {image.imageId};
        task.startedTime = now;
        task.durationSeconds = m_ws.policy().importDurationSeconds;
        // P4: what the import service would find inside the file.
        if (r.file.partitionTable == QLatin1String("NONE"))
            task.failureReason = str("PartitionNotPresent");
        else if (r.file.virtioInstalled == false)
            task.failureReason = str("VirtioNotInstall");
        else if (!windows && !r.force && r.file.cloudInitInstalled == false)
            task.failureReason = str("CloudInitNotInstalled");
        task.willFail = !task.failureReason.isEmpty();
        b.put(image);
        b.put(task);
        res.createdIds = {image.imageId};
        res.taskId = task.taskId;
        res.result.insert(str("ImageId"), image.imageId);
    });
}

OperationResult Operations::runInstances(const OperationContext &ctx, const RunInstancesRequest &r)
{
    QJsonObject params{{str("ImageId"), r.imageId},
                       {str("Placement"), QJsonObject{{str("Zone"), r.zone}}},
                       {str("InstanceCount"), r.count},
                       {str("Region"), r.region}};
    if (!r.instanceName.isEmpty())
        params.insert(str("InstanceName"), r.instanceName);
    if (!r.instanceType.isEmpty())
        params.insert(str("InstanceType"), r.instanceType);
    if (!r.instanceChargeType.isEmpty())
        params.insert(str("InstanceChargeType"), r.instanceChargeType);
    const Verdict v = Rules::checkRunInstances(m_ws, ctx.accountId, r);
    return conclude(ctx, str("RunInstances"), params, v, [&](Builder &b, OperationResult &res) {
        const Image &image = *m_ws.image(r.imageId);
        const Region &region = *m_ws.region(r.region);
        QJsonArray idSet;
        for (int i = 0; i < r.count; ++i) {
            Instance inst;
            inst.instanceId = newId(str("ins-"));
            const QString base = r.instanceName.isEmpty() ? image.imageName : r.instanceName;
            inst.instanceName = r.count > 1 ? base + QStringLiteral("-%1").arg(i + 1) : base;
            inst.ownerAccountId = ctx.accountId;
            inst.region = r.region;
            inst.zone = r.zone.isEmpty() ? region.zones.value(0) : r.zone;
            inst.imageId = image.imageId;
            inst.osName = image.osName;
            inst.platform = image.platform;
            inst.instanceState = str("RUNNING");
            inst.createdTime = m_clock.now();
            if (const auto type = InstanceTypeCatalog::find(r.instanceType)) {
                inst.instanceType = type->instanceType;
                inst.cpu = type->cpu;
                inst.memory = type->memoryGiB;
            }
            inst.instanceChargeType = r.instanceChargeType;
            // A UUID and a private address of its own, derived from the instance ID so that
            // they stay the same for the same workspace.
            inst.uuid =
                QUuid::createUuidV5(QUuid(), inst.instanceId).toString(QUuid::WithoutBraces);
            const QByteArray hash = QUuid(inst.uuid).toRfc4122();
            inst.privateIpAddresses = {QStringLiteral("10.%1.%2.%3")
                                           .arg(quint8(hash.at(0)))
                                           .arg(quint8(hash.at(1)))
                                           .arg(1 + quint8(hash.at(2)) % 254)};
            inst.systemDisk = r.systemDisk;
            if (inst.systemDisk.diskSize > 0 || !inst.systemDisk.diskType.isEmpty()) {
                inst.systemDisk.diskId = newId(str("disk-"));
                if (inst.systemDisk.diskSize <= 0)
                    inst.systemDisk.diskSize = qMax(50, image.imageSize);
            }
            b.put(inst);
            res.createdIds.append(inst.instanceId);
            idSet.append(inst.instanceId);
        }
        res.result.insert(str("InstanceIdSet"), idSet);
    });
}

OperationResult Operations::resetInstance(const OperationContext &ctx,
                                          const ResetInstanceRequest &r)
{
    QJsonObject params{{str("InstanceId"), r.instanceId}};
    if (!r.imageId.isEmpty())
        params.insert(str("ImageId"), r.imageId);
    const Verdict v = Rules::checkResetInstance(m_ws, ctx.accountId, r);
    return conclude(ctx, str("ResetInstance"), params, v, [&](Builder &b, OperationResult &) {
        Instance inst = *b.instance(r.instanceId);
        const Image &image = *m_ws.image(r.imageId.isEmpty() ? inst.imageId : r.imageId);
        inst.imageId = image.imageId;
        inst.osName = image.osName;
        inst.platform = image.platform;
        inst.instanceState = str("RUNNING");
        if (!inst.isWindows())
            inst.windowsChecks = WindowsChecks{};
        b.put(inst);
    });
}

OperationResult Operations::exportImages(const OperationContext &ctx, const ExportImagesRequest &r)
{
    const QStringList imageIds = distinct(r.imageIds);
    const QString format = r.exportFormat.toUpper();
    QJsonObject params{{str("ImageIds"), toJsonArray(imageIds)},
                       {str("BucketName"), r.bucketName},
                       {str("ExportFormat"), format}};
    if (!r.fileNamePrefixList.isEmpty())
        params.insert(str("FileNamePrefixList"), toJsonArray(r.fileNamePrefixList));
    if (r.onlyExportRootDisk)
        params.insert(str("OnlyExportRootDisk"), true);
    const Verdict v = Rules::checkExportImages(m_ws, ctx.accountId, r);
    return conclude(ctx, str("ExportImages"), params, v, [&](Builder &b, OperationResult &res) {
        // Like an import in reverse: a task that writes each image's disks to the bucket.
        Task task;
        task.taskId = newId(str("task-"));
        task.kind = TaskKind::Export;
        task.accountId = ctx.accountId;
        task.imageIds = imageIds;
        task.startedTime = m_clock.now();
        task.durationSeconds = m_ws.policy().importDurationSeconds;
        b.put(task);
        QJsonArray paths;
        for (qsizetype i = 0; i < imageIds.size(); ++i) {
            const Image &image = *m_ws.image(imageIds.at(i));
            const QString prefix =
                r.fileNamePrefixList.isEmpty() ? image.imageId : r.fileNamePrefixList.at(i);
            const QString base = QStringLiteral("https://%1.cos.%2.myqcloud.com/%3")
                                     .arg(r.bucketName, image.region, prefix);
            const QString ext = format.toLower();
            paths.append(base + QStringLiteral("_system.") + ext);
            if (!r.onlyExportRootDisk) {
                for (qsizetype d = 0, n = 0; d < image.snapshots.size(); ++d) {
                    if (image.snapshots.at(d).diskUsage == DiskUsage::DataDisk)
                        paths.append(base + QStringLiteral("_data%1.").arg(++n) + ext);
                }
            }
        }
        res.taskId = task.taskId;
        res.result.insert(str("TaskId"), task.taskId);
        res.result.insert(str("CosPaths"), paths);
    });
}

OperationResult Operations::terminateInstances(const OperationContext &ctx,
                                               const TerminateInstancesRequest &r)
{
    const QStringList instanceIds = distinct(r.instanceIds);
    const Verdict v = Rules::checkTerminateInstances(m_ws, ctx.accountId, r);
    return conclude(ctx, str("TerminateInstances"),
                    QJsonObject{{str("InstanceIds"), toJsonArray(instanceIds)}}, v,
                    [&](Builder &b, OperationResult &) {
                        for (const QString &id : instanceIds)
                            b.removeInstance(id);
                    });
}

void Operations::createImageFromSnapshots(const OperationContext &ctx, const CreateImageRequest &r,
                                          Builder &b, OperationResult &res)
{
    const QDateTime now = m_clock.now();
    const QStringList snapshotIds = distinct(r.snapshotIds);
    Image image;
    image.imageId = newId(str("img-"));
    image.imageName = r.imageName;
    image.imageDescription = r.imageDescription;
    image.kind = ImageKind::Custom;
    image.state = ImageState::Creating;
    image.source = ImageSource::CreateImage;
    image.createdTime = now;
    image.imageCreator = ctx.accountId;
    image.ownerAccountId = ctx.accountId;
    image.tags = r.tags;
    image.imageFamily = r.imageFamily;
    for (const QString &id : snapshotIds) {
        const Snapshot &s = *m_ws.snapshot(id);
        image.region = s.region;
        image.snapshots.append(SnapshotRef{s.snapshotId, s.diskUsage, s.diskSize});
        if (s.diskUsage == DiskUsage::SystemDisk)
            image.imageSize = s.diskSize;
    }
    // The operating system is the one of an image made from the same system disk snapshot, if
    // the workspace knows one.
    for (const Image &other : m_ws.images()) {
        const bool same = std::any_of(other.snapshots.cbegin(), other.snapshots.cend(),
                                      [&](const SnapshotRef &ref) {
                                          return ref.diskUsage == DiskUsage::SystemDisk &&
                                                 snapshotIds.contains(ref.snapshotId);
                                      });
        if (same) {
            image.osName = other.osName;
            image.platform = other.platform;
            image.architecture = other.architecture;
            image.isSupportCloudinit = other.isSupportCloudinit;
            break;
        }
    }
    Task task;
    task.taskId = newId(str("task-"));
    task.kind = TaskKind::Create;
    task.accountId = ctx.accountId;
    task.imageIds = {image.imageId};
    task.startedTime = now;
    task.durationSeconds = m_ws.policy().createDurationSeconds;
    b.put(image);
    b.put(task);
    res.createdIds = {image.imageId};
    res.taskId = task.taskId;
    res.result.insert(str("ImageId"), image.imageId);
}

OperationResult Operations::applyImportPermission(const OperationContext &ctx)
{
    const Verdict v = Rules::checkApplyImportPermission(m_ws, ctx.accountId);
    return conclude(ctx, str("ApplyImportPermission"),
                    QJsonObject{{str("AccountId"), ctx.accountId}}, v,
                    [&](Builder &b, OperationResult &) {
                        Account a = *b.account(ctx.accountId);
                        a.canImportImages = true;
                        b.put(a);
                    });
}

OperationResult Operations::setTrustedAccounts(const OperationContext &ctx,
                                               const TrustedAccountsRequest &r)
{
    const QStringList accounts = distinct(r.accountIds);
    const Verdict v = Rules::checkTrustedAccounts(m_ws, ctx.accountId, r);
    return conclude(ctx, str("ModifyTrustedAccounts"),
                    QJsonObject{{str("AccountIds"), toJsonArray(accounts)}}, v,
                    [&](Builder &b, OperationResult &) {
                        Account a = *b.account(ctx.accountId);
                        a.trustedAccountIds = accounts;
                        b.put(a);
                    });
}

OperationResult Operations::setWindowsCheck(const OperationContext &ctx, const QString &instanceId,
                                            WindowsCheck check, bool passes)
{
    Verdict v;
    const Instance *inst = m_ws.instance(instanceId);
    if (!inst || inst->ownerAccountId != ctx.accountId)
        v.refuse(Rule::I2, codes::InvalidInstanceIdNotFound, {{str("instanceId"), instanceId}},
                 {instanceId});
    else if (!inst->isWindows())
        v.refuse(Rule::I2, codes::UnsupportedOperationNotSupportInstanceImage,
                 {{str("instanceId"), instanceId}}, {instanceId});
    const QJsonObject params{{str("InstanceId"), instanceId},
                             {str("Check"), windowsCheckKey(check)},
                             {str("Passes"), passes}};
    return conclude(ctx, str("ModifyInstanceChecks"), params, v,
                    [&](Builder &b, OperationResult &) {
                        Instance i = *b.instance(instanceId);
                        i.windowsChecks.set(check, passes);
                        b.put(i);
                    });
}

OperationResult Operations::importDescribeImages(const OperationContext &ctx,
                                                 const QList<Image> &images,
                                                 const QString &accountId, const QString &regionId)
{
    const Verdict v = Rules::checkImportDescribeImages(m_ws, images, accountId, regionId);
    QJsonArray ids;
    for (const Image &image : images)
        ids.append(image.imageId);
    const QJsonObject params{
        {str("AccountId"), accountId}, {str("Region"), regionId}, {str("ImageIds"), ids}};
    return conclude(ctx, str("ImportDescribeImages"), params, v,
                    [&](Builder &b, OperationResult &res) {
                        for (Image image : images) {
                            image.region = regionId;
                            if (const Image *existing = m_ws.image(image.imageId)) {
                                // Keep what the API does not return: shares, lineage, failure
                                // reasons.
                                image.shares = existing->shares;
                                image.sourceImageId = existing->sourceImageId;
                                image.sourceRegion = existing->sourceRegion;
                                image.createdFromInstanceId = existing->createdFromInstanceId;
                                image.encrypted = existing->encrypted;
                            }
                            if (image.isCustom() && image.ownerAccountId != accountId &&
                                !image.isSharedWith(accountId))
                                image.shares.append(ShareEntry{accountId, m_clock.now()});
                            // The image's snapshots come with it (a custom image's are its
                            // owner's).
                            if (image.isCustom()) {
                                for (const SnapshotRef &ref : image.snapshots) {
                                    if (m_ws.snapshot(ref.snapshotId))
                                        continue;
                                    Snapshot s;
                                    s.snapshotId = ref.snapshotId;
                                    s.ownerAccountId = image.ownerAccountId;
                                    s.region = regionId;
                                    s.diskUsage = ref.diskUsage;
                                    s.diskSize = ref.diskSize;
                                    s.createdTime = image.createdTime;
                                    b.put(s);
                                }
                            } else {
                                image.snapshots.clear();
                            }
                            if (image.isCustom() && !b.account(image.ownerAccountId)) {
                                Account owner;
                                owner.accountId = image.ownerAccountId;
                                owner.name = image.ownerAccountId;
                                b.put(owner);
                            }
                            b.put(image);
                            res.createdIds.append(image.imageId);
                        }
                    });
}

OperationResult Operations::dropShareStep(const OperationContext &ctx, const QString &taskId)
{
    const QJsonObject params{{str("TaskId"), taskId}};
    Verdict v;
    const Task *task = m_ws.task(taskId);
    if (!task || task->accountId != ctx.accountId || task->shareWithAccountIds.isEmpty())
        v.refuse(Rule::C7, codes::InvalidParameterValue, QVariantMap{{str("taskId"), taskId}},
                 {taskId});
    return conclude(ctx, str("DropShareStep"), params, v, [&](Builder &b, OperationResult &) {
        Task t = *task;
        t.shareWithAccountIds.clear();
        b.put(t);
    });
}

namespace {

// The records of `changes` that exist now and in the change's `before`, but differ (task time
// aside).
template <typename T, typename Get>
void changedSince(const QList<RecordChange<T>> &changes, QStringList &out, Get current)
{
    for (const RecordChange<T> &c : changes) {
        const T *cur = current(c.id);
        if (cur && c.before && !(withoutProgress(*cur) == withoutProgress(*c.before)))
            out.append(c.id);
    }
}

} // namespace

QStringList Operations::changedSince(const WorkspaceDelta &d) const
{
    QStringList out;
    cvm::changedSince(d.accounts, out, [this](const QString &id) { return m_ws.account(id); });
    cvm::changedSince(d.images, out, [this](const QString &id) { return m_ws.image(id); });
    cvm::changedSince(d.snapshots, out, [this](const QString &id) { return m_ws.snapshot(id); });
    cvm::changedSince(d.instances, out, [this](const QString &id) { return m_ws.instance(id); });
    return out;
}

OperationResult Operations::revert(const OperationContext &ctx, const OperationResult &original,
                                   bool undo)
{
    // Takes every record the original touched back to its state before (undo) or after
    // (redo), remembering the current state, so that a later redo or undo is exact as well.
    // Undo and redo are operations like the others: they act as the account that made the
    // original, only on records nobody changed since, and only into a state the rules allow.
    OperationResult res;
    res.action = original.action;
    res.parameters = original.parameters;
    res.accountId = ctx.accountId;
    Verdict v;
    if (!original.accountId.isEmpty() && ctx.accountId != original.accountId) {
        v.refuse(Rule::U2, codes::UnauthorizedOperation,
                 QVariantMap{{str("accountId"), original.accountId},
                             {str("acting"), ctx.accountId},
                             {str("undo"), undo}},
                 {original.accountId});
    }
    WorkspaceDelta delta;
    QStringList stale;
    if (v.allowed()) {
        const WorkspaceDelta &d = original.delta;
        retarget(d.accounts, undo, delta.accounts, stale,
                 [this](const QString &id) { return m_ws.account(id); });
        retarget(d.images, undo, delta.images, stale,
                 [this](const QString &id) { return m_ws.image(id); });
        retarget(d.snapshots, undo, delta.snapshots, stale,
                 [this](const QString &id) { return m_ws.snapshot(id); });
        retarget(d.instances, undo, delta.instances, stale,
                 [this](const QString &id) { return m_ws.instance(id); });
        retarget(d.tasks, undo, delta.tasks, stale,
                 [this](const QString &id) { return m_ws.task(id); });
        retarget(d.pending, undo, delta.pending, stale,
                 [this](const QString &id) { return m_ws.pendingChange(id.toInt()); });
        if (!stale.isEmpty())
            v.refuse(Rule::U1, codes::FailedOperation, QVariantMap{{str("undo"), undo}}, stale);
        else
            v.merge(Rules::checkRestore(m_ws, delta));
    }
    res.verdict = v;
    const QJsonObject journaled{{str("Action"), original.action}};
    const QString action = undo ? str("Undo") : str("Redo");
    if (!v.allowed()) {
        res.status = OperationResult::Status::Refused;
        journal(ctx, action, journaled, res);
        return res;
    }
    res.status = OperationResult::Status::Applied;
    res.delta = delta;
    QJsonArray touched;
    for (const auto &c : delta.images)
        touched.append(c.id);
    res.result.insert(str("ImageIds"), touched);
    m_ws.apply(delta);
    journal(ctx, action, journaled, res);
    return res;
}

OperationResult Operations::undo(const OperationContext &ctx, const OperationResult &original)
{
    return revert(ctx, original, true);
}

OperationResult Operations::redo(const OperationContext &ctx, const OperationResult &original)
{
    return revert(ctx, original, false);
}

ChangeRecording::ChangeRecording(Workspace &workspace)
{
    m_changed = QObject::connect(&workspace, &Workspace::changed, &workspace,
                                 [this](const WorkspaceDelta &d) { m_deltas.append(d); });
    const Workspace *ws = &workspace;
    m_appended = QObject::connect(&workspace, &Workspace::journalAppended, &workspace,
                                  [this, ws](int i) { m_journal.append(ws->journal().at(i)); });
}

ChangeRecording::~ChangeRecording()
{
    stop();
}

void ChangeRecording::stop()
{
    QObject::disconnect(m_changed);
    QObject::disconnect(m_appended);
}

void Operations::takeBack(const ChangeRecording &recording, const QString &code)
{
    const QList<WorkspaceDelta> &deltas = recording.deltas();
    for (auto it = deltas.crbegin(); it != deltas.crend(); ++it)
        m_ws.apply(it->inverted());
    // The journal keeps what happened: each applied entry is followed by one saying that it
    // was taken back.
    QList<JournalEntry> notes;
    for (const JournalEntry &e : recording.journalEntries()) {
        if (!e.success || e.parameters.value(str("DryRun")).toBool())
            continue;
        JournalEntry note;
        note.time = m_clock.now();
        note.accountId = e.accountId;
        note.action = str("TakeBack");
        note.channel = e.channel;
        note.parameters = QJsonObject{{str("Action"), e.action}};
        note.success = false;
        note.errors.append(JournalError{QString(), code});
        notes.append(note);
    }
    for (const JournalEntry &note : std::as_const(notes))
        m_ws.appendJournal(note);
}

WorkspaceDelta Operations::advanceTasks()
{
    const QDateTime now = m_clock.now();
    const QDateTime last = m_lastAdvance;
    m_lastAdvance = now;
    Builder b(m_ws);
    QList<Task> running;
    for (const Task *t : m_ws.runningTasks()) {
        Task next = *t;
        const QDateTime from = qMax(last, t->startedTime);
        next.elapsedSeconds = int(qMin<qint64>(
            t->durationSeconds,
            t->elapsedSeconds + qMax<qint64>(0, from.secsTo(now)) * m_timeScale));
        running.append(next);
    }
    QSet<QString> sourcesStillSyncing;
    for (const Task &t : std::as_const(running)) {
        if (t.kind == TaskKind::Sync && t.elapsedSeconds < t.durationSeconds)
            sourcesStillSyncing.insert(t.sourceImageId);
    }
    for (Task t : std::as_const(running)) {
        const int percent = t.percent();
        const bool done = t.elapsedSeconds >= t.durationSeconds;
        auto progress = [&](const QString &id, bool isSource) {
            const Image *cur = b.image(id);
            if (!cur)
                return;
            Image img = *cur;
            if (!done) {
                if (img.syncPercent != percent) {
                    img.syncPercent = percent;
                    b.put(img);
                }
                return;
            }
            if (isSource && sourcesStillSyncing.contains(id))
                return;
            img.syncPercent.reset();
            if (isSource || !t.willFail) {
                img.state = ImageState::Normal;
            } else {
                img.state = t.kind == TaskKind::Import ? ImageState::ImportFailed
                                                       : ImageState::CreateFailed;
                img.failureReason = t.failureReason;
                img.failedChecks = t.failedChecks;
            }
            b.put(img);
        };
        if (t.kind != TaskKind::Export) // an export reads its images and leaves them as they are
            for (const QString &id : std::as_const(t.imageIds))
                progress(id, false);
        if (t.kind == TaskKind::Sync && !t.sourceImageId.isEmpty()) {
            const Image *src = b.image(t.sourceImageId);
            if (src && src->state == ImageState::Syncing)
                progress(t.sourceImageId, true);
        }
        if (done) {
            t.state = t.willFail ? TaskState::Failed : TaskState::Succeeded;
            t.finishedTime = now;
        }
        const Task *before = m_ws.task(t.taskId);
        if (!before || !(*before == t))
            b.put(t);
    }
    WorkspaceDelta delta = b.take();
    m_ws.apply(delta);
    return delta;
}

} // namespace cvm

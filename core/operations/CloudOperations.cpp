// The operations of the cloud link: pending changes recorded, dropped, applied and refused, and
// a pull laid down under them. Part of Operations (Operations.h).
#include "Operations.h"
#include "WorkspaceDelta.h"

#include <QJsonArray>

namespace cvm {
namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

template <typename T>
void change(QList<RecordChange<T>> &out, const QString &id, const T *before,
            const std::optional<T> &after)
{
    if (!before && !after)
        return;
    if (before && after && *before == *after)
        return;
    out.append(RecordChange<T>{id, before ? std::optional<T>(*before) : std::nullopt, after});
}

QString firstOf(const QJsonObject &p, const char *single, const char *list)
{
    const QString one = p.value(QLatin1String(single)).toString();
    return one.isEmpty() ? p.value(QLatin1String(list)).toArray().first().toString() : one;
}

// The journal's entry for a pending change the cloud gave its verdict on.
JournalEntry cloudEntry(const PendingChange &c, const QDateTime &time,
                        const QJsonObject &parameters, bool success)
{
    JournalEntry e;
    e.time = time;
    e.accountId = c.accountId;
    e.action = c.action;
    e.channel = str("Cloud");
    e.parameters = parameters;
    e.success = success;
    return e;
}

} // namespace

std::optional<PendingChange> Operations::settle(int sequence,
                                                const std::function<void(PendingChange &)> &how)
{
    const PendingChange *c = m_ws.pendingChange(sequence);
    if (!c)
        return std::nullopt;
    PendingChange after = *c;
    how(after);
    WorkspaceDelta d;
    d.pending.append({after.id(), *c, after});
    m_ws.apply(d);
    return after;
}

void Operations::recordPending(const OperationContext &ctx, const QString &action,
                               const QJsonObject &parameters, OperationResult &result)
{
    if (ctx.dryRun || !cloud::isCloudChange(action) || !m_ws.cloud().covers(ctx.accountId))
        return;
    PendingChange c;
    c.sequence = m_replay ? m_replay->sequence : m_ws.nextPendingSequence();
    c.time = m_replay ? m_replay->time : m_clock.now();
    c.accountId = ctx.accountId;
    c.action = action;
    c.parameters = parameters;
    // Where the call is made: the region it names, or that of the image or instance it acts on
    // (as it was before the change).
    c.region = parameters.value(str("Region")).toString();
    if (c.region.isEmpty()) {
        if (const Image *img = m_ws.image(firstOf(parameters, "ImageId", "ImageIds")))
            c.region = img->region;
        else if (const Instance *i =
                     m_ws.instance(firstOf(parameters, "InstanceId", "InstanceIds")))
            c.region = i->region;
    }
    c.provisionalIds = result.createdIds;
    c.effect = cloud::effectToJson(result.delta);
    result.delta.pending.append(RecordChange<PendingChange>{c.id(), std::nullopt, c});
}

OperationResult Operations::dropPending(const OperationContext &ctx, int sequence)
{
    const PendingChange *c = m_ws.pendingChange(sequence);
    OperationResult original;
    if (!c || c->state == PendingState::Applied) {
        OperationResult res;
        res.action = str("DropPendingChange");
        res.accountId = ctx.accountId;
        res.verdict.refuse(Rule::U1, codes::FailedOperation, QVariantMap{{str("undo"), true}},
                           {QString::number(sequence)});
        return res;
    }
    original.action = c->action;
    original.accountId = c->accountId;
    original.parameters = c->parameters;
    if (const auto effect = cloud::effectFromJson(c->effect); effect && c->isPending())
        original.delta = *effect;
    original.delta.pending.append(RecordChange<PendingChange>{c->id(), std::nullopt, *c});
    // Dropping is the operator's decision over the plan, in the name of the account that made
    // the change.
    OperationContext as = ctx;
    as.accountId = c->accountId;
    return revert(as, original, true);
}

void Operations::replaceIds(const QHash<QString, QString> &ids)
{
    if (ids.isEmpty())
        return;
    auto renamed = [&ids](const QString &id) {
        return ids.value(id, id);
    };
    WorkspaceDelta d;
    // Records that are renamed leave under the old ID and come back under the new one; records
    // that refer to them are changed in place.
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        if (const Image *img = m_ws.image(it.key())) {
            Image moved = *img;
            moved.imageId = it.value();
            d.images.append({it.key(), *img, std::nullopt});
            d.images.append({it.value(), std::nullopt, moved});
        } else if (const Instance *ins = m_ws.instance(it.key())) {
            Instance moved = *ins;
            moved.instanceId = it.value();
            d.instances.append({it.key(), *ins, std::nullopt});
            d.instances.append({it.value(), std::nullopt, moved});
        }
    }
    auto fixImage = [&](Image img) {
        img.sourceImageId = renamed(img.sourceImageId);
        return img;
    };
    for (RecordChange<Image> &c : d.images) {
        if (c.after)
            c.after = fixImage(*c.after);
    }
    for (const Image &img : m_ws.images()) {
        if (!ids.contains(img.imageId) && ids.contains(img.sourceImageId))
            d.images.append({img.imageId, img, fixImage(img)});
    }
    for (RecordChange<Instance> &c : d.instances) {
        if (c.after)
            c.after->imageId = renamed(c.after->imageId);
    }
    for (const Instance &i : m_ws.instances()) {
        if (!ids.contains(i.instanceId) && ids.contains(i.imageId)) {
            Instance fixed = i;
            fixed.imageId = renamed(i.imageId);
            d.instances.append({i.instanceId, i, fixed});
        }
    }
    for (const Task &t : m_ws.tasks()) {
        Task fixed = t;
        fixed.sourceImageId = renamed(t.sourceImageId);
        fixed.instanceId = renamed(t.instanceId);
        for (QString &id : fixed.imageIds)
            id = renamed(id);
        if (!(fixed == t))
            d.tasks.append({t.taskId, t, fixed});
    }
    for (const PendingChange &c : m_ws.pending()) {
        PendingChange fixed = c;
        fixed.parameters = cloud::replaceIds(c.parameters, ids);
        fixed.effect = cloud::replaceIds(c.effect, ids);
        for (QString &id : fixed.provisionalIds)
            id = renamed(id);
        if (!(fixed == c))
            d.pending.append({c.id(), c, fixed});
    }
    m_ws.apply(d);
    m_ws.replaceJournalIds(ids);
}

void Operations::markApplied(int sequence, const QString &requestId,
                             const QHash<QString, QString> &ids, const QJsonObject &sent,
                             const QJsonObject &answer)
{
    const std::optional<PendingChange> done = settle(sequence, [&](PendingChange &c) {
        c.state = PendingState::Applied;
        c.requestId = requestId;
        c.appliedTime = m_clock.now();
        c.refusal.reset();
    });
    if (!done)
        return;
    replaceIds(ids);
    JournalEntry e = cloudEntry(*done, m_clock.now(), cloud::replaceIds(sent, ids), true);
    e.result = answer;
    e.result.insert(str("RequestId"), requestId);
    m_ws.appendJournal(e);
}

void Operations::markRefused(int sequence, const PendingRefusal &refusal, const QJsonObject &sent)
{
    const std::optional<PendingChange> refused = settle(sequence, [&](PendingChange &c) {
        c.state = PendingState::Conflict;
        c.refusal = refusal;
    });
    if (!refused)
        return;
    // Both verdicts: the rules' (allowed, unless they refused on the check before sending) and
    // the cloud's.
    JournalEntry e = cloudEntry(*refused, m_clock.now(), sent, false);
    e.errors.append(JournalError{refusal.rule, refusal.code});
    e.result =
        QJsonObject{{str("RulesVerdict"), refusal.rule.isEmpty() ? str("Allowed") : str("Refused")},
                    {str("CloudCode"), refusal.code}};
    if (!refusal.message.isEmpty())
        e.result.insert(str("CloudMessage"), refusal.message);
    if (!refusal.requestId.isEmpty())
        e.result.insert(str("RequestId"), refusal.requestId);
    m_ws.appendJournal(e);
}

RefreshSummary Operations::refresh(const PulledState &pulled, const Replay &replay)
{
    RefreshSummary sum;
    const QList<PendingChange> before = m_ws.pendingList();

    // 1. The pending changes are taken back, newest first, and the list emptied.
    {
        WorkspaceDelta d;
        for (auto it = before.crbegin(); it != before.crend(); ++it) {
            if (it->state != PendingState::Applied) {
                if (const auto effect = cloud::effectFromJson(it->effect)) {
                    const WorkspaceDelta back = effect->inverted();
                    // Applied one by one: a later change may touch the records of an earlier.
                    m_ws.apply(back);
                }
            } else {
                ++sum.appliedForgotten;
            }
            d.pending.append({it->id(), *it, std::nullopt});
        }
        m_ws.apply(d);
    }

    // 2. The cloud's state replaces the records of the pulled accounts and regions.
    QSet<QString> accounts, regions;
    for (const Account &a : pulled.accounts)
        accounts.insert(a.accountId);
    for (const Region &r : pulled.regions)
        regions.insert(r.regionId);
    WorkspaceDelta d;
    QHash<QString, Image> images;
    for (const Image &img : pulled.images)
        images.insert(img.imageId, img);
    for (const Account &a : pulled.accounts) {
        Account merged = a;
        if (const Account *cur = m_ws.account(a.accountId)) {
            merged = *cur; // the names and trust the operator keeps are the workspace's
        }
        change(d.accounts, a.accountId, m_ws.account(a.accountId), std::optional(merged));
    }
    // Owners of images shared with the pulled accounts, when the workspace does not know them.
    for (const Image &img : pulled.images) {
        if (!img.ownerAccountId.isEmpty() && !m_ws.account(img.ownerAccountId) &&
            !accounts.contains(img.ownerAccountId)) {
            bool listed = false;
            for (const auto &c : std::as_const(d.accounts))
                listed = listed || c.id == img.ownerAccountId;
            if (!listed)
                d.accounts.append({img.ownerAccountId, std::nullopt,
                                   Account{img.ownerAccountId, img.ownerAccountId, false, {}}});
        }
    }
    auto inScope = [&](const Image &img) {
        if (!regions.contains(img.region))
            return false;
        if (img.ownerAccountId.isEmpty() || accounts.contains(img.ownerAccountId))
            return true;
        for (const ShareEntry &s : img.shares) {
            if (accounts.contains(s.accountId))
                return true;
        }
        return false;
    };
    for (const Image &img : m_ws.images()) {
        if (!inScope(img) || images.contains(img.imageId))
            continue;
        change(d.images, img.imageId, &img, std::optional<Image>());
        ++sum.imagesRemoved;
    }
    for (const Image &img : std::as_const(images)) {
        const Image *cur = m_ws.image(img.imageId);
        Image next = img;
        if (cur) {
            // A share with a pulled account of an image whose owner was not pulled: the API does
            // not say since when; the time the workspace knows stays.
            if (!accounts.contains(next.ownerAccountId)) {
                for (ShareEntry &s : next.shares) {
                    for (const ShareEntry &known : cur->shares) {
                        if (known.accountId == s.accountId)
                            s.createdTime = known.createdTime;
                    }
                }
            }
            // What the API does not say stays as the workspace knows it.
            next.sourceImageId = cur->sourceImageId;
            next.sourceRegion = cur->sourceRegion;
            next.createdFromInstanceId = cur->createdFromInstanceId;
            next.failedChecks = cur->failedChecks;
            if (next.failureReason.isEmpty())
                next.failureReason = cur->failureReason;
        }
        const qsizetype n = d.images.size();
        change(d.images, img.imageId, cur, std::optional(next));
        if (d.images.size() != n)
            ++(cur ? sum.imagesChanged : sum.imagesAdded);
        for (const SnapshotRef &ref : next.snapshots) {
            if (next.ownerAccountId.isEmpty() || m_ws.snapshot(ref.snapshotId))
                continue;
            Snapshot s{ref.snapshotId, next.ownerAccountId, next.region,
                       ref.diskUsage,  ref.diskSize,        next.createdTime};
            d.snapshots.append({s.snapshotId, std::nullopt, s});
        }
    }
    QSet<QString> pulledInstances;
    for (const Instance &i : pulled.instances) {
        pulledInstances.insert(i.instanceId);
        const Instance *cur = m_ws.instance(i.instanceId);
        Instance next = i;
        if (cur)
            next.windowsChecks = cur->windowsChecks; // the operator's record of the checks
        const qsizetype n = d.instances.size();
        change(d.instances, i.instanceId, cur, std::optional(next));
        sum.instancesChanged += int(d.instances.size() - n);
    }
    for (const Instance &i : m_ws.instances()) {
        if (accounts.contains(i.ownerAccountId) && regions.contains(i.region) &&
            !pulledInstances.contains(i.instanceId)) {
            change(d.instances, i.instanceId, &i, std::optional<Instance>());
            ++sum.instancesChanged;
        }
    }
    // Tasks whose images are all gone went with them.
    QSet<QString> removed;
    for (const auto &c : std::as_const(d.images)) {
        if (!c.after)
            removed.insert(c.id);
    }
    for (const Task &t : m_ws.tasks()) {
        bool gone = !t.imageIds.isEmpty();
        for (const QString &id : t.imageIds)
            gone = gone && (removed.contains(id) || !m_ws.image(id));
        if (gone)
            d.tasks.append({t.taskId, t, std::nullopt});
    }
    m_ws.apply(d);
    QList<Region> merged = m_ws.regions();
    for (const Region &r : pulled.regions) {
        bool found = false;
        for (Region &cur : merged) {
            if (cur.regionId == r.regionId) {
                Region next = r;
                next.supportsImageCopy = cur.supportsImageCopy;
                next.supportsImageImport = cur.supportsImageImport;
                cur = next;
                found = true;
            }
        }
        if (!found)
            merged.append(r);
    }
    m_ws.setRegions(merged);
    if (pulled.imageQuota && *pulled.imageQuota != m_ws.policy().customImageQuotaPerRegion) {
        Policy p = m_ws.policy();
        p.customImageQuotaPerRegion = *pulled.imageQuota;
        m_ws.setPolicy(p);
    }

    // 3. The link, so that the changes made again are recorded as pending.
    CloudLink link = m_ws.cloud();
    link.endpoint = pulled.endpoint;
    link.pulledTime = pulled.time;
    for (const QString &a : std::as_const(accounts)) {
        if (!link.accountIds.contains(a))
            link.accountIds.append(a);
    }
    for (const QString &r : std::as_const(regions)) {
        if (!link.regionIds.contains(r))
            link.regionIds.append(r);
    }
    std::sort(link.accountIds.begin(), link.accountIds.end());
    std::sort(link.regionIds.begin(), link.regionIds.end());
    m_ws.setCloud(link);

    // 4. The pending changes made again, in order, each asking the rules on the new state; one
    // that cannot be made again stays on the list as a conflict, with why.
    auto keepAsConflict = [&](const PendingChange &c, const PendingRefusal &why) {
        PendingChange conflict = c;
        conflict.state = PendingState::Conflict;
        conflict.effect = {};
        conflict.refusal = why;
        WorkspaceDelta k;
        k.pending.append({conflict.id(), std::nullopt, conflict});
        m_ws.apply(k);
        sum.conflicts.append(c.sequence);
    };
    for (const PendingChange &c : before) {
        if (c.state == PendingState::Applied)
            continue;
        // What the cloud changed under the change makes it a conflict (L1): made again, it would
        // overwrite what someone did in the cloud meanwhile. (A record the cloud no longer has
        // is the rules' to explain.)
        QStringList changed;
        if (const auto effect = cloud::effectFromJson(c.effect))
            changed = changedSince(*effect);
        if (!changed.isEmpty()) {
            keepAsConflict(
                c,
                PendingRefusal{
                    ruleId(Rule::L1), codes::FailedOperation, QString(), {}, changed, QString()});
            continue;
        }
        m_replay = &c;
        m_replayIds = c.provisionalIds;
        m_replayVerdict.reset();
        const std::optional<PendingRefusal> apiRefusal = replay(c);
        const std::optional<Verdict> verdict = m_replayVerdict;
        m_replay = nullptr;
        m_replayIds.clear();
        m_replayVerdict.reset();
        if (m_ws.pendingChange(c.sequence)) {
            ++sum.replayed;
        } else if (verdict && !verdict->allowed()) {
            const Violation &v = verdict->violations.first();
            keepAsConflict(c,
                           PendingRefusal{v.rule, v.code, QString(), v.args, v.items, QString()});
        } else {
            keepAsConflict(c,
                           apiRefusal.value_or(PendingRefusal{
                               QString(), codes::FailedOperation, QString(), {}, {}, QString()}));
        }
    }

    JournalEntry e;
    e.time = m_clock.now();
    e.action = str("Pull");
    e.channel = str("Cloud");
    e.parameters = QJsonObject{{str("Endpoint"), pulled.endpoint},
                               {str("AccountIds"), QJsonArray::fromStringList(accounts.values())},
                               {str("Regions"), QJsonArray::fromStringList(regions.values())}};
    e.success = true;
    e.result = QJsonObject{
        {str("ImagesAdded"), sum.imagesAdded},     {str("ImagesChanged"), sum.imagesChanged},
        {str("ImagesRemoved"), sum.imagesRemoved}, {str("InstancesChanged"), sum.instancesChanged},
        {str("Replayed"), sum.replayed},           {str("Conflicts"), int(sum.conflicts.size())}};
    m_ws.appendJournal(e);
    return sum;
}

} // namespace cvm

#include "WorkspaceLint.h"

#include "Rules.h"

#include <algorithm>

namespace cvm {
namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// Findings of records visited in hash order, put in the order of the record each names
// first (its ID), keeping the order of the findings of one record.
void byFirstItem(QList<Violation> &findings, qsizetype from)
{
    std::stable_sort(
        findings.begin() + from, findings.end(),
        [](const Violation &a, const Violation &b) { return a.items.first() < b.items.first(); });
}

} // namespace

QList<Violation> WorkspaceLint::run(const Workspace &ws)
{
    QList<Violation> out = ws.loadFindings();
    auto add = [&out](const char *rule, const char *code, const QVariantMap &args,
                      const QStringList &items) {
        out.append(Violation{str(rule), str(code), args, items});
    };
    const Policy &policy = ws.policy();

    for (const Account &a : ws.accounts()) {
        for (const QString &t : a.trustedAccountIds) {
            if (!ws.account(t))
                add("F2", "TrustedUnknown",
                    {{str("accountId"), a.accountId}, {str("trustedId"), t}}, {a.accountId});
        }
    }

    QSet<QString> transitionalWithTask;
    for (const Task &t : ws.tasks()) {
        if (!t.isRunning())
            continue;
        for (const QString &id : t.imageIds) {
            transitionalWithTask.insert(id);
            if (!ws.image(id))
                add("F2", "TaskWithoutImage", {{str("taskId"), t.taskId}, {str("imageId"), id}},
                    {t.taskId, id});
        }
        if (!t.sourceImageId.isEmpty())
            transitionalWithTask.insert(t.sourceImageId);
    }

    // Images in the order of the hash, their findings put in the order of their IDs after:
    // sorting a hundred thousand IDs to find a handful of problems costs more than the checks.
    const qsizetype imageFindingsFrom = out.size();
    for (auto it = ws.images().cbegin(); it != ws.images().cend(); ++it) {
        const Image &img = it.value();
        const QString &id = it.key();
        const QString &item = id;
        if (!ws.region(img.region))
            add("F2", "UnknownRegion", {{str("item"), item}, {str("region"), img.region}}, {id});
        if (img.isCustom() && !ws.account(img.ownerAccountId))
            add("F2", "UnknownAccount",
                {{str("item"), item}, {str("accountId"), img.ownerAccountId}}, {id});
        for (const SnapshotRef &s : img.snapshots) {
            if (!ws.snapshot(s.snapshotId))
                add("F2", "UnknownSnapshot",
                    {{str("imageId"), id}, {str("snapshotId"), s.snapshotId}}, {id, s.snapshotId});
        }
        if (!img.shares.isEmpty()) {
            if (!img.isCustom())
                add("S1", "SharedNotCustom", {{str("imageId"), id}}, {id});
            if (img.shares.size() > policy.shareLimit)
                add("S3", "OverQuota",
                    {{str("imageId"), id},
                     {str("shared"), int(img.shares.size())},
                     {str("limit"), policy.shareLimit}},
                    {id});
            for (qsizetype i = 0; i < img.shares.size(); ++i) {
                const ShareEntry &s = img.shares.at(i);
                if (s.accountId == img.ownerAccountId)
                    add("S4", "SharedWithOwner",
                        {{str("imageId"), id}, {str("accountId"), s.accountId}}, {id, s.accountId});
                else if (!ws.account(s.accountId))
                    add("S4", "UnknownAccount",
                        {{str("item"), id}, {str("imageId"), id}, {str("accountId"), s.accountId}},
                        {id, s.accountId});
                // At most a few dozen shares: comparing with the earlier ones beats building a set.
                const bool repeated =
                    std::any_of(img.shares.cbegin(), img.shares.cbegin() + i,
                                [&s](const ShareEntry &e) { return e.accountId == s.accountId; });
                if (repeated)
                    add("S4", "DuplicateShare",
                        {{str("imageId"), id}, {str("accountId"), s.accountId}}, {id, s.accountId});
            }
            // Being created or imported, an image cannot have been shared yet; a shared image
            // that is being copied (SYNCING) is normal.
            if (img.state == ImageState::Creating || img.state == ImageState::Importing)
                add("S5", "SharedInTransition",
                    {{str("imageId"), id}, {str("state"), toString(img.state)}}, {id});
            if (img.licenseType == LicenseType::Byol || img.encrypted)
                add("S5", "SharedByolOrEncrypted", {{str("imageId"), id}}, {id});
        }
        if (img.isCustom()) {
            if (const int length = Rules::characterCount(img.imageName);
                length > policy.imageNameMaxLength)
                add("M2", "NameTooLong",
                    {{str("imageId"), id},
                     {str("length"), length},
                     {str("max"), policy.imageNameMaxLength}},
                    {id});
        }
        if (const int length = Rules::characterCount(img.imageDescription);
            length > policy.imageDescriptionMaxLength)
            add("M2", "DescriptionTooLong",
                {{str("imageId"), id},
                 {str("length"), length},
                 {str("max"), policy.imageDescriptionMaxLength}},
                {id});
        if (isTransitional(img.state) && !transitionalWithTask.contains(id))
            add("F2", "TransitionWithoutTask",
                {{str("imageId"), id}, {str("state"), toString(img.state)}}, {id});
        if (img.syncPercent && !isTransitional(img.state))
            add("F2", "SyncPercentRange", {{str("imageId"), id}}, {id});
    }
    byFirstItem(out, imageFindingsFrom);

    // Names and quota, per owner and region.
    QStringList owners;
    for (const Account &a : ws.accounts())
        owners.append(a.accountId);
    for (const QString &owner : std::as_const(owners)) {
        for (const Region &r : ws.regions()) {
            const QSet<QString> mine = ws.customImagesOf(owner, r.regionId);
            if (mine.isEmpty())
                continue;
            if (mine.size() > policy.customImageQuotaPerRegion)
                add("Q1", "QuotaExceeded",
                    {{str("accountId"), owner},
                     {str("region"), r.regionId},
                     {str("used"), int(mine.size())},
                     {str("limit"), policy.customImageQuotaPerRegion}},
                    {owner, r.regionId});
            if (mine.size() < 2)
                continue;
            // (name, ID) sorted: images with the same name end up side by side.
            QList<std::pair<QString, QString>> named;
            named.reserve(mine.size());
            for (const QString &id : mine)
                named.append({ws.image(id)->imageName, id});
            std::sort(named.begin(), named.end());
            for (qsizetype i = 0; i < named.size();) {
                qsizetype j = i + 1;
                while (j < named.size() && named.at(j).first == named.at(i).first)
                    ++j;
                if (j - i >= 2) {
                    QStringList ids;
                    for (qsizetype k = i; k < j; ++k)
                        ids.append(named.at(k).second);
                    add("M2", "NameDuplicate",
                        {{str("accountId"), owner},
                         {str("name"), named.at(i).first},
                         {str("region"), r.regionId}},
                        ids);
                }
                i = j;
            }
        }
    }

    const qsizetype instanceFindingsFrom = out.size();
    for (auto it = ws.instances().cbegin(); it != ws.instances().cend(); ++it) {
        const Instance &inst = it.value();
        const QString &id = it.key();
        if (!ws.account(inst.ownerAccountId))
            add("F2", "UnknownAccount",
                {{str("item"), id}, {str("accountId"), inst.ownerAccountId}}, {id});
        if (!ws.region(inst.region))
            add("F2", "UnknownRegion", {{str("item"), id}, {str("region"), inst.region}}, {id});
        // An instance may outlive its image (D4); if the image is there, it must be in the same
        // region.
        if (const Image *img = ws.image(inst.imageId); img && img->region != inst.region)
            add("N1", "InstanceImageRegion",
                {{str("instanceId"), id},
                 {str("region"), inst.region},
                 {str("imageId"), inst.imageId},
                 {str("imageRegion"), img->region}},
                {id, inst.imageId});
    }
    byFirstItem(out, instanceFindingsFrom);
    const qsizetype snapshotFindingsFrom = out.size();
    for (auto it = ws.snapshots().cbegin(); it != ws.snapshots().cend(); ++it) {
        if (!ws.account(it->ownerAccountId))
            add("F2", "UnknownAccount",
                {{str("item"), it.key()}, {str("accountId"), it->ownerAccountId}}, {it.key()});
    }
    byFirstItem(out, snapshotFindingsFrom);
    return out;
}

} // namespace cvm

#include "WorkspaceLint.h"

#include "Rules.h"

#include <algorithm>
#include <future>
#include <iterator>
#include <vector>

namespace cvm {
namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// The findings of one part of the check.
struct Findings
{
    QList<Violation> list;
    void add(Rule rule, QLatin1String code, const QVariantMap &args, const QStringList &items)
    {
        list.append(Violation{ruleId(rule), code, args, items});
    }
};

// Findings of records visited in hash order, put in the order of the record each names
// first (its ID), keeping the order of the findings of one record.
void byFirstItem(QList<Violation> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Violation &a, const Violation &b) {
        return a.items.first() < b.items.first();
    });
}

// The images' hash split into `parts` runs of about the same length, as iterators.
QList<QHash<QString, Image>::const_iterator> split(const QHash<QString, Image> &records, int parts)
{
    QList<QHash<QString, Image>::const_iterator> bounds{records.cbegin()};
    auto it = records.cbegin();
    for (int p = 1; p < parts; ++p) {
        std::advance(it, records.size() / parts);
        bounds.append(it);
    }
    bounds.append(records.cend());
    return bounds;
}

// Each image on its own: where it is, who owns it, what it is shared with, its texts, its state.
QList<Violation> checkImages(const Workspace &ws, const QSet<QString> &transitionalWithTask,
                             QHash<QString, Image>::const_iterator from,
                             QHash<QString, Image>::const_iterator to)
{
    Findings f;
    const Policy &policy = ws.policy();
    for (auto it = from; it != to; ++it) {
        const Image &img = it.value();
        const QString &id = it.key();
        const QString &item = id;
        if (!ws.region(img.region))
            f.add(Rule::F2, codes::UnknownRegion,
                  {{str("item"), item}, {str("region"), img.region}}, {id});
        if (img.isCustom() && !ws.account(img.ownerAccountId))
            f.add(Rule::F2, codes::UnknownAccount,
                  {{str("item"), item}, {str("accountId"), img.ownerAccountId}}, {id});
        for (const SnapshotRef &s : img.snapshots) {
            if (!ws.snapshot(s.snapshotId))
                f.add(Rule::F2, codes::UnknownSnapshot,
                      {{str("imageId"), id}, {str("snapshotId"), s.snapshotId}},
                      {id, s.snapshotId});
        }
        if (!img.shares.isEmpty()) {
            if (!img.isCustom())
                f.add(Rule::S1, codes::SharedNotCustom, {{str("imageId"), id}}, {id});
            if (Rules::overShareLimit(ws, img.shares.size()))
                f.add(Rule::S3, codes::OverQuota,
                      {{str("imageId"), id},
                       {str("shared"), int(img.shares.size())},
                       {str("limit"), policy.shareLimit}},
                      {id});
            for (qsizetype i = 0; i < img.shares.size(); ++i) {
                const ShareEntry &s = img.shares.at(i);
                if (s.accountId == img.ownerAccountId)
                    f.add(Rule::S4, codes::SharedWithOwner,
                          {{str("imageId"), id}, {str("accountId"), s.accountId}},
                          {id, s.accountId});
                else if (!ws.account(s.accountId))
                    f.add(
                        Rule::S4, codes::UnknownAccount,
                        {{str("item"), id}, {str("imageId"), id}, {str("accountId"), s.accountId}},
                        {id, s.accountId});
                // At most a few dozen shares: comparing with the earlier ones beats building a set.
                const bool repeated =
                    std::any_of(img.shares.cbegin(), img.shares.cbegin() + i,
                                [&s](const ShareEntry &e) { return e.accountId == s.accountId; });
                if (repeated)
                    f.add(Rule::S4, codes::DuplicateShare,
                          {{str("imageId"), id}, {str("accountId"), s.accountId}},
                          {id, s.accountId});
            }
            // Being created or imported, an image cannot have been shared yet; a shared image
            // that is being copied (SYNCING) is normal.
            if (img.state == ImageState::Creating || img.state == ImageState::Importing)
                f.add(Rule::S5, codes::SharedInTransition,
                      {{str("imageId"), id}, {str("state"), toString(img.state)}}, {id});
            if (img.licenseType == LicenseType::Byol || img.encrypted)
                f.add(Rule::S5, codes::SharedByolOrEncrypted, {{str("imageId"), id}}, {id});
        }
        if (img.isCustom()) {
            if (const int length = Rules::characterCount(img.imageName);
                length > policy.imageNameMaxLength)
                f.add(Rule::M2, codes::NameTooLong,
                      {{str("imageId"), id},
                       {str("length"), length},
                       {str("max"), policy.imageNameMaxLength}},
                      {id});
        }
        if (const int length = Rules::characterCount(img.imageDescription);
            length > policy.imageDescriptionMaxLength)
            f.add(Rule::M2, codes::DescriptionTooLong,
                  {{str("imageId"), id},
                   {str("length"), length},
                   {str("max"), policy.imageDescriptionMaxLength}},
                  {id});
        if (isTransitional(img.state) && !transitionalWithTask.contains(id))
            f.add(Rule::F2, codes::TransitionWithoutTask,
                  {{str("imageId"), id}, {str("state"), toString(img.state)}}, {id});
        if (img.syncPercent && !isTransitional(img.state))
            f.add(Rule::F2, codes::SyncPercentRange, {{str("imageId"), id}}, {id});
    }
    return f.list;
}

// Quota and names, per owner and region, in the order of the accounts and then of the
// regions; within one owner and region, repeated names in name order. Which names are the
// same is the rules' decision (M2), asked once for the whole workspace.
QList<Violation> checkNamesAndQuota(const Workspace &ws)
{
    const QList<Rules::NameClash> clashes = Rules::nameClashes(ws);
    // (owner, region) -> its repeated names, in the rules' (name) order.
    QHash<std::pair<QString, QString>, QList<const Rules::NameClash *>> repeated;
    for (const Rules::NameClash &c : clashes)
        repeated[{c.ownerAccountId, c.regionId}].append(&c);

    Findings f;
    for (const Account &a : ws.accounts()) {
        for (const Region &r : ws.regions()) {
            if (const QuotaUse q = Rules::quota(ws, a.accountId, r.regionId); !q.fits(0))
                f.add(Rule::Q1, codes::QuotaExceeded,
                      {{str("accountId"), a.accountId},
                       {str("region"), r.regionId},
                       {str("used"), q.used},
                       {str("limit"), q.limit}},
                      {a.accountId, r.regionId});
            if (repeated.isEmpty())
                continue;
            const auto names = repeated.constFind({a.accountId, r.regionId});
            if (names == repeated.cend())
                continue;
            for (const Rules::NameClash *c : *names)
                f.add(Rule::M2, codes::NameDuplicate,
                      {{str("accountId"), a.accountId},
                       {str("name"), c->name},
                       {str("region"), r.regionId}},
                      c->imageIds);
        }
    }
    return f.list;
}

// Instances and snapshots, their findings in the order of their IDs.
QList<Violation> checkInstances(const Workspace &ws)
{
    Findings f;
    for (auto it = ws.instances().cbegin(); it != ws.instances().cend(); ++it) {
        const Instance &inst = it.value();
        const QString &id = it.key();
        if (!ws.account(inst.ownerAccountId))
            f.add(Rule::F2, codes::UnknownAccount,
                  {{str("item"), id}, {str("accountId"), inst.ownerAccountId}}, {id});
        if (!ws.region(inst.region))
            f.add(Rule::F2, codes::UnknownRegion, {{str("item"), id}, {str("region"), inst.region}},
                  {id});
        // An instance may outlive its image (D4); if the image is there, it must be in the same
        // region.
        if (const Image *img = ws.image(inst.imageId); img && img->region != inst.region)
            f.add(Rule::N1, codes::InstanceImageRegion,
                  {{str("instanceId"), id},
                   {str("region"), inst.region},
                   {str("imageId"), inst.imageId},
                   {str("imageRegion"), img->region}},
                  {id, inst.imageId});
    }
    byFirstItem(f.list);
    return f.list;
}

QList<Violation> checkSnapshots(const Workspace &ws)
{
    Findings f;
    for (auto it = ws.snapshots().cbegin(); it != ws.snapshots().cend(); ++it) {
        if (!ws.account(it->ownerAccountId))
            f.add(Rule::F2, codes::UnknownAccount,
                  {{str("item"), it.key()}, {str("accountId"), it->ownerAccountId}}, {it.key()});
    }
    byFirstItem(f.list);
    return f.list;
}

} // namespace

QList<Violation> WorkspaceLint::run(const Workspace &ws)
{
    Findings f;
    f.list = ws.loadFindings();

    for (const Account &a : ws.accounts()) {
        for (const QString &t : a.trustedAccountIds) {
            if (!ws.account(t))
                f.add(Rule::F2, codes::TrustedUnknown,
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
                f.add(Rule::F2, codes::TaskWithoutImage,
                      {{str("taskId"), t.taskId}, {str("imageId"), id}}, {t.taskId, id});
        }
        if (!t.sourceImageId.isEmpty())
            transitionalWithTask.insert(t.sourceImageId);
    }

    // The records are checked in parts on other threads, each part reading the workspace
    // only. Records are visited in the order of their hashes and their findings put in the
    // order of their IDs after: sorting a hundred thousand IDs to find a handful of problems
    // costs more than the checks.
    constexpr int kParts = 4;
    auto later = [](auto job) {
        // On a thread of its own where one can be started, otherwise where it is waited for.
        return std::async(std::launch::async | std::launch::deferred, std::move(job));
    };
    std::vector<std::future<QList<Violation>>> images;
    const auto imageBounds = split(ws.images(), kParts);
    for (int p = 0; p < kParts; ++p) {
        images.push_back(later([&, from = imageBounds.at(p), to = imageBounds.at(p + 1)] {
            return checkImages(ws, transitionalWithTask, from, to);
        }));
    }
    auto names = later([&ws] { return checkNamesAndQuota(ws); });
    auto instances = later([&ws] { return checkInstances(ws); });
    auto snapshots = later([&ws] { return checkSnapshots(ws); });

    QList<Violation> imageFindings;
    for (auto &part : images)
        imageFindings.append(part.get());
    byFirstItem(imageFindings);
    f.list.append(imageFindings);
    f.list.append(names.get());
    f.list.append(instances.get());
    f.list.append(snapshots.get());
    return f.list;
}

} // namespace cvm

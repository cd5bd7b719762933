#pragma once

#include "Requests.h"
#include "Verdict.h"
#include "Workspace.h"

#include <optional>

namespace cvm {

struct QuotaUse
{
    int used = 0;
    int limit = 0;
    int left() const { return limit > used ? limit - used : 0; }
    // Whether `more` images still fit (Q1). The rules ask it of a change, the check of the file
    // as it is (more = 0).
    bool fits(int more) const { return used + more <= limit; }
};

// Every rule of the product, once. Each function reads the workspace and changes nothing;
// policy values come from the workspace. Rule IDs are those of docs/rules.md.
class Rules final
{
public:
    // V1, V2: visibility.
    static std::optional<ImageType> typeFor(const Image &image, const QString &viewer);
    static bool isVisible(const Image &image, const QString &viewer);
    static QList<QString> visibleImageIds(const Workspace &ws, const QString &viewer,
                                          const QString &regionId = QString());
    // Looks an image up as `viewer` would: V1 refusals when malformed, absent or invisible; V2
    // when `regionId` (where the caller acts) is given and the image is in another region.
    static const Image *lookUp(const Workspace &ws, const QString &viewer, const QString &imageId,
                               Verdict &verdict, const QString &regionId = QString());
    // Looks an instance of `acting` up: `rule` refuses it when malformed, absent, another
    // account's, or in another region than `regionId` (when given).
    static const Instance *lookUpInstance(const Workspace &ws, const QString &acting,
                                          const QString &instanceId, const QString &regionId,
                                          Rule rule, Verdict &verdict);

    // What the console asks before it offers an action on one image: the refusals that do
    // not depend on the rest of the request (which accounts, which regions, which name).
    // `regionId` is where the caller acts (V2); empty, as in the console: the image's own.
    static Verdict checkShareImage(const Workspace &ws, const QString &acting,
                                   const QString &imageId, const QString &regionId = QString());
    static Verdict checkCancelShareImage(const Workspace &ws, const QString &acting,
                                         const QString &imageId,
                                         const QString &regionId = QString());
    // Who may read an image's share list: its owner (S2); a public or marketplace image has
    // none, and CVM answers that it is not the caller's.
    static Verdict checkDescribeSharePermission(const Workspace &ws, const QString &acting,
                                                const QString &imageId,
                                                const QString &regionId = QString());
    static Verdict checkModifyImage(const Workspace &ws, const QString &acting,
                                    const QString &imageId, const QString &regionId = QString());
    static Verdict checkSyncImage(const Workspace &ws, const QString &acting,
                                  const QString &imageId, const QString &regionId = QString());
    static Verdict checkLaunchImage(const Workspace &ws, const QString &acting,
                                    const QString &imageId);

    // IDs as a request takes them: trimmed, without empties, each once, in their order.
    static QStringList distinctIds(const QStringList &ids);
    // S1-S6
    static Verdict checkShare(const Workspace &ws, const QString &acting, const ShareRequest &r);
    static Verdict checkCancelShare(const Workspace &ws, const QString &acting,
                                    const ShareRequest &r);
    // Per-account verdicts for the share dialog: the account's own refusals only.
    static Verdict checkShareAccount(const Workspace &ws, const QString &acting, const Image &image,
                                     const QString &accountId);
    // A bulk share or cancel (the same accounts on many images), one item per distinct image
    // in the request's order: the accounts that change on it (for a share, those it is not
    // shared with yet; for a cancel, those it is shared with) and the verdict on that change.
    // An image on which nothing changes has no accounts, and only its image checks in the
    // verdict: it does not block the others.
    struct ShareManyItem
    {
        QString imageId;
        QStringList accountIds;
        Verdict verdict;
        // When nothing changes on the image: why, as the single request for all the accounts
        // would be refused (already shared, or not shared).
        Verdict unchangedBecause = {};
        bool unchanged() const { return accountIds.isEmpty(); }
    };
    static QList<ShareManyItem> checkShareManyEach(const Workspace &ws, const QString &acting,
                                                   const ShareManyRequest &r);
    // The whole bulk request: every item's refusals; when nothing changes on any image, why
    // (already shared, or not shared); the S6 acknowledgement once for all images.
    static Verdict checkShareMany(const QList<ShareManyItem> &items, const ShareManyRequest &r);
    // M1-M3
    static Verdict checkModifyAttribute(const Workspace &ws, const QString &acting,
                                        const ModifyAttributeRequest &r);
    static Verdict checkName(const Workspace &ws, const QString &owner, const QString &regionId,
                             const QString &name, const QString &exceptImageId = QString());
    // M2: what makes two image names the same name, decided here only. Names are compared as
    // CVM compares them, exactly, character for character: "Web" and "web", "web" and "web ",
    // or a precomposed "é" and "e" with a combining accent are different names. Two names are
    // the same when their keys are equal; everything that tells names apart (the rules, the
    // check of the file) compares, hashes or sorts the keys.
    static QString nameKey(const QString &name) { return name; }
    static bool sameName(const QString &a, const QString &b) { return nameKey(a) == nameKey(b); }
    // M2 on the workspace as it is: custom images of one owner in one region under the same
    // name, a group per (owner, region, name) with at least two images, ordered by owner,
    // region and name; the images of a group by ID. `name` is that of the group's first image.
    struct NameClash
    {
        QString ownerAccountId;
        QString regionId;
        QString name;
        QStringList imageIds;
    };
    static QList<NameClash> nameClashes(const Workspace &ws);
    static Verdict checkDescription(const Workspace &ws, const QString &description);
    // Length of a name or description as M2 counts it: characters (code points), so a
    // character outside the Basic Multilingual Plane counts once, not as two UTF-16 units.
    static int characterCount(const QString &text);
    // C1-C6
    static Verdict checkSync(const Workspace &ws, const QString &acting, const SyncRequest &r);
    // Each image's verdict in a request that copies several (one per distinct image, in the
    // request's order): the images before it in the request count against the quota and take
    // their names. The request's own refusals (no destination, a wrong KMS key) are not in it.
    static QList<Verdict> checkSyncEach(const Workspace &ws, const QString &acting,
                                        const SyncRequest &r);
    // Why one destination region cannot take a copy of the image (empty when it can), when
    // the same request already puts `alsoCopied` other copies there.
    static Verdict checkSyncDestination(const Workspace &ws, const QString &acting,
                                        const Image &image, const QString &regionId,
                                        int alsoCopied = 0);
    // C3: whether the region takes copies at all (it exists, is available, supports them),
    // whatever the image; `imageId`, when given, is named in the refusal.
    static Verdict checkCopyRegion(const Workspace &ws, const QString &regionId,
                                   const QString &imageId = QString());
    // C5: room for one more copy in the region, after `alsoCopied` others.
    static Verdict checkCopyQuota(const Workspace &ws, const QString &acting,
                                  const QString &regionId, int alsoCopied = 0);
    // D1-D5
    static Verdict checkDelete(const Workspace &ws, const QString &acting, const DeleteRequest &r);
    static Verdict checkDeleteOne(const Workspace &ws, const QString &acting,
                                  const QString &imageId, const QString &regionId = QString());
    // I1-I2
    static Verdict checkCreateImage(const Workspace &ws, const QString &acting,
                                    const CreateImageRequest &r);
    // P1-P3
    static Verdict checkImport(const Workspace &ws, const QString &acting, const ImportRequest &r);
    static Verdict checkImportPermission(const Workspace &ws, const QString &acting);
    static Verdict checkApplyImportPermission(const Workspace &ws, const QString &acting);
    // The region named by a COS URL (<bucket>-<appid>.cos.<region>.myqcloud.com), if it is one.
    static QString cosRegionOf(const QString &url);
    // N1-N4
    static Verdict checkRunInstances(const Workspace &ws, const QString &acting,
                                     const RunInstancesRequest &r);
    static Verdict checkResetInstance(const Workspace &ws, const QString &acting,
                                      const ResetInstanceRequest &r);
    // X1
    static Verdict checkExportImages(const Workspace &ws, const QString &acting,
                                     const ExportImagesRequest &r);
    // T1
    static Verdict checkTerminateInstances(const Workspace &ws, const QString &acting,
                                           const TerminateInstancesRequest &r);
    // An image family name as CVM accepts it: a letter first, then letters, digits and
    // hyphens, at most 60 characters (rule M4).
    static bool isImageFamily(const QString &family);
    // Images of a DescribeImages answer brought into the workspace for `accountId` in
    // `regionId`: both must exist, and an image already in the workspace must be the same
    // image (same region and owner), not another under its ID.
    static Verdict checkImportDescribeImages(const Workspace &ws, const QList<Image> &images,
                                             const QString &accountId, const QString &regionId);
    static Verdict checkTrustedAccounts(const Workspace &ws, const QString &acting,
                                        const TrustedAccountsRequest &r);
    // Undo and redo: the state that putting `restore` back would leave must be one the rules
    // allow: names unique per owner and region (M2), shares within the limit (S3), the quota
    // (Q1) and instances on images that exist (V1). (Who may undo, and whether the records
    // changed since, is decided by Operations, which knows the original operation: U1, U2.)
    static Verdict checkRestore(const Workspace &ws, const WorkspaceDelta &restore);
    // Q1
    static QuotaUse quota(const Workspace &ws, const QString &accountId, const QString &regionId);
    // S3: whether an image shared with `accounts` accounts is over the workspace's share limit.
    // The rules ask it of a share, the check of the file of each image as it is.
    static bool overShareLimit(const Workspace &ws, qsizetype accounts);

private:
    static void checkImageUse(const Workspace &ws, const QString &acting, const Image &image,
                              const QString &regionId, Verdict &v);
};

} // namespace cvm

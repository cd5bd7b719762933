#include "Rules.h"

#include "Ids.h"
#include "ImportOsCatalog.h"
#include "InstanceTypeCatalog.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <tuple>
#include <vector>

namespace cvm {
namespace {

QVariantMap args(std::initializer_list<std::pair<QString, QVariant>> l)
{
    QVariantMap m;
    for (const auto &[k, v] : l)
        m.insert(k, v);
    return m;
}

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

QStringList distinct(const QStringList &in)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &raw : in) {
        const QString s = raw.trimmed();
        if (!s.isEmpty() && !seen.contains(s)) {
            seen.insert(s);
            out.append(s);
        }
    }
    return out;
}

constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;

// True when the image itself is out of the question (unknown, invisible, not custom, not the
// acting account's to change): the rest of the request is then not worth checking.
const QRegularExpression &kmsKeyForm()
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return form;
}

bool imageRefused(const Image *image, const Verdict &v)
{
    static const QStringList refusing = {codes::InvalidImageIdNotFound,
                                         codes::InvalidImageIdMalformed,
                                         codes::InvalidParameterValueInvalidImageId,
                                         codes::UnauthorizedOperationImageNotBelongToAccount,
                                         codes::UnsupportedOperationSharedImageModifyUnsupported};
    if (!image)
        return true;
    for (const Violation &x : v.violations) {
        if (refusing.contains(x.code))
            return true;
    }
    return false;
}

// The steps of every check of one image, in their order: the image is looked up (V1, V2), is
// custom, is the acting account's own, is not shared, is not in a task. A check names the rule
// and code of each step it takes; an image that fails one of the first three is not worth
// checking further (nullptr), the last two add their refusal and go on.
struct ImageSteps
{
    Rule notCustom;
    QLatin1String notCustomCode;
    std::optional<Rule> notOwn = std::nullopt;
    QLatin1String notOwnCode = {};
    bool namesOwner = true;                    // another's image: its owner in the arguments
    std::optional<Rule> shared = std::nullopt; // InvalidImageId.InShared
    std::optional<Rule> inTask = std::nullopt; // InvalidImageId.IncorrectState (transitional)
};

const Image *takeImageSteps(const Workspace &ws, const QString &acting, const QString &imageId,
                            const QString &regionId, const ImageSteps &steps, Verdict &v)
{
    const Image *image = Rules::lookUp(ws, acting, imageId, v, regionId);
    if (!image)
        return nullptr;
    const QVariantMap imageArg = args({{str("imageId"), image->imageId}});
    if (!image->isCustom()) {
        v.refuse(steps.notCustom, steps.notCustomCode, imageArg, {image->imageId});
        return nullptr;
    }
    if (steps.notOwn && image->ownerAccountId != acting) {
        QVariantMap m = imageArg;
        if (steps.namesOwner)
            m.insert(str("ownerId"), image->ownerAccountId);
        v.refuse(*steps.notOwn, steps.notOwnCode, m, {image->imageId});
        return nullptr;
    }
    if (steps.shared && !image->shares.isEmpty()) {
        QVariantMap m = imageArg;
        m.insert(str("count"), int(image->shares.size()));
        v.refuse(*steps.shared, codes::InvalidImageIdInShared, m, {image->imageId});
    }
    if (steps.inTask && isTransitional(image->state)) {
        QVariantMap m = imageArg;
        m.insert(str("state"), toString(image->state));
        v.refuse(*steps.inTask, codes::InvalidImageIdIncorrectState, m, {image->imageId});
    }
    return image;
}

} // namespace

std::optional<ImageType> Rules::typeFor(const Image &image, const QString &viewer)
{
    switch (image.kind) {
    case ImageKind::Public:
        return ImageType::Public;
    case ImageKind::Market:
        return ImageType::Market;
    case ImageKind::Custom:
        if (image.ownerAccountId == viewer)
            return ImageType::Private;
        if (image.isSharedWith(viewer))
            return ImageType::Shared;
        return std::nullopt;
    }
    return std::nullopt;
}

bool Rules::isVisible(const Image &image, const QString &viewer)
{
    return typeFor(image, viewer).has_value();
}

QList<QString> Rules::visibleImageIds(const Workspace &ws, const QString &viewer,
                                      const QString &regionId)
{
    // V1: public, own, shared-with-me; V2: a shared image lives in its source region only,
    // which is the region the image record carries.
    QList<QString> out;
    auto addAll = [&](const QSet<QString> &ids) {
        for (const QString &id : ids) {
            if (regionId.isEmpty() || ws.image(id)->region == regionId)
                out.append(id);
        }
    };
    if (regionId.isEmpty()) {
        addAll(ws.publicImageIds());
        addAll(ws.customImagesOf(viewer));
    } else {
        for (const QString &id : ws.publicImageIds()) {
            if (ws.image(id)->region == regionId)
                out.append(id);
        }
        out += ws.customImagesOf(viewer, regionId).values();
    }
    addAll(ws.imagesSharedWith(viewer));
    return out;
}

const Image *Rules::lookUp(const Workspace &ws, const QString &viewer, const QString &imageId,
                           Verdict &verdict, const QString &regionId)
{
    if (!ids::isImageId(imageId)) {
        verdict.refuse(Rule::V1, codes::InvalidImageIdMalformed, args({{str("imageId"), imageId}}),
                       {imageId});
        return nullptr;
    }
    const Image *image = ws.image(imageId);
    if (!image || !isVisible(*image, viewer)) {
        verdict.refuse(Rule::V1, codes::InvalidImageIdNotFound, args({{str("imageId"), imageId}}),
                       {imageId});
        return nullptr;
    }
    if (!regionId.isEmpty() && image->region != regionId) {
        // V2: an image exists for a caller only in its own region, as in the cloud, where each
        // region answers for its own images.
        verdict.refuse(Rule::V2, codes::InvalidImageIdNotFound,
                       args({{str("imageId"), imageId},
                             {str("region"), regionId},
                             {str("imageRegion"), image->region}}),
                       {imageId});
        return nullptr;
    }
    return image;
}

const Instance *Rules::lookUpInstance(const Workspace &ws, const QString &acting,
                                      const QString &instanceId, const QString &regionId, Rule rule,
                                      Verdict &verdict)
{
    if (!ids::isInstanceId(instanceId)) {
        verdict.refuse(rule, codes::InvalidInstanceIdMalformed,
                       args({{str("instanceId"), instanceId}}), {instanceId});
        return nullptr;
    }
    const Instance *instance = ws.instance(instanceId);
    if (!instance || instance->ownerAccountId != acting) {
        verdict.refuse(rule, codes::InvalidInstanceIdNotFound,
                       args({{str("instanceId"), instanceId}}), {instanceId});
        return nullptr;
    }
    if (!regionId.isEmpty() && instance->region != regionId) {
        verdict.refuse(rule, codes::InvalidInstanceIdNotFound,
                       args({{str("instanceId"), instanceId},
                             {str("region"), regionId},
                             {str("instanceRegion"), instance->region}}),
                       {instanceId});
        return nullptr;
    }
    return instance;
}

Verdict Rules::checkShareAccount(const Workspace &ws, const QString &acting, const Image &image,
                                 const QString &accountId)
{
    Verdict v;
    const QVariantMap a = args({{str("accountId"), accountId}, {str("imageId"), image.imageId}});
    if (!ids::isAccountId(accountId)) {
        QVariantMap m = a;
        m.insert(str("reason"), str("malformed"));
        v.refuse(Rule::S4, codes::InvalidAccountIdNotFound, m, {accountId});
    } else if (accountId == acting) {
        v.refuse(Rule::S4, codes::InvalidAccountIsYourSelf, a, {accountId});
    } else if (!ws.account(accountId)) {
        QVariantMap m = a;
        m.insert(str("reason"), str("unknown"));
        v.refuse(Rule::S4, codes::InvalidAccountIdNotFound, m, {accountId});
    } else if (image.isSharedWith(accountId)) {
        v.refuse(Rule::S4, codes::FailedOperationAccountAlreadyExists, a, {accountId});
    }
    return v;
}

Verdict Rules::checkShareImage(const Workspace &ws, const QString &acting, const QString &imageId,
                               const QString &regionId)
{
    Verdict v = checkCancelShareImage(ws, acting, imageId, regionId);
    if (!v.allowed())
        return v;
    const Image *image = ws.image(imageId);
    const QVariantMap imageArg = args({{str("imageId"), image->imageId}});
    if (image->state != ImageState::Normal) {
        QVariantMap m = imageArg;
        m.insert(str("state"), toString(image->state));
        v.refuse(Rule::S5, codes::InvalidParameterValueInvalidImageState, m, {image->imageId});
    }
    if (image->licenseType == LicenseType::Byol)
        v.refuse(Rule::S5, codes::FailedOperationBYOLImageShareFailed, imageArg, {image->imageId});
    if (image->encrypted)
        v.refuse(Rule::S5, codes::UnsupportedOperationEncryptedImagesNotSupported, imageArg,
                 {image->imageId});
    return v;
}

Verdict Rules::checkCancelShareImage(const Workspace &ws, const QString &acting,
                                     const QString &imageId, const QString &regionId)
{
    Verdict v;
    takeImageSteps(ws, acting, imageId, regionId,
                   {.notCustom = Rule::S1,
                    .notCustomCode = codes::InvalidParameterValueInvalidImageId,
                    .notOwn = Rule::S2,
                    .notOwnCode = codes::UnauthorizedOperationImageNotBelongToAccount},
                   v);
    return v;
}

Verdict Rules::checkDescribeSharePermission(const Workspace &ws, const QString &acting,
                                            const QString &imageId, const QString &regionId)
{
    Verdict v = checkCancelShareImage(ws, acting, imageId, regionId);
    for (Violation &x : v.violations) {
        if (x.is(Rule::S1)) {
            x.rule = ruleId(Rule::S2);
            x.code = codes::UnauthorizedOperationImageNotBelongToAccount;
            x.args.insert(str("reason"), str("notCustom"));
        }
    }
    return v;
}

Verdict Rules::checkShare(const Workspace &ws, const QString &acting, const ShareRequest &r)
{
    Verdict v = checkShareImage(ws, acting, r.imageId, r.region);
    const Image *image = ws.image(r.imageId);
    if (imageRefused(image, v))
        return v;
    const QVariantMap imageArg = args({{str("imageId"), image->imageId}});

    const QStringList accounts = distinct(r.accountIds);
    if (accounts.isEmpty()) {
        v.refuse(Rule::S4, codes::MissingParameter, args({{str("field"), str("AccountIds")}}));
        return v;
    }
    int fresh = 0;
    for (const QString &accountId : accounts) {
        const Verdict one = checkShareAccount(ws, acting, *image, accountId);
        if (one.allowed())
            ++fresh;
        v.merge(one);
    }
    const int limit = ws.policy().shareLimit;
    const int shared = int(image->shares.size());
    if (overShareLimit(ws, shared + fresh)) {
        v.refuse(Rule::S3, codes::OverQuota,
                 args({{str("imageId"), image->imageId},
                       {str("limit"), limit},
                       {str("shared"), shared},
                       {str("requested"), fresh},
                       {str("left"), qMax(0, limit - shared)}}),
                 {image->imageId});
    }
    if (v.allowed())
        v.confirm(Rule::S6, imageArg, {image->imageId});
    return v;
}

Verdict Rules::checkCancelShare(const Workspace &ws, const QString &acting, const ShareRequest &r)
{
    Verdict v = checkCancelShareImage(ws, acting, r.imageId, r.region);
    if (!v.allowed())
        return v;
    const Image *image = ws.image(r.imageId);
    const QStringList accounts = distinct(r.accountIds);
    if (accounts.isEmpty())
        v.refuse(Rule::S4, codes::MissingParameter, args({{str("field"), str("AccountIds")}}));
    for (const QString &accountId : accounts) {
        if (!image->isSharedWith(accountId)) {
            v.refuse(Rule::S4, codes::InvalidAccountIdNotFound,
                     args({{str("accountId"), accountId},
                           {str("imageId"), image->imageId},
                           {str("reason"),
                            ids::isAccountId(accountId) ? str("notShared") : str("malformed")}}),
                     {accountId});
        }
    }
    return v;
}

QStringList Rules::distinctIds(const QStringList &ids)
{
    return distinct(ids);
}

QList<Rules::ShareManyItem> Rules::checkShareManyEach(const Workspace &ws, const QString &acting,
                                                      const ShareManyRequest &r)
{
    const bool share = r.permission == SharePermission::Share;
    const QStringList accounts = distinct(r.accountIds);
    QList<ShareManyItem> out;
    for (const QString &imageId : distinct(r.imageIds)) {
        ShareManyItem item;
        item.imageId = imageId;
        const Image *image = ws.image(imageId);
        for (const QString &accountId : accounts) {
            const bool shared = image && image->isSharedWith(accountId);
            if (share != shared)
                item.accountIds.append(accountId);
        }
        if (item.unchanged()) {
            // Only the image's own checks block the others; a refused image is refused,
            // whatever the accounts (whose shares an image has is for its owner only).
            item.verdict = share ? checkShareImage(ws, acting, imageId)
                                 : checkCancelShareImage(ws, acting, imageId);
            if (item.verdict.allowed()) {
                const ShareRequest whole{imageId, accounts, r.permission};
                item.unchangedBecause =
                    share ? checkShare(ws, acting, whole) : checkCancelShare(ws, acting, whole);
            }
        } else {
            const ShareRequest one{imageId, item.accountIds, r.permission};
            item.verdict = share ? checkShare(ws, acting, one) : checkCancelShare(ws, acting, one);
        }
        out.append(item);
    }
    return out;
}

Verdict Rules::checkShareMany(const QList<ShareManyItem> &items, const ShareManyRequest &r)
{
    Verdict v;
    if (items.isEmpty()) {
        v.refuse(Rule::S4, codes::MissingParameter, args({{str("field"), str("ImageIds")}}));
        return v;
    }
    if (distinct(r.accountIds).isEmpty()) {
        v.refuse(Rule::S4, codes::MissingParameter, args({{str("field"), str("AccountIds")}}));
        return v;
    }
    QStringList risky;
    bool anyChange = false;
    for (const ShareManyItem &item : items) {
        v.violations += item.verdict.violations;
        anyChange = anyChange || !item.unchanged();
        for (const Violation &c : item.verdict.confirmations) {
            if (c.is(Rule::S6))
                risky.append(item.imageId);
            else
                v.confirmations.append(c);
        }
    }
    if (!risky.isEmpty()) {
        // One acknowledgement for every image shared: the risk is the same.
        v.confirm(Rule::S6,
                  risky.size() == 1
                      ? args({{str("imageId"), risky.first()}})
                      : args({{str("imageId"), risky.first()}, {str("images"), risky.size()}}),
                  risky);
    }
    if (v.allowed() && !anyChange) {
        // Nothing would change: say why, as the single request for each image would.
        for (const ShareManyItem &item : items)
            v.violations += item.unchangedBecause.violations;
    }
    return v;
}

Verdict Rules::checkName(const Workspace &ws, const QString &owner, const QString &regionId,
                         const QString &name, const QString &exceptImageId)
{
    Verdict v;
    const int max = ws.policy().imageNameMaxLength;
    if (name.trimmed().isEmpty()) {
        v.refuse(Rule::M2, codes::MissingParameter, args({{str("field"), str("ImageName")}}));
        return v;
    }
    if (const int length = characterCount(name); length > max) {
        v.refuse(
            Rule::M2, codes::InvalidParameterValueTooLarge,
            args({{str("field"), str("ImageName")}, {str("max"), max}, {str("length"), length}}));
    }
    for (const QString &id : ws.customImagesOf(owner, regionId)) {
        if (id == exceptImageId)
            continue;
        if (sameName(ws.image(id)->imageName, name)) {
            v.refuse(Rule::M2, codes::InvalidImageNameDuplicate,
                     args({{str("name"), name}, {str("region"), regionId}, {str("imageId"), id}}),
                     {id});
            break;
        }
    }
    return v;
}

QList<Rules::NameClash> Rules::nameClashes(const Workspace &ws)
{
    // Found without looking up each image of each owner and region (a hundred thousand
    // scattered reads): one pass over the images notes a hash of (owner, region, name key)
    // beside each custom image, and sorting those numbers brings images of the same name side
    // by side, to be compared as the strings they are.
    struct Named
    {
        size_t hash;
        const Image *image;
    };
    std::vector<Named> named;
    named.reserve(size_t(ws.imageCount()));
    for (const Image &img : ws.images()) {
        if (img.isCustom())
            named.push_back(
                {qHashMulti(0, img.ownerAccountId, img.region, nameKey(img.imageName)), &img});
    }
    std::sort(named.begin(), named.end(),
              [](const Named &a, const Named &b) { return a.hash < b.hash; });
    QList<NameClash> out;
    for (size_t i = 0; i < named.size();) {
        size_t j = i + 1;
        while (j < named.size() && named[j].hash == named[i].hash)
            ++j;
        if (j - i >= 2) {
            // Equal hashes, most likely one name: group by the keys themselves.
            struct Keyed
            {
                QString key;
                const Image *image;
                auto tied() const
                {
                    return std::tie(image->ownerAccountId, image->region, key, image->imageId);
                }
            };
            std::vector<Keyed> run;
            for (size_t k = i; k < j; ++k)
                run.push_back({nameKey(named[k].image->imageName), named[k].image});
            std::sort(run.begin(), run.end(),
                      [](const Keyed &x, const Keyed &y) { return x.tied() < y.tied(); });
            for (size_t m = 0; m < run.size();) {
                size_t n = m + 1;
                auto same = [&first = run[m]](const Keyed &x) {
                    return x.image->ownerAccountId == first.image->ownerAccountId &&
                           x.image->region == first.image->region && x.key == first.key;
                };
                while (n < run.size() && same(run[n]))
                    ++n;
                if (n - m >= 2) {
                    NameClash clash{run[m].image->ownerAccountId,
                                    run[m].image->region,
                                    run[m].image->imageName,
                                    {}};
                    for (size_t k = m; k < n; ++k)
                        clash.imageIds.append(run[k].image->imageId);
                    out.append(clash);
                }
                m = n;
            }
        }
        i = j;
    }
    std::sort(out.begin(), out.end(), [](const NameClash &a, const NameClash &b) {
        return std::make_tuple(a.ownerAccountId, a.regionId, nameKey(a.name)) <
               std::make_tuple(b.ownerAccountId, b.regionId, nameKey(b.name));
    });
    return out;
}

Verdict Rules::checkRestore(const Workspace &ws, const WorkspaceDelta &restore)
{
    Verdict v;
    QSet<QString> removed;
    QSet<QString> present;
    for (const auto &c : restore.images)
        (c.after ? present : removed).insert(c.id);
    QHash<std::pair<QString, QString>, int> added; // (owner, region) -> images put back
    QHash<std::pair<QString, QString>, int> freed; // (owner, region) -> images taken away
    for (const auto &c : restore.images) {
        if (c.before && c.before->isCustom() && !c.after)
            ++freed[{c.before->ownerAccountId, c.before->region}];
        if (!c.after || !c.after->isCustom())
            continue;
        const Image &img = *c.after;
        const bool isNew = !c.before;
        if (isNew)
            ++added[{img.ownerAccountId, img.region}];
        // M2: the name it comes back with is not taken by another image meanwhile.
        if (isNew || !sameName(c.before->imageName, img.imageName) ||
            c.before->region != img.region || c.before->ownerAccountId != img.ownerAccountId) {
            for (const QString &id : ws.customImagesOf(img.ownerAccountId, img.region)) {
                if (id == img.imageId || removed.contains(id))
                    continue;
                if (sameName(ws.image(id)->imageName, img.imageName)) {
                    v.refuse(Rule::M2, codes::InvalidImageNameDuplicate,
                             args({{str("name"), img.imageName},
                                   {str("region"), img.region},
                                   {str("imageId"), id}}),
                             {id});
                    break;
                }
            }
        }
        // S3: shares that come back fit under the limit.
        const int limit = ws.policy().shareLimit;
        const int shared = c.before ? int(c.before->shares.size()) : 0;
        const int after = int(img.shares.size());
        if (overShareLimit(ws, after) && after > shared) {
            v.refuse(Rule::S3, codes::OverQuota,
                     args({{str("imageId"), img.imageId},
                           {str("limit"), limit},
                           {str("shared"), shared},
                           {str("requested"), after - shared},
                           {str("left"), qMax(0, limit - shared)}}),
                     {img.imageId});
        }
    }
    // Q1: images that come back fit in their owner's quota in their region.
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        const QuotaUse q = quota(ws, it.key().first, it.key().second);
        const int used = q.used - freed.value(it.key());
        if (!QuotaUse{used, q.limit}.fits(it.value())) {
            v.refuse(Rule::Q1, codes::ImageQuotaLimitExceeded,
                     args({{str("region"), it.key().second},
                           {str("used"), used},
                           {str("limit"), q.limit}}),
                     {it.key().second});
        }
    }
    // N1: an instance that comes back, or goes back to another image, needs that image.
    for (const auto &c : restore.instances) {
        if (!c.after || (c.before && c.before->imageId == c.after->imageId))
            continue;
        const QString &imageId = c.after->imageId;
        if (removed.contains(imageId) || (!ws.image(imageId) && !present.contains(imageId))) {
            v.refuse(Rule::V1, codes::InvalidImageIdNotFound, args({{str("imageId"), imageId}}),
                     {imageId});
        }
    }
    return v;
}

Verdict Rules::checkImportDescribeImages(const Workspace &ws, const QList<Image> &images,
                                         const QString &accountId, const QString &regionId)
{
    Verdict v;
    if (!ws.account(accountId))
        v.refuse(Rule::V1, codes::InvalidAccountIdNotFound, args({{str("accountId"), accountId}}),
                 {accountId});
    if (!ws.region(regionId))
        v.refuse(Rule::V2, codes::InvalidRegionNotFound, args({{str("region"), regionId}}),
                 {regionId});
    for (const Image &image : images) {
        const Image *existing = ws.image(image.imageId);
        if (existing &&
            (existing->region != regionId || existing->ownerAccountId != image.ownerAccountId))
            v.refuse(Rule::V1, codes::InvalidImageIdNotFound,
                     args({{str("imageId"), image.imageId}, {str("reason"), str("conflict")}}),
                     {image.imageId});
    }
    return v;
}

int Rules::characterCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

Verdict Rules::checkDescription(const Workspace &ws, const QString &description)
{
    Verdict v;
    const int max = ws.policy().imageDescriptionMaxLength;
    if (const int length = characterCount(description); length > max) {
        v.refuse(Rule::M2, codes::InvalidParameterValueTooLarge,
                 args({{str("field"), str("ImageDescription")},
                       {str("max"), max},
                       {str("length"), length}}));
    }
    return v;
}

Verdict Rules::checkModifyImage(const Workspace &ws, const QString &acting, const QString &imageId,
                                const QString &regionId)
{
    Verdict v;
    takeImageSteps(ws, acting, imageId, regionId,
                   {.notCustom = Rule::M1,
                    .notCustomCode = codes::InvalidParameterValueInvalidImageId,
                    .notOwn = Rule::M1,
                    .notOwnCode = codes::UnsupportedOperationSharedImageModifyUnsupported,
                    .shared = Rule::M1,
                    .inTask = Rule::M3},
                   v);
    return v;
}

Verdict Rules::checkModifyAttribute(const Workspace &ws, const QString &acting,
                                    const ModifyAttributeRequest &r)
{
    Verdict v = checkModifyImage(ws, acting, r.imageId, r.region);
    // M1 locks the name and description of a shared image; its family and deprecation are
    // neither, and stay the owner's to change.
    if (!r.imageName && !r.imageDescription && (r.imageFamily || r.imageDeprecated))
        v.violations.removeIf([](const Violation &x) {
            return x.is(Rule::M1) && x.code == codes::InvalidImageIdInShared;
        });
    const Image *image = ws.image(r.imageId);
    if (imageRefused(image, v))
        return v;
    if (r.imageFamily && !r.imageFamily->isEmpty() && !isImageFamily(*r.imageFamily))
        v.refuse(Rule::M4, codes::InvalidParameterValueInvalidImageFamily,
                 args({{str("family"), *r.imageFamily}}));
    if (r.imageName)
        v.merge(checkName(ws, acting, image->region, *r.imageName, image->imageId));
    if (r.imageDescription)
        v.merge(checkDescription(ws, *r.imageDescription));
    return v;
}

Verdict Rules::checkCopyRegion(const Workspace &ws, const QString &regionId,
                               const QString &imageId)
{
    Verdict v;
    QVariantMap a = args({{str("region"), regionId}});
    if (!imageId.isEmpty())
        a.insert(str("imageId"), imageId);
    const Region *region = ws.region(regionId);
    if (!region) {
        v.refuse(Rule::C3, codes::InvalidRegionNotFound, a, {regionId});
    } else if (!region->isAvailable() || !region->supportsImageCopy) {
        a.insert(str("reason"), region->isAvailable() ? str("noCopy") : str("unavailable"));
        v.refuse(Rule::C3, codes::InvalidRegionUnavailable, a, {regionId});
    }
    return v;
}

Verdict Rules::checkSyncDestination(const Workspace &ws, const QString &acting, const Image &image,
                                    const QString &regionId, int alsoCopied)
{
    Verdict v;
    const QVariantMap a = args({{str("region"), regionId}, {str("imageId"), image.imageId}});
    const bool own = image.ownerAccountId == acting;
    if (!own && regionId != image.region) {
        v.refuse(Rule::C2, codes::UnsupportedOperationLocationImageNotSupported, a, {regionId});
        return v;
    }
    v = checkCopyRegion(ws, regionId, image.imageId);
    if (!v.allowed())
        return v;
    if (own && regionId == image.region) {
        v.refuse(Rule::C3, codes::InvalidParameterValueInvalidRegion, a, {regionId});
        return v;
    }
    v.merge(checkCopyQuota(ws, acting, regionId, alsoCopied));
    return v;
}

Verdict Rules::checkSyncImage(const Workspace &ws, const QString &acting, const QString &imageId,
                              const QString &regionId)
{
    Verdict v;
    // A shared image is copied too (into its own region, C2): no step for the owner.
    const Image *image = takeImageSteps(
        ws, acting, imageId, regionId,
        {.notCustom = Rule::C1, .notCustomCode = codes::InvalidParameterValueInvalidImageId}, v);
    if (image && image->state != ImageState::Normal) {
        v.refuse(Rule::C4, codes::InvalidImageIdIncorrectState,
                 args({{str("imageId"), image->imageId}, {str("state"), toString(image->state)}}),
                 {image->imageId});
    }
    return v;
}

Verdict Rules::checkLaunchImage(const Workspace &ws, const QString &acting, const QString &imageId)
{
    Verdict v;
    const Image *image = lookUp(ws, acting, imageId, v);
    if (image && image->state != ImageState::Normal)
        v.refuse(Rule::N3, codes::InvalidParameterValueInvalidImageState,
                 args({{str("imageId"), image->imageId}, {str("state"), toString(image->state)}}),
                 {image->imageId});
    return v;
}

Verdict Rules::checkCopyQuota(const Workspace &ws, const QString &acting, const QString &regionId,
                              int alsoCopied)
{
    // The copies the same request puts in the region before this one count as used.
    Verdict v;
    const QuotaUse q = quota(ws, acting, regionId);
    if (!q.fits(alsoCopied + 1)) {
        v.refuse(Rule::C5, codes::ImageQuotaLimitExceeded,
                 args({{str("region"), regionId},
                       {str("used"), q.used + alsoCopied},
                       {str("limit"), q.limit}}),
                 {regionId});
    }
    return v;
}

QList<Verdict> Rules::checkSyncEach(const Workspace &ws, const QString &acting,
                                    const SyncRequest &r)
{
    const QStringList images = distinct(r.imageIds);
    const QStringList destinations = distinct(r.destinationRegions);
    QList<Verdict> out;
    out.reserve(images.size());
    // What the images before this one in the request put in each region: their copies count
    // against the quota, and their names are taken.
    QHash<QString, int> copied;
    QHash<QString, QHash<QString, QString>> named; // region -> name key -> source image
    for (const QString &imageId : images) {
        Verdict v = checkSyncImage(ws, acting, imageId, r.region);
        const Image *image = ws.image(imageId);
        if (imageRefused(image, v) || destinations.isEmpty()) {
            out.append(v);
            continue;
        }
        const QString name = r.imageName.value_or(image->imageName);
        for (const QString &regionId : destinations) {
            Verdict one;
            if (r.encrypt && regionId != image->region) {
                // C8: an encrypted copy is made within the source region only.
                one.refuse(Rule::C8, codes::InvalidParameterValueInvalidRegion,
                           args({{str("region"), regionId},
                                 {str("imageId"), image->imageId},
                                 {str("imageRegion"), image->region},
                                 {str("reason"), str("encrypt")}}),
                           {regionId});
                v.merge(one);
                continue;
            }
            one = r.encrypt
                      ? checkCopyQuota(ws, acting, regionId, copied.value(regionId))
                      : checkSyncDestination(ws, acting, *image, regionId, copied.value(regionId));
            // A region refused only for its quota still gets its name checked, so that the
            // operator learns everything at once.
            const bool placed = one.allowed() ||
                                (one.violations.size() == 1 && one.violations.first().is(Rule::C5));
            v.merge(one);
            if (!placed)
                continue;
            v.merge(checkName(ws, acting, regionId, name));
            QHash<QString, QString> &names = named[regionId];
            if (const auto other = names.constFind(nameKey(name)); other != names.cend()) {
                v.refuse(Rule::M2, codes::InvalidImageNameDuplicate,
                         args({{str("name"), name},
                               {str("region"), regionId},
                               {str("imageId"), *other},
                               {str("otherImageId"), image->imageId},
                               {str("reason"), str("sameRequest")}}),
                         {image->imageId});
            } else {
                names.insert(nameKey(name), image->imageId);
            }
            ++copied[regionId];
        }
        out.append(v);
    }
    return out;
}

Verdict Rules::checkSync(const Workspace &ws, const QString &acting, const SyncRequest &r)
{
    Verdict v;
    const QStringList images = distinct(r.imageIds);
    if (images.isEmpty()) {
        v.refuse(Rule::C1, codes::MissingParameter, args({{str("field"), str("ImageIds")}}));
        return v;
    }
    // An image out of the question (unknown, not custom, not copyable now) is reported alone:
    // the rest of the request is not worth checking.
    bool outOfQuestion = false;
    for (const QString &imageId : images) {
        const Verdict one = checkSyncImage(ws, acting, imageId, r.region);
        outOfQuestion = outOfQuestion || imageRefused(ws.image(imageId), one);
        v.merge(one);
    }
    if (outOfQuestion)
        return v;
    if (distinct(r.destinationRegions).isEmpty()) {
        v.refuse(Rule::C3, codes::MissingParameter,
                 args({{str("field"), str("DestinationRegions")}}));
        return v;
    }
    if (!r.kmsKeyId.isEmpty() && !r.encrypt) {
        v.refuse(Rule::C8, codes::InvalidParameterInvalidKmsKeyId,
                 args({{str("kmsKeyId"), r.kmsKeyId}, {str("reason"), str("withoutEncrypt")}}));
    } else if (!r.kmsKeyId.isEmpty() && !kmsKeyForm().match(r.kmsKeyId).hasMatch()) {
        v.refuse(Rule::C8, codes::InvalidParameterInvalidKmsKeyId,
                 args({{str("kmsKeyId"), r.kmsKeyId}, {str("reason"), str("malformed")}}));
    }
    // Each image's own verdict holds its image checks again: keep them once.
    Verdict each;
    for (const Verdict &one : checkSyncEach(ws, acting, r))
        each.merge(one);
    for (const Violation &x : std::as_const(each.violations)) {
        if (!v.violations.contains(x))
            v.violations.append(x);
    }
    v.confirmations += each.confirmations;
    return v;
}

Verdict Rules::checkDeleteOne(const Workspace &ws, const QString &acting, const QString &imageId,
                              const QString &regionId)
{
    Verdict v;
    const Image *image =
        takeImageSteps(ws, acting, imageId, regionId,
                       {.notCustom = Rule::D1,
                        .notCustomCode = codes::InvalidParameterValueInvalidImageId,
                        .notOwn = Rule::D1,
                        .notOwnCode = codes::InvalidParameterValueInvalidImageIdIsShared,
                        .shared = Rule::D2,
                        .inTask = Rule::D3},
                       v);
    if (!image)
        return v;
    for (const Task *t : ws.runningTasks()) {
        if (t->kind == TaskKind::Export && t->imageIds.contains(image->imageId)) {
            // D3: not while it is being exported either.
            v.refuse(Rule::D3, codes::MutexOperationTaskRunning,
                     args({{str("imageId"), image->imageId}, {str("taskId"), t->taskId}}),
                     {image->imageId});
            break;
        }
    }
    return v;
}

Verdict Rules::checkDelete(const Workspace &ws, const QString &acting, const DeleteRequest &r)
{
    Verdict v;
    const QStringList imageIds = distinct(r.imageIds);
    if (imageIds.isEmpty())
        v.refuse(Rule::D5, codes::MissingParameter, args({{str("field"), str("ImageIds")}}));
    for (const QString &id : imageIds)
        v.merge(checkDeleteOne(ws, acting, id, r.region));
    return v;
}

Verdict Rules::checkCreateImage(const Workspace &ws, const QString &acting,
                                const CreateImageRequest &r)
{
    Verdict v;
    if (!r.imageFamily.isEmpty() && !isImageFamily(r.imageFamily))
        v.refuse(Rule::M4, codes::InvalidParameterValueInvalidImageFamily,
                 args({{str("family"), r.imageFamily}}));
    if (r.instanceId.isEmpty() == r.snapshotIds.isEmpty()) {
        // I3: from an instance or from snapshots, exactly one of them.
        v.refuse(Rule::I3,
                 r.instanceId.isEmpty() ? codes::InvalidParameterSpecifyOneParameter
                                        : codes::InvalidParameterConflict,
                 args({{str("fields"), str("InstanceId, SnapshotIds")}}));
        return v;
    }
    if (!r.snapshotIds.isEmpty()) {
        if (!r.dataDiskIds.isEmpty())
            v.refuse(Rule::I3, codes::InvalidParameterInvalidDependence,
                     args({{str("fields"), str("DataDiskIds, InstanceId")}}));
        QString regionId = r.region;
        int systemDisks = 0;
        for (const QString &id : distinct(r.snapshotIds)) {
            const Snapshot *s = ws.snapshot(id);
            if (!s || s->ownerAccountId != acting ||
                (!regionId.isEmpty() && s->region != regionId)) {
                v.refuse(Rule::I3, codes::InvalidParameterSnapshotNotFound,
                         args({{str("snapshotId"), id}}), {id});
                continue;
            }
            regionId = s->region;
            if (s->diskUsage == DiskUsage::SystemDisk)
                ++systemDisks;
        }
        if (!v.allowed())
            return v;
        if (systemDisks == 0)
            v.refuse(Rule::I3, codes::InvalidParameterSystemSnapshotNotFound);
        else if (systemDisks > 1)
            v.refuse(Rule::I3, codes::InvalidParameterDuplicateSystemSnapshots,
                     args({{str("count"), systemDisks}}));
        v.merge(checkName(ws, acting, regionId, r.imageName));
        v.merge(checkDescription(ws, r.imageDescription));
        const QuotaUse q = quota(ws, acting, regionId);
        if (!q.fits(1))
            v.refuse(
                Rule::I1, codes::ImageQuotaLimitExceeded,
                args({{str("region"), regionId}, {str("used"), q.used}, {str("limit"), q.limit}}),
                {regionId});
        return v;
    }
    const Instance *instance = lookUpInstance(ws, acting, r.instanceId, r.region, Rule::I1, v);
    if (!instance)
        return v;
    for (const QString &disk : distinct(r.dataDiskIds)) {
        // The workspace holds no data disks: only the system disk could be named, and it is
        // part of every image already.
        const bool root =
            !instance->systemDisk.diskId.isEmpty() && disk == instance->systemDisk.diskId;
        v.refuse(Rule::I3,
                 root ? codes::InvalidParameterDataDiskIdContainsRootDisk
                      : codes::InvalidParameterDataDiskNotBelongSpecifiedInstance,
                 args({{str("diskId"), disk}, {str("instanceId"), instance->instanceId}}), {disk});
    }
    v.merge(checkName(ws, acting, instance->region, r.imageName));
    v.merge(checkDescription(ws, r.imageDescription));
    const QuotaUse q = quota(ws, acting, instance->region);
    if (!q.fits(1)) {
        v.refuse(Rule::I1, codes::ImageQuotaLimitExceeded,
                 args({{str("region"), instance->region},
                       {str("used"), q.used},
                       {str("limit"), q.limit}}),
                 {instance->region});
    }
    if (v.allowed() && instance->isWindows()) {
        const QList<WindowsCheck> failing = instance->windowsChecks.failing();
        if (!failing.isEmpty()) {
            QStringList keys;
            for (WindowsCheck c : failing)
                keys.append(windowsCheckKey(c));
            v.confirm(Rule::I2,
                      args({{str("instanceId"), instance->instanceId}, {str("checks"), keys}}),
                      {instance->instanceId});
        }
    }
    return v;
}

Verdict Rules::checkImportPermission(const Workspace &ws, const QString &acting)
{
    Verdict v;
    const Account *account = ws.account(acting);
    if (!account || !account->canImportImages)
        v.refuse(Rule::P1, codes::UnauthorizedOperationPermissionDenied,
                 args({{str("accountId"), acting}}), {acting});
    return v;
}

Verdict Rules::checkApplyImportPermission(const Workspace &ws, const QString &acting)
{
    Verdict v;
    const Account *account = ws.account(acting);
    if (!account)
        v.refuse(Rule::P1, codes::InvalidAccountIdNotFound, args({{str("accountId"), acting}}),
                 {acting});
    else if (account->canImportImages)
        v.refuse(Rule::P1, codes::FailedOperation,
                 args({{str("accountId"), acting}, {str("reason"), str("alreadyGranted")}}),
                 {acting});
    return v;
}

QString Rules::cosRegionOf(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    static const QRegularExpression cos(
        QStringLiteral("^[a-z0-9-]+-[0-9]+\\.cos\\.([a-z]{2}(?:-[a-z0-9]+)+)\\.myqcloud\\.com$"));
    const QRegularExpressionMatch m = cos.match(host);
    return m.hasMatch() ? m.captured(1) : QString();
}

Verdict Rules::checkImport(const Workspace &ws, const QString &acting, const ImportRequest &r)
{
    Verdict v = checkImportPermission(ws, acting);
    const QVariantMap regionArg = args({{str("region"), r.region}});
    const Region *region = ws.region(r.region);
    if (!region) {
        v.refuse(Rule::P2, codes::InvalidRegionNotFound, regionArg, {r.region});
    } else if (!region->isAvailable() || !region->supportsImageImport) {
        v.refuse(Rule::P2, codes::RegionAbilityLimitUnsupportedToImportImage, regionArg,
                 {r.region});
    }

    // The file.
    const QString url = r.imageUrl.trimmed();
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    if (url.isEmpty()) {
        v.refuse(Rule::P2, codes::MissingParameter, args({{str("field"), str("ImageUrl")}}));
    } else if (!scheme.isEmpty() && scheme != QLatin1String("http") &&
               scheme != QLatin1String("https") && scheme != QLatin1String("file")) {
        v.refuse(Rule::P2, codes::InvalidParameterInvalidParameterUrlError,
                 args({{str("url"), url}, {str("reason"), str("scheme")}}));
    } else if (r.bucketOnly && cosRegionOf(url).isEmpty()) {
        v.refuse(Rule::P2, codes::InvalidParameterInvalidParameterUrlError,
                 args({{str("url"), url}, {str("reason"), str("notBucket")}}));
    } else {
        const QString bucketRegion = cosRegionOf(url);
        if (!bucketRegion.isEmpty() && bucketRegion != r.region) {
            v.refuse(Rule::P2, codes::InvalidParameterInvalidParameterUrlError,
                     args({{str("url"), url},
                           {str("reason"), str("bucketRegion")},
                           {str("bucketRegion"), bucketRegion},
                           {str("region"), r.region}}));
        }
    }
    const QString format = r.file.format.toUpper();
    static const QStringList supported = {str("RAW"), str("VHD"), str("QCOW2"), str("VMDK")};
    if (format == QLatin1String("ISO")) {
        if (!r.force)
            v.refuse(Rule::P2, codes::InvalidParameterValueISOMustImportByForce,
                     args({{str("format"), format}}));
    } else if (!supported.contains(format)) {
        v.refuse(Rule::P2, codes::InvalidFormatSize,
                 args({{str("reason"), str("format")}, {str("format"), r.file.format}}));
    }
    const Policy &p = ws.policy();
    if (r.file.fileSizeBytes > qint64(p.importMaxFileSizeGiB) * kGiB) {
        v.refuse(Rule::P2, codes::InvalidFormatSize,
                 args({{str("reason"), str("fileSize")},
                       {str("size"), r.file.fileSizeBytes},
                       {str("maxGiB"), p.importMaxFileSizeGiB}}));
    }
    if (r.file.virtualSizeBytes > qint64(p.importMaxVirtualSizeGiB) * kGiB) {
        v.refuse(Rule::P2, codes::InvalidFormatSize,
                 args({{str("reason"), str("virtualSize")},
                       {str("size"), r.file.virtualSizeBytes},
                       {str("maxGiB"), p.importMaxVirtualSizeGiB}}));
    }

    // The operating system.
    const ImportOsVersion *os = ImportOsCatalog::find(r.osType);
    if (!os) {
        v.refuse(Rule::P3, codes::InvalidImageOsTypeUnsupported, args({{str("osType"), r.osType}}));
    } else {
        if (!os->osVersions.contains(r.osVersion))
            v.refuse(Rule::P3, codes::InvalidImageOsVersionUnsupported,
                     args({{str("osType"), r.osType},
                           {str("osVersion"), r.osVersion},
                           {str("supported"), os->osVersions}}));
        if (!os->architectures.contains(r.architecture))
            v.refuse(Rule::P3, codes::InvalidParameterValue,
                     args({{str("field"), str("Architecture")},
                           {str("osType"), r.osType},
                           {str("architecture"), r.architecture},
                           {str("supported"), os->architectures}}));
        if (os->windows && r.file.partitionTable == QLatin1String("GPT"))
            v.refuse(Rule::P2, codes::UnsupportedOperation,
                     args({{str("reason"), str("gptWindows")}, {str("osType"), r.osType}}));
    }
    if (region) {
        v.merge(checkName(ws, acting, r.region, r.imageName));
        const QuotaUse q = quota(ws, acting, r.region);
        if (!q.fits(1))
            v.refuse(
                Rule::P3, codes::ImageQuotaLimitExceeded,
                args({{str("region"), r.region}, {str("used"), q.used}, {str("limit"), q.limit}}),
                {r.region});
    }
    v.merge(checkDescription(ws, r.imageDescription));
    if (!r.imageFamily.isEmpty() && !isImageFamily(r.imageFamily))
        v.refuse(Rule::M4, codes::InvalidParameterValueInvalidImageFamily,
                 args({{str("family"), r.imageFamily}}));
    return v;
}

void Rules::checkImageUse(const Workspace &ws, const QString &acting, const Image &image,
                          const QString &regionId, Verdict &v)
{
    if (image.region != regionId) {
        // N1, V2: an image, shared or not, is used only in its own region.
        v.refuse(Rule::N1, codes::InvalidImageIdNotFound,
                 args({{str("imageId"), image.imageId},
                       {str("region"), regionId},
                       {str("imageRegion"), image.region}}),
                 {image.imageId});
    }
    if (image.state != ImageState::Normal) {
        v.refuse(Rule::N3, codes::InvalidParameterValueInvalidImageState,
                 args({{str("imageId"), image.imageId}, {str("state"), toString(image.state)}}),
                 {image.imageId});
    }
    if (v.allowed() && typeFor(image, acting) == ImageType::Shared) {
        const Account *me = ws.account(acting);
        if (!me || !me->trusts(image.ownerAccountId))
            v.confirm(
                Rule::N4,
                args({{str("imageId"), image.imageId}, {str("ownerId"), image.ownerAccountId}}),
                {image.imageId});
    }
}

Verdict Rules::checkRunInstances(const Workspace &ws, const QString &acting,
                                 const RunInstancesRequest &r)
{
    Verdict v;
    const Image *image = lookUp(ws, acting, r.imageId, v);
    const Region *region = ws.region(r.region);
    if (!region) {
        v.refuse(Rule::N1, codes::InvalidRegionNotFound, args({{str("region"), r.region}}),
                 {r.region});
    } else if (!r.zone.isEmpty() && !region->zones.contains(r.zone)) {
        v.refuse(Rule::N1, codes::InvalidZoneMismatchRegion,
                 args({{str("zone"), r.zone}, {str("region"), r.region}}), {r.zone});
    }
    if (r.count < 1 || r.count > 100)
        v.refuse(Rule::N1, codes::InvalidParameterValueLimitExceeded,
                 args({{str("field"), str("InstanceCount")},
                       {str("count"), r.count},
                       {str("max"), 100}}));
    if (!r.instanceType.isEmpty()) {
        // N5: a known instance type, which runs the image's architecture.
        const auto type = InstanceTypeCatalog::find(r.instanceType);
        if (!InstanceTypeCatalog::isWellFormed(r.instanceType))
            v.refuse(Rule::N5, codes::InvalidInstanceTypeMalformed,
                     args({{str("instanceType"), r.instanceType}}));
        else if (!type)
            v.refuse(Rule::N5, codes::InvalidParameterValueInstanceTypeNotFound,
                     args({{str("instanceType"), r.instanceType}}));
        else if (image && !type->runs(image->architecture))
            v.refuse(Rule::N5, codes::InvalidParameterValueInvalidImageForGivenInstanceType,
                     args({{str("instanceType"), r.instanceType},
                           {str("imageId"), image->imageId},
                           {str("architecture"), image->architecture},
                           {str("typeArchitecture"), type->architecture}}),
                     {image->imageId});
    }
    if (image && region)
        checkImageUse(ws, acting, *image, r.region, v);
    return v;
}

Verdict Rules::checkResetInstance(const Workspace &ws, const QString &acting,
                                  const ResetInstanceRequest &r)
{
    Verdict v;
    const Instance *instance = lookUpInstance(ws, acting, r.instanceId, r.region, Rule::N2, v);
    if (!instance)
        return v;
    const QString imageId = r.imageId.isEmpty() ? instance->imageId : r.imageId;
    const Image *image = lookUp(ws, acting, imageId, v);
    if (image)
        checkImageUse(ws, acting, *image, instance->region, v);
    // N5: the instance's type, when known, must run the image's architecture.
    const auto type = InstanceTypeCatalog::find(instance->instanceType);
    if (image && type && !type->runs(image->architecture))
        v.refuse(Rule::N5, codes::InvalidParameterValueInvalidImageForGivenInstanceType,
                 args({{str("instanceType"), instance->instanceType},
                       {str("imageId"), image->imageId},
                       {str("architecture"), image->architecture},
                       {str("typeArchitecture"), type->architecture}}),
                 {image->imageId});
    return v;
}

Verdict Rules::checkExportImages(const Workspace &ws, const QString &acting,
                                 const ExportImagesRequest &r)
{
    Verdict v;
    const QStringList imageIds = distinct(r.imageIds);
    if (imageIds.isEmpty())
        v.refuse(Rule::X1, codes::MissingParameter, args({{str("field"), str("ImageIds")}}));
    static const QRegularExpression bucket(QStringLiteral("^[a-z0-9][a-z0-9-]*-[0-9]+$"));
    if (!bucket.match(r.bucketName).hasMatch())
        v.refuse(Rule::X1, codes::InvalidParameterValueBucketNotFound,
                 args({{str("bucket"), r.bucketName}}));
    static const QStringList formats = {str("RAW"), str("QCOW2"), str("VHD"), str("VMDK")};
    if (!formats.contains(r.exportFormat.toUpper()))
        v.refuse(Rule::X1, codes::InvalidFormatSize,
                 args({{str("reason"), str("format")}, {str("format"), r.exportFormat}}));
    if (!r.fileNamePrefixList.isEmpty() && r.fileNamePrefixList.size() != imageIds.size())
        v.refuse(Rule::X1, codes::InvalidParameterValueInvalidFileNamePrefixList,
                 args({{str("prefixes"), int(r.fileNamePrefixList.size())},
                       {str("images"), int(imageIds.size())}}));
    for (const QString &id : imageIds) {
        const Image *image = takeImageSteps(
            ws, acting, id, r.region,
            {.notCustom = Rule::X1,
             .notCustomCode = codes::UnsupportedOperationPublicImageExportUnsupported,
             .notOwn = Rule::X1,
             .notOwnCode = codes::UnsupportedOperationSharedImageExportUnsupported,
             .namesOwner = false},
            v);
        if (!image)
            continue;
        const QVariantMap imageArg = args({{str("imageId"), id}});
        if (image->encrypted)
            v.refuse(Rule::X1, codes::UnsupportedOperationEncryptedImagesNotSupported, imageArg,
                     {id});
        else if (image->state != ImageState::Normal)
            v.refuse(Rule::X1, codes::InvalidParameterValueInvalidImageState,
                     args({{str("imageId"), id}, {str("state"), toString(image->state)}}), {id});
    }
    return v;
}

Verdict Rules::checkTerminateInstances(const Workspace &ws, const QString &acting,
                                       const TerminateInstancesRequest &r)
{
    Verdict v;
    const QStringList instanceIds = distinct(r.instanceIds);
    if (instanceIds.isEmpty())
        v.refuse(Rule::T1, codes::MissingParameter, args({{str("field"), str("InstanceIds")}}));
    for (const QString &id : instanceIds) {
        if (!lookUpInstance(ws, acting, id, r.region, Rule::T1, v))
            continue;
        for (const Task *t : ws.runningTasks()) {
            if (t->instanceId == id) {
                // An image is being created from it.
                v.refuse(Rule::T1, codes::OperationDeniedInstanceOperationInProgress,
                         args({{str("instanceId"), id}, {str("taskId"), t->taskId}}), {id});
                break;
            }
        }
    }
    return v;
}

bool Rules::isImageFamily(const QString &family)
{
    static const QRegularExpression form(
        QStringLiteral("^[A-Za-z](?:[A-Za-z0-9-]{0,58}[A-Za-z0-9])?$"));
    return form.match(family).hasMatch();
}

Verdict Rules::checkTrustedAccounts(const Workspace &ws, const QString &acting,
                                    const TrustedAccountsRequest &r)
{
    Verdict v;
    if (!ws.account(acting)) {
        v.refuse(Rule::N4, codes::InvalidAccountIdNotFound, args({{str("accountId"), acting}}),
                 {acting});
        return v;
    }
    for (const QString &id : distinct(r.accountIds)) {
        if (id == acting)
            v.refuse(Rule::N4, codes::InvalidAccountIsYourSelf, args({{str("accountId"), id}}),
                     {id});
        else if (!ids::isAccountId(id) || !ws.account(id))
            v.refuse(
                Rule::N4, codes::InvalidAccountIdNotFound,
                args({{str("accountId"), id},
                      {str("reason"), ids::isAccountId(id) ? str("unknown") : str("malformed")}}),
                {id});
    }
    return v;
}

bool Rules::overShareLimit(const Workspace &ws, qsizetype accounts)
{
    return accounts > ws.policy().shareLimit;
}

QuotaUse Rules::quota(const Workspace &ws, const QString &accountId, const QString &regionId)
{
    // Q1, S7: only the account's own custom images count; shared-with-me images do not.
    return QuotaUse{ws.customImageCount(accountId, regionId),
                    ws.policy().customImageQuotaPerRegion};
}

} // namespace cvm

// Every rule of SPEC section 4, what it allows and what it refuses, with the exact rule ID,
// Tencent error code, arguments and items of each violation. The workspace is the small,
// fully known one of tests/support/Fixture.h; a test that needs another workspace edits the
// fixture's JSON before loading it, so policy values always come from the workspace.
#include "Faq.h"
#include "Ids.h"
#include "Fixture.h"
#include "RuleText.h"
#include "Rules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <functional>

using namespace cvm;
using namespace fixture;
using namespace Qt::StringLiterals;

namespace {

const QString gz = u"ap-guangzhou"_s;
const QString sh = u"ap-shanghai"_s;
const QString bj = u"ap-beijing"_s;
const QString jk = u"ap-jakarta"_s;
const QString moscow = u"eu-moscow"_s;
const QString chongqing = u"ap-chongqing"_s;
const QString nowhere = u"xx-nowhere"_s;
const QString unknownAccount = u"999999999999"_s;

constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;

// ---- Showing what went wrong ----

QString show(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return u'[' + v.toStringList().join(u',') + u']';
    return v.toString();
}

QString show(const Violation &x)
{
    QStringList a;
    for (auto it = x.args.cbegin(); it != x.args.cend(); ++it)
        a.append(it.key() + u'=' + show(it.value()));
    return x.rule + u' ' + x.code + u" {"_s + a.join(u", "_s) + u"} items=["_s +
           x.items.join(u',') + u']';
}

QString dump(const Verdict &v)
{
    QStringList out;
    for (const Violation &x : v.violations)
        out.append(show(x));
    for (const Violation &x : v.confirmations)
        out.append(u"confirm "_s + show(x));
    return out.isEmpty() ? u"(allowed, no confirmations)"_s : out.join(u"; "_s);
}

// Empty when `actual` holds every expected argument with the expected value.
QString argsMismatch(const QVariantMap &actual, const QVariantMap &expected)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            return u"argument "_s + it.key() + u" missing"_s;
        const QVariant a = actual.value(it.key());
        const bool same = it.value().typeId() == QMetaType::QStringList
                              ? a.toStringList() == it.value().toStringList()
                              : a.toString() == it.value().toString();
        if (!same)
            return u"argument %1 is %2, expected %3"_s.arg(it.key(), show(a), show(it.value()));
    }
    return {};
}

QString matches(const Violation &x, const QString &rule, const QString &code,
                const QVariantMap &args, const std::optional<QStringList> &items)
{
    if (x.rule != rule || x.code != code)
        return u"expected %1 %2, got %3"_s.arg(rule, code, show(x));
    const QString a = argsMismatch(x.args, args);
    if (!a.isEmpty())
        return a + u" in "_s + show(x);
    if (items && x.items != *items)
        return u"items are [%1], expected [%2]"_s.arg(x.items.join(u','), items->join(u','));
    return {};
}

// Empty when the verdict refuses with exactly this one violation.
QString only(const Verdict &v, const QString &rule, const QString &code,
             const QVariantMap &args = {}, const std::optional<QStringList> &items = std::nullopt)
{
    if (v.violations.size() != 1)
        return u"expected exactly %1 %2, got: %3"_s.arg(rule, code, dump(v));
    const QString m = matches(v.violations.first(), rule, code, args, items);
    if (!m.isEmpty())
        return m;
    if (!v.confirmations.isEmpty())
        return u"a refusal asks no confirmation, got: "_s + dump(v);
    return {};
}

// Empty when one of the verdict's violations is this one.
QString has(const Verdict &v, const QString &rule, const QString &code,
            const QVariantMap &args = {}, const std::optional<QStringList> &items = std::nullopt)
{
    QString last;
    for (const Violation &x : v.violations) {
        last = matches(x, rule, code, args, items);
        if (last.isEmpty())
            return {};
    }
    return u"expected %1 %2 among: %3"_s.arg(rule, code, dump(v));
}

QString allowedWithout(const Verdict &v)
{
    if (!v.allowed() || v.needsConfirmation())
        return u"expected allowed without confirmation, got: "_s + dump(v);
    return {};
}

QString allowedConfirming(const Verdict &v, const QString &rule, const QVariantMap &args,
                          const QStringList &items)
{
    if (!v.allowed() || v.confirmations.size() != 1)
        return u"expected allowed with one %1 confirmation, got: %2"_s.arg(rule, dump(v));
    const Violation &c = v.confirmations.first();
    if (c.rule != rule)
        return u"expected a %1 confirmation, got: %2"_s.arg(rule, dump(v));
    const QString a = argsMismatch(c.args, args);
    if (!a.isEmpty())
        return a + u" in confirmation "_s + show(c);
    if (c.items != items)
        return u"confirmation items are [%1], expected [%2]"_s.arg(c.items.join(u','),
                                                                   items.join(u','));
    return {};
}

QStringList sortedRules(const Verdict &v)
{
    QStringList out;
    for (const Violation &x : v.violations)
        out.append(x.rule + u' ' + x.code);
    out.sort();
    return out;
}

#define CHECK(expr)                                                                                \
    do {                                                                                           \
        const QString problem_ = (expr);                                                           \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)

// ---- Building workspaces ----

QJsonObject withPolicy(std::initializer_list<std::pair<const char *, int>> values,
                       QJsonObject root = baseJson())
{
    QJsonObject policy = root.value(u"policy"_s).toObject();
    for (const auto &[key, value] : values)
        policy.insert(QLatin1String(key), value);
    root.insert(u"policy"_s, policy);
    return root;
}

QJsonArray sharesWith(const QStringList &accounts)
{
    QJsonArray a;
    for (const QString &acc : accounts)
        a.append(QJsonObject{{u"AccountId"_s, acc}, {u"CreatedTime"_s, u"2026-02-01T09:00:00Z"_s}});
    return a;
}

void editImage(QJsonObject &root, const QString &id,
               const std::function<void(QJsonObject &)> &change)
{
    QJsonObject img = findImage(root, id);
    if (img.isEmpty())
        qFatal("no image %s in the fixture", qPrintable(id));
    change(img);
    putImage(root, img);
}

void editArrayItem(QJsonObject &root, const QString &array, const QString &idKey, const QString &id,
                   const std::function<void(QJsonObject &)> &change)
{
    QJsonArray items = root.value(array).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject o = items.at(i).toObject();
        if (o.value(idKey).toString() == id) {
            change(o);
            items[i] = o;
            root.insert(array, items);
            return;
        }
    }
    qFatal("no %s %s in the fixture", qPrintable(array), qPrintable(id));
}

void editInstance(QJsonObject &root, const QString &id,
                  const std::function<void(QJsonObject &)> &change)
{
    editArrayItem(root, u"instances"_s, u"InstanceId"_s, id, change);
}

void editAccount(QJsonObject &root, const QString &id,
                 const std::function<void(QJsonObject &)> &change)
{
    editArrayItem(root, u"accounts"_s, u"AccountId"_s, id, change);
}

QJsonObject withImageState(const QString &imageId, const QString &state,
                           QJsonObject root = baseJson())
{
    editImage(root, imageId, [&](QJsonObject &o) { o.insert(u"ImageState"_s, state); });
    return root;
}

// img-full0050 shared with only the first `n` of its 50 accounts.
QJsonObject withFullSharedWith(int n)
{
    QJsonObject root = baseJson();
    QStringList accounts;
    for (int i = 0; i < n; ++i)
        accounts.append(extra(i));
    editImage(root, u"img-full0050"_s,
              [&](QJsonObject &o) { o.insert(u"Shares"_s, sharesWith(accounts)); });
    return root;
}

const Image &img(Fixture &f, const QString &id)
{
    const Image *image = f.ws().image(id);
    if (!image)
        qFatal("no image %s in the workspace", qPrintable(id));
    return *image;
}

QVariantMap imageArg(const QString &id)
{
    return {{u"imageId"_s, id}};
}

ImportRequest goodImport()
{
    ImportRequest r;
    r.region = gz;
    r.imageName = u"imported"_s;
    r.imageDescription = u"from a file"_s;
    r.osType = u"CentOS"_s;
    r.osVersion = u"7"_s;
    r.architecture = u"x86_64"_s;
    r.imageUrl = u"https://images-1250000001.cos.ap-guangzhou.myqcloud.com/centos.qcow2"_s;
    r.file.format = u"QCOW2"_s;
    r.file.fileSizeBytes = 2 * kGiB;
    r.file.virtualSizeBytes = 40 * kGiB;
    r.file.partitionTable = u"MBR"_s;
    return r;
}

// Changes written as key=value; nameLen and descLen give a length instead of a text.
ImportRequest importWith(const QStringList &changes)
{
    ImportRequest r = goodImport();
    for (const QString &change : changes) {
        const qsizetype eq = change.indexOf(u'=');
        const QString key = change.left(eq);
        const QString value = change.mid(eq + 1);
        if (key == u"region")
            r.region = value;
        else if (key == u"url")
            r.imageUrl = value;
        else if (key == u"format")
            r.file.format = value;
        else if (key == u"fileSize")
            r.file.fileSizeBytes = value.toLongLong();
        else if (key == u"virtualSize")
            r.file.virtualSizeBytes = value.toLongLong();
        else if (key == u"osType")
            r.osType = value;
        else if (key == u"osVersion")
            r.osVersion = value;
        else if (key == u"arch")
            r.architecture = value;
        else if (key == u"partition")
            r.file.partitionTable = value;
        else if (key == u"name")
            r.imageName = value;
        else if (key == u"nameLen")
            r.imageName = QString(value.toInt(), u'n');
        else if (key == u"descLen")
            r.imageDescription = QString(value.toInt(), u'd');
        else if (key == u"force")
            r.force = value == u"true";
        else
            qFatal("unknown import change %s", qPrintable(key));
    }
    return r;
}

QString cosUrl(const QString &region)
{
    return u"https://images-1250000001.cos.%1.myqcloud.com/a.qcow2"_s.arg(region);
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Messages are checked in English with plain digits.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // A region ID: a two-letter area, then lower-case words joined by hyphens.
    void regionIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        for (const char *ok : {"ap-guangzhou", "na-ashburn", "ap-shanghai-fsi", "eu-frankfurt",
                               "ap-1", "ab-c-d-e", "sa-saopaulo"})
            QTest::newRow(ok) << QString::fromLatin1(ok) << true;
        for (const char *bad : {"", "ap", "ap-", "-ap", "a-p", "abc-def", "ap--x", "ap-x-", "Ap-x",
                                "ap-X", "ap_x", "ap-x y", "ap-\u00e9", "--x", "a--x"})
            QTest::newRow(bad) << QString::fromLatin1(bad) << false;
        QTest::newRow("non-Latin") << u"ap-\u0431"_s << false;
    }
    void regionIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(ids::isRegionId(id), valid);
    }

    // =====================================================================================
    // V1, V2: visibility
    // =====================================================================================

    void typeFor_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<int>("type"); // -1: invisible
        QTest::newRow("owner: own custom image is PRIVATE")
            << u"img-owner001"_s << kOwner << int(ImageType::Private);
        QTest::newRow("owner: shared-out image is still PRIVATE")
            << u"img-shared01"_s << kOwner << int(ImageType::Private);
        QTest::newRow("recipient: SHARED")
            << u"img-shared01"_s << kFriend << int(ImageType::Shared);
        QTest::newRow("recipient 50 of 50: SHARED")
            << u"img-full0050"_s << extra(49) << int(ImageType::Shared);
        QTest::newRow("account 51, not shared: invisible") << u"img-full0050"_s << extra(50) << -1;
        QTest::newRow("stranger: another's image invisible")
            << u"img-shared01"_s << kStranger << -1;
        QTest::newRow("recipient of other images: private invisible")
            << u"img-owner001"_s << kFriend << -1;
        QTest::newRow("owner as recipient of strange1: SHARED")
            << u"img-strange1"_s << kOwner << int(ImageType::Shared);
        QTest::newRow("sharer: strange1 PRIVATE")
            << u"img-strange1"_s << kStranger << int(ImageType::Private);
        QTest::newRow("friend does not see strange1") << u"img-strange1"_s << kFriend << -1;
        QTest::newRow("public to owner") << u"img-public01"_s << kOwner << int(ImageType::Public);
        QTest::newRow("public to stranger")
            << u"img-public01"_s << kStranger << int(ImageType::Public);
        QTest::newRow("public to an unknown account")
            << u"img-public01"_s << unknownAccount << int(ImageType::Public);
        QTest::newRow("market to friend") << u"img-market01"_s << kFriend << int(ImageType::Market);
        QTest::newRow("market to stranger")
            << u"img-market01"_s << kStranger << int(ImageType::Market);
        QTest::newRow("custom to no viewer") << u"img-owner001"_s << QString() << -1;
    }
    void typeFor()
    {
        QFETCH(QString, image);
        QFETCH(QString, viewer);
        QFETCH(int, type);
        Fixture f;
        const auto t = Rules::typeFor(img(f, image), viewer);
        QCOMPARE(t ? int(*t) : -1, type);
        QCOMPARE(Rules::isVisible(img(f, image), viewer), type >= 0);
    }

    void visibleImageIds_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("expected");
        const QStringList ownerGz{u"img-byol0001"_s, u"img-creating"_s, u"img-encr0001"_s,
                                  u"img-full0050"_s, u"img-market01"_s, u"img-owner001"_s,
                                  u"img-public01"_s, u"img-shared01"_s, u"img-strange1"_s};
        QStringList ownerAll = ownerGz;
        ownerAll.append(u"img-winsrv01"_s);
        ownerAll.sort();
        const QStringList friendAll{u"img-market01"_s, u"img-public01"_s, u"img-shared01"_s,
                                    u"img-trusted1"_s};
        QTest::newRow("owner, all regions") << kOwner << QString() << ownerAll;
        QTest::newRow("owner, guangzhou") << kOwner << gz << ownerGz;
        QTest::newRow("owner, shanghai") << kOwner << sh << QStringList{u"img-winsrv01"_s};
        QTest::newRow("owner, beijing") << kOwner << bj << QStringList{};
        QTest::newRow("friend, all regions") << kFriend << QString() << friendAll;
        QTest::newRow("friend, guangzhou") << kFriend << gz << friendAll;
        QTest::newRow("friend, shanghai: shared images not here") << kFriend << sh << QStringList{};
        QTest::newRow("stranger, all")
            << kStranger << QString()
            << QStringList{u"img-market01"_s, u"img-public01"_s, u"img-strange1"_s};
        QTest::newRow("trusted, all")
            << kTrusted << QString()
            << QStringList{u"img-market01"_s, u"img-public01"_s, u"img-trusted1"_s};
        QTest::newRow("recipient of full0050, all")
            << extra(0) << QString()
            << QStringList{u"img-full0050"_s, u"img-market01"_s, u"img-public01"_s};
        QTest::newRow("recipient of full0050, jakarta") << extra(0) << jk << QStringList{};
        QTest::newRow("account with nothing shared")
            << extra(55) << QString() << QStringList{u"img-market01"_s, u"img-public01"_s};
    }
    void visibleImageIds()
    {
        QFETCH(QString, viewer);
        QFETCH(QString, region);
        QFETCH(QStringList, expected);
        Fixture f;
        QStringList actual = Rules::visibleImageIds(f.ws(), viewer, region);
        actual.sort(); // duplicates would show as extra entries
        QCOMPARE(actual, expected);
    }

    void sharedImageIsVisibleOnlyInItsOwnRegion()
    {
        // V2: an image of kOwner in ap-shanghai shared with kFriend.
        QJsonObject root = baseJson();
        QJsonObject shImage = image(u"img-shsha001"_s, kOwner, sh);
        shImage.insert(u"Shares"_s, sharesWith({kFriend}));
        putImage(root, shImage);
        Fixture f(root);
        QCOMPARE(Rules::visibleImageIds(f.ws(), kFriend, sh), QList<QString>{u"img-shsha001"_s});
        QVERIFY(!Rules::visibleImageIds(f.ws(), kFriend, gz).contains(u"img-shsha001"_s));
        QVERIFY(Rules::visibleImageIds(f.ws(), kFriend, gz).contains(u"img-shared01"_s));
        QVERIFY(Rules::visibleImageIds(f.ws(), kFriend).contains(u"img-shsha001"_s));
        // ... and usable only there.
        CHECK(allowedWithout(Rules::checkRunInstances(
            f.ws(), kFriend, {u"img-shsha001"_s, sh, u"ap-shanghai-2"_s, 1, {}})));
        CHECK(only(Rules::checkRunInstances(f.ws(), kFriend, {u"img-shsha001"_s, gz, {}, 1, {}}),
                   u"N1"_s, u"InvalidImageId.NotFound"_s,
                   {{u"imageId"_s, u"img-shsha001"_s}, {u"region"_s, gz}, {u"imageRegion"_s, sh}}));
        CHECK(allowedWithout(
            Rules::checkSync(f.ws(), kFriend, {{u"img-shsha001"_s}, {sh}, std::nullopt})));
        CHECK(only(Rules::checkSync(f.ws(), kFriend, {{u"img-shsha001"_s}, {gz}, std::nullopt}),
                   u"C2"_s, u"UnsupportedOperation.LocationImageNotSupported"_s,
                   {{u"region"_s, gz}}, QStringList{gz}));
    }

    // V2 where the caller names a region (the API's X-TC-Region): every action refuses an image
    // or instance of another region as not found, as each region of the cloud answers only for
    // its own; the console names none and acts in the image's own region.
    void regionNamedByTheCallerIsEnforced()
    {
        Fixture f;
        const QString own = u"img-owner001"_s; // kOwner's, in ap-guangzhou
        const QVariantMap away{{u"imageId"_s, own}, {u"region"_s, sh}, {u"imageRegion"_s, gz}};
        Verdict v;
        QVERIFY(!Rules::lookUp(f.ws(), kOwner, own, v, sh));
        CHECK(only(v, u"V2"_s, u"InvalidImageId.NotFound"_s, away, QStringList{own}));
        Verdict here;
        QVERIFY(Rules::lookUp(f.ws(), kOwner, own, here, gz));
        CHECK(allowedWithout(here));
        CHECK(only(Rules::checkCancelShareImage(f.ws(), kOwner, own, sh), u"V2"_s,
                   u"InvalidImageId.NotFound"_s, away, QStringList{own}));
        ShareRequest share{own, {kFriend}, SharePermission::Share, sh};
        CHECK(only(Rules::checkShare(f.ws(), kOwner, share), u"V2"_s, u"InvalidImageId.NotFound"_s,
                   away, QStringList{own}));
        share.region = gz;
        QVERIFY(Rules::checkShare(f.ws(), kOwner, share).allowed());
        CHECK(only(Rules::checkModifyAttribute(f.ws(), kOwner, {own, u"n"_s, std::nullopt, sh}),
                   u"V2"_s, u"InvalidImageId.NotFound"_s, away, QStringList{own}));
        SyncRequest sync{{own}, {bj}, std::nullopt};
        sync.region = sh;
        CHECK(only(Rules::checkSync(f.ws(), kOwner, sync), u"V2"_s, u"InvalidImageId.NotFound"_s,
                   away, QStringList{own}));
        CHECK(only(Rules::checkDelete(f.ws(), kOwner, {{own}, false, sh}), u"V2"_s,
                   u"InvalidImageId.NotFound"_s, away, QStringList{own}));
        QVERIFY(Rules::checkDelete(f.ws(), kOwner, {{own}, false, gz}).allowed());
        // Instances: ins-linux001 is in ap-guangzhou.
        const QVariantMap insAway{
            {u"instanceId"_s, u"ins-linux001"_s}, {u"region"_s, sh}, {u"instanceRegion"_s, gz}};
        CreateImageRequest create{u"ins-linux001"_s, u"fresh"_s, {}, false, false, sh};
        CHECK(only(Rules::checkCreateImage(f.ws(), kOwner, create), u"I1"_s,
                   u"InvalidInstanceId.NotFound"_s, insAway, QStringList{u"ins-linux001"_s}));
        create.region = gz;
        QVERIFY(Rules::checkCreateImage(f.ws(), kOwner, create).allowed());
        CHECK(only(Rules::checkResetInstance(f.ws(), kOwner, {u"ins-linux001"_s, own, sh}), u"N2"_s,
                   u"InvalidInstanceId.NotFound"_s, insAway, QStringList{u"ins-linux001"_s}));
        QVERIFY(Rules::checkResetInstance(f.ws(), kOwner, {u"ins-linux001"_s, own, gz}).allowed());
        // The words say where the record is.
        QVERIFY(RuleText::message(v.violations.first()).contains(gz));
    }

    // The rules behind the API's newer parameters: N5 instance types, I3 images from
    // snapshots, C8 encrypted copies, M4 image families, T1 terminating instances.
    void instanceTypesSnapshotsEncryptionFamiliesTermination()
    {
        Fixture f;
        RunInstancesRequest run{u"img-public01"_s, gz, {}, 1, {}};
        run.instanceType = u"SR1.MEDIUM4"_s;
        CHECK(only(Rules::checkRunInstances(f.ws(), kOwner, run), u"N5"_s,
                   u"InvalidParameterValue.InvalidImageForGivenInstanceType"_s,
                   {{u"architecture"_s, u"x86_64"_s}, {u"typeArchitecture"_s, u"arm"_s}}));
        run.instanceType = u"S5.lARGE8"_s;
        CHECK(only(Rules::checkRunInstances(f.ws(), kOwner, run), u"N5"_s,
                   u"InvalidInstanceType.Malformed"_s));
        run.instanceType = u"QQ1.LARGE8"_s;
        CHECK(only(Rules::checkRunInstances(f.ws(), kOwner, run), u"N5"_s,
                   u"InvalidParameterValue.InstanceTypeNotFound"_s));
        run.instanceType = u"S5.LARGE8"_s;
        CHECK(allowedWithout(Rules::checkRunInstances(f.ws(), kOwner, run)));
        // Reinstalling keeps the instance's type: an arm instance takes no x86_64 image.
        QJsonObject root = baseJson();
        editInstance(root, u"ins-linux001"_s,
                     [](QJsonObject &o) { o.insert(u"InstanceType"_s, u"SR1.MEDIUM4"_s); });
        Fixture arm(root);
        CHECK(only(
            Rules::checkResetInstance(arm.ws(), kOwner, {u"ins-linux001"_s, u"img-public01"_s}),
            u"N5"_s, u"InvalidParameterValue.InvalidImageForGivenInstanceType"_s));

        CreateImageRequest fromSnaps{{}, u"snapped"_s};
        fromSnaps.snapshotIds = {u"snap-owner001"_s};
        CHECK(allowedWithout(Rules::checkCreateImage(f.ws(), kOwner, fromSnaps)));
        CHECK(only(Rules::checkCreateImage(f.ws(), kFriend, fromSnaps), u"I3"_s,
                   u"InvalidParameter.SnapshotNotFound"_s));
        fromSnaps.region = sh;
        CHECK(only(Rules::checkCreateImage(f.ws(), kOwner, fromSnaps), u"I3"_s,
                   u"InvalidParameter.SnapshotNotFound"_s));
        CHECK(only(Rules::checkCreateImage(f.ws(), kOwner, {{}, u"none"_s}), u"I3"_s,
                   u"InvalidParameter.SpecifyOneParameter"_s));

        SyncRequest encrypted{{u"img-owner001"_s}, {gz}, u"owner001-enc"_s};
        encrypted.encrypt = true;
        CHECK(allowedWithout(Rules::checkSync(f.ws(), kOwner, encrypted)));
        encrypted.destinationRegions = {bj};
        CHECK(only(Rules::checkSync(f.ws(), kOwner, encrypted), u"C8"_s,
                   u"InvalidParameterValue.InvalidRegion"_s, {{u"reason"_s, u"encrypt"_s}}));

        QVERIFY(Rules::isImageFamily(u"business-daily-update"_s));
        QVERIFY(!Rules::isImageFamily(u"-daily"_s));
        QVERIFY(!Rules::isImageFamily(u"daily-"_s));
        QVERIFY(!Rules::isImageFamily(QString(61, u'a')));

        CHECK(
            allowedWithout(Rules::checkTerminateInstances(f.ws(), kOwner, {{u"ins-win00001"_s}})));
        CHECK(only(Rules::checkTerminateInstances(f.ws(), kOwner, {{u"ins-win00001"_s}, gz}),
                   u"T1"_s, u"InvalidInstanceId.NotFound"_s));
        CHECK(only(Rules::checkTerminateInstances(f.ws(), kFriend, {{u"ins-win00001"_s}}), u"T1"_s,
                   u"InvalidInstanceId.NotFound"_s));
        // The fixture's task-create01 is making an image from ins-linux001.
        CHECK(only(Rules::checkTerminateInstances(f.ws(), kOwner, {{u"ins-linux001"_s}}), u"T1"_s,
                   u"OperationDenied.InstanceOperationInProgress"_s));
        for (const Violation &v :
             Rules::checkRunInstances(f.ws(), kOwner, {u"img-public01"_s, gz, {}, 1, {}, u"x"_s})
                 .violations)
            QVERIFY(!RuleText::message(v).startsWith(u"Rule "_s));
    }

    void lookUp_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<QString>("imageId");
        QTest::addColumn<QString>("code"); // empty: found
        QTest::newRow("malformed: too short")
            << kOwner << u"img-12"_s << u"InvalidImageId.Malformed"_s;
        QTest::newRow("malformed: upper case")
            << kOwner << u"IMG-OWNER001"_s << u"InvalidImageId.Malformed"_s;
        QTest::newRow("malformed: wrong prefix")
            << kOwner << u"ins-owner001"_s << u"InvalidImageId.Malformed"_s;
        QTest::newRow("malformed: punctuation")
            << kOwner << u"img-owner00!"_s << u"InvalidImageId.Malformed"_s;
        QTest::newRow("malformed: too long")
            << kOwner << u"img-owner0012"_s << u"InvalidImageId.Malformed"_s;
        QTest::newRow("malformed: empty") << kOwner << QString() << u"InvalidImageId.Malformed"_s;
        QTest::newRow("another account's private image")
            << kFriend << u"img-owner001"_s << u"InvalidImageId.NotFound"_s;
        QTest::newRow("another's image shared with others")
            << kStranger << u"img-shared01"_s << u"InvalidImageId.NotFound"_s;
        QTest::newRow("absent image")
            << kOwner << u"img-zzzzzzzz"_s << u"InvalidImageId.NotFound"_s;
        QTest::newRow("own image") << kOwner << u"img-owner001"_s << QString();
        QTest::newRow("shared with me") << kFriend << u"img-shared01"_s << QString();
        QTest::newRow("shared with the owner account") << kOwner << u"img-strange1"_s << QString();
        QTest::newRow("public") << kStranger << u"img-public01"_s << QString();
        QTest::newRow("market") << kStranger << u"img-market01"_s << QString();
    }
    void lookUp()
    {
        QFETCH(QString, viewer);
        QFETCH(QString, imageId);
        QFETCH(QString, code);
        Fixture f;
        Verdict v;
        const Image *found = Rules::lookUp(f.ws(), viewer, imageId, v);
        if (code.isEmpty()) {
            QVERIFY(found);
            QCOMPARE(found->imageId, imageId);
            CHECK(allowedWithout(v));
        } else {
            QVERIFY(!found);
            CHECK(only(v, u"V1"_s, code, imageArg(imageId), QStringList{imageId}));
        }
    }

    // =====================================================================================
    // S1-S6: sharing
    // =====================================================================================

    void shareRefused_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("accounts");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        QTest::addColumn<QStringList>("items");

        auto acc = [](const QString &account, const QString &image, const QString &reason = {}) {
            QVariantMap m{{u"accountId"_s, account}, {u"imageId"_s, image}};
            if (!reason.isEmpty())
                m.insert(u"reason"_s, reason);
            return m;
        };
        const QString own = u"img-owner001"_s;
        QTest::newRow("S1 public") << kOwner << u"img-public01"_s << QStringList{kFriend} << u"S1"_s
                                   << u"InvalidParameterValue.InvalidImageId"_s
                                   << imageArg(u"img-public01"_s) << QStringList{u"img-public01"_s};
        QTest::newRow("S1 market") << kOwner << u"img-market01"_s << QStringList{kFriend} << u"S1"_s
                                   << u"InvalidParameterValue.InvalidImageId"_s
                                   << imageArg(u"img-market01"_s) << QStringList{u"img-market01"_s};
        QTest::newRow("S2 recipient shares on")
            << kFriend << u"img-shared01"_s << QStringList{kTrusted} << u"S2"_s
            << u"UnauthorizedOperation.ImageNotBelongToAccount"_s
            << QVariantMap{{u"imageId"_s, u"img-shared01"_s}, {u"ownerId"_s, kOwner}}
            << QStringList{u"img-shared01"_s};
        QTest::newRow("S2 recipient shares on to a fresh account")
            << kOwner << u"img-strange1"_s << QStringList{extra(7)} << u"S2"_s
            << u"UnauthorizedOperation.ImageNotBelongToAccount"_s
            << QVariantMap{{u"imageId"_s, u"img-strange1"_s}, {u"ownerId"_s, kStranger}}
            << QStringList{u"img-strange1"_s};
        QTest::newRow("V1 stranger's view")
            << kStranger << own << QStringList{kFriend} << u"V1"_s << u"InvalidImageId.NotFound"_s
            << imageArg(own) << QStringList{own};
        QTest::newRow("V1 malformed image")
            << kOwner << u"img-xx"_s << QStringList{kFriend} << u"V1"_s
            << u"InvalidImageId.Malformed"_s << imageArg(u"img-xx"_s) << QStringList{u"img-xx"_s};
        QTest::newRow("S4 yourself")
            << kOwner << own << QStringList{kOwner} << u"S4"_s << u"InvalidAccountIs.YourSelf"_s
            << acc(kOwner, own) << QStringList{kOwner};
        QTest::newRow("S4 malformed: letters")
            << kOwner << own << QStringList{u"12ab"_s} << u"S4"_s << u"InvalidAccountId.NotFound"_s
            << acc(u"12ab"_s, own, u"malformed"_s) << QStringList{u"12ab"_s};
        QTest::newRow("S4 malformed: QQ-style e-mail")
            << kOwner << own << QStringList{u"12345@qq.com"_s} << u"S4"_s
            << u"InvalidAccountId.NotFound"_s << acc(u"12345@qq.com"_s, own, u"malformed"_s)
            << QStringList{u"12345@qq.com"_s};
        QTest::newRow("S4 unknown")
            << kOwner << own << QStringList{unknownAccount} << u"S4"_s
            << u"InvalidAccountId.NotFound"_s << acc(unknownAccount, own, u"unknown"_s)
            << QStringList{unknownAccount};
        QTest::newRow("S4 already shared")
            << kOwner << u"img-shared01"_s << QStringList{kFriend} << u"S4"_s
            << u"FailedOperation.AccountAlreadyExists"_s << acc(kFriend, u"img-shared01"_s)
            << QStringList{kFriend};
        QTest::newRow("S4 no account")
            << kOwner << own << QStringList{} << u"S4"_s << u"MissingParameter"_s
            << QVariantMap{{u"field"_s, u"AccountIds"_s}} << QStringList{};
        QTest::newRow("S4 blank accounts only")
            << kOwner << own << QStringList{u"  "_s, QString()} << u"S4"_s << u"MissingParameter"_s
            << QVariantMap{{u"field"_s, u"AccountIds"_s}} << QStringList{};
        QTest::newRow("S5 CREATING")
            << kOwner << u"img-creating"_s << QStringList{kFriend} << u"S5"_s
            << u"InvalidParameterValue.InvalidImageState"_s
            << QVariantMap{{u"imageId"_s, u"img-creating"_s}, {u"state"_s, u"CREATING"_s}}
            << QStringList{u"img-creating"_s};
        QTest::newRow("S5 BYOL") << kOwner << u"img-byol0001"_s << QStringList{kFriend} << u"S5"_s
                                 << u"FailedOperation.BYOLImageShareFailed"_s
                                 << imageArg(u"img-byol0001"_s) << QStringList{u"img-byol0001"_s};
        QTest::newRow("S5 encrypted")
            << kOwner << u"img-encr0001"_s << QStringList{kFriend} << u"S5"_s
            << u"UnsupportedOperation.EncryptedImagesNotSupported"_s << imageArg(u"img-encr0001"_s)
            << QStringList{u"img-encr0001"_s};
        QTest::newRow("S3 one more than the limit")
            << kOwner << u"img-full0050"_s << QStringList{extra(55)} << u"S3"_s << u"OverQuota"_s
            << QVariantMap{{u"imageId"_s, u"img-full0050"_s},
                           {u"limit"_s, 50},
                           {u"shared"_s, 50},
                           {u"requested"_s, 1},
                           {u"left"_s, 0}}
            << QStringList{u"img-full0050"_s};
        QTest::newRow("S3 several over a full image")
            << kOwner << u"img-full0050"_s << QStringList{extra(55), extra(56), kFriend} << u"S3"_s
            << u"OverQuota"_s
            << QVariantMap{{u"limit"_s, 50}, {u"shared"_s, 50}, {u"requested"_s, 3}, {u"left"_s, 0}}
            << QStringList{u"img-full0050"_s};
    }
    void shareRefused()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QStringList, accounts);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        QFETCH(QStringList, items);
        Fixture f;
        CHECK(only(Rules::checkShare(f.ws(), acting, {image, accounts, SharePermission::Share}),
                   rule, code, args, items));
    }

    void shareNeedsNormalState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("CREATING") << u"CREATING"_s;
        QTest::newRow("CREATEFAILED") << u"CREATEFAILED"_s;
        QTest::newRow("SYNCING") << u"SYNCING"_s;
        QTest::newRow("IMPORTING") << u"IMPORTING"_s;
        QTest::newRow("IMPORTFAILED") << u"IMPORTFAILED"_s;
    }
    void shareNeedsNormalState()
    {
        QFETCH(QString, state);
        Fixture f(withImageState(u"img-owner001"_s, state));
        CHECK(only(Rules::checkShare(f.ws(), kOwner,
                                     {u"img-owner001"_s, {kFriend}, SharePermission::Share}),
                   u"S5"_s, u"InvalidParameterValue.InvalidImageState"_s,
                   {{u"imageId"_s, u"img-owner001"_s}, {u"state"_s, state}},
                   QStringList{u"img-owner001"_s}));
        CHECK(only(Rules::checkShareImage(f.ws(), kOwner, u"img-owner001"_s), u"S5"_s,
                   u"InvalidParameterValue.InvalidImageState"_s, {{u"state"_s, state}}));
    }

    void shareAllowed_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("accounts");
        QTest::newRow("one account") << u"img-owner001"_s << QStringList{kFriend};
        QTest::newRow("several accounts")
            << u"img-owner001"_s << QStringList{kFriend, kTrusted, kStranger, extra(1)};
        QTest::newRow("an image already shared, with another account")
            << u"img-shared01"_s << QStringList{kTrusted};
        QTest::newRow("duplicates and spaces count once")
            << u"img-owner001"_s << QStringList{kFriend, kFriend, u" 100000000002 "_s};
        QTest::newRow("a Windows image in another region")
            << u"img-winsrv01"_s << QStringList{kFriend};
    }
    void shareAllowed()
    {
        QFETCH(QString, image);
        QFETCH(QStringList, accounts);
        Fixture f;
        // S6: an allowed share carries the risk warning, which the operator must acknowledge.
        CHECK(allowedConfirming(
            Rules::checkShare(f.ws(), kOwner, {image, accounts, SharePermission::Share}), u"S6"_s,
            imageArg(image), {image}));
        CHECK(allowedWithout(Rules::checkShareImage(f.ws(), kOwner, image)));
    }

    void shareUpToTheLimitExactly()
    {
        Fixture f(withFullSharedWith(48));
        const QString full = u"img-full0050"_s;
        // 48 + 2 = 50: allowed.
        CHECK(allowedConfirming(
            Rules::checkShare(f.ws(), kOwner,
                              {full, {extra(50), extra(51)}, SharePermission::Share}),
            u"S6"_s, imageArg(full), {full}));
        // 48 + 3 > 50: refused whole, 2 places left.
        CHECK(only(
            Rules::checkShare(f.ws(), kOwner,
                              {full, {extra(50), extra(51), extra(52)}, SharePermission::Share}),
            u"S3"_s, u"OverQuota"_s,
            {{u"imageId"_s, full},
             {u"limit"_s, 50},
             {u"shared"_s, 48},
             {u"requested"_s, 3},
             {u"left"_s, 2}},
            QStringList{full}));
        // Duplicates in the request count once: 48 + 2 distinct.
        CHECK(allowedConfirming(
            Rules::checkShare(
                f.ws(), kOwner,
                {full, {extra(50), extra(51), extra(51), extra(50)}, SharePermission::Share}),
            u"S6"_s, imageArg(full), {full}));
        // An account already shared takes no new place: refused for that account only, not for S3.
        const Verdict again = Rules::checkShare(
            f.ws(), kOwner, {full, {extra(50), extra(51), extra(0)}, SharePermission::Share});
        CHECK(only(again, u"S4"_s, u"FailedOperation.AccountAlreadyExists"_s,
                   {{u"accountId"_s, extra(0)}, {u"imageId"_s, full}}, QStringList{extra(0)}));
    }

    void shareLimitFollowsThePolicy()
    {
        Fixture f(withPolicy({{"shareLimit", 2}}));
        const QString shared = u"img-shared01"_s; // shared with kFriend
        CHECK(allowedConfirming(
            Rules::checkShare(f.ws(), kOwner, {shared, {kTrusted}, SharePermission::Share}),
            u"S6"_s, imageArg(shared), {shared}));
        CHECK(only(Rules::checkShare(f.ws(), kOwner,
                                     {shared, {kTrusted, extra(1)}, SharePermission::Share}),
                   u"S3"_s, u"OverQuota"_s,
                   {{u"limit"_s, 2}, {u"shared"_s, 1}, {u"requested"_s, 2}, {u"left"_s, 1}}));
        // The image with 50 shares is now far over: 0 left, not a negative number.
        CHECK(only(Rules::checkShare(f.ws(), kOwner,
                                     {u"img-full0050"_s, {extra(55)}, SharePermission::Share}),
                   u"S3"_s, u"OverQuota"_s,
                   {{u"limit"_s, 2}, {u"shared"_s, 50}, {u"requested"_s, 1}, {u"left"_s, 0}}));

        Fixture big(withPolicy({{"shareLimit", 500}}));
        CHECK(allowedConfirming(
            Rules::checkShare(big.ws(), kOwner,
                              {u"img-full0050"_s, {extra(55)}, SharePermission::Share}),
            u"S6"_s, imageArg(u"img-full0050"_s), {u"img-full0050"_s}));
    }

    void shareListsEveryAccountRefusal()
    {
        Fixture f;
        const QString own = u"img-owner001"_s;
        const Verdict v = Rules::checkShare(
            f.ws(), kOwner,
            {own, {kOwner, u"12ab"_s, unknownAccount, kFriend}, SharePermission::Share});
        QCOMPARE(v.violations.size(), 3);
        CHECK(matches(v.violations.at(0), u"S4"_s, u"InvalidAccountIs.YourSelf"_s,
                      {{u"accountId"_s, kOwner}}, QStringList{kOwner}));
        CHECK(matches(v.violations.at(1), u"S4"_s, u"InvalidAccountId.NotFound"_s,
                      {{u"accountId"_s, u"12ab"_s}, {u"reason"_s, u"malformed"_s}},
                      QStringList{u"12ab"_s}));
        CHECK(matches(v.violations.at(2), u"S4"_s, u"InvalidAccountId.NotFound"_s,
                      {{u"accountId"_s, unknownAccount}, {u"reason"_s, u"unknown"_s}},
                      QStringList{unknownAccount}));
        QVERIFY(v.confirmations.isEmpty()); // no S6 for a refused request
    }

    void shareImageProblemsAndAccountProblemsTogether()
    {
        // A BYOL image shared with yourself: both the image and the account are wrong.
        Fixture f;
        const Verdict v = Rules::checkShare(f.ws(), kOwner,
                                            {u"img-byol0001"_s, {kOwner}, SharePermission::Share});
        QCOMPARE(sortedRules(v), (QStringList{u"S4 InvalidAccountIs.YourSelf"_s,
                                              u"S5 FailedOperation.BYOLImageShareFailed"_s}));
    }

    void shareAccount_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("code"); // empty: allowed
        QTest::addColumn<QString>("reason");
        QTest::newRow("fresh account") << kTrusted << QString() << QString();
        QTest::newRow("another fresh account") << extra(59) << QString() << QString();
        QTest::newRow("already shared")
            << kFriend << u"FailedOperation.AccountAlreadyExists"_s << QString();
        QTest::newRow("yourself") << kOwner << u"InvalidAccountIs.YourSelf"_s << QString();
        QTest::newRow("malformed")
            << u"10000000000x"_s << u"InvalidAccountId.NotFound"_s << u"malformed"_s;
        QTest::newRow("too short") << u"12"_s << u"InvalidAccountId.NotFound"_s << u"malformed"_s;
        QTest::newRow("empty") << QString() << u"InvalidAccountId.NotFound"_s << u"malformed"_s;
        QTest::newRow("unknown") << unknownAccount << u"InvalidAccountId.NotFound"_s
                                 << u"unknown"_s;
    }
    void shareAccount()
    {
        QFETCH(QString, account);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        Fixture f;
        const Verdict v =
            Rules::checkShareAccount(f.ws(), kOwner, img(f, u"img-shared01"_s), account);
        if (code.isEmpty()) {
            CHECK(allowedWithout(v));
            return;
        }
        QVariantMap args{{u"accountId"_s, account}, {u"imageId"_s, u"img-shared01"_s}};
        if (!reason.isEmpty())
            args.insert(u"reason"_s, reason);
        CHECK(only(v, u"S4"_s, code, args, QStringList{account}));
    }

    void cancelShare_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("accounts");
        QTest::addColumn<QString>("rule"); // empty: allowed
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        QTest::newRow("owner cancels a recipient")
            << kOwner << u"img-shared01"_s << QStringList{kFriend} << QString() << QString()
            << QVariantMap{};
        QTest::newRow("owner cancels many")
            << kOwner << u"img-full0050"_s << QStringList{extra(0), extra(1), extra(49)}
            << QString() << QString() << QVariantMap{};
        QTest::newRow("not shared with that account")
            << kOwner << u"img-shared01"_s << QStringList{kTrusted} << u"S4"_s
            << u"InvalidAccountId.NotFound"_s
            << QVariantMap{{u"accountId"_s, kTrusted},
                           {u"imageId"_s, u"img-shared01"_s},
                           {u"reason"_s, u"notShared"_s}};
        QTest::newRow("image not shared at all")
            << kOwner << u"img-owner001"_s << QStringList{kFriend} << u"S4"_s
            << u"InvalidAccountId.NotFound"_s
            << QVariantMap{{u"accountId"_s, kFriend}, {u"reason"_s, u"notShared"_s}};
        QTest::newRow("malformed account")
            << kOwner << u"img-shared01"_s << QStringList{u"abc"_s} << u"S4"_s
            << u"InvalidAccountId.NotFound"_s
            << QVariantMap{{u"accountId"_s, u"abc"_s}, {u"reason"_s, u"malformed"_s}};
        QTest::newRow("no account")
            << kOwner << u"img-shared01"_s << QStringList{} << u"S4"_s << u"MissingParameter"_s
            << QVariantMap{{u"field"_s, u"AccountIds"_s}};
        QTest::newRow("S2 recipient cancels")
            << kFriend << u"img-shared01"_s << QStringList{kFriend} << u"S2"_s
            << u"UnauthorizedOperation.ImageNotBelongToAccount"_s
            << QVariantMap{{u"imageId"_s, u"img-shared01"_s}, {u"ownerId"_s, kOwner}};
        QTest::newRow("S1 public")
            << kOwner << u"img-public01"_s << QStringList{kFriend} << u"S1"_s
            << u"InvalidParameterValue.InvalidImageId"_s << imageArg(u"img-public01"_s);
        QTest::newRow("V1 stranger")
            << kStranger << u"img-shared01"_s << QStringList{kFriend} << u"V1"_s
            << u"InvalidImageId.NotFound"_s << imageArg(u"img-shared01"_s);
    }
    void cancelShare()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QStringList, accounts);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        Fixture f;
        const Verdict v =
            Rules::checkCancelShare(f.ws(), acting, {image, accounts, SharePermission::Cancel});
        if (rule.isEmpty())
            CHECK(allowedWithout(v)); // cancelling needs no S6 warning
        else
            CHECK(only(v, rule, code, args));
    }

    // =====================================================================================
    // S7, S8, Q1: quota and the owner's own use
    // =====================================================================================

    void quota_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("used");
        QTest::newRow("owner, guangzhou: 6 own images") << kOwner << gz << 6;
        QTest::newRow("owner, shanghai") << kOwner << sh << 1;
        QTest::newRow("owner, beijing") << kOwner << bj << 0;
        QTest::newRow("friend: 2 images shared with it take nothing") << kFriend << gz << 0;
        QTest::newRow("stranger: its own image only") << kStranger << gz << 1;
        QTest::newRow("trusted") << kTrusted << gz << 1;
        QTest::newRow("recipient of full0050") << extra(3) << gz << 0;
        QTest::newRow("unknown account") << unknownAccount << gz << 0;
    }
    void quota()
    {
        QFETCH(QString, account);
        QFETCH(QString, region);
        QFETCH(int, used);
        Fixture f;
        const QuotaUse q = Rules::quota(f.ws(), account, region);
        QCOMPARE(q.used, used);
        QCOMPARE(q.limit, 500);
        QCOMPARE(q.left(), 500 - used);
    }

    void quotaLimitComesFromTheWorkspace()
    {
        Fixture f(withPolicy({{"customImageQuotaPerRegion", 6}}));
        QCOMPARE(Rules::quota(f.ws(), kOwner, gz).limit, 6);
        QCOMPARE(Rules::quota(f.ws(), kOwner, gz).left(), 0);
        QCOMPARE(Rules::quota(f.ws(), kOwner, sh).left(), 5);
        Fixture g(withPolicy({{"customImageQuotaPerRegion", 4}}));
        QCOMPARE(Rules::quota(g.ws(), kOwner, gz).left(), 0); // over, never negative
    }

    void sharedImagesDoNotTakeTheRecipientsQuota()
    {
        // S7: kFriend sees two shared images in ap-guangzhou, yet with a quota of 1 it can still
        // make one image of its own there.
        Fixture f(withPolicy({{"customImageQuotaPerRegion", 1}}));
        CHECK(allowedWithout(Rules::checkCreateImage(
            f.ws(), kFriend, {u"ins-friend01"_s, u"friend-image"_s, {}, false, false})));
        CHECK(allowedWithout(
            Rules::checkSync(f.ws(), kFriend, {{u"img-shared01"_s}, {gz}, std::nullopt})));
        // Sharing one more image with kFriend changes nothing.
        QJsonObject root = withPolicy({{"customImageQuotaPerRegion", 1}});
        editImage(root, u"img-owner001"_s,
                  [](QJsonObject &o) { o.insert(u"Shares"_s, sharesWith({kFriend})); });
        Fixture g(root);
        QCOMPARE(Rules::quota(g.ws(), kFriend, gz).used, 0);
        // But the owner's quota counts the shared-out image.
        QCOMPARE(Rules::quota(g.ws(), kOwner, gz).used, 6);
        // With a quota of 0 the recipient's own copy is refused on its own (empty) quota.
        Fixture zero(withPolicy({{"customImageQuotaPerRegion", 0}}));
        CHECK(only(Rules::checkSync(zero.ws(), kFriend, {{u"img-shared01"_s}, {gz}, std::nullopt}),
                   u"C5"_s, u"ImageQuotaLimitExceeded"_s,
                   {{u"region"_s, gz}, {u"used"_s, 0}, {u"limit"_s, 0}}, QStringList{gz}));
    }

    void ownerUsesTheImagesItShares()
    {
        // S8: sharing takes nothing from the owner.
        Fixture f;
        for (const QString &id : {u"img-shared01"_s, u"img-full0050"_s}) {
            CHECK(allowedWithout(
                Rules::checkRunInstances(f.ws(), kOwner, {id, gz, u"ap-guangzhou-4"_s, 3, {}})));
            CHECK(allowedWithout(Rules::checkLaunchImage(f.ws(), kOwner, id)));
            CHECK(
                allowedWithout(Rules::checkResetInstance(f.ws(), kOwner, {u"ins-linux001"_s, id})));
        }
    }

    // =====================================================================================
    // M1-M3: name and description
    // =====================================================================================

    void modifyRefused_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QVariant>("name");        // invalid: not changed
        QTest::addColumn<QVariant>("description"); // invalid: not changed
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        const QVariant none;
        const QString own = u"img-owner001"_s;
        QTest::newRow("M1 recipient renames")
            << kFriend << u"img-shared01"_s << QVariant(u"x"_s) << none << u"M1"_s
            << u"UnsupportedOperation.SharedImageModifyUnsupported"_s
            << QVariantMap{{u"imageId"_s, u"img-shared01"_s}, {u"ownerId"_s, kOwner}};
        QTest::newRow("M1 recipient describes")
            << kFriend << u"img-trusted1"_s << none << QVariant(u"mine"_s) << u"M1"_s
            << u"UnsupportedOperation.SharedImageModifyUnsupported"_s
            << QVariantMap{{u"imageId"_s, u"img-trusted1"_s}, {u"ownerId"_s, kTrusted}};
        QTest::newRow("M1 owner renames while shared")
            << kOwner << u"img-shared01"_s << QVariant(u"x"_s) << none << u"M1"_s
            << u"InvalidImageId.InShared"_s
            << QVariantMap{{u"imageId"_s, u"img-shared01"_s}, {u"count"_s, 1}};
        QTest::newRow("M1 owner describes while shared with 50")
            << kOwner << u"img-full0050"_s << none << QVariant(u"d"_s) << u"M1"_s
            << u"InvalidImageId.InShared"_s << QVariantMap{{u"count"_s, 50}};
        QTest::newRow("M1 public")
            << kOwner << u"img-public01"_s << QVariant(u"x"_s) << none << u"M1"_s
            << u"InvalidParameterValue.InvalidImageId"_s << imageArg(u"img-public01"_s);
        QTest::newRow("V1 another's private image")
            << kFriend << own << QVariant(u"x"_s) << none << u"V1"_s << u"InvalidImageId.NotFound"_s
            << imageArg(own);
        QTest::newRow("M2 empty name")
            << kOwner << own << QVariant(QString()) << none << u"M2"_s << u"MissingParameter"_s
            << QVariantMap{{u"field"_s, u"ImageName"_s}};
        QTest::newRow("M2 blank name")
            << kOwner << own << QVariant(u"   "_s) << none << u"M2"_s << u"MissingParameter"_s
            << QVariantMap{{u"field"_s, u"ImageName"_s}};
        QTest::newRow("M2 name of 61")
            << kOwner << own << QVariant(QString(61, u'n')) << none << u"M2"_s
            << u"InvalidParameterValue.TooLarge"_s
            << QVariantMap{{u"field"_s, u"ImageName"_s}, {u"max"_s, 60}, {u"length"_s, 61}};
        QTest::newRow("M2 duplicate in the same owner and region")
            << kOwner << own << QVariant(u"name-img-byol0001"_s) << none << u"M2"_s
            << u"InvalidImageName.Duplicate"_s
            << QVariantMap{{u"name"_s, u"name-img-byol0001"_s},
                           {u"region"_s, gz},
                           {u"imageId"_s, u"img-byol0001"_s}};
        QTest::newRow("M2 duplicate of a CREATING image")
            << kOwner << own << QVariant(u"name-img-creating"_s) << none << u"M2"_s
            << u"InvalidImageName.Duplicate"_s << QVariantMap{{u"imageId"_s, u"img-creating"_s}};
        QTest::newRow("M2 description of 257")
            << kOwner << own << none << QVariant(QString(257, u'd')) << u"M2"_s
            << u"InvalidParameterValue.TooLarge"_s
            << QVariantMap{
                   {u"field"_s, u"ImageDescription"_s}, {u"max"_s, 256}, {u"length"_s, 257}};
        QTest::newRow("M3 CREATING")
            << kOwner << u"img-creating"_s << QVariant(u"x"_s) << none << u"M3"_s
            << u"InvalidImageId.IncorrectState"_s
            << QVariantMap{{u"imageId"_s, u"img-creating"_s}, {u"state"_s, u"CREATING"_s}};
    }
    void modifyRefused()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QVariant, name);
        QFETCH(QVariant, description);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        Fixture f;
        ModifyAttributeRequest r{image, std::nullopt, std::nullopt};
        if (name.isValid())
            r.imageName = name.toString();
        if (description.isValid())
            r.imageDescription = description.toString();
        CHECK(only(Rules::checkModifyAttribute(f.ws(), acting, r), rule, code, args));
    }

    void modifyAllowed_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QVariant>("name");
        QTest::addColumn<QVariant>("description");
        const QVariant none;
        const QString own = u"img-owner001"_s;
        QTest::newRow("name of exactly 60") << own << QVariant(QString(60, u'n')) << none;
        QTest::newRow("60 non-Latin characters")
            << own << QVariant(QString(60, QChar(0x955C))) << none; // 镜
        QTest::newRow("name unchanged") << own << QVariant(u"name-img-owner001"_s) << none;
        QTest::newRow("name used by the owner in another region")
            << own << QVariant(u"name-img-winsrv01"_s) << none;
        QTest::newRow("... and the other way round")
            << u"img-winsrv01"_s << QVariant(u"name-img-owner001"_s) << none;
        QTest::newRow("name used by another account in the region")
            << own << QVariant(u"name-img-strange1"_s) << none;
        QTest::newRow("description of exactly 256") << own << none << QVariant(QString(256, u'd'));
        QTest::newRow("empty description") << own << none << QVariant(QString());
        QTest::newRow("both") << u"img-byol0001"_s << QVariant(u"byol renamed"_s)
                              << QVariant(u"licence of our own"_s);
        QTest::newRow("encrypted image can be renamed")
            << u"img-encr0001"_s << QVariant(u"encrypted"_s) << none;
    }
    void modifyAllowed()
    {
        QFETCH(QString, image);
        QFETCH(QVariant, name);
        QFETCH(QVariant, description);
        Fixture f;
        ModifyAttributeRequest r{image, std::nullopt, std::nullopt};
        if (name.isValid())
            r.imageName = name.toString();
        if (description.isValid())
            r.imageDescription = description.toString();
        CHECK(allowedWithout(Rules::checkModifyAttribute(f.ws(), kOwner, r)));
        CHECK(allowedWithout(Rules::checkModifyImage(f.ws(), kOwner, image)));
    }

    void modifyAfterSharingIsCancelled()
    {
        // M1 blocks only while shared: with the share list empty the owner may rename again.
        QJsonObject root = baseJson();
        editImage(root, u"img-shared01"_s,
                  [](QJsonObject &o) { o.insert(u"Shares"_s, QJsonArray()); });
        Fixture f(root);
        CHECK(allowedWithout(Rules::checkModifyAttribute(
            f.ws(), kOwner, {u"img-shared01"_s, u"renamed"_s, std::nullopt})));
    }

    void modifyTransitionalStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("refused");
        QTest::newRow("SYNCING") << u"SYNCING"_s << true;
        QTest::newRow("IMPORTING") << u"IMPORTING"_s << true;
        QTest::newRow("CREATEFAILED") << u"CREATEFAILED"_s << false;
        QTest::newRow("IMPORTFAILED") << u"IMPORTFAILED"_s << false;
    }
    void modifyTransitionalStates()
    {
        QFETCH(QString, state);
        QFETCH(bool, refused);
        Fixture f(withImageState(u"img-owner001"_s, state));
        const Verdict v =
            Rules::checkModifyAttribute(f.ws(), kOwner, {u"img-owner001"_s, u"x"_s, std::nullopt});
        if (refused)
            CHECK(only(v, u"M3"_s, u"InvalidImageId.IncorrectState"_s, {{u"state"_s, state}},
                       QStringList{u"img-owner001"_s}));
        else
            CHECK(allowedWithout(v));
    }

    void lengthsCountCharacters()
    {
        // M2 limits are in characters. U+20000 (a CJK Extension B ideograph, as used in some
        // Chinese personal names) is one character, though two UTF-16 code units.
        const QString wide = QString::fromUcs4(U"\U00020000");
        auto times = [&](int n) {
            QString s;
            for (int i = 0; i < n; ++i)
                s += wide;
            return s;
        };
        Fixture f;
        const QString own = u"img-owner001"_s;
        CHECK(allowedWithout(
            Rules::checkModifyAttribute(f.ws(), kOwner, {own, times(60), times(256)})));
        CHECK(only(Rules::checkModifyAttribute(f.ws(), kOwner, {own, times(61), std::nullopt}),
                   u"M2"_s, u"InvalidParameterValue.TooLarge"_s,
                   {{u"field"_s, u"ImageName"_s}, {u"max"_s, 60}, {u"length"_s, 61}}));
        CHECK(only(Rules::checkModifyAttribute(f.ws(), kOwner, {own, std::nullopt, times(257)}),
                   u"M2"_s, u"InvalidParameterValue.TooLarge"_s,
                   {{u"field"_s, u"ImageDescription"_s}, {u"max"_s, 256}, {u"length"_s, 257}}));
    }

    void nameAndDescriptionLimitsFollowThePolicy()
    {
        Fixture f(withPolicy({{"imageNameMaxLength", 10}, {"imageDescriptionMaxLength", 5}}));
        const QString own = u"img-owner001"_s;
        CHECK(allowedWithout(Rules::checkModifyAttribute(
            f.ws(), kOwner, {own, QString(10, u'n'), QString(5, u'd')})));
        CHECK(only(
            Rules::checkModifyAttribute(f.ws(), kOwner, {own, QString(11, u'n'), std::nullopt}),
            u"M2"_s, u"InvalidParameterValue.TooLarge"_s,
            {{u"field"_s, u"ImageName"_s}, {u"max"_s, 10}, {u"length"_s, 11}}));
        CHECK(
            only(Rules::checkModifyAttribute(f.ws(), kOwner, {own, std::nullopt, QString(6, u'd')}),
                 u"M2"_s, u"InvalidParameterValue.TooLarge"_s,
                 {{u"field"_s, u"ImageDescription"_s}, {u"max"_s, 5}, {u"length"_s, 6}}));
        // Both at once: both listed.
        QCOMPARE(
            Rules::checkModifyAttribute(f.ws(), kOwner, {own, QString(11, u'n'), QString(6, u'd')})
                .violations.size(),
            2);
        // The same limits apply to new images.
        CHECK(only(Rules::checkCreateImage(
                       f.ws(), kOwner, {u"ins-linux001"_s, QString(11, u'n'), {}, false, false}),
                   u"M2"_s, u"InvalidParameterValue.TooLarge"_s,
                   {{u"max"_s, 10}, {u"length"_s, 11}}));
        // And larger limits allow what the defaults refuse.
        Fixture g(withPolicy({{"imageNameMaxLength", 128}, {"imageDescriptionMaxLength", 1024}}));
        CHECK(allowedWithout(Rules::checkModifyAttribute(
            g.ws(), kOwner, {own, QString(100, u'n'), QString(1000, u'd')})));
    }

    void checkName_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("except");
        QTest::addColumn<QString>("duplicateOf"); // empty: allowed
        QTest::newRow("owner's name in its region")
            << kOwner << gz << u"name-img-owner001"_s << QString() << u"img-owner001"_s;
        QTest::newRow("except that image")
            << kOwner << gz << u"name-img-owner001"_s << u"img-owner001"_s << QString();
        QTest::newRow("other region")
            << kOwner << sh << u"name-img-owner001"_s << QString() << QString();
        QTest::newRow("shanghai's own")
            << kOwner << sh << u"name-img-winsrv01"_s << QString() << u"img-winsrv01"_s;
        QTest::newRow("another owner's name")
            << kFriend << gz << u"name-img-shared01"_s << QString() << QString();
        QTest::newRow("case differs")
            << kOwner << gz << u"NAME-IMG-OWNER001"_s << QString() << QString();
    }
    void checkName()
    {
        QFETCH(QString, owner);
        QFETCH(QString, region);
        QFETCH(QString, name);
        QFETCH(QString, except);
        QFETCH(QString, duplicateOf);
        Fixture f;
        const Verdict v = Rules::checkName(f.ws(), owner, region, name, except);
        if (duplicateOf.isEmpty())
            CHECK(allowedWithout(v));
        else
            CHECK(only(v, u"M2"_s, u"InvalidImageName.Duplicate"_s,
                       {{u"name"_s, name}, {u"region"_s, region}, {u"imageId"_s, duplicateOf}},
                       QStringList{duplicateOf}));
    }

    // =====================================================================================
    // C1-C6: copying across regions
    // =====================================================================================

    void syncRefused_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        QTest::addColumn<QStringList>("items");
        const QString own = u"img-owner001"_s;
        auto ra = [&](const QString &region, const QString &image = u"img-owner001"_s,
                      const QString &reason = {}) {
            QVariantMap m{{u"region"_s, region}, {u"imageId"_s, image}};
            if (!reason.isEmpty())
                m.insert(u"reason"_s, reason);
            return m;
        };
        QTest::newRow("C1 public") << kOwner << u"img-public01"_s << QStringList{sh} << u"C1"_s
                                   << u"InvalidParameterValue.InvalidImageId"_s
                                   << imageArg(u"img-public01"_s) << QStringList{u"img-public01"_s};
        QTest::newRow("C1 market") << kOwner << u"img-market01"_s << QStringList{sh} << u"C1"_s
                                   << u"InvalidParameterValue.InvalidImageId"_s
                                   << imageArg(u"img-market01"_s) << QStringList{u"img-market01"_s};
        QTest::newRow("C2 recipient to another region")
            << kFriend << u"img-shared01"_s << QStringList{sh} << u"C2"_s
            << u"UnsupportedOperation.LocationImageNotSupported"_s << ra(sh, u"img-shared01"_s)
            << QStringList{sh};
        QTest::newRow("C2 owner-as-recipient to beijing")
            << kOwner << u"img-strange1"_s << QStringList{bj} << u"C2"_s
            << u"UnsupportedOperation.LocationImageNotSupported"_s << ra(bj, u"img-strange1"_s)
            << QStringList{bj};
        QTest::newRow("C3 unknown region")
            << kOwner << own << QStringList{nowhere} << u"C3"_s << u"InvalidRegion.NotFound"_s
            << ra(nowhere) << QStringList{nowhere};
        QTest::newRow("C3 unavailable")
            << kOwner << own << QStringList{moscow} << u"C3"_s << u"InvalidRegion.Unavailable"_s
            << ra(moscow, own, u"unavailable"_s) << QStringList{moscow};
        QTest::newRow("C3 no copy support")
            << kOwner << own << QStringList{chongqing} << u"C3"_s << u"InvalidRegion.Unavailable"_s
            << ra(chongqing, own, u"noCopy"_s) << QStringList{chongqing};
        QTest::newRow("C3 own image to its source region")
            << kOwner << own << QStringList{gz} << u"C3"_s
            << u"InvalidParameterValue.InvalidRegion"_s << ra(gz) << QStringList{gz};
        QTest::newRow("C3 no destination")
            << kOwner << own << QStringList{} << u"C3"_s << u"MissingParameter"_s
            << QVariantMap{{u"field"_s, u"DestinationRegions"_s}} << QStringList{};
        QTest::newRow("C3 one bad destination of three")
            << kOwner << own << QStringList{sh, moscow, bj} << u"C3"_s
            << u"InvalidRegion.Unavailable"_s << ra(moscow, own, u"unavailable"_s)
            << QStringList{moscow};
        QTest::newRow("C4 CREATING")
            << kOwner << u"img-creating"_s << QStringList{sh} << u"C4"_s
            << u"InvalidImageId.IncorrectState"_s
            << QVariantMap{{u"imageId"_s, u"img-creating"_s}, {u"state"_s, u"CREATING"_s}}
            << QStringList{u"img-creating"_s};
        QTest::newRow("V1 another's image")
            << kStranger << own << QStringList{sh} << u"V1"_s << u"InvalidImageId.NotFound"_s
            << imageArg(own) << QStringList{own};
    }
    void syncRefused()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QStringList, regions);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        QFETCH(QStringList, items);
        Fixture f;
        CHECK(only(Rules::checkSync(f.ws(), acting, {{image}, regions, std::nullopt}), rule, code,
                   args, items));
    }

    void syncAllowed_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<QString>("name");
        QTest::newRow("own image to shanghai")
            << kOwner << u"img-owner001"_s << QStringList{sh} << QString();
        QTest::newRow("own image to three regions")
            << kOwner << u"img-owner001"_s << QStringList{sh, bj, jk} << QString();
        QTest::newRow("same destination twice counts once")
            << kOwner << u"img-owner001"_s << QStringList{sh, sh} << QString();
        QTest::newRow("shared-out image can still be copied")
            << kOwner << u"img-full0050"_s << QStringList{bj} << QString();
        QTest::newRow("Windows image from shanghai to guangzhou")
            << kOwner << u"img-winsrv01"_s << QStringList{gz} << QString();
        QTest::newRow("with a new name")
            << kOwner << u"img-owner001"_s << QStringList{sh} << u"copy"_s;
        QTest::newRow("C2 exception: recipient into the source region")
            << kFriend << u"img-shared01"_s << QStringList{gz} << QString();
        QTest::newRow("C2 exception: owner-as-recipient")
            << kOwner << u"img-strange1"_s << QStringList{gz} << QString();
    }
    void syncAllowed()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QStringList, regions);
        QFETCH(QString, name);
        Fixture f;
        SyncRequest r{{image}, regions, std::nullopt};
        if (!name.isEmpty())
            r.imageName = name;
        CHECK(allowedWithout(Rules::checkSync(f.ws(), acting, r)));
        CHECK(allowedWithout(Rules::checkSyncImage(f.ws(), acting, image)));
    }

    void syncNeedsNormalState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("SYNCING") << u"SYNCING"_s;
        QTest::newRow("IMPORTING") << u"IMPORTING"_s;
        QTest::newRow("CREATEFAILED") << u"CREATEFAILED"_s;
        QTest::newRow("IMPORTFAILED") << u"IMPORTFAILED"_s;
    }
    void syncNeedsNormalState()
    {
        QFETCH(QString, state);
        Fixture f(withImageState(u"img-owner001"_s, state));
        CHECK(only(Rules::checkSync(f.ws(), kOwner, {{u"img-owner001"_s}, {sh}, std::nullopt}),
                   u"C4"_s, u"InvalidImageId.IncorrectState"_s,
                   {{u"imageId"_s, u"img-owner001"_s}, {u"state"_s, state}},
                   QStringList{u"img-owner001"_s}));
    }

    void syncListsEveryBadDestination()
    {
        Fixture f;
        const Verdict v = Rules::checkSync(
            f.ws(), kOwner,
            {{u"img-owner001"_s}, {sh, gz, moscow, nowhere, chongqing}, std::nullopt});
        QCOMPARE(sortedRules(v),
                 (QStringList{u"C3 InvalidParameterValue.InvalidRegion"_s,
                              u"C3 InvalidRegion.NotFound"_s, u"C3 InvalidRegion.Unavailable"_s,
                              u"C3 InvalidRegion.Unavailable"_s}));
        // The recipient: every other region is refused by C2.
        const Verdict r =
            Rules::checkSync(f.ws(), kFriend, {{u"img-shared01"_s}, {sh, bj, gz}, std::nullopt});
        QCOMPARE(sortedRules(r),
                 (QStringList{u"C2 UnsupportedOperation.LocationImageNotSupported"_s,
                              u"C2 UnsupportedOperation.LocationImageNotSupported"_s}));
    }

    void syncDestinationQuota()
    {
        // C5: kOwner has 1 image in ap-shanghai, none in ap-beijing; quota 1 per region.
        Fixture f(withPolicy({{"customImageQuotaPerRegion", 1}}));
        const QString own = u"img-owner001"_s;
        CHECK(only(Rules::checkSync(f.ws(), kOwner, {{own}, {sh}, std::nullopt}), u"C5"_s,
                   u"ImageQuotaLimitExceeded"_s,
                   {{u"region"_s, sh}, {u"used"_s, 1}, {u"limit"_s, 1}}, QStringList{sh}));
        CHECK(allowedWithout(Rules::checkSync(f.ws(), kOwner, {{own}, {bj}, std::nullopt})));
        // Several destinations, one full: refused, only the full one named.
        CHECK(only(Rules::checkSync(f.ws(), kOwner, {{own}, {bj, sh, jk}, std::nullopt}), u"C5"_s,
                   u"ImageQuotaLimitExceeded"_s, {{u"region"_s, sh}}, QStringList{sh}));
        // The source region being full does not matter for a copy elsewhere (guangzhou has 6).
        CHECK(allowedWithout(Rules::checkSync(f.ws(), kOwner, {{own}, {jk}, std::nullopt})));
        CHECK(only(Rules::checkSyncDestination(f.ws(), kOwner, img(f, own), sh), u"C5"_s,
                   u"ImageQuotaLimitExceeded"_s,
                   {{u"region"_s, sh}, {u"used"_s, 1}, {u"limit"_s, 1}}, QStringList{sh}));
    }

    void syncNameInTheDestination()
    {
        // C6 + M2: the copy keeps the source's name unless another is given; names are unique per
        // owner and region.
        QJsonObject root = baseJson();
        QJsonObject other = image(u"img-dupnam01"_s, kOwner, sh);
        other.insert(u"ImageName"_s, u"name-img-owner001"_s);
        putImage(root, other);
        Fixture f(root);
        const QString own = u"img-owner001"_s;
        CHECK(only(Rules::checkSync(f.ws(), kOwner, {{own}, {sh}, std::nullopt}), u"M2"_s,
                   u"InvalidImageName.Duplicate"_s,
                   {{u"name"_s, u"name-img-owner001"_s},
                    {u"region"_s, sh},
                    {u"imageId"_s, u"img-dupnam01"_s}},
                   QStringList{u"img-dupnam01"_s}));
        CHECK(allowedWithout(Rules::checkSync(f.ws(), kOwner, {{own}, {sh}, u"another name"_s})));
        CHECK(allowedWithout(Rules::checkSync(f.ws(), kOwner, {{own}, {bj}, std::nullopt})));
        // Several destinations, one with the name taken: refused.
        CHECK(only(Rules::checkSync(f.ws(), kOwner, {{own}, {bj, sh}, std::nullopt}), u"M2"_s,
                   u"InvalidImageName.Duplicate"_s, {{u"region"_s, sh}}));
        // A new name must itself be a valid name.
        CHECK(has(Rules::checkSync(f.ws(), kOwner, {{own}, {bj}, QString(61, u'n')}), u"M2"_s,
                  u"InvalidParameterValue.TooLarge"_s, {{u"max"_s, 60}, {u"length"_s, 61}}));
        CHECK(has(Rules::checkSync(f.ws(), kOwner, {{own}, {bj}, QString()}), u"M2"_s,
                  u"MissingParameter"_s));
        // The recipient's copy into the source region: its own names count, not the owner's.
        CHECK(allowedWithout(
            Rules::checkSync(f.ws(), kFriend, {{u"img-shared01"_s}, {gz}, u"name-img-owner001"_s})));
        QJsonObject root2 = baseJson();
        QJsonObject mine = image(u"img-frnd0001"_s, kFriend, gz);
        mine.insert(u"ImageName"_s, u"name-img-shared01"_s);
        putImage(root2, mine);
        Fixture g(root2);
        CHECK(only(Rules::checkSync(g.ws(), kFriend, {{u"img-shared01"_s}, {gz}, std::nullopt}),
                   u"M2"_s, u"InvalidImageName.Duplicate"_s,
                   {{u"region"_s, gz}, {u"imageId"_s, u"img-frnd0001"_s}}));
    }

    void syncDestination_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("rule"); // empty: allowed
        QTest::addColumn<QString>("code");
        QTest::newRow("own to shanghai")
            << kOwner << u"img-owner001"_s << sh << QString() << QString();
        QTest::newRow("own to jakarta")
            << kOwner << u"img-owner001"_s << jk << QString() << QString();
        QTest::newRow("own to its region") << kOwner << u"img-owner001"_s << gz << u"C3"_s
                                           << u"InvalidParameterValue.InvalidRegion"_s;
        QTest::newRow("moscow") << kOwner << u"img-owner001"_s << moscow << u"C3"_s
                                << u"InvalidRegion.Unavailable"_s;
        QTest::newRow("chongqing") << kOwner << u"img-owner001"_s << chongqing << u"C3"_s
                                   << u"InvalidRegion.Unavailable"_s;
        QTest::newRow("unknown") << kOwner << u"img-owner001"_s << nowhere << u"C3"_s
                                 << u"InvalidRegion.NotFound"_s;
        QTest::newRow("recipient, source region")
            << kFriend << u"img-shared01"_s << gz << QString() << QString();
        QTest::newRow("recipient, elsewhere")
            << kFriend << u"img-shared01"_s << jk << u"C2"_s
            << u"UnsupportedOperation.LocationImageNotSupported"_s;
    }
    void syncDestination()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, region);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        Fixture f;
        const Verdict v = Rules::checkSyncDestination(f.ws(), acting, img(f, image), region);
        if (rule.isEmpty())
            CHECK(allowedWithout(v));
        else
            CHECK(only(v, rule, code, {{u"region"_s, region}, {u"imageId"_s, image}},
                       QStringList{region}));
    }

    // =====================================================================================
    // D1-D5: deleting
    // =====================================================================================

    void deleteRefused_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        QTest::newRow("D1 public")
            << kOwner << u"img-public01"_s << u"D1"_s << u"InvalidParameterValue.InvalidImageId"_s
            << imageArg(u"img-public01"_s);
        QTest::newRow("D1 market")
            << kFriend << u"img-market01"_s << u"D1"_s << u"InvalidParameterValue.InvalidImageId"_s
            << imageArg(u"img-market01"_s);
        QTest::newRow("D1 shared with me")
            << kFriend << u"img-shared01"_s << u"D1"_s
            << u"InvalidParameterValue.InvalidImageIdIsShared"_s
            << QVariantMap{{u"imageId"_s, u"img-shared01"_s}, {u"ownerId"_s, kOwner}};
        QTest::newRow("D1 shared with the owner account by the stranger")
            << kOwner << u"img-strange1"_s << u"D1"_s
            << u"InvalidParameterValue.InvalidImageIdIsShared"_s
            << QVariantMap{{u"imageId"_s, u"img-strange1"_s}, {u"ownerId"_s, kStranger}};
        QTest::newRow("D2 shared with one")
            << kOwner << u"img-shared01"_s << u"D2"_s << u"InvalidImageId.InShared"_s
            << QVariantMap{{u"imageId"_s, u"img-shared01"_s}, {u"count"_s, 1}};
        QTest::newRow("D2 shared with fifty")
            << kOwner << u"img-full0050"_s << u"D2"_s << u"InvalidImageId.InShared"_s
            << QVariantMap{{u"imageId"_s, u"img-full0050"_s}, {u"count"_s, 50}};
        QTest::newRow("D3 CREATING")
            << kOwner << u"img-creating"_s << u"D3"_s << u"InvalidImageId.IncorrectState"_s
            << QVariantMap{{u"imageId"_s, u"img-creating"_s}, {u"state"_s, u"CREATING"_s}};
        QTest::newRow("V1 another's private image")
            << kStranger << u"img-owner001"_s << u"V1"_s << u"InvalidImageId.NotFound"_s
            << imageArg(u"img-owner001"_s);
        QTest::newRow("V1 malformed") << kOwner << u"img-1"_s << u"V1"_s
                                      << u"InvalidImageId.Malformed"_s << imageArg(u"img-1"_s);
    }
    void deleteRefused()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        Fixture f;
        CHECK(only(Rules::checkDelete(f.ws(), acting, {{image}, false}), rule, code, args,
                   QStringList{image}));
        CHECK(only(Rules::checkDeleteOne(f.ws(), acting, image), rule, code, args,
                   QStringList{image}));
    }

    void deleteStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("refused");
        QTest::newRow("CREATING") << u"CREATING"_s << true;
        QTest::newRow("SYNCING") << u"SYNCING"_s << true;
        QTest::newRow("IMPORTING") << u"IMPORTING"_s << true;
        QTest::newRow("NORMAL") << u"NORMAL"_s << false;
        QTest::newRow("CREATEFAILED") << u"CREATEFAILED"_s << false;
        QTest::newRow("IMPORTFAILED") << u"IMPORTFAILED"_s << false;
    }
    void deleteStates()
    {
        QFETCH(QString, state);
        QFETCH(bool, refused);
        Fixture f(withImageState(u"img-owner001"_s, state));
        const Verdict v = Rules::checkDelete(f.ws(), kOwner, {{u"img-owner001"_s}, true});
        if (refused)
            CHECK(only(v, u"D3"_s, u"InvalidImageId.IncorrectState"_s,
                       {{u"imageId"_s, u"img-owner001"_s}, {u"state"_s, state}},
                       QStringList{u"img-owner001"_s}));
        else
            CHECK(allowedWithout(v));
    }

    void deleteSharedAndTransitionalListsBoth()
    {
        QJsonObject root = withImageState(u"img-shared01"_s, u"SYNCING"_s);
        Fixture f(root);
        const Verdict v = Rules::checkDelete(f.ws(), kOwner, {{u"img-shared01"_s}, false});
        QCOMPARE(sortedRules(v), (QStringList{u"D2 InvalidImageId.InShared"_s,
                                              u"D3 InvalidImageId.IncorrectState"_s}));
    }

    void deleteSeveral()
    {
        Fixture f;
        // D5: all checked first; each refusal listed; the good one is not.
        const Verdict v =
            Rules::checkDelete(f.ws(), kOwner,
                               {{u"img-owner001"_s, u"img-full0050"_s, u"img-creating"_s,
                                 u"img-public01"_s, u"img-strange1"_s, u"img-shared01"_s},
                                false});
        QVERIFY(!v.allowed());
        QCOMPARE(v.violations.size(), 5);
        CHECK(has(v, u"D2"_s, u"InvalidImageId.InShared"_s,
                  {{u"imageId"_s, u"img-full0050"_s}, {u"count"_s, 50}}));
        CHECK(has(v, u"D2"_s, u"InvalidImageId.InShared"_s,
                  {{u"imageId"_s, u"img-shared01"_s}, {u"count"_s, 1}}));
        CHECK(has(v, u"D3"_s, u"InvalidImageId.IncorrectState"_s,
                  {{u"imageId"_s, u"img-creating"_s}}));
        CHECK(has(v, u"D1"_s, u"InvalidParameterValue.InvalidImageId"_s,
                  imageArg(u"img-public01"_s)));
        CHECK(has(v, u"D1"_s, u"InvalidParameterValue.InvalidImageIdIsShared"_s,
                  imageArg(u"img-strange1"_s)));
        for (const Violation &x : v.violations)
            QVERIFY2(!x.items.contains(u"img-owner001"_s), qPrintable(show(x)));
        // All good: allowed, with or without the snapshots.
        CHECK(allowedWithout(Rules::checkDelete(
            f.ws(), kOwner, {{u"img-owner001"_s, u"img-byol0001"_s, u"img-encr0001"_s}, false})));
        CHECK(allowedWithout(
            Rules::checkDelete(f.ws(), kOwner, {{u"img-owner001"_s, u"img-winsrv01"_s}, true})));
        // The same ID twice is one image, refused once.
        CHECK(only(
            Rules::checkDelete(f.ws(), kOwner, {{u"img-shared01"_s, u"img-shared01"_s}, false}),
            u"D2"_s, u"InvalidImageId.InShared"_s));
        // Nothing to delete.
        CHECK(only(Rules::checkDelete(f.ws(), kOwner, {{}, false}), u"D5"_s, u"MissingParameter"_s,
                   {{u"field"_s, u"ImageIds"_s}}));
    }

    void deleteAfterSharingIsCancelled()
    {
        QJsonObject root = baseJson();
        editImage(root, u"img-full0050"_s,
                  [](QJsonObject &o) { o.insert(u"Shares"_s, QJsonArray()); });
        Fixture f(root);
        CHECK(allowedWithout(Rules::checkDelete(f.ws(), kOwner, {{u"img-full0050"_s}, false})));
    }

    // =====================================================================================
    // I1, I2: custom images from instances
    // =====================================================================================

    void createRefused_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        const QString linux = u"ins-linux001"_s;
        QTest::newRow("I1 another account's instance")
            << kOwner << u"ins-friend01"_s << u"x"_s << QString() << u"I1"_s
            << u"InvalidInstanceId.NotFound"_s << QVariantMap{{u"instanceId"_s, u"ins-friend01"_s}};
        QTest::newRow("I1 the friend on the owner's instance")
            << kFriend << linux << u"x"_s << QString() << u"I1"_s << u"InvalidInstanceId.NotFound"_s
            << QVariantMap{{u"instanceId"_s, linux}};
        QTest::newRow("I1 unknown instance")
            << kOwner << u"ins-zzzzzzzz"_s << u"x"_s << QString() << u"I1"_s
            << u"InvalidInstanceId.NotFound"_s << QVariantMap{{u"instanceId"_s, u"ins-zzzzzzzz"_s}};
        QTest::newRow("I1 malformed")
            << kOwner << u"ins-1"_s << u"x"_s << QString() << u"I1"_s
            << u"InvalidInstanceId.Malformed"_s << QVariantMap{{u"instanceId"_s, u"ins-1"_s}};
        QTest::newRow("I1 an image ID") << kOwner << u"img-owner001"_s << u"x"_s << QString()
                                        << u"I1"_s << u"InvalidInstanceId.Malformed"_s
                                        << QVariantMap{{u"instanceId"_s, u"img-owner001"_s}};
        QTest::newRow("M2 empty name")
            << kOwner << linux << QString() << QString() << u"M2"_s << u"MissingParameter"_s
            << QVariantMap{{u"field"_s, u"ImageName"_s}};
        QTest::newRow("M2 name of 61")
            << kOwner << linux << QString(61, u'n') << QString() << u"M2"_s
            << u"InvalidParameterValue.TooLarge"_s
            << QVariantMap{{u"field"_s, u"ImageName"_s}, {u"max"_s, 60}, {u"length"_s, 61}};
        QTest::newRow("M2 duplicate in the instance's region")
            << kOwner << linux << u"name-img-owner001"_s << QString() << u"M2"_s
            << u"InvalidImageName.Duplicate"_s
            << QVariantMap{{u"region"_s, gz}, {u"imageId"_s, u"img-owner001"_s}};
        QTest::newRow("M2 duplicate in shanghai")
            << kOwner << u"ins-win00001"_s << u"name-img-winsrv01"_s << QString() << u"M2"_s
            << u"InvalidImageName.Duplicate"_s
            << QVariantMap{{u"region"_s, sh}, {u"imageId"_s, u"img-winsrv01"_s}};
        QTest::newRow("M2 description of 257")
            << kOwner << linux << u"x"_s << QString(257, u'd') << u"M2"_s
            << u"InvalidParameterValue.TooLarge"_s
            << QVariantMap{
                   {u"field"_s, u"ImageDescription"_s}, {u"max"_s, 256}, {u"length"_s, 257}};
    }
    void createRefused()
    {
        QFETCH(QString, acting);
        QFETCH(QString, instance);
        QFETCH(QString, name);
        QFETCH(QString, description);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        Fixture f;
        CHECK(only(
            Rules::checkCreateImage(f.ws(), acting, {instance, name, description, false, false}),
            rule, code, args));
    }

    void createAllowed_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("name");
        QTest::newRow("Linux instance") << kOwner << u"ins-linux001"_s << u"new-image"_s;
        QTest::newRow("name of exactly 60") << kOwner << u"ins-linux001"_s << QString(60, u'n');
        QTest::newRow("name used in another region")
            << kOwner << u"ins-linux001"_s << u"name-img-winsrv01"_s;
        QTest::newRow("Windows, every check passes") << kOwner << u"ins-win00001"_s << u"win-new"_s;
        QTest::newRow("the friend's own instance")
            << kFriend << u"ins-friend01"_s << u"name-img-owner001"_s;
    }
    void createAllowed()
    {
        QFETCH(QString, acting);
        QFETCH(QString, instance);
        QFETCH(QString, name);
        Fixture f;
        CHECK(allowedWithout(Rules::checkCreateImage(
            f.ws(), acting, {instance, name, QString(256, u'd'), false, false})));
    }

    void createQuota()
    {
        Fixture f(withPolicy({{"customImageQuotaPerRegion", 6}}));
        CHECK(only(Rules::checkCreateImage(f.ws(), kOwner,
                                           {u"ins-linux001"_s, u"new"_s, {}, false, false}),
                   u"I1"_s, u"ImageQuotaLimitExceeded"_s,
                   {{u"region"_s, gz}, {u"used"_s, 6}, {u"limit"_s, 6}}, QStringList{gz}));
        // In the instance's region only: ap-shanghai has 1 of 6.
        CHECK(allowedWithout(Rules::checkCreateImage(
            f.ws(), kOwner, {u"ins-win00001"_s, u"new"_s, {}, false, false})));
        Fixture g(withPolicy({{"customImageQuotaPerRegion", 7}}));
        CHECK(allowedWithout(Rules::checkCreateImage(
            g.ws(), kOwner, {u"ins-linux001"_s, u"new"_s, {}, false, false})));
    }

    void windowsChecks_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QStringList>("failing");  // set in the JSON
        QTest::addColumn<QStringList>("expected"); // keys the I2 confirmation lists; empty: none
        const QStringList all{u"AgentServices"_s, u"ModulesInstaller"_s, u"SecuritySoftware"_s,
                              u"SystemPopups"_s};
        QTest::newRow("all pass") << u"ins-win00001"_s << QStringList{} << QStringList{};
        QTest::newRow("agent services") << u"ins-win00001"_s << QStringList{u"AgentServices"_s}
                                        << QStringList{u"AgentServices"_s};
        QTest::newRow("modules installer")
            << u"ins-win00001"_s << QStringList{u"ModulesInstaller"_s}
            << QStringList{u"ModulesInstaller"_s};
        QTest::newRow("security software and pop-ups")
            << u"ins-win00001"_s << QStringList{u"SecuritySoftware"_s, u"SystemPopups"_s}
            << QStringList{u"SecuritySoftware"_s, u"SystemPopups"_s};
        QTest::newRow("all four fail") << u"ins-win00001"_s << all << all;
        QTest::newRow("a Linux instance has no Windows checks")
            << u"ins-linux001"_s << all << QStringList{};
    }
    void windowsChecks()
    {
        QFETCH(QString, instance);
        QFETCH(QStringList, failing);
        QFETCH(QStringList, expected);
        QJsonObject root = baseJson();
        editInstance(root, instance, [&](QJsonObject &o) {
            QJsonObject checks;
            for (const char *k :
                 {"AgentServices", "ModulesInstaller", "SecuritySoftware", "SystemPopups"})
                checks.insert(QLatin1String(k), !failing.contains(QLatin1String(k)));
            o.insert(u"WindowsChecks"_s, checks);
        });
        Fixture f(root);
        const Verdict v =
            Rules::checkCreateImage(f.ws(), kOwner, {instance, u"checked"_s, {}, false, true});
        if (expected.isEmpty())
            CHECK(allowedWithout(v));
        else // I2: the operator may go ahead, but only after seeing the failing checks.
            CHECK(allowedConfirming(
                v, u"I2"_s, {{u"instanceId"_s, instance}, {u"checks"_s, expected}}, {instance}));
    }

    void windowsFixtureInstanceNeedsConfirmation()
    {
        Fixture f;
        const Verdict v = Rules::checkCreateImage(
            f.ws(), kOwner, {u"ins-winbad01"_s, u"win-new"_s, {}, false, true});
        CHECK(allowedConfirming(v, u"I2"_s,
                                {{u"instanceId"_s, u"ins-winbad01"_s},
                                 {u"checks"_s, QStringList{u"ModulesInstaller"_s}}},
                                {u"ins-winbad01"_s}));
        const QString text = RuleText::confirmation(v.confirmations.first());
        QVERIFY2(text.contains(u"ins-winbad01"_s) && text.contains(u"Windows Modules Installer"_s),
                 qPrintable(text));
        QVERIFY2(!text.contains(u"Safedog"_s), qPrintable(text)); // only the failing check
    }

    // =====================================================================================
    // P1-P3: importing image files
    // =====================================================================================

    void importAllowed_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QStringList>("changes");
        QTest::newRow("QCOW2 from a bucket in the region") << kOwner << QStringList{};
        QTest::newRow("RAW") << kOwner << QStringList{u"format=RAW"_s};
        QTest::newRow("VHD") << kOwner << QStringList{u"format=VHD"_s};
        QTest::newRow("VMDK") << kOwner << QStringList{u"format=VMDK"_s};
        QTest::newRow("format in lower case") << kOwner << QStringList{u"format=qcow2"_s};
        QTest::newRow("ISO forced") << kOwner << QStringList{u"format=ISO"_s, u"force=true"_s};
        QTest::newRow("file of exactly 50 GiB")
            << kOwner << QStringList{u"fileSize=%1"_s.arg(50 * kGiB)};
        QTest::newRow("disk of exactly 500 GiB")
            << kOwner << QStringList{u"virtualSize=%1"_s.arg(500 * kGiB)};
        QTest::newRow("not a COS address: nothing to compare")
            << kOwner << QStringList{u"url=http://127.0.0.1:8080/centos.qcow2"_s};
        QTest::newRow("jakarta with a jakarta bucket")
            << kOwner << QStringList{u"region=ap-jakarta"_s, u"url="_s + cosUrl(jk)};
        QTest::newRow("Windows with MBR")
            << kOwner << QStringList{u"osType=Windows Server 2019"_s, u"osVersion=-"_s};
        QTest::newRow("Linux with GPT") << kOwner << QStringList{u"partition=GPT"_s};
        QTest::newRow("Ubuntu arm_64")
            << kOwner << QStringList{u"osType=Ubuntu"_s, u"osVersion=22"_s, u"arch=arm_64"_s};
        QTest::newRow("name used in another region")
            << kOwner << QStringList{u"name=name-img-winsrv01"_s};
        QTest::newRow("name of exactly 60, description of 256")
            << kOwner << QStringList{u"nameLen=60"_s, u"descLen=256"_s};
        QTest::newRow("another account with permission")
            << kTrusted << QStringList{u"name=name-img-owner001"_s};
    }
    void importAllowed()
    {
        QFETCH(QString, acting);
        QFETCH(QStringList, changes);
        Fixture f;
        CHECK(allowedWithout(Rules::checkImport(f.ws(), acting, importWith(changes))));
    }

    void importRefused_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        const QString plainUrl = u"url=http://127.0.0.1:8080/x.qcow2"_s;
        QTest::newRow("P1 no permission")
            << kFriend << QStringList{} << u"P1"_s << u"UnauthorizedOperation.PermissionDenied"_s
            << QVariantMap{{u"accountId"_s, kFriend}};
        QTest::newRow("P1 stranger")
            << kStranger << QStringList{} << u"P1"_s << u"UnauthorizedOperation.PermissionDenied"_s
            << QVariantMap{{u"accountId"_s, kStranger}};
        QTest::newRow("P2 unknown region")
            << kOwner << QStringList{u"region=xx-nowhere"_s, plainUrl} << u"P2"_s
            << u"InvalidRegion.NotFound"_s << QVariantMap{{u"region"_s, nowhere}};
        QTest::newRow("P2 region without import")
            << kOwner << QStringList{u"region=ap-chongqing"_s, plainUrl} << u"P2"_s
            << u"RegionAbilityLimit.UnsupportedToImportImage"_s
            << QVariantMap{{u"region"_s, chongqing}};
        QTest::newRow("P2 unavailable region")
            << kOwner << QStringList{u"region=eu-moscow"_s, u"url="_s + cosUrl(moscow)} << u"P2"_s
            << u"RegionAbilityLimit.UnsupportedToImportImage"_s
            << QVariantMap{{u"region"_s, moscow}};
        QTest::newRow("P2 format VDI")
            << kOwner << QStringList{u"format=VDI"_s} << u"P2"_s << u"InvalidFormatSize"_s
            << QVariantMap{{u"reason"_s, u"format"_s}, {u"format"_s, u"VDI"_s}};
        QTest::newRow("P2 format unknown")
            << kOwner << QStringList{u"format="_s} << u"P2"_s << u"InvalidFormatSize"_s
            << QVariantMap{{u"reason"_s, u"format"_s}};
        QTest::newRow("P2 ISO without force") << kOwner << QStringList{u"format=ISO"_s} << u"P2"_s
                                              << u"InvalidParameterValue.ISOMustImportByForce"_s
                                              << QVariantMap{{u"format"_s, u"ISO"_s}};
        QTest::newRow("P2 file one byte over 50 GiB")
            << kOwner << QStringList{u"fileSize=%1"_s.arg(50 * kGiB + 1)} << u"P2"_s
            << u"InvalidFormatSize"_s
            << QVariantMap{
                   {u"reason"_s, u"fileSize"_s}, {u"maxGiB"_s, 50}, {u"size"_s, 50 * kGiB + 1}};
        QTest::newRow("P2 disk one byte over 500 GiB")
            << kOwner << QStringList{u"virtualSize=%1"_s.arg(500 * kGiB + 1)} << u"P2"_s
            << u"InvalidFormatSize"_s
            << QVariantMap{{u"reason"_s, u"virtualSize"_s}, {u"maxGiB"_s, 500}};
        QTest::newRow("P2 bucket in shanghai, import into guangzhou")
            << kOwner << QStringList{u"url="_s + cosUrl(sh)} << u"P2"_s
            << u"InvalidParameter.InvalidParameterUrlError"_s
            << QVariantMap{{u"reason"_s, u"bucketRegion"_s},
                           {u"bucketRegion"_s, sh},
                           {u"region"_s, gz},
                           {u"url"_s, cosUrl(sh)}};
        QTest::newRow("P2 bucket region in capitals")
            << kOwner
            << QStringList{u"url=HTTPS://IMAGES-1250000001.COS.AP-BEIJING.MYQCLOUD.COM/A.QCOW2"_s}
            << u"P2"_s << u"InvalidParameter.InvalidParameterUrlError"_s
            << QVariantMap{{u"bucketRegion"_s, bj}};
        QTest::newRow("P2 ftp") << kOwner << QStringList{u"url=ftp://example.invalid/x.qcow2"_s}
                                << u"P2"_s << u"InvalidParameter.InvalidParameterUrlError"_s
                                << QVariantMap{{u"reason"_s, u"scheme"_s}};
        QTest::newRow("P2 no URL")
            << kOwner << QStringList{u"url="_s} << u"P2"_s << u"MissingParameter"_s
            << QVariantMap{{u"field"_s, u"ImageUrl"_s}};
        QTest::newRow("P2 GPT with Windows")
            << kOwner
            << QStringList{u"osType=Windows Server 2022"_s, u"osVersion=-"_s, u"partition=GPT"_s}
            << u"P2"_s << u"UnsupportedOperation"_s
            << QVariantMap{{u"reason"_s, u"gptWindows"_s}, {u"osType"_s, u"Windows Server 2022"_s}};
        QTest::newRow("P3 OS type")
            << kOwner << QStringList{u"osType=BeOS"_s} << u"P3"_s
            << u"InvalidImageOsType.Unsupported"_s << QVariantMap{{u"osType"_s, u"BeOS"_s}};
        QTest::newRow("P3 OS version")
            << kOwner << QStringList{u"osVersion=4"_s} << u"P3"_s
            << u"InvalidImageOsVersion.Unsupported"_s
            << QVariantMap{{u"osType"_s, u"CentOS"_s},
                           {u"osVersion"_s, u"4"_s},
                           {u"supported"_s, QStringList{u"6"_s, u"7"_s, u"8"_s}}};
        QTest::newRow("P3 Windows with a version")
            << kOwner << QStringList{u"osType=Windows Server 2019"_s, u"osVersion=2019"_s}
            << u"P3"_s << u"InvalidImageOsVersion.Unsupported"_s
            << QVariantMap{{u"osVersion"_s, u"2019"_s}};
        QTest::newRow("P3 architecture")
            << kOwner << QStringList{u"arch=arm_64"_s} << u"P3"_s << u"InvalidParameterValue"_s
            << QVariantMap{{u"field"_s, u"Architecture"_s}, {u"architecture"_s, u"arm_64"_s}};
        QTest::newRow("M2 duplicate name")
            << kOwner << QStringList{u"name=name-img-owner001"_s} << u"M2"_s
            << u"InvalidImageName.Duplicate"_s
            << QVariantMap{{u"region"_s, gz}, {u"imageId"_s, u"img-owner001"_s}};
        QTest::newRow("M2 empty name")
            << kOwner << QStringList{u"name="_s} << u"M2"_s << u"MissingParameter"_s
            << QVariantMap{{u"field"_s, u"ImageName"_s}};
        QTest::newRow("M2 name of 61") << kOwner << QStringList{u"nameLen=61"_s} << u"M2"_s
                                       << u"InvalidParameterValue.TooLarge"_s
                                       << QVariantMap{{u"max"_s, 60}, {u"length"_s, 61}};
        QTest::newRow("M2 description of 257")
            << kOwner << QStringList{u"descLen=257"_s} << u"M2"_s
            << u"InvalidParameterValue.TooLarge"_s
            << QVariantMap{{u"field"_s, u"ImageDescription"_s}, {u"length"_s, 257}};
    }
    void importRefused()
    {
        QFETCH(QString, acting);
        QFETCH(QStringList, changes);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        Fixture f;
        CHECK(only(Rules::checkImport(f.ws(), acting, importWith(changes)), rule, code, args));
    }

    void importQuota()
    {
        Fixture f(withPolicy({{"customImageQuotaPerRegion", 6}}));
        CHECK(only(Rules::checkImport(f.ws(), kOwner, goodImport()), u"P3"_s,
                   u"ImageQuotaLimitExceeded"_s,
                   {{u"region"_s, gz}, {u"used"_s, 6}, {u"limit"_s, 6}}, QStringList{gz}));
        CHECK(allowedWithout(Rules::checkImport(
            f.ws(), kOwner, importWith({u"region=ap-shanghai"_s, u"url="_s + cosUrl(sh)}))));
    }

    void importSizeLimitsFollowThePolicy()
    {
        Fixture f(withPolicy({{"importMaxFileSizeGiB", 1}, {"importMaxVirtualSizeGiB", 10}}));
        const Verdict v =
            Rules::checkImport(f.ws(), kOwner, goodImport()); // 2 GiB file, 40 GiB disk
        QCOMPARE(v.violations.size(), 2);
        CHECK(has(v, u"P2"_s, u"InvalidFormatSize"_s,
                  {{u"reason"_s, u"fileSize"_s}, {u"maxGiB"_s, 1}}));
        CHECK(has(v, u"P2"_s, u"InvalidFormatSize"_s,
                  {{u"reason"_s, u"virtualSize"_s}, {u"maxGiB"_s, 10}}));
        Fixture g(withPolicy({{"importMaxFileSizeGiB", 100}, {"importMaxVirtualSizeGiB", 1000}}));
        CHECK(allowedWithout(Rules::checkImport(
            g.ws(), kOwner,
            importWith({u"fileSize=%1"_s.arg(80 * kGiB), u"virtualSize=%1"_s.arg(800 * kGiB)}))));
    }

    void importListsEveryProblem()
    {
        Fixture f;
        const Verdict v = Rules::checkImport(
            f.ws(), kFriend,
            importWith({u"format=VDI"_s, u"osType=BeOS"_s, u"url="_s + cosUrl(bj)}));
        QCOMPARE(sortedRules(v), (QStringList{u"P1 UnauthorizedOperation.PermissionDenied"_s,
                                              u"P2 InvalidFormatSize"_s,
                                              u"P2 InvalidParameter.InvalidParameterUrlError"_s,
                                              u"P3 InvalidImageOsType.Unsupported"_s}));
    }

    void importPermission_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("mayImport");
        QTest::addColumn<QString>("applyCode"); // empty: may apply
        QTest::newRow("owner has it") << kOwner << true << u"FailedOperation"_s;
        QTest::newRow("trusted has it") << kTrusted << true << u"FailedOperation"_s;
        QTest::newRow("friend may apply") << kFriend << false << QString();
        QTest::newRow("stranger may apply") << kStranger << false << QString();
        QTest::newRow("unknown account")
            << unknownAccount << false << u"InvalidAccountId.NotFound"_s;
    }
    void importPermission()
    {
        QFETCH(QString, account);
        QFETCH(bool, mayImport);
        QFETCH(QString, applyCode);
        Fixture f;
        const Verdict has = Rules::checkImportPermission(f.ws(), account);
        if (mayImport)
            CHECK(allowedWithout(has));
        else
            CHECK(only(has, u"P1"_s, u"UnauthorizedOperation.PermissionDenied"_s,
                       {{u"accountId"_s, account}}, QStringList{account}));
        const Verdict apply = Rules::checkApplyImportPermission(f.ws(), account);
        if (applyCode.isEmpty()) {
            CHECK(allowedWithout(apply));
        } else {
            QVariantMap args{{u"accountId"_s, account}};
            if (applyCode == u"FailedOperation")
                args.insert(u"reason"_s, u"alreadyGranted"_s);
            CHECK(only(apply, u"P1"_s, applyCode, args, QStringList{account}));
        }
    }

    void importPermissionFromTheWorkspace()
    {
        QJsonObject root = baseJson();
        editAccount(root, kFriend, [](QJsonObject &o) { o.insert(u"CanImportImages"_s, true); });
        editAccount(root, kOwner, [](QJsonObject &o) { o.insert(u"CanImportImages"_s, false); });
        Fixture f(root);
        CHECK(allowedWithout(Rules::checkImport(f.ws(), kFriend, goodImport())));
        CHECK(only(Rules::checkImport(f.ws(), kOwner, goodImport()), u"P1"_s,
                   u"UnauthorizedOperation.PermissionDenied"_s));
    }

    void cosRegionOf_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("region");
        QTest::newRow("guangzhou bucket")
            << u"https://images-1250000001.cos.ap-guangzhou.myqcloud.com/a.qcow2"_s << gz;
        QTest::newRow("jakarta, http")
            << u"http://b-1250000001.cos.ap-jakarta.myqcloud.com/dir/a.raw"_s << jk;
        QTest::newRow("three-part region")
            << u"http://b-1.cos.na-siliconvalley.myqcloud.com/a"_s << u"na-siliconvalley"_s;
        QTest::newRow("hyphenated bucket name")
            << u"https://my-big-bucket-1300000000.cos.eu-frankfurt.myqcloud.com/x"_s
            << u"eu-frankfurt"_s;
        QTest::newRow("upper case host")
            << u"HTTPS://B-1250000001.COS.AP-SHANGHAI.MYQCLOUD.COM/X"_s << sh;
        QTest::newRow("with a port") << u"https://b-125.cos.ap-beijing.myqcloud.com:443/x"_s << bj;
        QTest::newRow("loopback") << u"http://127.0.0.1:8000/a.qcow2"_s << QString();
        QTest::newRow("COS host only in the path")
            << u"https://example.com/b-1.cos.ap-beijing.myqcloud.com"_s << QString();
        QTest::newRow("bucket without app ID")
            << u"https://bucket.cos.ap-beijing.myqcloud.com/a"_s << QString();
        QTest::newRow("another domain")
            << u"https://b-1.cos.ap-beijing.example.com/a"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void cosRegionOf()
    {
        QFETCH(QString, url);
        QFETCH(QString, region);
        QCOMPARE(Rules::cosRegionOf(url), region);
    }

    // =====================================================================================
    // N1-N4: instances
    // =====================================================================================

    void runRefused_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        const QString own = u"img-owner001"_s;
        QTest::newRow("N1 own image in another region")
            << kOwner << own << sh << QString() << 1 << u"N1"_s << u"InvalidImageId.NotFound"_s
            << QVariantMap{{u"imageId"_s, own}, {u"region"_s, sh}, {u"imageRegion"_s, gz}};
        QTest::newRow("N1 shared image outside its source region")
            << kFriend << u"img-shared01"_s << bj << QString() << 1 << u"N1"_s
            << u"InvalidImageId.NotFound"_s
            << QVariantMap{
                   {u"imageId"_s, u"img-shared01"_s}, {u"region"_s, bj}, {u"imageRegion"_s, gz}};
        QTest::newRow("N1 Windows image in guangzhou")
            << kOwner << u"img-winsrv01"_s << gz << QString() << 1 << u"N1"_s
            << u"InvalidImageId.NotFound"_s
            << QVariantMap{{u"imageRegion"_s, sh}, {u"region"_s, gz}};
        QTest::newRow("N1 public image elsewhere")
            << kOwner << u"img-public01"_s << jk << QString() << 1 << u"N1"_s
            << u"InvalidImageId.NotFound"_s << QVariantMap{{u"region"_s, jk}};
        QTest::newRow("N1 unknown region")
            << kOwner << own << nowhere << QString() << 1 << u"N1"_s << u"InvalidRegion.NotFound"_s
            << QVariantMap{{u"region"_s, nowhere}};
        QTest::newRow("N1 zone of another region")
            << kOwner << own << gz << u"ap-shanghai-2"_s << 1 << u"N1"_s
            << u"InvalidZone.MismatchRegion"_s
            << QVariantMap{{u"zone"_s, u"ap-shanghai-2"_s}, {u"region"_s, gz}};
        QTest::newRow("N1 unknown zone")
            << kOwner << own << gz << u"ap-guangzhou-9"_s << 1 << u"N1"_s
            << u"InvalidZone.MismatchRegion"_s << QVariantMap{{u"zone"_s, u"ap-guangzhou-9"_s}};
        QTest::newRow("count 0") << kOwner << own << gz << QString() << 0 << u"N1"_s
                                 << u"InvalidParameterValue.LimitExceeded"_s
                                 << QVariantMap{{u"field"_s, u"InstanceCount"_s},
                                                {u"count"_s, 0},
                                                {u"max"_s, 100}};
        QTest::newRow("count 101") << kOwner << own << gz << QString() << 101 << u"N1"_s
                                   << u"InvalidParameterValue.LimitExceeded"_s
                                   << QVariantMap{{u"count"_s, 101}, {u"max"_s, 100}};
        QTest::newRow("count -1") << kOwner << own << gz << QString() << -1 << u"N1"_s
                                  << u"InvalidParameterValue.LimitExceeded"_s
                                  << QVariantMap{{u"count"_s, -1}};
        QTest::newRow("N3 CREATING")
            << kOwner << u"img-creating"_s << gz << QString() << 1 << u"N3"_s
            << u"InvalidParameterValue.InvalidImageState"_s
            << QVariantMap{{u"imageId"_s, u"img-creating"_s}, {u"state"_s, u"CREATING"_s}};
        QTest::newRow("V1 another's private image")
            << kFriend << own << gz << QString() << 1 << u"V1"_s << u"InvalidImageId.NotFound"_s
            << imageArg(own);
        QTest::newRow("V1 malformed") << kOwner << u"centos"_s << gz << QString() << 1 << u"V1"_s
                                      << u"InvalidImageId.Malformed"_s << imageArg(u"centos"_s);
    }
    void runRefused()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, region);
        QFETCH(QString, zone);
        QFETCH(int, count);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        Fixture f;
        CHECK(only(Rules::checkRunInstances(f.ws(), acting, {image, region, zone, count, u"vm"_s}),
                   rule, code, args));
    }

    void runNeedsNormalState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("SYNCING") << u"SYNCING"_s;
        QTest::newRow("IMPORTING") << u"IMPORTING"_s;
        QTest::newRow("CREATEFAILED") << u"CREATEFAILED"_s;
        QTest::newRow("IMPORTFAILED") << u"IMPORTFAILED"_s;
    }
    void runNeedsNormalState()
    {
        QFETCH(QString, state);
        Fixture f(withImageState(u"img-owner001"_s, state));
        const QVariantMap args{{u"imageId"_s, u"img-owner001"_s}, {u"state"_s, state}};
        CHECK(only(Rules::checkRunInstances(f.ws(), kOwner, {u"img-owner001"_s, gz, {}, 1, {}}),
                   u"N3"_s, u"InvalidParameterValue.InvalidImageState"_s, args,
                   QStringList{u"img-owner001"_s}));
        CHECK(only(Rules::checkLaunchImage(f.ws(), kOwner, u"img-owner001"_s), u"N3"_s,
                   u"InvalidParameterValue.InvalidImageState"_s, args));
        CHECK(
            only(Rules::checkResetInstance(f.ws(), kOwner, {u"ins-linux001"_s, u"img-owner001"_s}),
                 u"N3"_s, u"InvalidParameterValue.InvalidImageState"_s, args));
    }

    void runAllowed_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>(
            "confirmOwner"); // N4 confirmation expected naming this sharer; empty: none
        const QString own = u"img-owner001"_s;
        QTest::newRow("own image, one instance")
            << kOwner << own << gz << u"ap-guangzhou-3"_s << 1 << QString();
        QTest::newRow("own image, 100 instances")
            << kOwner << own << gz << u"ap-guangzhou-6"_s << 100 << QString();
        QTest::newRow("no zone given") << kOwner << own << gz << QString() << 2 << QString();
        QTest::newRow("public image")
            << kStranger << u"img-public01"_s << gz << QString() << 1 << QString();
        QTest::newRow("market image")
            << kFriend << u"img-market01"_s << gz << QString() << 1 << QString();
        QTest::newRow("Windows image in shanghai")
            << kOwner << u"img-winsrv01"_s << sh << u"ap-shanghai-2"_s << 1 << QString();
        QTest::newRow("S8 owner, image shared with 50")
            << kOwner << u"img-full0050"_s << gz << QString() << 1 << QString();
        QTest::newRow("N4 shared by a trusted account")
            << kFriend << u"img-shared01"_s << gz << QString() << 1 << QString();
        QTest::newRow("N4 shared by an untrusted account")
            << kOwner << u"img-strange1"_s << gz << QString() << 1 << kStranger;
        QTest::newRow("N4 friend does not trust Trusted")
            << kFriend << u"img-trusted1"_s << gz << QString() << 1 << kTrusted;
        QTest::newRow("N4 recipient of full0050, trusts nobody")
            << extra(10) << u"img-full0050"_s << gz << QString() << 1 << kOwner;
    }
    void runAllowed()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, region);
        QFETCH(QString, zone);
        QFETCH(int, count);
        QFETCH(QString, confirmOwner);
        Fixture f;
        const Verdict v =
            Rules::checkRunInstances(f.ws(), acting, {image, region, zone, count, u"vm"_s});
        if (confirmOwner.isEmpty())
            CHECK(allowedWithout(v));
        else
            CHECK(allowedConfirming(
                v, u"N4"_s, {{u"imageId"_s, image}, {u"ownerId"_s, confirmOwner}}, {image}));
    }

    void trustComesFromTheWorkspace()
    {
        QJsonObject root = baseJson();
        editAccount(root, kOwner, [](QJsonObject &o) {
            o.insert(u"TrustedAccountIds"_s, QJsonArray{kTrusted, kStranger});
        });
        editAccount(root, kFriend,
                    [](QJsonObject &o) { o.insert(u"TrustedAccountIds"_s, QJsonArray()); });
        Fixture f(root);
        CHECK(allowedWithout(
            Rules::checkRunInstances(f.ws(), kOwner, {u"img-strange1"_s, gz, {}, 1, {}})));
        CHECK(allowedConfirming(
            Rules::checkRunInstances(f.ws(), kFriend, {u"img-shared01"_s, gz, {}, 1, {}}), u"N4"_s,
            {{u"ownerId"_s, kOwner}}, {u"img-shared01"_s}));
    }

    void refusalHidesTheTrustWarning()
    {
        // An untrusted shared image used where it is refused: refused, no N4 to acknowledge.
        Fixture f;
        const Verdict v =
            Rules::checkRunInstances(f.ws(), kOwner, {u"img-strange1"_s, sh, {}, 1, {}});
        CHECK(only(v, u"N1"_s, u"InvalidImageId.NotFound"_s, {{u"imageRegion"_s, gz}}));
    }

    void resetRefused_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        QTest::newRow("N2 another account's instance")
            << kOwner << u"ins-friend01"_s << u"img-public01"_s << u"N2"_s
            << u"InvalidInstanceId.NotFound"_s << QVariantMap{{u"instanceId"_s, u"ins-friend01"_s}};
        QTest::newRow("N2 friend on the owner's instance")
            << kFriend << u"ins-linux001"_s << u"img-public01"_s << u"N2"_s
            << u"InvalidInstanceId.NotFound"_s << QVariantMap{{u"instanceId"_s, u"ins-linux001"_s}};
        QTest::newRow("N2 unknown instance")
            << kOwner << u"ins-zzzzzzzz"_s << u"img-public01"_s << u"N2"_s
            << u"InvalidInstanceId.NotFound"_s << QVariantMap{{u"instanceId"_s, u"ins-zzzzzzzz"_s}};
        QTest::newRow("N2 malformed instance")
            << kOwner << u"linux001"_s << u"img-public01"_s << u"N2"_s
            << u"InvalidInstanceId.Malformed"_s << QVariantMap{{u"instanceId"_s, u"linux001"_s}};
        QTest::newRow("N1 image of another region")
            << kOwner << u"ins-win00001"_s << u"img-owner001"_s << u"N1"_s
            << u"InvalidImageId.NotFound"_s
            << QVariantMap{
                   {u"imageId"_s, u"img-owner001"_s}, {u"region"_s, sh}, {u"imageRegion"_s, gz}};
        QTest::newRow("N2 image invisible to the instance's owner")
            << kFriend << u"ins-friend01"_s << u"img-owner001"_s << u"V1"_s
            << u"InvalidImageId.NotFound"_s << imageArg(u"img-owner001"_s);
        QTest::newRow("N3 CREATING")
            << kOwner << u"ins-linux001"_s << u"img-creating"_s << u"N3"_s
            << u"InvalidParameterValue.InvalidImageState"_s
            << QVariantMap{{u"imageId"_s, u"img-creating"_s}, {u"state"_s, u"CREATING"_s}};
        QTest::newRow("malformed image") << kOwner << u"ins-linux001"_s << u"img-?"_s << u"V1"_s
                                         << u"InvalidImageId.Malformed"_s << imageArg(u"img-?"_s);
    }
    void resetRefused()
    {
        QFETCH(QString, acting);
        QFETCH(QString, instance);
        QFETCH(QString, image);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        Fixture f;
        CHECK(only(Rules::checkResetInstance(f.ws(), acting, {instance, image}), rule, code, args));
    }

    void resetAllowed_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("confirmOwner");
        QTest::newRow("public image")
            << kOwner << u"ins-linux001"_s << u"img-public01"_s << QString();
        QTest::newRow("its current image") << kOwner << u"ins-linux001"_s << QString() << QString();
        QTest::newRow("own image of the region")
            << kOwner << u"ins-linux001"_s << u"img-byol0001"_s << QString();
        QTest::newRow("Windows in shanghai")
            << kOwner << u"ins-win00001"_s << u"img-winsrv01"_s << QString();
        QTest::newRow("friend, trusted sharer")
            << kFriend << u"ins-friend01"_s << u"img-shared01"_s << QString();
        QTest::newRow("friend, untrusted sharer")
            << kFriend << u"ins-friend01"_s << u"img-trusted1"_s << kTrusted;
        QTest::newRow("owner, untrusted sharer")
            << kOwner << u"ins-linux001"_s << u"img-strange1"_s << kStranger;
    }
    void resetAllowed()
    {
        QFETCH(QString, acting);
        QFETCH(QString, instance);
        QFETCH(QString, image);
        QFETCH(QString, confirmOwner);
        Fixture f;
        const Verdict v = Rules::checkResetInstance(f.ws(), acting, {instance, image});
        if (confirmOwner.isEmpty())
            CHECK(allowedWithout(v));
        else
            CHECK(allowedConfirming(
                v, u"N4"_s, {{u"imageId"_s, image}, {u"ownerId"_s, confirmOwner}}, {image}));
    }

    void trustedAccounts_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QStringList>("accounts");
        QTest::addColumn<QStringList>("expected"); // "rule code reason" per violation, sorted
        QTest::newRow("known accounts")
            << kOwner << QStringList{kFriend, kTrusted, kStranger} << QStringList{};
        QTest::newRow("nobody") << kOwner << QStringList{} << QStringList{};
        QTest::newRow("duplicates") << kFriend << QStringList{kOwner, kOwner} << QStringList{};
        QTest::newRow("yourself") << kOwner << QStringList{kOwner}
                                  << QStringList{u"N4 InvalidAccountIs.YourSelf "_s};
        QTest::newRow("unknown") << kOwner << QStringList{unknownAccount}
                                 << QStringList{u"N4 InvalidAccountId.NotFound unknown"_s};
        QTest::newRow("malformed") << kOwner << QStringList{u"qq:12345"_s}
                                   << QStringList{u"N4 InvalidAccountId.NotFound malformed"_s};
        QTest::newRow("every problem listed")
            << kFriend << QStringList{kFriend, unknownAccount, u"x"_s, kOwner}
            << QStringList{u"N4 InvalidAccountId.NotFound malformed"_s,
                           u"N4 InvalidAccountId.NotFound unknown"_s,
                           u"N4 InvalidAccountIs.YourSelf "_s};
        QTest::newRow("acting account unknown") << unknownAccount << QStringList{kOwner}
                                                << QStringList{u"N4 InvalidAccountId.NotFound "_s};
    }
    void trustedAccounts()
    {
        QFETCH(QString, acting);
        QFETCH(QStringList, accounts);
        QFETCH(QStringList, expected);
        Fixture f;
        const Verdict v = Rules::checkTrustedAccounts(f.ws(), acting, {accounts});
        QStringList actual;
        for (const Violation &x : v.violations) {
            actual.append(x.rule + u' ' + x.code + u' ' + x.args.value(u"reason"_s).toString());
            QVERIFY2(!x.args.value(u"accountId"_s).toString().isEmpty(), qPrintable(show(x)));
            QCOMPARE(x.items, QStringList{x.args.value(u"accountId"_s).toString()});
        }
        actual.sort();
        QCOMPARE(actual, expected);
        QVERIFY(v.confirmations.isEmpty());
    }

    // =====================================================================================
    // The pre-checks the console asks before it offers an action
    // =====================================================================================

    void preChecks_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("rule"); // empty: allowed
        QTest::addColumn<QString>("code");
        QTest::newRow("share own")
            << u"share"_s << kOwner << u"img-owner001"_s << QString() << QString();
        QTest::newRow("share encrypted") << u"share"_s << kOwner << u"img-encr0001"_s << u"S5"_s
                                         << u"UnsupportedOperation.EncryptedImagesNotSupported"_s;
        QTest::newRow("share as recipient") << u"share"_s << kFriend << u"img-shared01"_s << u"S2"_s
                                            << u"UnauthorizedOperation.ImageNotBelongToAccount"_s;
        QTest::newRow("cancel own shared")
            << u"cancel"_s << kOwner << u"img-full0050"_s << QString() << QString();
        QTest::newRow("cancel public") << u"cancel"_s << kOwner << u"img-public01"_s << u"S1"_s
                                       << u"InvalidParameterValue.InvalidImageId"_s;
        QTest::newRow("modify own")
            << u"modify"_s << kOwner << u"img-owner001"_s << QString() << QString();
        QTest::newRow("modify shared out") << u"modify"_s << kOwner << u"img-shared01"_s << u"M1"_s
                                           << u"InvalidImageId.InShared"_s;
        QTest::newRow("modify shared in") << u"modify"_s << kOwner << u"img-strange1"_s << u"M1"_s
                                          << u"UnsupportedOperation.SharedImageModifyUnsupported"_s;
        QTest::newRow("sync own") << u"sync"_s << kOwner << u"img-owner001"_s << QString()
                                  << QString();
        QTest::newRow("sync market") << u"sync"_s << kOwner << u"img-market01"_s << u"C1"_s
                                     << u"InvalidParameterValue.InvalidImageId"_s;
        QTest::newRow("sync creating") << u"sync"_s << kOwner << u"img-creating"_s << u"C4"_s
                                       << u"InvalidImageId.IncorrectState"_s;
        QTest::newRow("launch shared in")
            << u"launch"_s << kOwner << u"img-strange1"_s << QString() << QString();
        QTest::newRow("launch creating") << u"launch"_s << kOwner << u"img-creating"_s << u"N3"_s
                                         << u"InvalidParameterValue.InvalidImageState"_s;
        QTest::newRow("launch invisible") << u"launch"_s << kFriend << u"img-owner001"_s << u"V1"_s
                                          << u"InvalidImageId.NotFound"_s;
        QTest::newRow("delete own")
            << u"delete"_s << kOwner << u"img-owner001"_s << QString() << QString();
        QTest::newRow("delete shared in") << u"delete"_s << kOwner << u"img-strange1"_s << u"D1"_s
                                          << u"InvalidParameterValue.InvalidImageIdIsShared"_s;
    }
    // DescribeImages records brought in for an account and a region.
    void importDescribeImages()
    {
        Fixture f;
        const Workspace &ws = f.ws();
        Image fresh = *ws.image(u"img-owner001"_s);
        fresh.imageId = u"img-new00001"_s;
        const Image same = *ws.image(u"img-owner001"_s);
        Image other = same;
        other.ownerAccountId = kFriend; // the same ID, another owner: another image
        QVERIFY2(
            allowedWithout(Rules::checkImportDescribeImages(ws, {fresh, same}, kOwner, same.region))
                .isEmpty(),
            qPrintable(
                dump(Rules::checkImportDescribeImages(ws, {fresh, same}, kOwner, same.region))));
        QCOMPARE(only(Rules::checkImportDescribeImages(ws, {other}, kOwner, same.region), u"V1"_s,
                      u"InvalidImageId.NotFound"_s,
                      {{u"imageId"_s, same.imageId}, {u"reason"_s, u"conflict"_s}},
                      QStringList{same.imageId}),
                 QString());
        const QString elsewhere =
            same.region == u"ap-jakarta"_s ? u"ap-beijing"_s : u"ap-jakarta"_s;
        QCOMPARE(only(Rules::checkImportDescribeImages(ws, {same}, kOwner, elsewhere), u"V1"_s,
                      u"InvalidImageId.NotFound"_s, {{u"imageId"_s, same.imageId}}),
                 QString());
        QCOMPARE(only(Rules::checkImportDescribeImages(ws, {fresh}, u"999999999999"_s, same.region),
                      u"V1"_s, u"InvalidAccountId.NotFound"_s,
                      {{u"accountId"_s, u"999999999999"_s}}),
                 QString());
        QCOMPARE(only(Rules::checkImportDescribeImages(ws, {fresh}, kOwner, u"xx-nowhere"_s),
                      u"V2"_s, u"InvalidRegion.NotFound"_s, {{u"region"_s, u"xx-nowhere"_s}}),
                 QString());
    }

    void preChecks()
    {
        QFETCH(QString, check);
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        Fixture f;
        Verdict v;
        if (check == u"share")
            v = Rules::checkShareImage(f.ws(), acting, image);
        else if (check == u"cancel")
            v = Rules::checkCancelShareImage(f.ws(), acting, image);
        else if (check == u"modify")
            v = Rules::checkModifyImage(f.ws(), acting, image);
        else if (check == u"sync")
            v = Rules::checkSyncImage(f.ws(), acting, image);
        else if (check == u"launch")
            v = Rules::checkLaunchImage(f.ws(), acting, image);
        else
            v = Rules::checkDeleteOne(f.ws(), acting, image);
        if (rule.isEmpty())
            CHECK(allowedWithout(v));
        else
            CHECK(only(v, rule, code, {{u"imageId"_s, image}}, QStringList{image}));
    }

    // =====================================================================================
    // The words: every violation explained, with its values
    // =====================================================================================

    void messages_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("args");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QStringList>("mustContain");

        Fixture f;
        Fixture f48(withFullSharedWith(48));
        Fixture q1(withPolicy({{"customImageQuotaPerRegion", 1}}));
        const Workspace &ws = f.ws();
        auto row = [](const char *name, const Verdict &v, const QString &rule, const QString &code,
                      const QStringList &words) {
            for (const Violation &x : v.violations) {
                if (x.rule == rule && x.code == code) {
                    QTest::newRow(name) << x.rule << x.code << x.args << x.items << words;
                    return;
                }
            }
            // Not produced: the row fails, naming what was produced instead.
            QTest::newRow(name) << (u"MISSING "_s + rule) << code
                                << QVariantMap{{u"got"_s, dump(v)}} << QStringList{} << words;
        };
        auto share = [&](const Workspace &w, const QString &acting, const QString &image,
                         const QStringList &accounts) {
            return Rules::checkShare(w, acting, {image, accounts, SharePermission::Share});
        };
        const QString own = u"img-owner001"_s;

        Verdict v;
        Rules::lookUp(ws, kOwner, u"img-12"_s, v);
        row("V1 malformed", v, u"V1"_s, u"InvalidImageId.Malformed"_s, {u"img-12"_s});
        row("V1 not found", share(ws, kFriend, own, {kTrusted}), u"V1"_s,
            u"InvalidImageId.NotFound"_s, {own});
        row("S1", share(ws, kOwner, u"img-public01"_s, {kFriend}), u"S1"_s,
            u"InvalidParameterValue.InvalidImageId"_s, {u"img-public01"_s});
        row("S2", share(ws, kFriend, u"img-shared01"_s, {kTrusted}), u"S2"_s,
            u"UnauthorizedOperation.ImageNotBelongToAccount"_s, {u"img-shared01"_s, kOwner});
        row("S3 full", share(ws, kOwner, u"img-full0050"_s, {extra(55)}), u"S3"_s, u"OverQuota"_s,
            {u"img-full0050"_s, u"50"_s, u"1"_s, u"0"_s});
        row("S3 48 + 3",
            share(f48.ws(), kOwner, u"img-full0050"_s, {extra(50), extra(51), extra(52)}), u"S3"_s,
            u"OverQuota"_s, {u"img-full0050"_s, u"50"_s, u"48"_s, u"3"_s, u"2"_s});
        row("S4 yourself", share(ws, kOwner, own, {kOwner}), u"S4"_s,
            u"InvalidAccountIs.YourSelf"_s, {own, kOwner});
        row("S4 malformed", share(ws, kOwner, own, {u"12ab"_s}), u"S4"_s,
            u"InvalidAccountId.NotFound"_s, {u"12ab"_s});
        row("S4 unknown", share(ws, kOwner, own, {unknownAccount}), u"S4"_s,
            u"InvalidAccountId.NotFound"_s, {unknownAccount});
        row("S4 already", share(ws, kOwner, u"img-shared01"_s, {kFriend}), u"S4"_s,
            u"FailedOperation.AccountAlreadyExists"_s, {u"img-shared01"_s, kFriend});
        row("S4 not shared",
            Rules::checkCancelShare(ws, kOwner,
                                    {u"img-shared01"_s, {kTrusted}, SharePermission::Cancel}),
            u"S4"_s, u"InvalidAccountId.NotFound"_s, {u"img-shared01"_s, kTrusted});
        row("S4 no account", share(ws, kOwner, own, {}), u"S4"_s, u"MissingParameter"_s, {});
        row("S5 state", share(ws, kOwner, u"img-creating"_s, {kFriend}), u"S5"_s,
            u"InvalidParameterValue.InvalidImageState"_s, {u"img-creating"_s, u"Creating"_s});
        row("S5 BYOL", share(ws, kOwner, u"img-byol0001"_s, {kFriend}), u"S5"_s,
            u"FailedOperation.BYOLImageShareFailed"_s, {u"img-byol0001"_s, u"BYOL"_s});
        row("S5 encrypted", share(ws, kOwner, u"img-encr0001"_s, {kFriend}), u"S5"_s,
            u"UnsupportedOperation.EncryptedImagesNotSupported"_s, {u"img-encr0001"_s});

        auto modify = [&](const QString &acting, const QString &image, std::optional<QString> name,
                          std::optional<QString> desc) {
            return Rules::checkModifyAttribute(ws, acting, {image, name, desc});
        };
        row("M1 recipient", modify(kFriend, u"img-shared01"_s, u"x"_s, std::nullopt), u"M1"_s,
            u"UnsupportedOperation.SharedImageModifyUnsupported"_s, {u"img-shared01"_s});
        row("M1 in shared", modify(kOwner, u"img-full0050"_s, u"x"_s, std::nullopt), u"M1"_s,
            u"InvalidImageId.InShared"_s, {u"img-full0050"_s, u"50"_s});
        row("M1 public", modify(kOwner, u"img-public01"_s, u"x"_s, std::nullopt), u"M1"_s,
            u"InvalidParameterValue.InvalidImageId"_s, {u"img-public01"_s});
        row("M2 empty", modify(kOwner, own, QString(), std::nullopt), u"M2"_s,
            u"MissingParameter"_s, {});
        row("M2 name 61", modify(kOwner, own, QString(61, u'n'), std::nullopt), u"M2"_s,
            u"InvalidParameterValue.TooLarge"_s, {u"61"_s, u"60"_s});
        row("M2 description 257", modify(kOwner, own, std::nullopt, QString(257, u'd')), u"M2"_s,
            u"InvalidParameterValue.TooLarge"_s, {u"257"_s, u"256"_s});
        row("M2 duplicate", modify(kOwner, own, u"name-img-byol0001"_s, std::nullopt), u"M2"_s,
            u"InvalidImageName.Duplicate"_s, {u"name-img-byol0001"_s, gz});
        row("M3", modify(kOwner, u"img-creating"_s, u"x"_s, std::nullopt), u"M3"_s,
            u"InvalidImageId.IncorrectState"_s, {u"img-creating"_s});

        auto sync = [&](const Workspace &w, const QString &acting, const QString &image,
                        const QStringList &regions) {
            return Rules::checkSync(w, acting, {{image}, regions, std::nullopt});
        };
        row("C1", sync(ws, kOwner, u"img-market01"_s, {sh}), u"C1"_s,
            u"InvalidParameterValue.InvalidImageId"_s, {u"img-market01"_s});
        row("C2", sync(ws, kFriend, u"img-shared01"_s, {sh}), u"C2"_s,
            u"UnsupportedOperation.LocationImageNotSupported"_s, {u"img-shared01"_s, sh});
        row("C3 unknown", sync(ws, kOwner, own, {nowhere}), u"C3"_s, u"InvalidRegion.NotFound"_s,
            {nowhere});
        row("C3 unavailable", sync(ws, kOwner, own, {moscow}), u"C3"_s,
            u"InvalidRegion.Unavailable"_s, {moscow});
        row("C3 no copy", sync(ws, kOwner, own, {chongqing}), u"C3"_s,
            u"InvalidRegion.Unavailable"_s, {chongqing});
        row("C3 source region", sync(ws, kOwner, own, {gz}), u"C3"_s,
            u"InvalidParameterValue.InvalidRegion"_s, {own, gz});
        row("C3 none", sync(ws, kOwner, own, {}), u"C3"_s, u"MissingParameter"_s, {});
        row("C4", sync(ws, kOwner, u"img-creating"_s, {sh}), u"C4"_s,
            u"InvalidImageId.IncorrectState"_s, {u"img-creating"_s, u"Creating"_s});
        row("C5", sync(q1.ws(), kOwner, own, {sh}), u"C5"_s, u"ImageQuotaLimitExceeded"_s,
            {sh, u"1"_s});

        auto del = [&](const QString &acting, const QStringList &ids) {
            return Rules::checkDelete(ws, acting, {ids, false});
        };
        row("D1 public", del(kOwner, {u"img-public01"_s}), u"D1"_s,
            u"InvalidParameterValue.InvalidImageId"_s, {u"img-public01"_s});
        row("D1 shared with me", del(kFriend, {u"img-shared01"_s}), u"D1"_s,
            u"InvalidParameterValue.InvalidImageIdIsShared"_s, {u"img-shared01"_s, kOwner});
        row("D2", del(kOwner, {u"img-full0050"_s}), u"D2"_s, u"InvalidImageId.InShared"_s,
            {u"img-full0050"_s, u"50"_s});
        row("D3", del(kOwner, {u"img-creating"_s}), u"D3"_s, u"InvalidImageId.IncorrectState"_s,
            {u"img-creating"_s});
        row("D5", del(kOwner, {}), u"D5"_s, u"MissingParameter"_s, {});

        auto create = [&](const Workspace &w, const QString &instance, const QString &name) {
            return Rules::checkCreateImage(w, kOwner, {instance, name, {}, false, false});
        };
        row("I1 not found", create(ws, u"ins-friend01"_s, u"x"_s), u"I1"_s,
            u"InvalidInstanceId.NotFound"_s, {u"ins-friend01"_s});
        row("I1 malformed", create(ws, u"ins-1"_s, u"x"_s), u"I1"_s,
            u"InvalidInstanceId.Malformed"_s, {u"ins-1"_s});
        row("I1 quota", create(q1.ws(), u"ins-win00001"_s, u"x"_s), u"I1"_s,
            u"ImageQuotaLimitExceeded"_s, {sh, u"1"_s});

        auto import = [&](const Workspace &w, const QString &acting, const QStringList &changes) {
            return Rules::checkImport(w, acting, importWith(changes));
        };
        row("P1 permission", import(ws, kFriend, {}), u"P1"_s,
            u"UnauthorizedOperation.PermissionDenied"_s, {kFriend});
        row("P1 already granted", Rules::checkApplyImportPermission(ws, kOwner), u"P1"_s,
            u"FailedOperation"_s, {kOwner});
        row("P2 region", import(ws, kOwner, {u"region=ap-chongqing"_s}), u"P2"_s,
            u"RegionAbilityLimit.UnsupportedToImportImage"_s, {chongqing});
        row("P2 format", import(ws, kOwner, {u"format=VDI"_s}), u"P2"_s, u"InvalidFormatSize"_s,
            {u"VDI"_s});
        row("P2 ISO", import(ws, kOwner, {u"format=ISO"_s}), u"P2"_s,
            u"InvalidParameterValue.ISOMustImportByForce"_s, {u"ISO"_s});
        row("P2 file size", import(ws, kOwner, {u"fileSize=%1"_s.arg(51 * kGiB)}), u"P2"_s,
            u"InvalidFormatSize"_s, {u"50"_s});
        row("P2 virtual size", import(ws, kOwner, {u"virtualSize=%1"_s.arg(501 * kGiB)}), u"P2"_s,
            u"InvalidFormatSize"_s, {u"500"_s});
        row("P2 bucket", import(ws, kOwner, {u"url="_s + cosUrl(sh)}), u"P2"_s,
            u"InvalidParameter.InvalidParameterUrlError"_s, {sh, gz});
        row("P2 GPT",
            import(ws, kOwner,
                   {u"osType=Windows Server 2016"_s, u"osVersion=-"_s, u"partition=GPT"_s}),
            u"P2"_s, u"UnsupportedOperation"_s, {u"GPT"_s, u"MBR"_s});
        row("P3 OS type", import(ws, kOwner, {u"osType=BeOS"_s}), u"P3"_s,
            u"InvalidImageOsType.Unsupported"_s, {u"BeOS"_s});
        row("P3 OS version", import(ws, kOwner, {u"osVersion=4"_s}), u"P3"_s,
            u"InvalidImageOsVersion.Unsupported"_s, {u"CentOS"_s, u"4"_s, u"7"_s});
        row("P3 architecture", import(ws, kOwner, {u"arch=arm_64"_s}), u"P3"_s,
            u"InvalidParameterValue"_s, {u"arm_64"_s, u"CentOS"_s});
        row("P3 quota", import(q1.ws(), kOwner, {u"region=ap-shanghai"_s, u"url="_s + cosUrl(sh)}),
            u"P3"_s, u"ImageQuotaLimitExceeded"_s, {sh, u"1"_s});

        auto run = [&](const QString &acting, const QString &image, const QString &region,
                       const QString &zone, int count) {
            return Rules::checkRunInstances(ws, acting, {image, region, zone, count, {}});
        };
        row("N1 region", run(kOwner, own, sh, {}, 1), u"N1"_s, u"InvalidImageId.NotFound"_s,
            {own, sh, gz});
        row("N1 unknown region", run(kOwner, own, nowhere, {}, 1), u"N1"_s,
            u"InvalidRegion.NotFound"_s, {nowhere});
        row("N1 zone", run(kOwner, own, gz, u"ap-shanghai-2"_s, 1), u"N1"_s,
            u"InvalidZone.MismatchRegion"_s, {u"ap-shanghai-2"_s, gz});
        row("N1 count", run(kOwner, own, gz, {}, 101), u"N1"_s,
            u"InvalidParameterValue.LimitExceeded"_s, {u"101"_s, u"100"_s});
        row("N3", run(kOwner, u"img-creating"_s, gz, {}, 1), u"N3"_s,
            u"InvalidParameterValue.InvalidImageState"_s, {u"img-creating"_s, u"Creating"_s});
        row("N2 instance", Rules::checkResetInstance(ws, kOwner, {u"ins-friend01"_s, {}}), u"N2"_s,
            u"InvalidInstanceId.NotFound"_s, {u"ins-friend01"_s});
        row("N4 yourself", Rules::checkTrustedAccounts(ws, kOwner, {{kOwner}}), u"N4"_s,
            u"InvalidAccountIs.YourSelf"_s, {});
        row("N4 unknown", Rules::checkTrustedAccounts(ws, kOwner, {{unknownAccount}}), u"N4"_s,
            u"InvalidAccountId.NotFound"_s, {unknownAccount});
    }
    void messages()
    {
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QVariantMap, args);
        QFETCH(QStringList, items);
        QFETCH(QStringList, mustContain);
        QVERIFY2(
            !rule.startsWith(u"MISSING"_s),
            qPrintable(rule + u' ' + code + u" not produced; got "_s + show(args.value(u"got"_s))));
        const Violation x{rule, code, args, items};
        const QString text = RuleText::message(x);
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(show(x)));
        // Not the catch-all text for an unknown code.
        QVERIFY2(!text.startsWith(u"Rule "_s), qPrintable(text));
        for (const QString &word : mustContain)
            QVERIFY2(text.contains(word, Qt::CaseInsensitive),
                     qPrintable(u"\"%1\" lacks \"%2\""_s.arg(text, word)));
        QVERIFY(RuleText::describe(Verdict{{x}, {}}).contains(text));
    }

    void confirmationTexts()
    {
        Fixture f;
        const Verdict s6 = Rules::checkShare(
            f.ws(), kOwner, {u"img-owner001"_s, {kFriend}, SharePermission::Share});
        QCOMPARE(s6.confirmations.size(), 1);
        const QString share = RuleText::confirmation(s6.confirmations.first());
        QVERIFY2(share.contains(u"img-owner001"_s) && share.contains(u"leak"_s), qPrintable(share));

        const Verdict n4 =
            Rules::checkRunInstances(f.ws(), kOwner, {u"img-strange1"_s, gz, {}, 1, {}});
        QCOMPARE(n4.confirmations.size(), 1);
        const QString trust = RuleText::confirmation(n4.confirmations.first());
        QVERIFY2(trust.contains(u"img-strange1"_s) && trust.contains(kStranger) &&
                     trust.contains(u"trusted"_s),
                 qPrintable(trust));

        QJsonObject root = baseJson();
        editInstance(root, u"ins-win00001"_s, [](QJsonObject &o) {
            o.insert(u"WindowsChecks"_s, QJsonObject{{u"AgentServices"_s, false},
                                                     {u"ModulesInstaller"_s, true},
                                                     {u"SecuritySoftware"_s, false},
                                                     {u"SystemPopups"_s, true}});
        });
        Fixture g(root);
        const Verdict i2 =
            Rules::checkCreateImage(g.ws(), kOwner, {u"ins-win00001"_s, u"w"_s, {}, false, true});
        QCOMPARE(i2.confirmations.size(), 1);
        const QString checks = RuleText::confirmation(i2.confirmations.first());
        QVERIFY2(checks.contains(u"ins-win00001"_s) && checks.contains(u"QcloudService.exe"_s) &&
                     checks.contains(u"Safedog"_s),
                 qPrintable(checks));
        QVERIFY2(!checks.contains(u"Windows Modules Installer"_s), qPrintable(checks));
    }

    void ruleIdsRoundTrip()
    {
        QSet<QString> seen;
        for (Rule rule : kAllRules) {
            const QString id = ruleId(rule);
            QVERIFY2(!id.isEmpty(), qPrintable(QString::number(int(rule))));
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QVERIFY(ruleFromId(id) == rule);
        }
        QCOMPARE(ruleId(Rule::S3), u"S3"_s);
        QVERIFY(ruleFromId(u"S6") == Rule::S6);
        // Rules that never refuse, and IDs no rule has.
        for (const QString &id : {u"C6"_s, u"D4"_s, u"P4"_s, u"s3"_s, u"S33"_s, u""_s})
            QVERIFY2(!ruleFromId(id), qPrintable(id));
        Violation v;
        v.rule = u"D2"_s;
        QVERIFY(v.is(Rule::D2));
        QVERIFY(!v.is(Rule::D1));
    }

    // The FAQ names the rules its answers explain as typed rules; asked by a rule or by its ID,
    // it gives the same answer, and its entries list the IDs in the table's order.
    void faqAnswersByRuleAndById()
    {
        int explained = 0;
        for (Rule rule : kAllRules) {
            const QString entry = Faq::entryForRule(rule);
            QCOMPARE(Faq::entryForRule(ruleId(rule)), entry);
            if (entry.isEmpty())
                continue;
            ++explained;
            QVERIFY2(Faq::entry(entry).rules.contains(ruleId(rule)), qPrintable(ruleId(rule)));
        }
        QCOMPARE(explained, 20);
        QCOMPARE(Faq::entry(u"import-preparations"_s).rules,
                 (QStringList{u"P1"_s, u"P2"_s, u"P3"_s}));
        QCOMPARE(Faq::entry(u"cross-region-other-account"_s).rules,
                 (QStringList{u"C7"_s, u"C3"_s}));
        QCOMPARE(Faq::entryForRule(Rule::S7), u"shared-quota"_s);
        QCOMPARE(Faq::entryForRule(Rule::Q1), u"shared-quota"_s);
        QCOMPARE(Faq::entryForRule(Rule::N1), u"what-is-image"_s); // the first that explains it
        QCOMPARE(Faq::entryForRule(Rule::T1), QString());
        for (const QString &id : {u"C6"_s, u"s2"_s, u"S33"_s, u""_s, u"P1 P2"_s})
            QVERIFY2(Faq::entryForRule(id).isEmpty(), qPrintable(id));
        for (const Faq::Entry &e : Faq::entries()) {
            QVERIFY2(!e.rules.isEmpty(), qPrintable(e.id));
            for (const QString &id : e.rules)
                QVERIFY2(ruleFromId(id), qPrintable(id));
        }
    }

    void everyRuleHasWords()
    {
        for (Rule rule : kAllRules) {
            const QString id = ruleId(rule);
            const QString title = RuleText::ruleTitle(rule);
            QVERIFY2(!title.isEmpty() && title != id, qPrintable(id));
            QCOMPARE(RuleText::ruleTitle(id), title);
        }
        QCOMPARE(RuleText::ruleTitle(u"Z9"_s), u"Z9"_s);
    }

    void ruleTitles()
    {
        for (const char *id :
             {"V1", "V2", "S1", "S2", "S3", "S4", "S5", "S6", "M1", "M2", "M3", "C1",
              "C2", "C3", "C4", "C5", "D1", "D2", "D3", "D5", "I1", "I2", "P1", "P2",
              "P3", "N1", "N2", "N3", "N4", "Q1", "M4", "C8", "I3", "N5", "T1", "X1"}) {
            const QString title = RuleText::ruleTitle(QLatin1String(id));
            QVERIFY2(!title.isEmpty() && title != QLatin1String(id), id);
        }
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"

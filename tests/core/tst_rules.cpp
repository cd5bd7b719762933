// Every rule: what it allows and what it refuses, with the exact rule ID, Tencent error code
// and arguments.
#include "Fixture.h"
#include "Rules.h"
#include "RuleText.h"

#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

const Violation *find(const Verdict &v, const QString &rule, const QString &code)
{
    for (const Violation &x : v.violations) {
        if (x.rule == rule && x.code == code)
            return &x;
    }
    return nullptr;
}

QString dump(const Verdict &v)
{
    QStringList out;
    for (const Violation &x : v.violations)
        out.append(x.rule + QLatin1Char(' ') + x.code);
    return out.join(QStringLiteral("; "));
}

#define EXPECT_REFUSED(verdict, rule, code)                                                        \
    QVERIFY2(find(verdict, QStringLiteral(rule), QStringLiteral(code)),                            \
             qPrintable(QStringLiteral("expected %1 %2, got: %3").arg(QStringLiteral(rule), QStringLiteral(code), dump(verdict))))

#define EXPECT_ALLOWED(verdict) QVERIFY2((verdict).allowed(), qPrintable(dump(verdict)))

const QString gz = QStringLiteral("ap-guangzhou");
const QString sh = QStringLiteral("ap-shanghai");
const QString bj = QStringLiteral("ap-beijing");

QJsonObject withPolicy(const char *key, int value)
{
    QJsonObject root = baseJson();
    QJsonObject policy = root.value(QStringLiteral("policy")).toObject();
    policy.insert(QLatin1String(key), value);
    root.insert(QStringLiteral("policy"), policy);
    return root;
}

ImportRequest goodImport()
{
    ImportRequest r;
    r.region = gz;
    r.imageName = QStringLiteral("imported");
    r.osType = QStringLiteral("CentOS");
    r.osVersion = QStringLiteral("7");
    r.architecture = QStringLiteral("x86_64");
    r.imageUrl = QStringLiteral("https://images-1250000001.cos.ap-guangzhou.myqcloud.com/centos.qcow2");
    r.file.format = QStringLiteral("QCOW2");
    r.file.fileSizeBytes = qint64(2) << 30;
    r.file.virtualSizeBytes = qint64(40) << 30;
    r.file.partitionTable = QStringLiteral("MBR");
    return r;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- V1, V2 ----
    void typeIsRelativeToTheViewer_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<int>("type"); // -1: invisible
        QTest::newRow("owner sees private") << "img-shared01" << kOwner << int(ImageType::Private);
        QTest::newRow("recipient sees shared") << "img-shared01" << kFriend << int(ImageType::Shared);
        QTest::newRow("stranger sees nothing") << "img-shared01" << kStranger << -1;
        QTest::newRow("public for all") << "img-public01" << kStranger << int(ImageType::Public);
        QTest::newRow("market for all") << "img-market01" << kFriend << int(ImageType::Market);
        QTest::newRow("private is private") << "img-owner001" << kFriend << -1;
    }
    void typeIsRelativeToTheViewer()
    {
        QFETCH(QString, image);
        QFETCH(QString, viewer);
        QFETCH(int, type);
        Fixture f;
        const auto t = Rules::typeFor(*f.ws().image(image), viewer);
        QCOMPARE(t ? int(*t) : -1, type);
        QCOMPARE(Rules::isVisible(*f.ws().image(image), viewer), type >= 0);
    }

    void visibleImageIdsFollowV1AndV2()
    {
        Fixture f;
        const QList<QString> friendAll = Rules::visibleImageIds(f.ws(), kFriend);
        QVERIFY(friendAll.contains(QStringLiteral("img-shared01")));
        QVERIFY(friendAll.contains(QStringLiteral("img-trusted1")));
        QVERIFY(friendAll.contains(QStringLiteral("img-public01")));
        QVERIFY(!friendAll.contains(QStringLiteral("img-owner001")));
        QVERIFY(!friendAll.contains(QStringLiteral("img-winsrv01")));
        // V2: the shared image only in its source region.
        QVERIFY(Rules::visibleImageIds(f.ws(), kFriend, gz).contains(QStringLiteral("img-shared01")));
        QVERIFY(!Rules::visibleImageIds(f.ws(), kFriend, sh).contains(QStringLiteral("img-shared01")));
        QCOMPARE(Rules::visibleImageIds(f.ws(), kOwner, sh), QList<QString>{QStringLiteral("img-winsrv01")});
    }

    void lookUpRefusesMalformedAndInvisible()
    {
        Fixture f;
        Verdict v;
        QVERIFY(!Rules::lookUp(f.ws(), kOwner, QStringLiteral("img-12"), v));
        EXPECT_REFUSED(v, "V1", "InvalidImageId.Malformed");
        Verdict w;
        QVERIFY(!Rules::lookUp(f.ws(), kFriend, QStringLiteral("img-owner001"), w));
        EXPECT_REFUSED(w, "V1", "InvalidImageId.NotFound");
        QCOMPARE(w.violations.first().args.value(QStringLiteral("imageId")).toString(), QStringLiteral("img-owner001"));
        Verdict x;
        QVERIFY(!Rules::lookUp(f.ws(), kOwner, QStringLiteral("img-zzzzzzzz"), x));
        EXPECT_REFUSED(x, "V1", "InvalidImageId.NotFound");
        Verdict ok;
        QVERIFY(Rules::lookUp(f.ws(), kFriend, QStringLiteral("img-shared01"), ok));
        EXPECT_ALLOWED(ok);
    }

    // ---- S1..S6 ----
    void shareAllowedCarriesTheRiskConfirmation()
    {
        Fixture f;
        const Verdict v = Rules::checkShare(f.ws(), kOwner, {QStringLiteral("img-owner001"), {kFriend, kTrusted}});
        EXPECT_ALLOWED(v);
        QCOMPARE(v.confirmations.size(), 1);
        QCOMPARE(v.confirmations.first().rule, QStringLiteral("S6"));
    }

    void shareRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("accounts");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::newRow("S1 public") << kOwner << "img-public01" << QStringList{kFriend} << "S1" << "InvalidParameterValue.InvalidImageId";
        QTest::newRow("S1 market") << kOwner << "img-market01" << QStringList{kFriend} << "S1" << "InvalidParameterValue.InvalidImageId";
        QTest::newRow("S2 recipient shares on") << kFriend << "img-shared01" << QStringList{kTrusted} << "S2"
                                                << "UnauthorizedOperation.ImageNotBelongToAccount";
        QTest::newRow("V1 stranger") << kStranger << "img-owner001" << QStringList{kFriend} << "V1" << "InvalidImageId.NotFound";
        QTest::newRow("S4 yourself") << kOwner << "img-owner001" << QStringList{kOwner} << "S4" << "InvalidAccountIs.YourSelf";
        QTest::newRow("S4 malformed") << kOwner << "img-owner001" << QStringList{QStringLiteral("12ab")} << "S4" << "InvalidAccountId.NotFound";
        QTest::newRow("S4 unknown") << kOwner << "img-owner001" << QStringList{QStringLiteral("999999999999")} << "S4" << "InvalidAccountId.NotFound";
        QTest::newRow("S4 twice") << kOwner << "img-shared01" << QStringList{kFriend} << "S4" << "FailedOperation.AccountAlreadyExists";
        QTest::newRow("S4 empty") << kOwner << "img-owner001" << QStringList{} << "S4" << "MissingParameter";
        QTest::newRow("S5 state") << kOwner << "img-creating" << QStringList{kFriend} << "S5" << "InvalidParameterValue.InvalidImageState";
        QTest::newRow("S5 BYOL") << kOwner << "img-byol0001" << QStringList{kFriend} << "S5" << "FailedOperation.BYOLImageShareFailed";
        QTest::newRow("S5 encrypted") << kOwner << "img-encr0001" << QStringList{kFriend} << "S5" << "UnsupportedOperation.EncryptedImagesNotSupported";
        QTest::newRow("S3 over the limit") << kOwner << "img-full0050" << QStringList{extra(55)} << "S3" << "OverQuota";
    }
    void shareRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QStringList, accounts);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        Fixture f;
        const Verdict v = Rules::checkShare(f.ws(), acting, {image, accounts});
        QVERIFY2(find(v, rule, code), qPrintable(dump(v)));
        QVERIFY(v.confirmations.isEmpty());
    }

    void malformedAndUnknownAccountsSayWhich()
    {
        Fixture f;
        const Verdict v = Rules::checkShare(f.ws(), kOwner, {QStringLiteral("img-owner001"), {QStringLiteral("12ab"), QStringLiteral("999999999999")}});
        QCOMPARE(v.violations.size(), 2);
        QCOMPARE(v.violations.at(0).args.value(QStringLiteral("reason")).toString(), QStringLiteral("malformed"));
        QCOMPARE(v.violations.at(1).args.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown"));
        QCOMPARE(v.violations.at(1).items, QStringList{QStringLiteral("999999999999")});
    }

    void shareLimitArguments()
    {
        Fixture f;
        const Verdict v = Rules::checkShare(f.ws(), kOwner, {QStringLiteral("img-full0050"), {extra(55)}});
        const Violation *x = find(v, QStringLiteral("S3"), QStringLiteral("OverQuota"));
        QVERIFY(x);
        QCOMPARE(x->args.value(QStringLiteral("limit")).toInt(), 50);
        QCOMPARE(x->args.value(QStringLiteral("shared")).toInt(), 50);
        QCOMPARE(x->args.value(QStringLiteral("requested")).toInt(), 1);
        QCOMPARE(x->args.value(QStringLiteral("left")).toInt(), 0);
    }

    void shareLimitIsRefusedWholeWithPlacesLeft()
    {
        // 48 shared + 3 asked > 50: 2 places left.
        QJsonObject root = baseJson();
        QJsonObject img = findImage(root, QStringLiteral("img-full0050"));
        QJsonArray shares = img.value(QStringLiteral("Shares")).toArray();
        shares.removeLast();
        shares.removeLast();
        img.insert(QStringLiteral("Shares"), shares);
        putImage(root, img);
        Fixture f(root);
        const Verdict v = Rules::checkShare(f.ws(), kOwner, {QStringLiteral("img-full0050"), {extra(50), extra(51), extra(52)}});
        const Violation *x = find(v, QStringLiteral("S3"), QStringLiteral("OverQuota"));
        QVERIFY(x);
        QCOMPARE(x->args.value(QStringLiteral("shared")).toInt(), 48);
        QCOMPARE(x->args.value(QStringLiteral("requested")).toInt(), 3);
        QCOMPARE(x->args.value(QStringLiteral("left")).toInt(), 2);
        QVERIFY(RuleText::message(*x).contains(QStringLiteral("48 shared + 3 new > 50")));
        // Exactly up to the limit is allowed; duplicates in the request count once.
        EXPECT_ALLOWED(Rules::checkShare(f.ws(), kOwner, {QStringLiteral("img-full0050"), {extra(50), extra(51), extra(51)}}));
    }

    void shareLimitFollowsThePolicy()
    {
        Fixture f(withPolicy("shareLimit", 2));
        EXPECT_ALLOWED(Rules::checkShare(f.ws(), kOwner, {QStringLiteral("img-shared01"), {kTrusted}}));
        EXPECT_REFUSED(Rules::checkShare(f.ws(), kOwner, {QStringLiteral("img-shared01"), {kTrusted, extra(1)}}), "S3", "OverQuota");
    }

    void refusedAccountsDoNotCountAgainstTheLimit()
    {
        Fixture f;
        const Verdict v = Rules::checkShare(f.ws(), kOwner, {QStringLiteral("img-full0050"), {extra(0)}});
        EXPECT_REFUSED(v, "S4", "FailedOperation.AccountAlreadyExists");
        QVERIFY(!find(v, QStringLiteral("S3"), QStringLiteral("OverQuota")));
    }

    void cancelSharing()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkCancelShare(f.ws(), kOwner, {QStringLiteral("img-shared01"), {kFriend}, SharePermission::Cancel}));
        EXPECT_REFUSED(Rules::checkCancelShare(f.ws(), kOwner, {QStringLiteral("img-shared01"), {kTrusted}, SharePermission::Cancel}),
                       "S4", "InvalidAccountId.NotFound");
        EXPECT_REFUSED(Rules::checkCancelShare(f.ws(), kFriend, {QStringLiteral("img-shared01"), {kFriend}, SharePermission::Cancel}),
                       "S2", "UnauthorizedOperation.ImageNotBelongToAccount");
        EXPECT_REFUSED(Rules::checkCancelShare(f.ws(), kOwner, {QStringLiteral("img-public01"), {kFriend}, SharePermission::Cancel}),
                       "S1", "InvalidParameterValue.InvalidImageId");
    }

    void shareAccountVerdictsOneByOne()
    {
        Fixture f;
        const Image &img = *f.ws().image(QStringLiteral("img-shared01"));
        EXPECT_ALLOWED(Rules::checkShareAccount(f.ws(), kOwner, img, kTrusted));
        EXPECT_REFUSED(Rules::checkShareAccount(f.ws(), kOwner, img, kFriend), "S4", "FailedOperation.AccountAlreadyExists");
        EXPECT_REFUSED(Rules::checkShareAccount(f.ws(), kOwner, img, kOwner), "S4", "InvalidAccountIs.YourSelf");
    }

    // ---- S7, S8, Q1 ----
    void quotaCountsOnlyOwnCustomImages()
    {
        Fixture f;
        QCOMPARE(Rules::quota(f.ws(), kOwner, gz).used, 6);
        QCOMPARE(Rules::quota(f.ws(), kOwner, gz).limit, 500);
        // kFriend receives two shared images in ap-guangzhou: they take none of its quota.
        QCOMPARE(Rules::quota(f.ws(), kFriend, gz).used, 0);
        Fixture small(withPolicy("customImageQuotaPerRegion", 6));
        QCOMPARE(Rules::quota(small.ws(), kOwner, gz).left(), 0);
    }

    void ownerLaunchesFromItsSharedImage()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkRunInstances(f.ws(), kOwner, {QStringLiteral("img-full0050"), gz, QStringLiteral("ap-guangzhou-3"), 1, {}}));
        QVERIFY(Rules::checkRunInstances(f.ws(), kOwner, {QStringLiteral("img-full0050"), gz, {}, 1, {}}).confirmations.isEmpty());
    }

    // ---- M1..M3 ----
    void modifyAttribute_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::newRow("M1 recipient") << kFriend << "img-shared01" << "x" << "M1" << "UnsupportedOperation.SharedImageModifyUnsupported";
        QTest::newRow("M1 owner while shared") << kOwner << "img-shared01" << "x" << "M1" << "InvalidImageId.InShared";
        QTest::newRow("M1 public") << kOwner << "img-public01" << "x" << "M1" << "InvalidParameterValue.InvalidImageId";
        QTest::newRow("M2 empty") << kOwner << "img-owner001" << "  " << "M2" << "MissingParameter";
        QTest::newRow("M2 61 characters") << kOwner << "img-owner001" << QString(61, QLatin1Char('n')) << "M2" << "InvalidParameterValue.TooLarge";
        QTest::newRow("M2 duplicate") << kOwner << "img-owner001" << "name-img-byol0001" << "M2" << "InvalidImageName.Duplicate";
        QTest::newRow("M3 creating") << kOwner << "img-creating" << "x" << "M3" << "InvalidImageId.IncorrectState";
    }
    void modifyAttribute()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, name);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        Fixture f;
        const Verdict v = Rules::checkModifyAttribute(f.ws(), acting, {image, name, std::nullopt});
        QVERIFY2(find(v, rule, code), qPrintable(dump(v)));
    }

    void modifyAttributeAllows()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkModifyAttribute(f.ws(), kOwner, {QStringLiteral("img-owner001"), QString(60, QLatin1Char('n')), std::nullopt}));
        // Its own name again is no duplicate; a name used in another region is free here.
        EXPECT_ALLOWED(Rules::checkModifyAttribute(f.ws(), kOwner, {QStringLiteral("img-owner001"), QStringLiteral("name-img-owner001"), std::nullopt}));
        EXPECT_ALLOWED(Rules::checkModifyAttribute(f.ws(), kOwner, {QStringLiteral("img-owner001"), QStringLiteral("name-img-winsrv01"), std::nullopt}));
        EXPECT_ALLOWED(Rules::checkModifyAttribute(f.ws(), kOwner, {QStringLiteral("img-owner001"), std::nullopt, QString(256, QLatin1Char('d'))}));
    }

    void nameAndDescriptionLimitsArguments()
    {
        Fixture f;
        const Verdict name = Rules::checkModifyAttribute(f.ws(), kOwner, {QStringLiteral("img-owner001"), QString(61, QLatin1Char('n')), std::nullopt});
        const Violation *x = find(name, QStringLiteral("M2"), QStringLiteral("InvalidParameterValue.TooLarge"));
        QVERIFY(x);
        QCOMPARE(x->args.value(QStringLiteral("max")).toInt(), 60);
        QCOMPARE(x->args.value(QStringLiteral("length")).toInt(), 61);
        const Verdict desc = Rules::checkModifyAttribute(f.ws(), kOwner, {QStringLiteral("img-owner001"), std::nullopt, QString(257, QLatin1Char('d'))});
        const Violation *y = find(desc, QStringLiteral("M2"), QStringLiteral("InvalidParameterValue.TooLarge"));
        QVERIFY(y);
        QCOMPARE(y->args.value(QStringLiteral("field")).toString(), QStringLiteral("ImageDescription"));
        QCOMPARE(y->args.value(QStringLiteral("max")).toInt(), 256);
    }

    void nameLimitFollowsThePolicy()
    {
        Fixture f(withPolicy("imageNameMaxLength", 10));
        EXPECT_REFUSED(Rules::checkModifyAttribute(f.ws(), kOwner, {QStringLiteral("img-owner001"), QStringLiteral("eleven-char"), std::nullopt}),
                       "M2", "InvalidParameterValue.TooLarge");
        EXPECT_ALLOWED(Rules::checkModifyAttribute(f.ws(), kOwner, {QStringLiteral("img-owner001"), QStringLiteral("ten-chars!"), std::nullopt}));
    }

    // ---- C1..C6 ----
    void syncRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::newRow("C1 public") << kOwner << "img-public01" << QStringList{sh} << "C1" << "InvalidParameterValue.InvalidImageId";
        QTest::newRow("C2 shared elsewhere") << kFriend << "img-shared01" << QStringList{sh} << "C2" << "UnsupportedOperation.LocationImageNotSupported";
        QTest::newRow("C3 unknown region") << kOwner << "img-owner001" << QStringList{QStringLiteral("xx-nowhere")} << "C3" << "InvalidRegion.NotFound";
        QTest::newRow("C3 unavailable") << kOwner << "img-owner001" << QStringList{QStringLiteral("eu-moscow")} << "C3" << "InvalidRegion.Unavailable";
        QTest::newRow("C3 no copy support") << kOwner << "img-owner001" << QStringList{QStringLiteral("ap-chongqing")} << "C3" << "InvalidRegion.Unavailable";
        QTest::newRow("C3 own source region") << kOwner << "img-owner001" << QStringList{gz} << "C3" << "InvalidParameterValue.InvalidRegion";
        QTest::newRow("C3 none") << kOwner << "img-owner001" << QStringList{} << "C3" << "MissingParameter";
        QTest::newRow("C3 one bad of several") << kOwner << "img-owner001" << QStringList{sh, QStringLiteral("eu-moscow")} << "C3" << "InvalidRegion.Unavailable";
        QTest::newRow("C4 creating") << kOwner << "img-creating" << QStringList{sh} << "C4" << "InvalidImageId.IncorrectState";
    }
    void syncRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QStringList, regions);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        Fixture f;
        const Verdict v = Rules::checkSync(f.ws(), acting, {image, regions, std::nullopt});
        QVERIFY2(find(v, rule, code), qPrintable(dump(v)));
    }

    void syncAllows()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkSync(f.ws(), kOwner, {QStringLiteral("img-owner001"), {sh, bj}, std::nullopt}));
        // C2 exception: a recipient copies a shared image into its own (source) region.
        EXPECT_ALLOWED(Rules::checkSync(f.ws(), kFriend, {QStringLiteral("img-shared01"), {gz}, std::nullopt}));
    }

    void syncQuotaPerDestination()
    {
        QJsonObject root = withPolicy("customImageQuotaPerRegion", 1);
        Fixture f(root); // kOwner has 1 image in ap-shanghai already, none in ap-beijing
        const Verdict v = Rules::checkSync(f.ws(), kOwner, {QStringLiteral("img-winsrv01"), {bj}, std::nullopt});
        EXPECT_ALLOWED(v);
        const Verdict full = Rules::checkSync(f.ws(), kOwner, {QStringLiteral("img-owner001"), {sh, bj}, std::nullopt});
        const Violation *x = find(full, QStringLiteral("C5"), QStringLiteral("ImageQuotaLimitExceeded"));
        QVERIFY2(x, qPrintable(dump(full)));
        QCOMPARE(x->args.value(QStringLiteral("region")).toString(), sh);
        QCOMPARE(x->args.value(QStringLiteral("used")).toInt(), 1);
        QCOMPARE(x->args.value(QStringLiteral("limit")).toInt(), 1);
    }

    void syncNameMustBeFreeInTheDestination()
    {
        QJsonObject root = baseJson();
        QJsonObject clash = image(QStringLiteral("img-clash001"), kOwner, sh);
        clash.insert(QStringLiteral("ImageName"), QStringLiteral("name-img-owner001"));
        putImage(root, clash);
        Fixture f(root);
        EXPECT_REFUSED(Rules::checkSync(f.ws(), kOwner, {QStringLiteral("img-owner001"), {sh}, std::nullopt}), "M2", "InvalidImageName.Duplicate");
        EXPECT_ALLOWED(Rules::checkSync(f.ws(), kOwner, {QStringLiteral("img-owner001"), {sh}, QStringLiteral("another-name")}));
    }

    void syncDestinationReasons()
    {
        Fixture f;
        const Image &img = *f.ws().image(QStringLiteral("img-owner001"));
        EXPECT_ALLOWED(Rules::checkSyncDestination(f.ws(), kOwner, img, sh));
        const Verdict moscow = Rules::checkSyncDestination(f.ws(), kOwner, img, QStringLiteral("eu-moscow"));
        QCOMPARE(moscow.violations.first().args.value(QStringLiteral("reason")).toString(), QStringLiteral("unavailable"));
        const Verdict chongqing = Rules::checkSyncDestination(f.ws(), kOwner, img, QStringLiteral("ap-chongqing"));
        QCOMPARE(chongqing.violations.first().args.value(QStringLiteral("reason")).toString(), QStringLiteral("noCopy"));
    }

    // ---- D1..D5 ----
    void deleteRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::newRow("D1 public") << kOwner << "img-public01" << "D1" << "InvalidParameterValue.InvalidImageId";
        QTest::newRow("D1 shared with you") << kFriend << "img-shared01" << "D1" << "InvalidParameterValue.InvalidImageIdIsShared";
        QTest::newRow("D2 shared out") << kOwner << "img-full0050" << "D2" << "InvalidImageId.InShared";
        QTest::newRow("D3 creating") << kOwner << "img-creating" << "D3" << "InvalidImageId.IncorrectState";
        QTest::newRow("V1 invisible") << kFriend << "img-owner001" << "V1" << "InvalidImageId.NotFound";
    }
    void deleteRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        Fixture f;
        const Verdict v = Rules::checkDelete(f.ws(), acting, {{image}, false});
        QVERIFY2(find(v, rule, code), qPrintable(dump(v)));
    }

    void deleteSharedSaysHowMany()
    {
        Fixture f;
        const Verdict v = Rules::checkDeleteOne(f.ws(), kOwner, QStringLiteral("img-full0050"));
        QCOMPARE(v.violations.first().args.value(QStringLiteral("count")).toInt(), 50);
        QVERIFY(!RuleText::remedy(v.violations.first()).isEmpty());
    }

    void deleteSeveralListsEveryRefusal()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkDelete(f.ws(), kOwner, {{QStringLiteral("img-owner001"), QStringLiteral("img-byol0001")}, true}));
        const Verdict v = Rules::checkDelete(f.ws(), kOwner,
                                             {{QStringLiteral("img-owner001"), QStringLiteral("img-full0050"), QStringLiteral("img-creating"),
                                               QStringLiteral("img-public01")}, false});
        QCOMPARE(v.violations.size(), 3);
        EXPECT_REFUSED(v, "D2", "InvalidImageId.InShared");
        EXPECT_REFUSED(v, "D3", "InvalidImageId.IncorrectState");
        EXPECT_REFUSED(v, "D1", "InvalidParameterValue.InvalidImageId");
    }

    void deleteNothingIsRefused()
    {
        Fixture f;
        EXPECT_REFUSED(Rules::checkDelete(f.ws(), kOwner, {{}, false}), "D5", "MissingParameter");
    }

    // ---- I1, I2 ----
    void createImage()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkCreateImage(f.ws(), kOwner, {QStringLiteral("ins-linux001"), QStringLiteral("new-image"), {}, false, false}));
        EXPECT_REFUSED(Rules::checkCreateImage(f.ws(), kOwner, {QStringLiteral("ins-friend01"), QStringLiteral("x"), {}, false, false}),
                       "I1", "InvalidInstanceId.NotFound");
        EXPECT_REFUSED(Rules::checkCreateImage(f.ws(), kOwner, {QStringLiteral("ins-1"), QStringLiteral("x"), {}, false, false}),
                       "I1", "InvalidInstanceId.Malformed");
        EXPECT_REFUSED(Rules::checkCreateImage(f.ws(), kOwner, {QStringLiteral("ins-linux001"), QStringLiteral("name-img-owner001"), {}, false, false}),
                       "M2", "InvalidImageName.Duplicate");
        EXPECT_REFUSED(Rules::checkCreateImage(f.ws(), kOwner, {QStringLiteral("ins-linux001"), QString(), {}, false, false}), "M2", "MissingParameter");
        Fixture full(withPolicy("customImageQuotaPerRegion", 6));
        EXPECT_REFUSED(Rules::checkCreateImage(full.ws(), kOwner, {QStringLiteral("ins-linux001"), QStringLiteral("new"), {}, false, false}),
                       "I1", "ImageQuotaLimitExceeded");
    }

    void windowsChecksNeedConfirmation()
    {
        Fixture f;
        const Verdict ok = Rules::checkCreateImage(f.ws(), kOwner, {QStringLiteral("ins-win00001"), QStringLiteral("win-new"), {}, false, true});
        EXPECT_ALLOWED(ok);
        QVERIFY(ok.confirmations.isEmpty());
        const Verdict bad = Rules::checkCreateImage(f.ws(), kOwner, {QStringLiteral("ins-winbad01"), QStringLiteral("win-new"), {}, false, true});
        EXPECT_ALLOWED(bad);
        QCOMPARE(bad.confirmations.size(), 1);
        QCOMPARE(bad.confirmations.first().rule, QStringLiteral("I2"));
        QCOMPARE(bad.confirmations.first().args.value(QStringLiteral("checks")).toStringList(), QStringList{QStringLiteral("ModulesInstaller")});
        QVERIFY(RuleText::confirmation(bad.confirmations.first()).contains(QStringLiteral("Windows Modules Installer")));
    }

    // ---- P1..P3 ----
    void importAllowed()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkImport(f.ws(), kOwner, goodImport()));
        ImportRequest plain = goodImport();
        plain.imageUrl = QStringLiteral("http://127.0.0.1:8080/centos.qcow2"); // not a COS bucket: nothing to compare
        EXPECT_ALLOWED(Rules::checkImport(f.ws(), kOwner, plain));
    }

    void importRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::newRow("P1 no permission") << kFriend << "" << "" << "P1" << "UnauthorizedOperation.PermissionDenied";
        QTest::newRow("P2 unknown region") << kOwner << "region" << "xx-nowhere" << "P2" << "InvalidRegion.NotFound";
        QTest::newRow("P2 no import region") << kOwner << "region" << "ap-chongqing" << "P2" << "RegionAbilityLimit.UnsupportedToImportImage";
        QTest::newRow("P2 format") << kOwner << "format" << "VDI" << "P2" << "InvalidFormatSize";
        QTest::newRow("P2 ISO without force") << kOwner << "format" << "ISO" << "P2" << "InvalidParameterValue.ISOMustImportByForce";
        QTest::newRow("P2 file too large") << kOwner << "fileSize" << "51" << "P2" << "InvalidFormatSize";
        QTest::newRow("P2 disk too large") << kOwner << "virtualSize" << "501" << "P2" << "InvalidFormatSize";
        QTest::newRow("P2 bucket elsewhere") << kOwner << "url" << "https://b-1250000001.cos.ap-shanghai.myqcloud.com/x.qcow2" << "P2" << "InvalidParameter.InvalidParameterUrlError";
        QTest::newRow("P2 ftp") << kOwner << "url" << "ftp://example.invalid/x.qcow2" << "P2" << "InvalidParameter.InvalidParameterUrlError";
        QTest::newRow("P2 no url") << kOwner << "url" << "" << "P2" << "MissingParameter";
        QTest::newRow("P3 os type") << kOwner << "osType" << "BeOS" << "P3" << "InvalidImageOsType.Unsupported";
        QTest::newRow("P3 os version") << kOwner << "osVersion" << "4" << "P3" << "InvalidImageOsVersion.Unsupported";
        QTest::newRow("P3 architecture") << kOwner << "architecture" << "arm_64" << "P3" << "InvalidParameterValue";
        QTest::newRow("M2 name") << kOwner << "name" << "name-img-owner001" << "M2" << "InvalidImageName.Duplicate";
    }
    void importRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        Fixture f;
        ImportRequest r = goodImport();
        if (field == QLatin1String("region"))
            r.region = value;
        else if (field == QLatin1String("format"))
            r.file.format = value;
        else if (field == QLatin1String("fileSize"))
            r.file.fileSizeBytes = value.toLongLong() << 30;
        else if (field == QLatin1String("virtualSize"))
            r.file.virtualSizeBytes = value.toLongLong() << 30;
        else if (field == QLatin1String("url"))
            r.imageUrl = value;
        else if (field == QLatin1String("osType"))
            r.osType = value;
        else if (field == QLatin1String("osVersion"))
            r.osVersion = value;
        else if (field == QLatin1String("architecture"))
            r.architecture = value;
        else if (field == QLatin1String("name"))
            r.imageName = value;
        const Verdict v = Rules::checkImport(f.ws(), acting, r);
        QVERIFY2(find(v, rule, code), qPrintable(dump(v)));
    }

    void importIsoByForceAndWindowsGpt()
    {
        Fixture f;
        ImportRequest iso = goodImport();
        iso.file.format = QStringLiteral("ISO");
        iso.force = true;
        EXPECT_ALLOWED(Rules::checkImport(f.ws(), kOwner, iso));
        ImportRequest win = goodImport();
        win.osType = QStringLiteral("Windows Server 2019");
        win.osVersion = QStringLiteral("-");
        win.file.partitionTable = QStringLiteral("GPT");
        EXPECT_REFUSED(Rules::checkImport(f.ws(), kOwner, win), "P2", "UnsupportedOperation");
        win.file.partitionTable = QStringLiteral("MBR");
        EXPECT_ALLOWED(Rules::checkImport(f.ws(), kOwner, win));
    }

    void importQuota()
    {
        Fixture f(withPolicy("customImageQuotaPerRegion", 6));
        EXPECT_REFUSED(Rules::checkImport(f.ws(), kOwner, goodImport()), "P3", "ImageQuotaLimitExceeded");
    }

    void importPermission()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkApplyImportPermission(f.ws(), kFriend));
        EXPECT_REFUSED(Rules::checkApplyImportPermission(f.ws(), kOwner), "P1", "FailedOperation");
    }

    void cosRegion()
    {
        QCOMPARE(Rules::cosRegionOf(QStringLiteral("https://images-1250000001.cos.ap-guangzhou.myqcloud.com/a.qcow2")), gz);
        QCOMPARE(Rules::cosRegionOf(QStringLiteral("http://b-1.cos.na-siliconvalley.myqcloud.com/a")), QStringLiteral("na-siliconvalley"));
        QCOMPARE(Rules::cosRegionOf(QStringLiteral("http://127.0.0.1:8000/a.qcow2")), QString());
        QCOMPARE(Rules::cosRegionOf(QStringLiteral("https://example.com/b-1.cos.ap-beijing.myqcloud.com")), QString());
    }

    // ---- N1..N4 ----
    void runInstancesRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::newRow("N1 wrong region") << kOwner << "img-owner001" << sh << "" << 1 << "N1" << "InvalidImageId.NotFound";
        QTest::newRow("N1 shared elsewhere") << kFriend << "img-shared01" << sh << "" << 1 << "N1" << "InvalidImageId.NotFound";
        QTest::newRow("N1 zone") << kOwner << "img-owner001" << gz << "ap-shanghai-2" << 1 << "N1" << "InvalidZone.MismatchRegion";
        QTest::newRow("N1 none") << kOwner << "img-owner001" << gz << "" << 0 << "N1" << "InvalidParameterValue.LimitExceeded";
        QTest::newRow("N1 too many") << kOwner << "img-owner001" << gz << "" << 101 << "N1" << "InvalidParameterValue.LimitExceeded";
        QTest::newRow("N3 state") << kOwner << "img-creating" << gz << "" << 1 << "N3" << "InvalidParameterValue.InvalidImageState";
        QTest::newRow("V1 private") << kFriend << "img-owner001" << gz << "" << 1 << "V1" << "InvalidImageId.NotFound";
    }
    void runInstancesRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, region);
        QFETCH(QString, zone);
        QFETCH(int, count);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        Fixture f;
        const Verdict v = Rules::checkRunInstances(f.ws(), acting, {image, region, zone, count, {}});
        QVERIFY2(find(v, rule, code), qPrintable(dump(v)));
    }

    void trustDecidesTheConfirmation()
    {
        Fixture f;
        // kOwner does not trust kStranger: confirm. kFriend trusts kOwner: no confirmation.
        const Verdict untrusted = Rules::checkRunInstances(f.ws(), kOwner, {QStringLiteral("img-strange1"), gz, {}, 1, {}});
        EXPECT_ALLOWED(untrusted);
        QCOMPARE(untrusted.confirmations.size(), 1);
        QCOMPARE(untrusted.confirmations.first().rule, QStringLiteral("N4"));
        QCOMPARE(untrusted.confirmations.first().args.value(QStringLiteral("ownerId")).toString(), kStranger);
        const Verdict trusted = Rules::checkRunInstances(f.ws(), kFriend, {QStringLiteral("img-shared01"), gz, {}, 1, {}});
        EXPECT_ALLOWED(trusted);
        QVERIFY(trusted.confirmations.isEmpty());
        const Verdict stillUntrusted = Rules::checkRunInstances(f.ws(), kFriend, {QStringLiteral("img-trusted1"), gz, {}, 1, {}});
        QCOMPARE(stillUntrusted.confirmations.size(), 1); // kFriend does not trust kTrusted
    }

    void resetInstance()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkResetInstance(f.ws(), kOwner, {QStringLiteral("ins-linux001"), QStringLiteral("img-public01")}));
        EXPECT_ALLOWED(Rules::checkResetInstance(f.ws(), kOwner, {QStringLiteral("ins-linux001"), QString()})); // its current image
        EXPECT_REFUSED(Rules::checkResetInstance(f.ws(), kOwner, {QStringLiteral("ins-friend01"), QStringLiteral("img-public01")}),
                       "N2", "InvalidInstanceId.NotFound");
        EXPECT_REFUSED(Rules::checkResetInstance(f.ws(), kOwner, {QStringLiteral("ins-win00001"), QStringLiteral("img-owner001")}),
                       "N1", "InvalidImageId.NotFound");
        EXPECT_REFUSED(Rules::checkResetInstance(f.ws(), kOwner, {QStringLiteral("ins-linux001"), QStringLiteral("img-creating")}),
                       "N3", "InvalidParameterValue.InvalidImageState");
        QCOMPARE(Rules::checkResetInstance(f.ws(), kOwner, {QStringLiteral("ins-linux001"), QStringLiteral("img-strange1")}).confirmations.size(), 1);
    }

    void trustedAccounts()
    {
        Fixture f;
        EXPECT_ALLOWED(Rules::checkTrustedAccounts(f.ws(), kOwner, {{kFriend, kTrusted}}));
        EXPECT_REFUSED(Rules::checkTrustedAccounts(f.ws(), kOwner, {{kOwner}}), "N4", "InvalidAccountIs.YourSelf");
        EXPECT_REFUSED(Rules::checkTrustedAccounts(f.ws(), kOwner, {{QStringLiteral("999999999999")}}), "N4", "InvalidAccountId.NotFound");
    }

    // ---- The words ----
    void everyRefusalHasWordsWithItsArguments()
    {
        Fixture f;
        const QList<Verdict> verdicts{
            Rules::checkShare(f.ws(), kOwner, {QStringLiteral("img-full0050"), {extra(55), kOwner, QStringLiteral("1x")}}),
            Rules::checkShare(f.ws(), kFriend, {QStringLiteral("img-shared01"), {kTrusted}}),
            Rules::checkModifyAttribute(f.ws(), kOwner, {QStringLiteral("img-shared01"), QString(61, QLatin1Char('n')), std::nullopt}),
            Rules::checkSync(f.ws(), kOwner, {QStringLiteral("img-owner001"), {gz, QStringLiteral("eu-moscow"), QStringLiteral("xx-nowhere")}, std::nullopt}),
            Rules::checkSync(f.ws(), kFriend, {QStringLiteral("img-shared01"), {sh}, std::nullopt}),
            Rules::checkDelete(f.ws(), kOwner, {{QStringLiteral("img-full0050"), QStringLiteral("img-creating"), QStringLiteral("img-public01")}, false}),
            Rules::checkDelete(f.ws(), kFriend, {{QStringLiteral("img-shared01")}, false}),
            Rules::checkRunInstances(f.ws(), kOwner, {QStringLiteral("img-owner001"), sh, QStringLiteral("z"), 0, {}}),
            Rules::checkImport(f.ws(), kFriend, [] {
                ImportRequest r = goodImport();
                r.file.format = QStringLiteral("VDI");
                r.osType = QStringLiteral("BeOS");
                return r;
            }()),
        };
        int checked = 0;
        for (const Verdict &v : verdicts) {
            QVERIFY(!v.allowed());
            for (const Violation &x : v.violations) {
                const QString text = RuleText::message(x);
                QVERIFY2(!text.isEmpty() && !text.startsWith(QLatin1String("Rule ")), qPrintable(x.rule + QLatin1Char(' ') + x.code));
                // Each message names what it is about: the account, else the region, else the image.
                QString subject;
                for (const char *key : {"accountId", "region", "imageId"}) {
                    subject = x.args.value(QLatin1String(key)).toString();
                    if (!subject.isEmpty())
                        break;
                }
                if (!subject.isEmpty() && x.code != QLatin1String("MissingParameter"))
                    QVERIFY2(text.contains(subject), qPrintable(text + QStringLiteral(" lacks ") + subject));
                ++checked;
            }
        }
        QVERIFY(checked > 15);
    }

    void ruleTitlesExistForEveryRule()
    {
        for (const char *id : {"V1", "V2", "S1", "S2", "S3", "S4", "S5", "S6", "M1", "M2", "M3", "C1", "C2", "C3", "C4", "C5",
                               "D1", "D2", "D3", "D5", "I1", "I2", "P1", "P2", "P3", "N1", "N2", "N3", "N4", "Q1", "F1", "F2"})
            QVERIFY2(RuleText::ruleTitle(QLatin1String(id)) != QLatin1String(id), id);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"

// The workspace check on crafted bad workspaces: each finding with its rule, code and items,
// and a message that names them. Valid operations never leave a finding behind.
#include "Fixture.h"
#include "Language.h"
#include "RuleText.h"
#include "Rules.h"
#include "WorkspaceLint.h"

#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QList<Violation> lintOf(const QJsonObject &root)
{
    LoadResult r = WorkspaceFile::fromObject(root);
    if (!r.ok())
        qFatal("crafted workspace does not load: %s", qPrintable(r.errorText()));
    return WorkspaceLint::run(*r.workspace);
}

QJsonArray sharesWith(const QStringList &accounts)
{
    QJsonArray a;
    for (const QString &acc : accounts)
        a.append(QJsonObject{{s("AccountId"), acc}, {s("CreatedTime"), s("2026-02-01T09:00:00Z")}});
    return a;
}

void modifyImage(QJsonObject &root, const QString &id,
                 const std::function<void(QJsonObject &)> &change)
{
    QJsonObject img = findImage(root, id);
    Q_ASSERT(!img.isEmpty());
    change(img);
    putImage(root, img);
}

void removeImage(QJsonObject &root, const QString &id)
{
    QJsonArray images;
    for (const QJsonValue &v : root.value(s("images")).toArray()) {
        if (v.toObject().value(s("ImageId")).toString() != id)
            images.append(v);
    }
    root.insert(s("images"), images);
}

void modifyArray(QJsonObject &root, const char *key, int index,
                 const std::function<void(QJsonObject &)> &change)
{
    QJsonArray a = root.value(QLatin1String(key)).toArray();
    QJsonObject o = a.at(index).toObject();
    change(o);
    a[index] = o;
    root.insert(QLatin1String(key), a);
}

void appendTo(QJsonObject &root, const char *key, const QJsonValue &value)
{
    QJsonArray a = root.value(QLatin1String(key)).toArray();
    a.append(value);
    root.insert(QLatin1String(key), a);
}

QStringList summary(const QList<Violation> &findings)
{
    QStringList out;
    for (const Violation &v : findings)
        out.append(v.rule + QLatin1Char(' ') + v.code + QStringLiteral(" [") +
                   v.items.join(QLatin1Char(',')) + QLatin1Char(']'));
    out.sort();
    return out;
}

const QString gz = QStringLiteral("ap-guangzhou");

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

    // The findings are exactly `expected` ("rule code [items]"), and each one's message is a real
    // sentence that names its items.
    void checkFindings(const QList<Violation> &findings, QStringList expected)
    {
        expected.sort();
        QCOMPARE(summary(findings), expected);
        for (const Violation &v : findings) {
            const QString text = RuleText::message(v);
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.startsWith(QLatin1String("Rule ")),
                     qPrintable(text)); // not the fallback
            // It names the image or the account it is about (the image and account arguments
            // when there are, otherwise the items).
            QStringList names;
            for (const char *key : {"imageId", "accountId"}) {
                if (v.args.contains(s(key)))
                    names.append(v.args.value(s(key)).toString());
            }
            if (names.isEmpty())
                names = v.items;
            QVERIFY(!names.isEmpty());
            for (const QString &name : std::as_const(names))
                QVERIFY2(text.contains(name),
                         qPrintable(QStringLiteral("%1 does not name %2").arg(text, name)));
            QVERIFY(!RuleText::ruleTitle(v.rule).isEmpty());
            QVERIFY(RuleText::ruleTitle(v.rule) != v.rule); // a known rule
        }
    }

private Q_SLOTS:
    void fixtureAndSampleAreClean()
    {
        checkFindings(lintOf(baseJson()), {});
        LoadResult sample = WorkspaceFile::load(QStringLiteral(SAMPLE_WORKSPACE));
        QVERIFY(sample.ok());
        checkFindings(WorkspaceLint::run(*sample.workspace), {});
    }

    void findings_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, int which, const QStringList &expected) {
            QTest::newRow(name) << which << expected;
        };
        row("51 shares", 0, {s("S3 OverQuota [img-full0050]")});
        row("shared with its owner", 1, {s("S4 SharedWithOwner [img-owner001,") + kOwner + s("]")});
        row("shared with an unknown account", 2,
            {s("S4 UnknownAccount [img-owner001,999999999999]")});
        row("shared twice with one account", 3,
            {s("S4 DuplicateShare [img-owner001,") + kFriend + s("]")});
        row("public image with shares", 4, {s("S1 SharedNotCustom [img-public01]")});
        row("shared while creating", 5, {s("S5 SharedInTransition [img-creating]")});
        row("shared while importing", 6, {s("S5 SharedInTransition [img-creating]")});
        row("shared BYOL", 7, {s("S5 SharedByolOrEncrypted [img-byol0001]")});
        row("shared encrypted", 8, {s("S5 SharedByolOrEncrypted [img-encr0001]")});
        row("over the quota", 9, {s("Q1 QuotaExceeded [") + kOwner + s(",ap-guangzhou]")});
        row("duplicate names", 10, {s("M2 NameDuplicate [img-byol0001,img-owner001]")});
        row("three with one name", 11,
            {s("M2 NameDuplicate [img-byol0001,img-encr0001,img-owner001]")});
        row("name too long", 12, {s("M2 NameTooLong [img-owner001]")});
        row("name too long for a lower limit", 13, {s("M2 NameTooLong [img-owner001]")});
        row("description too long", 14, {s("M2 DescriptionTooLong [img-owner001]")});
        row("instance image in another region", 15,
            {s("N1 InstanceImageRegion [ins-win00001,img-owner001]")});
        row("task without its image", 16, {s("F2 TaskWithoutImage [task-create01,img-gone0001]")});
        row("transitional without task", 17, {s("F2 TransitionWithoutTask [img-owner001]")});
        row("transitional, task finished", 18, {s("F2 TransitionWithoutTask [img-creating]")});
        row("image in unknown region", 19, {s("F2 UnknownRegion [img-byol0001]")});
        row("image of unknown owner", 20, {s("F2 UnknownAccount [img-byol0001]")});
        row("instance of unknown owner and region", 21,
            {s("F2 UnknownAccount [ins-friend01]"), s("F2 UnknownRegion [ins-friend01]")});
        row("snapshot of unknown owner", 22, {s("F2 UnknownAccount [snap-owner001]")});
        row("unknown snapshot", 23, {s("F2 UnknownSnapshot [img-owner001,snap-missing1]")});
        row("duplicate image ID", 24, {s("F1 DuplicateId [img-owner001]")});
        row("duplicate account ID", 25, {s("F1 DuplicateId [") + kFriend + s("]")});
        row("duplicate instance ID", 26, {s("F1 DuplicateId [ins-linux001]")});
        row("unknown trusted account", 27, {s("F2 TrustedUnknown [") + kOwner + s("]")});
        row("progress while normal", 28,
            {s("S3 OverQuota [img-full0050]"), s("F2 SyncPercentRange [img-owner001]")});
        row("over a lowered share limit", 29,
            {s("S3 OverQuota [img-full0050]"), s("S3 OverQuota [img-shared01]")});
    }
    void findings()
    {
        QFETCH(int, which);
        QFETCH(QStringList, expected);
        QJsonObject root = baseJson();
        const QString own = s("img-owner001");
        auto fiftyOne = [] {
            QStringList all;
            for (int n = 0; n < 51; ++n)
                all.append(extra(n));
            return all;
        };
        switch (which) {
        case 0:
            modifyImage(root, s("img-full0050"),
                        [&](QJsonObject &img) { img.insert(s("Shares"), sharesWith(fiftyOne())); });
            break;
        case 1:
            modifyImage(root, own, [](QJsonObject &img) {
                img.insert(s("Shares"), sharesWith({kFriend, kOwner}));
            });
            break;
        case 2:
            modifyImage(root, own, [](QJsonObject &img) {
                img.insert(s("Shares"), sharesWith({kFriend, s("999999999999")}));
            });
            break;
        case 3:
            modifyImage(root, own, [](QJsonObject &img) {
                img.insert(s("Shares"), sharesWith({kFriend, kTrusted, kFriend}));
            });
            break;
        case 4:
            modifyImage(root, s("img-public01"),
                        [](QJsonObject &img) { img.insert(s("Shares"), sharesWith({kFriend})); });
            break;
        case 5:
            modifyImage(root, s("img-creating"),
                        [](QJsonObject &img) { img.insert(s("Shares"), sharesWith({kFriend})); });
            break;
        case 6:
            modifyImage(root, s("img-creating"), [](QJsonObject &img) {
                img.insert(s("ImageState"), s("IMPORTING"));
                img.insert(s("ImageSource"), s("EXTERNAL_IMPORT"));
                img.insert(s("Shares"), sharesWith({kFriend}));
            });
            modifyArray(root, "tasks", 0, [](QJsonObject &t) {
                t.insert(s("Action"), s("ImportImage"));
                t.remove(s("InstanceId"));
            });
            break;
        case 7:
            modifyImage(root, s("img-byol0001"),
                        [](QJsonObject &img) { img.insert(s("Shares"), sharesWith({kFriend})); });
            break;
        case 8:
            modifyImage(root, s("img-encr0001"),
                        [](QJsonObject &img) { img.insert(s("Shares"), sharesWith({kFriend})); });
            break;
        case 9:
            root.insert(s("policy"), QJsonObject{{s("customImageQuotaPerRegion"), 3}});
            break;
        case 10:
            modifyImage(root, s("img-byol0001"), [](QJsonObject &img) {
                img.insert(s("ImageName"), s("name-img-owner001"));
            });
            // The same name is fine for another owner, and in another region.
            modifyImage(root, s("img-strange1"), [](QJsonObject &img) {
                img.insert(s("ImageName"), s("name-img-owner001"));
            });
            modifyImage(root, s("img-winsrv01"), [](QJsonObject &img) {
                img.insert(s("ImageName"), s("name-img-owner001"));
            });
            break;
        case 11:
            modifyImage(root, s("img-byol0001"), [](QJsonObject &img) {
                img.insert(s("ImageName"), s("name-img-owner001"));
            });
            modifyImage(root, s("img-encr0001"), [](QJsonObject &img) {
                img.insert(s("ImageName"), s("name-img-owner001"));
            });
            break;
        case 12:
            modifyImage(root, own, [](QJsonObject &img) {
                img.insert(s("ImageName"), QString(61, QLatin1Char('n')));
            });
            break;
        case 13:
            root.insert(s("policy"), QJsonObject{{s("imageNameMaxLength"), 16}});
            modifyImage(root, own, [](QJsonObject &img) {
                img.insert(s("ImageName"), QString(17, QLatin1Char('n')));
            });
            modifyImage(root, s("img-byol0001"), [](QJsonObject &img) {
                img.insert(s("ImageName"), QString(16, QLatin1Char('b')));
            });
            // (the fixture's other names, "name-img-xxxxxxxx", have 17 characters)
            for (const char *id : {"img-shared01", "img-full0050", "img-encr0001", "img-creating",
                                   "img-strange1", "img-trusted1", "img-winsrv01"})
                modifyImage(root, s(id),
                            [id](QJsonObject &img) { img.insert(s("ImageName"), s(id)); });
            break;
        case 14:
            modifyImage(root, own, [](QJsonObject &img) {
                img.insert(s("ImageDescription"), QString(257, QLatin1Char('d')));
            });
            modifyImage(root, s("img-byol0001"), [](QJsonObject &img) {
                img.insert(s("ImageDescription"), QString(256, QLatin1Char('d')));
            });
            break;
        case 15:
            modifyArray(root, "instances", 1,
                        [](QJsonObject &i) { i.insert(s("ImageId"), s("img-owner001")); });
            break;
        case 16:
            modifyArray(root, "tasks", 0, [](QJsonObject &t) {
                t.insert(s("ImageIds"), QJsonArray{s("img-gone0001")});
            });
            removeImage(root, s("img-creating"));
            break;
        case 17:
            modifyImage(root, own,
                        [](QJsonObject &img) { img.insert(s("ImageState"), s("SYNCING")); });
            break;
        case 18:
            modifyArray(root, "tasks", 0, [](QJsonObject &t) {
                t.insert(s("State"), s("SUCCEEDED"));
                t.insert(s("FinishedTime"), s("2026-03-21T08:05:00Z"));
            });
            break;
        case 19:
            modifyImage(root, s("img-byol0001"),
                        [](QJsonObject &img) { img.insert(s("Region"), s("xx-nowhere")); });
            break;
        case 20:
            modifyImage(root, s("img-byol0001"), [](QJsonObject &img) {
                img.insert(s("OwnerAccountId"), s("999999999999"));
            });
            break;
        case 21:
            modifyArray(root, "instances", 3, [](QJsonObject &i) {
                i.insert(s("OwnerAccountId"), s("999999999999"));
                i.insert(s("Region"), s("xx-nowhere"));
                i.insert(s("ImageId"), s("img-gone0001"));
            });
            break;
        case 22:
            modifyArray(root, "snapshots", 0,
                        [](QJsonObject &sn) { sn.insert(s("OwnerAccountId"), s("999999999999")); });
            break;
        case 23:
            modifyImage(root, own, [](QJsonObject &img) {
                QJsonArray set = img.value(s("SnapshotSet")).toArray();
                set.append(QJsonObject{{s("SnapshotId"), s("snap-missing1")},
                                       {s("DiskUsage"), s("DATA_DISK")},
                                       {s("DiskSize"), 10}});
                img.insert(s("SnapshotSet"), set);
            });
            break;
        case 24: {
            QJsonObject second = findImage(root, own);
            second.insert(s("ImageName"), s("the second one"));
            appendTo(root, "images", second);
            break;
        }
        case 25:
            appendTo(root, "accounts",
                     QJsonObject{{s("AccountId"), kFriend}, {s("Name"), s("Friend again")}});
            break;
        case 26: {
            QJsonObject dup = root.value(s("instances")).toArray().at(0).toObject();
            dup.insert(s("InstanceName"), s("again"));
            appendTo(root, "instances", dup);
            break;
        }
        case 27:
            modifyArray(root, "accounts", 0, [](QJsonObject &a) {
                a.insert(s("TrustedAccountIds"), QJsonArray{kTrusted, s("999999999999")});
            });
            break;
        case 28:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(s("SyncPercent"), 40); });
            modifyImage(root, s("img-full0050"),
                        [&](QJsonObject &img) { img.insert(s("Shares"), sharesWith(fiftyOne())); });
            break;
        case 29:
            root.insert(s("policy"), QJsonObject{{s("shareLimit"), 0}});
            for (const char *id : {"img-strange1", "img-trusted1"}) // other owners' shared images
                modifyImage(root, s(id),
                            [](QJsonObject &img) { img.insert(s("Shares"), QJsonArray()); });
            break;
        }
        const QList<Violation> found = lintOf(root);
        checkFindings(found, expected);
    }

    void findingsCarryTheirValues()
    {
        QJsonObject root = baseJson();
        modifyImage(root, s("img-full0050"), [](QJsonObject &img) {
            QStringList all;
            for (int n = 0; n < 51; ++n)
                all.append(extra(n));
            img.insert(s("Shares"), sharesWith(all));
        });
        const QList<Violation> findings = lintOf(root);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().args.value(s("shared")).toInt(), 51);
        QCOMPARE(findings.first().args.value(s("limit")).toInt(), 50);
        QCOMPARE(RuleText::message(findings.first()),
                 s("Image img-full0050 is shared with 51 accounts; the limit is 50."));

        QJsonObject quota = baseJson();
        quota.insert(s("policy"), QJsonObject{{s("customImageQuotaPerRegion"), 3}});
        const Violation q = lintOf(quota).first();
        QCOMPARE(q.args.value(s("used")).toInt(), 6);
        QCOMPARE(q.args.value(s("limit")).toInt(), 3);
        QVERIFY(RuleText::message(q).contains(s("6")));

        QJsonObject trusted = baseJson();
        modifyArray(trusted, "accounts", 0, [](QJsonObject &a) {
            a.insert(s("TrustedAccountIds"), QJsonArray{s("999999999999")});
        });
        QVERIFY(RuleText::message(lintOf(trusted).first()).contains(s("999999999999")));

        QJsonObject dup = baseJson();
        QJsonObject second = findImage(dup, s("img-owner001"));
        second.insert(s("ImageName"), s("the second one"));
        appendTo(dup, "images", second);
        const int last = int(dup.value(s("images")).toArray().size()) - 1;
        const LoadResult r = WorkspaceFile::fromObject(dup);
        QCOMPARE(r.workspace->image(s("img-owner001"))->imageName,
                 s("name-img-owner001")); // the first record is kept
        const Violation d = WorkspaceLint::run(*r.workspace).first();
        QCOMPARE(d.args.value(s("path")).toString(), QStringLiteral("images[%1]").arg(last));
        QVERIFY(RuleText::message(d).contains(QStringLiteral("images[%1]").arg(last)));
    }

    // A repeated name is explained with the images that carry it, listed in the language's way.
    void repeatedNameListsItsImages()
    {
        QJsonObject root = baseJson();
        for (const char *id : {"img-byol0001", "img-encr0001"})
            modifyImage(root, s(id), [](QJsonObject &img) {
                img.insert(s("ImageName"), s("name-img-owner001"));
            });
        const QList<Violation> found = lintOf(root);
        QCOMPARE(found.size(), 1);
        Language::apply(s("en"));
        QCOMPARE(RuleText::message(found.first()),
                 s("Account ") + kOwner +
                     s(" has more than one image named \"name-img-owner001\" in ap-guangzhou: "
                       "img-byol0001, img-encr0001, and img-owner001."));
        Language::apply(s("id"));
        const QString indonesian = RuleText::message(found.first());
        Language::apply(s("en"));
        QVERIFY2(indonesian.endsWith(s(": img-byol0001, img-encr0001, dan img-owner001.")),
                 qPrintable(indonesian));
        QVERIFY2(indonesian.startsWith(s("Akun ")), qPrintable(indonesian));
    }

    void severalFindingsAtOnce()
    {
        QJsonObject root = baseJson();
        modifyImage(root, s("img-owner001"),
                    [](QJsonObject &img) { img.insert(s("Shares"), sharesWith({kOwner})); });
        modifyImage(root, s("img-byol0001"),
                    [](QJsonObject &img) { img.insert(s("Shares"), sharesWith({kFriend})); });
        modifyArray(root, "accounts", 1, [](QJsonObject &a) {
            a.insert(s("TrustedAccountIds"), QJsonArray{s("123456789")});
        });
        checkFindings(lintOf(root), {s("S4 SharedWithOwner [img-owner001,") + kOwner + s("]"),
                                     s("S5 SharedByolOrEncrypted [img-byol0001]"),
                                     s("F2 TrustedUnknown [") + kFriend + s("]")});
        // In a stable order, whatever the order of the file or of the workspace's hashes:
        // accounts first, then images by ID.
        QStringList order;
        for (const Violation &v : lintOf(root))
            order.append(v.items.first());
        QCOMPARE(order, (QStringList{kFriend, s("img-byol0001"), s("img-owner001")}));
        // The check reads the workspace only: twice the same answer.
        LoadResult r = WorkspaceFile::fromObject(root);
        QCOMPARE(WorkspaceLint::run(*r.workspace), WorkspaceLint::run(*r.workspace));
    }

    // Quota and repeated names come per owner and region, in the order of the accounts and
    // then of the regions, names in name order and each name's images in ID order; names
    // that differ only in case, or belong to another owner or region, are not repeated.
    void namesAndQuotaInOrder()
    {
        QJsonObject root = baseJson();
        root.insert(s("policy"), QJsonObject{{s("customImageQuotaPerRegion"), 4}});
        const QString sh = s("ap-shanghai");
        auto put = [&root](const char *id, const QString &owner, const QString &region,
                           const char *name) {
            QJsonObject img = image(s(id), owner, region);
            img.insert(s("ImageName"), s(name));
            putImage(root, img);
        };
        put("img-dup00009", kFriend, gz, "alpha");
        put("img-dup00008", kFriend, gz, "alpha");
        put("img-dup00007", kOwner, sh, "alpha");
        put("img-dup00006", kOwner, sh, "alpha");
        put("img-dup00005", kOwner, gz, "beta");
        put("img-dup00004", kOwner, gz, "Alpha");
        put("img-dup00003", kOwner, gz, "alpha");
        put("img-dup00002", kOwner, gz, "beta");
        put("img-dup00001", kOwner, gz, "alpha");
        put("img-dup00000", kTrusted, sh, "beta");
        QStringList found;
        for (const Violation &v : lintOf(root))
            found.append(v.code + u' ' + v.args.value(s("name")).toString() + u' ' +
                         v.items.join(u','));
        QCOMPARE(found, (QStringList{
                            s("QuotaExceeded  ") + kOwner + s(",ap-guangzhou"),
                            s("NameDuplicate alpha img-dup00001,img-dup00003"),
                            s("NameDuplicate beta img-dup00002,img-dup00005"),
                            s("NameDuplicate alpha img-dup00006,img-dup00007"),
                            s("NameDuplicate alpha img-dup00008,img-dup00009"),
                        }));
    }

    // The check and the rules agree on which names are the same (M2): two images of one owner
    // in one region under two names are a finding exactly when the rules refuse the second name
    // beside the first, for a new or renamed image and for two copies made by one request.
    void namesAreTheSameForTheCheckAndTheRules_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical") << s("web") << s("web") << true;
        QTest::newRow("case") << s("web") << s("Web") << false;
        QTest::newRow("trailing space") << s("web") << s("web ") << false;
        QTest::newRow("inner space") << s("web server") << s("web  server") << false;
        QTest::newRow("precomposed or combining accent")
            << QString::fromUtf16(u"caf\u00e9") << QString::fromUtf16(u"cafe\u0301") << false;
        QTest::newRow("full-width letters")
            << s("web") << QString::fromUtf16(u"\uff57\uff45\uff42") << false;
        QTest::newRow("beyond the BMP") << QString::fromUtf16(u"web-\U0001F600")
                                        << QString::fromUtf16(u"web-\U0001F600") << true;
        QTest::newRow("Indonesian") << s("citra-produksi") << s("citra-produksi") << true;
    }
    void namesAreTheSameForTheCheckAndTheRules()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, same);
        QCOMPARE(Rules::sameName(first, second), same);
        QCOMPARE(Rules::sameName(second, first), same);

        auto named = [](const char *id, const QString &name) {
            QJsonObject img = image(s(id), kOwner, gz);
            img.insert(s("ImageName"), name);
            return img;
        };
        auto duplicate = [](const Verdict &v) {
            return std::any_of(v.violations.cbegin(), v.violations.cend(), [](const Violation &x) {
                return x.is(Rule::M2) && x.code == codes::InvalidImageNameDuplicate;
            });
        };
        QJsonObject root = baseJson();
        putImage(root, named("img-name0001", first));

        // The rules: a new image, or another image renamed, under the second name.
        LoadResult one = WorkspaceFile::fromObject(root);
        QVERIFY(one.ok());
        QCOMPARE(duplicate(Rules::checkName(*one.workspace, kOwner, gz, second)), same);
        QCOMPARE(duplicate(Rules::checkName(*one.workspace, kOwner, gz, second, s("img-owner001"))),
                 same);
        // Another owner, or another region, may always have it.
        QVERIFY(!duplicate(Rules::checkName(*one.workspace, kFriend, gz, second)));
        QVERIFY(!duplicate(Rules::checkName(*one.workspace, kOwner, s("ap-shanghai"), second)));

        // The check: both images in the file.
        putImage(root, named("img-name0002", second));
        QStringList found;
        for (const Violation &v : lintOf(root)) {
            if (v.code == QLatin1String("NameDuplicate"))
                found.append(v.items.join(u','));
        }
        QCOMPARE(found, same ? QStringList{s("img-name0001,img-name0002")} : QStringList{});
        QCOMPARE(Rules::nameClashes(*WorkspaceFile::fromObject(root).workspace).size(),
                 same ? 1 : 0);

        // The rules again: copying both to one region in one request, each under its own name.
        root = baseJson();
        putImage(root, named("img-name0001", first));
        putImage(root, named("img-name0002", second));
        LoadResult both = WorkspaceFile::fromObject(root);
        QVERIFY(both.ok());
        const QList<Verdict> copies = Rules::checkSyncEach(
            *both.workspace, kOwner,
            SyncRequest{{s("img-name0001"), s("img-name0002")}, {s("ap-beijing")}});
        QCOMPARE(copies.size(), 2);
        QVERIFY2(copies.first().allowed(),
                 qPrintable(summary(copies.first().violations).join(u';')));
        QCOMPARE(duplicate(copies.last()), same);
    }

    // What the rules allow is no finding.
    void notFindings()
    {
        // Exactly 50 shares; a shared image being copied; an instance that outlived its image (D4);
        // a failed image with its reason; names at the limits.
        Fixture f;
        QVERIFY(f.ops()
                    .syncImages(f.as(kOwner), {{s("img-shared01")}, {s("ap-beijing")}, std::nullopt})
                    .applied());
        QCOMPARE(toString(f.ws().image(s("img-shared01"))->state), s("SYNCING"));
        checkFindings(WorkspaceLint::run(f.ws()), {});

        QJsonObject root = baseJson();
        modifyArray(root, "instances", 0,
                    [](QJsonObject &i) { i.insert(s("ImageId"), s("img-deleted1")); });
        modifyImage(root, s("img-owner001"), [](QJsonObject &img) {
            img.insert(s("ImageName"), QString(60, QLatin1Char('n')));
            img.insert(s("ImageDescription"), QString(256, QLatin1Char('d')));
            img.insert(s("ImageState"), s("CREATEFAILED"));
            img.insert(s("FailureReason"), s("WindowsChecks"));
        });
        checkFindings(lintOf(root), {});
    }

    // Every valid operation, and time passing, leaves a workspace the check finds nothing in.
    void operationsLeaveACleanWorkspace()
    {
        Fixture f;
        const QSet<QString> ack{s("S6"), s("N4"), s("I2")};
        auto clean = [&](const char *after) {
            const QList<Violation> found = WorkspaceLint::run(f.ws());
            QVERIFY2(
                found.isEmpty(),
                qPrintable(
                    QStringLiteral("after %1: %2").arg(s(after), summary(found).join(s("; ")))));
        };
        QVERIFY(
            f.ops()
                .modifySharePermission(f.as(kOwner, ack), {s("img-owner001"), {kFriend, kTrusted}})
                .applied());
        clean("share");
        const OperationResult sync = f.ops().syncImages(
            f.as(kOwner), {{s("img-owner001")}, {s("ap-shanghai"), s("ap-jakarta")}, std::nullopt});
        QVERIFY(sync.applied());
        clean("sync");
        QVERIFY(
            f.ops().syncImages(f.as(kFriend), {{s("img-shared01")}, {gz}, std::nullopt}).applied());
        clean("recipient copy");
        QVERIFY(
            f.ops()
                .createImage(f.as(kOwner), {s("ins-linux001"), s("from linux"), {}, false, false})
                .applied());
        QVERIFY(f.ops()
                    .createImage(f.as(kOwner, ack),
                                 {s("ins-winbad01"), s("from windows"), {}, false, false})
                    .applied());
        clean("create");
        ImportRequest imp;
        imp.region = gz;
        imp.imageName = s("imported");
        imp.osType = s("Debian");
        imp.osVersion = s("12");
        imp.architecture = s("x86_64");
        imp.imageUrl = s("https://b-1250000001.cos.ap-guangzhou.myqcloud.com/d.qcow2");
        imp.file.format = s("QCOW2");
        imp.file.virtualSizeBytes = qint64(10) << 30;
        QVERIFY(f.ops().importImage(f.as(kOwner), imp).applied());
        imp.imageName = s("imported, failing");
        imp.file.partitionTable = s("NONE");
        QVERIFY(f.ops().importImage(f.as(kOwner), imp).applied());
        clean("import");
        QVERIFY(
            f.ops().runInstances(f.as(kOwner, ack), {s("img-strange1"), gz, {}, 2, {}}).applied());
        QVERIFY(
            f.ops().resetInstance(f.as(kOwner), {s("ins-linux001"), s("img-public01")}).applied());
        QVERIFY(f.ops().setTrustedAccounts(f.as(kOwner), {{kStranger}}).applied());
        QVERIFY(
            f.ops()
                .setWindowsCheck(f.as(kOwner), s("ins-winbad01"), WindowsCheck::SystemPopups, false)
                .applied());
        clean("instances and accounts");
        f.clock().advance(f.ws().policy().copyDurationSeconds / 2);
        f.ops().advanceTasks();
        clean("half the time");
        f.clock().advance(f.ws().policy().importDurationSeconds);
        f.ops().advanceTasks();
        clean("all tasks done");
        const OperationResult cancel = f.ops().modifySharePermission(
            f.as(kOwner), {s("img-owner001"), {kFriend, kTrusted}, SharePermission::Cancel});
        QVERIFY(cancel.applied());
        const OperationResult del = f.ops().deleteImages(
            f.as(kOwner), {{s("img-owner001"), sync.createdIds.first()}, true});
        QVERIFY(del.applied());
        clean("delete");
        // Undo, last first (as the console's undo stack does).
        QVERIFY(f.ops().undo(f.as(kOwner), del).applied());
        clean("undo of the delete");
        QVERIFY(f.ops().undo(f.as(kOwner), cancel).applied());
        clean("undo of the cancel");
        QVERIFY(f.ops().redo(f.as(kOwner), cancel).applied());
        QVERIFY(f.ops().redo(f.as(kOwner), del).applied());
        clean("redo");
    }

    // The DescribeImages import is an operation too: what it brings in (with its SnapshotSet)
    // must not be reported as broken by the check.
    void describeImagesImportLeavesACleanWorkspace()
    {
        Fixture f;
        const QByteArray answer =
            R"({"Response":{"TotalCount":1,"ImageSet":[{"OsName":"CentOS 7.4 64-bit","ImageSize":20,"ImageType":"PRIVATE_IMAGE",)"
            R"("CreatedTime":"2020-09-22T00:00:00+00:00","ImageDescription":"test-image","ImageSource":"CREATE_IMAGE","ImageId":"img-qlzp4oea",)"
            R"("ImageName":"test-image","ImageCreator":"3205597606","ImageState":"NORMAL","SyncPercent":null,)"
            R"("SnapshotSet":[{"SnapshotId":"snap-gqa37j2p","DiskUsage":"SYSTEM_DISK","DiskSize":20}],"Tags":[{"Value":"xx","Key":"xx"}],)"
            R"("Architecture":"x86_64","Platform":"CentOS","IsSupportCloudinit":true}],"RequestId":"5908394c-5b3f-42e0-a537-8410553890a5"}})";
        QList<LoadProblem> problems;
        const QList<Image> images = WorkspaceFile::parseDescribeImages(answer, kFriend, &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(f.ops()
                    .importDescribeImages(f.as(kFriend), images, kFriend, s("ap-jakarta"))
                    .applied());
        const QList<Violation> found = WorkspaceLint::run(f.ws());
        QVERIFY2(found.isEmpty(), qPrintable(summary(found).join(s("; "))));
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"

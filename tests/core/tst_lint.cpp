// The workspace check on crafted bad workspaces: each finding with its rule, code and items.
#include "Fixture.h"
#include "RuleText.h"
#include "WorkspaceLint.h"

#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

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
        a.append(QJsonObject{{QStringLiteral("AccountId"), acc}, {QStringLiteral("CreatedTime"), QStringLiteral("2026-02-01T09:00:00Z")}});
    return a;
}

void modifyImage(QJsonObject &root, const QString &id, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject img = findImage(root, id);
    change(img);
    putImage(root, img);
}

void modifyArray(QJsonObject &root, const char *key, int index, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray a = root.value(QLatin1String(key)).toArray();
    QJsonObject o = a.at(index).toObject();
    change(o);
    a[index] = o;
    root.insert(QLatin1String(key), a);
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureAndSampleAreClean()
    {
        QVERIFY(lintOf(baseJson()).isEmpty());
        LoadResult sample = WorkspaceFile::load(QStringLiteral(SAMPLE_WORKSPACE));
        QVERIFY(sample.ok());
        const QList<Violation> findings = WorkspaceLint::run(*sample.workspace);
        QStringList codes;
        for (const Violation &v : findings)
            codes.append(v.code);
        QVERIFY2(findings.isEmpty(), qPrintable(codes.join(QLatin1Char(','))));
    }

    void findings_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("item");
        const QList<std::tuple<const char *, const char *, const char *, const char *>> rows{
            {"51 shares", "S3", "OverQuota", "img-full0050"},
            {"shared with its owner", "S4", "SharedWithOwner", "img-owner001"},
            {"shared with an unknown account", "S4", "UnknownAccount", "img-owner001"},
            {"shared twice with one account", "S4", "DuplicateShare", "img-owner001"},
            {"public image with shares", "S1", "SharedNotCustom", "img-public01"},
            {"shared while creating", "S5", "SharedInTransition", "img-creating"},
            {"shared BYOL", "S5", "SharedByolOrEncrypted", "img-byol0001"},
            {"over the quota", "Q1", "QuotaExceeded", "ap-guangzhou"},
            {"duplicate names", "M2", "NameDuplicate", "img-owner001"},
            {"name too long", "M2", "NameTooLong", "img-owner001"},
            {"description too long", "M2", "DescriptionTooLong", "img-owner001"},
            {"instance image in another region", "N1", "InstanceImageRegion", "ins-win00001"},
            {"task without its image", "F2", "TaskWithoutImage", "task-create01"},
            {"transitional without task", "F2", "TransitionWithoutTask", "img-owner001"},
            {"unknown region", "F2", "UnknownRegion", "img-owner001"},
            {"unknown owner", "F2", "UnknownAccount", "img-owner001"},
            {"unknown snapshot", "F2", "UnknownSnapshot", "img-owner001"},
            {"duplicate ID", "F1", "DuplicateId", "img-owner001"},
            {"unknown trusted account", "F2", "TrustedUnknown", "100000000001"},
            {"progress while normal", "F2", "SyncPercentRange", "img-owner001"},
        };
        int i = 0;
        for (const auto &[name, rule, code, item] : rows)
            QTest::newRow(name) << i++ << QString::fromLatin1(rule) << QString::fromLatin1(code) << QString::fromLatin1(item);
    }
    void findings()
    {
        QFETCH(int, which);
        QFETCH(QString, rule);
        QFETCH(QString, code);
        QFETCH(QString, item);
        QJsonObject root = baseJson();
        const QString own = QStringLiteral("img-owner001");
        switch (which) {
        case 0:
            modifyImage(root, QStringLiteral("img-full0050"), [](QJsonObject &img) {
                QStringList all;
                for (int n = 0; n < 51; ++n)
                    all.append(extra(n));
                img.insert(QStringLiteral("Shares"), sharesWith(all));
            });
            break;
        case 1:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(QStringLiteral("Shares"), sharesWith({kOwner})); });
            break;
        case 2:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(QStringLiteral("Shares"), sharesWith({QStringLiteral("999999999999")})); });
            break;
        case 3:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(QStringLiteral("Shares"), sharesWith({kFriend, kFriend})); });
            break;
        case 4:
            modifyImage(root, QStringLiteral("img-public01"), [](QJsonObject &img) { img.insert(QStringLiteral("Shares"), sharesWith({kFriend})); });
            break;
        case 5:
            modifyImage(root, QStringLiteral("img-creating"), [](QJsonObject &img) { img.insert(QStringLiteral("Shares"), sharesWith({kFriend})); });
            break;
        case 6:
            modifyImage(root, QStringLiteral("img-byol0001"), [](QJsonObject &img) { img.insert(QStringLiteral("Shares"), sharesWith({kFriend})); });
            break;
        case 7: {
            QJsonObject policy;
            policy.insert(QStringLiteral("customImageQuotaPerRegion"), 3);
            root.insert(QStringLiteral("policy"), policy);
            break;
        }
        case 8:
            modifyImage(root, QStringLiteral("img-byol0001"), [](QJsonObject &img) { img.insert(QStringLiteral("ImageName"), QStringLiteral("name-img-owner001")); });
            break;
        case 9:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(QStringLiteral("ImageName"), QString(61, QLatin1Char('n'))); });
            break;
        case 10:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(QStringLiteral("ImageDescription"), QString(257, QLatin1Char('d'))); });
            break;
        case 11:
            modifyArray(root, "instances", 1, [](QJsonObject &i) { i.insert(QStringLiteral("ImageId"), QStringLiteral("img-owner001")); });
            break;
        case 12:
            modifyArray(root, "tasks", 0, [](QJsonObject &t) { t.insert(QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-gone0001")}); });
            break;
        case 13:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(QStringLiteral("ImageState"), QStringLiteral("SYNCING")); });
            break;
        case 14:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(QStringLiteral("Region"), QStringLiteral("xx-nowhere")); });
            break;
        case 15:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(QStringLiteral("OwnerAccountId"), QStringLiteral("999999999999")); });
            break;
        case 16:
            modifyImage(root, own, [](QJsonObject &img) {
                img.insert(QStringLiteral("SnapshotSet"), QJsonArray{QJsonObject{{QStringLiteral("SnapshotId"), QStringLiteral("snap-missing1")}}});
            });
            break;
        case 17: {
            QJsonArray images = root.value(QStringLiteral("images")).toArray();
            images.append(findImage(root, own));
            root.insert(QStringLiteral("images"), images);
            break;
        }
        case 18:
            modifyArray(root, "accounts", 0, [](QJsonObject &a) { a.insert(QStringLiteral("TrustedAccountIds"), QJsonArray{QStringLiteral("999999999999")}); });
            break;
        case 19:
            modifyImage(root, own, [](QJsonObject &img) { img.insert(QStringLiteral("SyncPercent"), 40); });
            break;
        }
        const QList<Violation> findings = lintOf(root);
        const Violation *hit = nullptr;
        for (const Violation &v : findings) {
            if (v.rule == rule && v.code == code)
                hit = &v;
        }
        QStringList got;
        for (const Violation &v : findings)
            got.append(v.rule + QLatin1Char(' ') + v.code);
        QVERIFY2(hit, qPrintable(got.join(QStringLiteral("; "))));
        QVERIFY2(hit->items.contains(item), qPrintable(hit->items.join(QLatin1Char(','))));
        const QString text = RuleText::message(*hit);
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.startsWith(QLatin1String("Rule ")));
    }

    void overLimitFindingNamesTheCount()
    {
        QJsonObject root = baseJson();
        modifyImage(root, QStringLiteral("img-full0050"), [](QJsonObject &img) {
            QStringList all;
            for (int n = 0; n < 51; ++n)
                all.append(extra(n));
            img.insert(QStringLiteral("Shares"), sharesWith(all));
        });
        const QList<Violation> findings = lintOf(root);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().args.value(QStringLiteral("shared")).toInt(), 51);
        QCOMPARE(RuleText::message(findings.first()), QStringLiteral("Image img-full0050 is shared with 51 accounts; the limit is 50."));
    }

    void aSharedImageBeingCopiedIsFine()
    {
        Fixture f;
        QVERIFY(f.ops().syncImages(f.as(kOwner), {QStringLiteral("img-shared01"), {QStringLiteral("ap-beijing")}, std::nullopt}).applied());
        QCOMPARE(toString(f.ws().image(QStringLiteral("img-shared01"))->state), QStringLiteral("SYNCING"));
        QVERIFY(WorkspaceLint::run(f.ws()).isEmpty());
    }

    void anInstanceMayOutliveItsImage()
    {
        QJsonObject root = baseJson();
        modifyArray(root, "instances", 0, [](QJsonObject &i) { i.insert(QStringLiteral("ImageId"), QStringLiteral("img-deleted1")); });
        QVERIFY(lintOf(root).isEmpty()); // D4: deleting an image leaves its instances running
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"

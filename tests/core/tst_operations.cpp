// Every operation: state before and after, the journal entry, all-or-nothing, dry runs,
// confirmations, undo and redo, and the tasks that take time (copy, create, import).
#include "Fixture.h"
#include "RuleText.h"
#include "Rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

const QString gz = QStringLiteral("ap-guangzhou");
const QString sh = QStringLiteral("ap-shanghai");
const QString bj = QStringLiteral("ap-beijing");
const QString jk = QStringLiteral("ap-jakarta");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The workspace as saved, without the journal (which only grows).
QJsonObject state(const Workspace &ws)
{
    QJsonObject o = QJsonDocument::fromJson(WorkspaceFile::toJson(ws)).object();
    o.remove(QStringLiteral("journal"));
    return o;
}

// Every record of the workspace, compared field by field (stricter than the JSON: it sees
// fields the file leaves out, and the order of the accounts).
struct Records
{
    QList<Account> accounts;
    QHash<QString, Image> images;
    QHash<QString, Instance> instances;
    QHash<QString, Snapshot> snapshots;
    QHash<QString, Task> tasks;
    bool operator==(const Records &) const = default;
};

Records records(const Workspace &ws)
{
    return Records{ws.accounts(), ws.images(), ws.instances(), ws.snapshots(), ws.tasks()};
}

// The indexes of the workspace against what they must be, computed from the records.
QString indexProblems(const Workspace &ws)
{
    QStringList out;
    QSet<QString> pub;
    QHash<QString, QSet<QString>> byRegion, byOwner, byOwnerRegion, byRecipient, copies, byImage,
        byInstOwner;
    for (const Image &img : ws.images()) {
        byRegion[img.region].insert(img.imageId);
        if (img.isCustom()) {
            byOwner[img.ownerAccountId].insert(img.imageId);
            byOwnerRegion[img.ownerAccountId + QLatin1Char('/') + img.region].insert(img.imageId);
            for (const ShareEntry &e : img.shares)
                byRecipient[e.accountId].insert(img.imageId);
        } else {
            pub.insert(img.imageId);
        }
        if (!img.sourceImageId.isEmpty())
            copies[img.sourceImageId].insert(img.imageId);
    }
    for (const Instance &i : ws.instances()) {
        byImage[i.imageId].insert(i.instanceId);
        byInstOwner[i.ownerAccountId].insert(i.instanceId);
    }
    if (ws.publicImageIds() != pub)
        out.append(QStringLiteral("publicImageIds"));
    QSet<QString> accounts;
    for (const Account &a : ws.accounts())
        accounts.insert(a.accountId);
    for (auto it = byOwner.cbegin(); it != byOwner.cend(); ++it)
        accounts.insert(it.key());
    for (auto it = byRecipient.cbegin(); it != byRecipient.cend(); ++it)
        accounts.insert(it.key());
    QSet<QString> regions;
    for (const Region &r : ws.regions())
        regions.insert(r.regionId);
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
        regions.insert(it.key());
    for (const QString &a : std::as_const(accounts)) {
        if (ws.imagesSharedWith(a) != byRecipient.value(a))
            out.append(QStringLiteral("imagesSharedWith(%1)").arg(a));
        if (ws.customImagesOf(a) != byOwner.value(a))
            out.append(QStringLiteral("customImagesOf(%1)").arg(a));
        if (ws.instancesOf(a) != byInstOwner.value(a))
            out.append(QStringLiteral("instancesOf(%1)").arg(a));
        for (const QString &r : std::as_const(regions)) {
            const QSet<QString> want = byOwnerRegion.value(a + QLatin1Char('/') + r);
            if (ws.customImagesOf(a, r) != want || ws.customImageCount(a, r) != want.size())
                out.append(QStringLiteral("customImagesOf(%1, %2)").arg(a, r));
        }
    }
    QSet<QString> imageIds(ws.images().keyBegin(), ws.images().keyEnd());
    for (auto it = copies.cbegin(); it != copies.cend(); ++it)
        imageIds.insert(it.key());
    for (auto it = byImage.cbegin(); it != byImage.cend(); ++it)
        imageIds.insert(it.key());
    for (const QString &id : std::as_const(imageIds)) {
        if (ws.copiesOf(id) != copies.value(id))
            out.append(QStringLiteral("copiesOf(%1)").arg(id));
        if (ws.instancesUsing(id) != byImage.value(id))
            out.append(QStringLiteral("instancesUsing(%1): %2 != %3")
                           .arg(id,
                                QStringList(ws.instancesUsing(id).values()).join(QLatin1Char(' ')),
                                QStringList(byImage.value(id).values()).join(QLatin1Char(' '))));
    }
    return out.join(QStringLiteral(", "));
}

QStringList journalCodes(const JournalEntry &e)
{
    QStringList out;
    for (const JournalError &x : e.errors)
        out.append(x.rule + QLatin1Char(' ') + x.code);
    return out;
}

QStringList verdictCodes(const Verdict &v)
{
    QStringList out;
    for (const Violation &x : v.violations)
        out.append(x.rule + QLatin1Char(' ') + x.code);
    return out;
}

QString stateName(const Workspace &ws, const QString &id)
{
    const Image *img = ws.image(id);
    return img ? toString(img->state) : QStringLiteral("(gone)");
}

// The fixture without its running task (and the CREATING image it works on), for tests that
// let time pass and then compare whole states.
QJsonObject quietJson()
{
    QJsonObject root = baseJson();
    QJsonArray images;
    for (const QJsonValue &v : root.value(QStringLiteral("images")).toArray()) {
        if (v.toObject().value(QStringLiteral("ImageId")).toString() !=
            QLatin1String("img-creating"))
            images.append(v);
    }
    root.insert(QStringLiteral("images"), images);
    root.insert(QStringLiteral("tasks"), QJsonArray());
    return root;
}

constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;

ImportRequest importRequest(const QString &name)
{
    ImportRequest r;
    r.region = gz;
    r.imageName = name;
    r.imageDescription = QStringLiteral("imported from COS");
    r.osType = QStringLiteral("Ubuntu");
    r.osVersion = QStringLiteral("22");
    r.architecture = QStringLiteral("x86_64");
    r.imageUrl =
        QStringLiteral("https://images-1250000001.cos.ap-guangzhou.myqcloud.com/ubuntu.qcow2");
    r.file.format = QStringLiteral("QCOW2");
    r.file.fileSizeBytes = 3 * kGiB;
    r.file.virtualSizeBytes = 20 * kGiB;
    r.file.partitionTable = QStringLiteral("MBR");
    return r;
}

const QSet<QString> kAllAcks{QStringLiteral("S6"), QStringLiteral("N4"), QStringLiteral("I2")};

// One applicable call of each operation, for the tests that go through all of them.
struct NamedOperation
{
    const char *name;
    QString action;
    QString account;
    std::function<OperationResult(Operations &, const OperationContext &)> run;
};

QList<NamedOperation> everyOperation()
{
    return {
        {"share", s("ModifyImageSharePermission"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.modifySharePermission(
                 c, {s("img-owner001"), {kFriend, kTrusted}, SharePermission::Share});
         }},
        {"cancel share", s("ModifyImageSharePermission"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.modifySharePermission(
                 c, {s("img-shared01"), {kFriend}, SharePermission::Cancel});
         }},
        {"modify attribute", s("ModifyImageAttribute"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.modifyImageAttribute(c, {s("img-owner001"), s("renamed"), s("new words")});
         }},
        {"sync", s("SyncImages"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.syncImages(c, {{s("img-owner001")}, {sh, bj}, std::nullopt});
         }},
        {"recipient copy", s("SyncImages"), kFriend,
         [](Operations &o, const OperationContext &c) {
             return o.syncImages(c, {{s("img-shared01")}, {gz}, std::nullopt});
         }},
        {"delete", s("DeleteImages"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.deleteImages(c, {{s("img-owner001")}, false});
         }},
        {"delete with snapshots", s("DeleteImages"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.deleteImages(c, {{s("img-owner001")}, true});
         }},
        {"delete several", s("DeleteImages"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.deleteImages(
                 c, {{s("img-owner001"), s("img-byol0001"), s("img-encr0001")}, true});
         }},
        {"create linux", s("CreateImage"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.createImage(c, {s("ins-linux001"), s("from-linux"), s("d"), true, false});
         }},
        {"create windows", s("CreateImage"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.createImage(c, {s("ins-win00001"), s("from-win"), {}, false, true});
         }},
        {"create windows failing", s("CreateImage"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.createImage(c, {s("ins-winbad01"), s("from-bad"), {}, false, false});
         }},
        {"import", s("ImportImage"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.importImage(c, importRequest(s("imported")));
         }},
        {"run instances", s("RunInstances"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.runInstances(c, {s("img-strange1"), gz, s("ap-guangzhou-4"), 3, s("web")});
         }},
        {"reset instance", s("ResetInstance"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.resetInstance(c, {s("ins-linux001"), s("img-public01")});
         }},
        {"apply import permission", s("ApplyImportPermission"), kFriend,
         [](Operations &o, const OperationContext &c) {
             return o.applyImportPermission(c);
         }},
        {"trusted accounts", s("ModifyTrustedAccounts"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.setTrustedAccounts(c, {{kTrusted, kStranger}});
         }},
        {"windows check", s("ModifyInstanceChecks"), kOwner,
         [](Operations &o, const OperationContext &c) {
             return o.setWindowsCheck(c, s("ins-winbad01"), WindowsCheck::ModulesInstaller, true);
         }},
        {"import DescribeImages", s("ImportDescribeImages"), kOwner,
         [](Operations &o, const OperationContext &c) {
             Image mine;
             mine.imageId = s("img-qlzp4oea");
             mine.imageName = s("test-image");
             mine.ownerAccountId = kFriend;
             mine.imageCreator = kFriend;
             mine.createdTime = kStart.addDays(-30);
             Image shared = mine;
             shared.imageId = s("img-shared99");
             shared.imageName = s("from-unknown");
             shared.ownerAccountId = s("3205597606");
             shared.imageCreator = s("3205597606");
             return o.importDescribeImages(c, {mine, shared}, kFriend, sh);
         }},
    };
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

    // Applies `r`'s undo and redo twice over and checks that each lands exactly where it should.
    void checkUndoRedo(Fixture &f, const OperationResult &r, const Records &before,
                       const QJsonObject &beforeJson)
    {
        const Records after = records(f.ws());
        const QJsonObject afterJson = state(f.ws());
        for (int round = 0; round < 2; ++round) {
            const int journal = int(f.ws().journal().size());
            // Undo and redo act as the account that did the operation (U2).
            const OperationResult u = f.ops().undo(f.as(r.accountId), r);
            QVERIFY(u.applied());
            QCOMPARE(state(f.ws()), beforeJson);
            QVERIFY(records(f.ws()) == before);
            QVERIFY2(indexProblems(f.ws()).isEmpty(), qPrintable(indexProblems(f.ws())));
            QCOMPARE(int(f.ws().journal().size()), journal + 1);
            QCOMPARE(f.ws().journal().last().action, QStringLiteral("Undo"));
            QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("Action")).toString(),
                     r.action);

            const OperationResult re = f.ops().redo(f.as(r.accountId), r);
            QVERIFY(re.applied());
            QCOMPARE(state(f.ws()), afterJson);
            QVERIFY(records(f.ws()) == after);
            QVERIFY2(indexProblems(f.ws()).isEmpty(), qPrintable(indexProblems(f.ws())));
            QCOMPARE(f.ws().journal().last().action, QStringLiteral("Redo"));
        }
    }

    // A refused request: nothing changed (the file, the records, no signal), one journal entry
    // with the action, the account, the parameters and exactly these errors.
    void checkRefused(Fixture &f, const std::function<OperationResult()> &call,
                      const QString &account, const QString &action, const QStringList &expected)
    {
        const QJsonObject before = state(f.ws());
        const Records beforeRecords = records(f.ws());
        const int journal = int(f.ws().journal().size());
        QSignalSpy changed(&f.ws(), &Workspace::changed);
        const OperationResult r = call();
        QVERIFY2(r.refused(), qPrintable(QStringLiteral("status %1").arg(int(r.status))));
        QVERIFY(r.delta.isEmpty());
        QVERIFY(r.createdIds.isEmpty());
        QCOMPARE(verdictCodes(r.verdict), expected);
        QCOMPARE(state(f.ws()), before);
        QVERIFY(records(f.ws()) == beforeRecords);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(int(f.ws().journal().size()), journal + 1);
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, action);
        QCOMPARE(e.accountId, account);
        QCOMPARE(e.channel, QStringLiteral("Console"));
        QCOMPARE(e.time, f.clock().now());
        QVERIFY(!e.success);
        QCOMPARE(e.parameters, r.parameters);
        QCOMPARE(journalCodes(e), expected);
        for (const Violation &v : r.verdict.violations) {
            const QString text = RuleText::message(v);
            QVERIFY2(!text.isEmpty() && !text.startsWith(QLatin1String("Rule ")),
                     qPrintable(v.code + QStringLiteral(": ") + text));
        }
    }

private Q_SLOTS:
    void fixtureIndexesAreConsistent()
    {
        Fixture f;
        QCOMPARE(f.ws().imageCount(), 11);
        QCOMPARE(f.ws().instances().size(), 4);
        QCOMPARE(f.ws().accounts().size(), 64);
        QVERIFY2(indexProblems(f.ws()).isEmpty(), qPrintable(indexProblems(f.ws())));
        QVERIFY(f.ws().journal().isEmpty());
    }

    // ---- ModifyImageSharePermission ------------------------------------------------------

    void shareAppliesAndJournals()
    {
        Fixture f;
        f.clock().advance(90);
        const QJsonObject before = state(f.ws());
        const Records beforeRecords = records(f.ws());
        QSignalSpy changed(&f.ws(), &Workspace::changed);
        OperationContext ctx = f.as(kOwner, {QStringLiteral("S6")});
        ctx.channel = QStringLiteral("API");
        const OperationResult r = f.ops().modifySharePermission(
            ctx,
            {QStringLiteral("img-owner001"), {kFriend, QStringLiteral(" ") + kTrusted, kFriend}});
        QVERIFY2(r.applied(), qPrintable(verdictCodes(r.verdict).join(QLatin1Char(','))));
        QCOMPARE(r.action, QStringLiteral("ModifyImageSharePermission"));
        QCOMPARE(changed.count(), 1);
        const Image *img = f.ws().image(QStringLiteral("img-owner001"));
        QCOMPARE(img->shares.size(), 2);
        QCOMPARE(img->shares.at(0).accountId, kFriend);
        QCOMPARE(img->shares.at(1).accountId, kTrusted);
        QCOMPARE(img->shares.at(0).createdTime, kStart.addSecs(90));
        QCOMPARE(img->shares.at(1).createdTime, kStart.addSecs(90));
        QCOMPARE(toString(img->state), QStringLiteral("NORMAL"));
        QVERIFY(f.ws().imagesSharedWith(kFriend).contains(QStringLiteral("img-owner001")));
        QVERIFY(f.ws().imagesSharedWith(kTrusted).contains(QStringLiteral("img-owner001")));
        QVERIFY(Rules::typeFor(*img, kFriend) == ImageType::Shared);
        QCOMPARE(r.delta.changedImageIds(), QStringList{QStringLiteral("img-owner001")});
        QVERIFY(r.delta.addedImageIds().isEmpty() && r.delta.removedImageIds().isEmpty());

        QCOMPARE(f.ws().journal().size(), 1);
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ModifyImageSharePermission"));
        QCOMPARE(e.accountId, kOwner);
        QCOMPARE(e.channel, QStringLiteral("API"));
        QCOMPARE(e.time, kStart.addSecs(90));
        QVERIFY(e.success);
        QVERIFY(e.errors.isEmpty());
        QCOMPARE(e.parameters.value(QStringLiteral("ImageId")).toString(),
                 QStringLiteral("img-owner001"));
        QCOMPARE(e.parameters.value(QStringLiteral("Permission")).toString(),
                 QStringLiteral("SHARE"));
        QCOMPARE(e.parameters.value(QStringLiteral("AccountIds")).toArray(),
                 (QJsonArray{kFriend, kTrusted}));
        QVERIFY(!e.parameters.contains(QStringLiteral("DryRun")));
        QVERIFY(f.ws().journalForImage(QStringLiteral("img-owner001")).contains(0));

        checkUndoRedo(f, r, beforeRecords, before);
    }

    void shareNeedsTheRiskAcknowledged()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        QSignalSpy changed(&f.ws(), &Workspace::changed);
        const OperationResult r = f.ops().modifySharePermission(
            f.as(kOwner, {QStringLiteral("N4"), QStringLiteral("I2")}),
            {QStringLiteral("img-owner001"), {kFriend}});
        QCOMPARE(int(r.status), int(OperationResult::Status::NeedsConfirmation));
        QVERIFY(!r.applied() && !r.refused());
        QCOMPARE(r.verdict.confirmations.size(), 1);
        QCOMPARE(r.verdict.confirmations.first().rule, QStringLiteral("S6"));
        QCOMPARE(r.verdict.confirmations.first().items,
                 QStringList{QStringLiteral("img-owner001")});
        QVERIFY(r.delta.isEmpty());
        QCOMPARE(state(f.ws()), before);
        QCOMPARE(changed.count(), 0);
        QVERIFY(f.ws().journal().isEmpty()); // nothing attempted yet: nothing journaled
        // Acknowledged, the same request goes through.
        QVERIFY(f.ops()
                    .modifySharePermission(f.as(kOwner, {QStringLiteral("S6")}),
                                           {QStringLiteral("img-owner001"), {kFriend}})
                    .applied());
        QCOMPARE(f.ws().journal().size(), 1);
    }

    void shareRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("accounts");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("public image") << kOwner << s("img-public01") << QStringList{kFriend}
                                      << QStringList{s("S1 InvalidParameterValue.InvalidImageId")};
        QTest::newRow("marketplace image")
            << kOwner << s("img-market01") << QStringList{kFriend}
            << QStringList{s("S1 InvalidParameterValue.InvalidImageId")};
        QTest::newRow("shared with me, shared on")
            << kOwner << s("img-strange1") << QStringList{kFriend}
            << QStringList{s("S2 UnauthorizedOperation.ImageNotBelongToAccount")};
        QTest::newRow("invisible image") << kFriend << s("img-owner001") << QStringList{kTrusted}
                                         << QStringList{s("V1 InvalidImageId.NotFound")};
        QTest::newRow("malformed image") << kOwner << s("img-12") << QStringList{kFriend}
                                         << QStringList{s("V1 InvalidImageId.Malformed")};
        QTest::newRow("with myself") << kOwner << s("img-owner001") << QStringList{kOwner}
                                     << QStringList{s("S4 InvalidAccountIs.YourSelf")};
        QTest::newRow("unknown account")
            << kOwner << s("img-owner001") << QStringList{s("999999999999")}
            << QStringList{s("S4 InvalidAccountId.NotFound")};
        QTest::newRow("QQ-like account") << kOwner << s("img-owner001") << QStringList{s("QQ12345")}
                                         << QStringList{s("S4 InvalidAccountId.NotFound")};
        QTest::newRow("twice") << kOwner << s("img-shared01") << QStringList{kFriend}
                               << QStringList{s("S4 FailedOperation.AccountAlreadyExists")};
        QTest::newRow("one bad in a batch")
            << kOwner << s("img-owner001") << QStringList{kFriend, s("999999999999"), kTrusted}
            << QStringList{s("S4 InvalidAccountId.NotFound")};
        QTest::newRow("creating") << kOwner << s("img-creating") << QStringList{kFriend}
                                  << QStringList{s("S5 InvalidParameterValue.InvalidImageState")};
        QTest::newRow("BYOL") << kOwner << s("img-byol0001") << QStringList{kFriend}
                              << QStringList{s("S5 FailedOperation.BYOLImageShareFailed")};
        QTest::newRow("encrypted")
            << kOwner << s("img-encr0001") << QStringList{kFriend}
            << QStringList{s("S5 UnsupportedOperation.EncryptedImagesNotSupported")};
        QTest::newRow("no accounts") << kOwner << s("img-owner001") << QStringList{}
                                     << QStringList{s("S4 MissingParameter")};
    }
    void shareRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QStringList, accounts);
        QFETCH(QStringList, expected);
        Fixture f;
        checkRefused(
            f,
            [&] {
                return f.ops().modifySharePermission(f.as(acting, kAllAcks), {image, accounts});
            },
            acting, QStringLiteral("ModifyImageSharePermission"), expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("Permission")).toString(),
                 QStringLiteral("SHARE"));
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("ImageId")).toString(),
                 image);
    }

    // SPEC: one more share on an image shared with exactly 50 → OverQuota, nothing changes.
    void overQuotaRefusesTheWholeRequest()
    {
        Fixture f;
        const Image full = *f.ws().image(QStringLiteral("img-full0050"));
        QCOMPARE(full.shares.size(), 50);
        checkRefused(
            f,
            [&] {
                return f.ops().modifySharePermission(f.as(kOwner, {QStringLiteral("S6")}),
                                                     {QStringLiteral("img-full0050"), {extra(55)}});
            },
            kOwner, QStringLiteral("ModifyImageSharePermission"), {QStringLiteral("S3 OverQuota")});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(*f.ws().image(QStringLiteral("img-full0050")) == full);

        // The refusal says how many places are left.
        const OperationResult r = f.ops().modifySharePermission(
            f.as(kOwner, {QStringLiteral("S6")}), {QStringLiteral("img-full0050"), {extra(55)}});
        const Violation &v = r.verdict.violations.first();
        QCOMPARE(v.args.value(QStringLiteral("limit")).toInt(), 50);
        QCOMPARE(v.args.value(QStringLiteral("shared")).toInt(), 50);
        QCOMPARE(v.args.value(QStringLiteral("requested")).toInt(), 1);
        QCOMPARE(v.args.value(QStringLiteral("left")).toInt(), 0);
        QCOMPARE(v.items, QStringList{QStringLiteral("img-full0050")});

        // 51 at once on an unshared image: refused whole, 50 places left.
        QStringList fiftyOne;
        for (int n = 0; n < 51; ++n)
            fiftyOne.append(extra(n));
        const OperationResult many = f.ops().modifySharePermission(
            f.as(kOwner, {QStringLiteral("S6")}), {QStringLiteral("img-owner001"), fiftyOne});
        QVERIFY(many.refused());
        QCOMPARE(many.verdict.violations.first().args.value(QStringLiteral("left")).toInt(), 50);
        QVERIFY(f.ws().image(QStringLiteral("img-owner001"))->shares.isEmpty());
        // Exactly 50 fits.
        fiftyOne.removeLast();
        QVERIFY(f.ops()
                    .modifySharePermission(f.as(kOwner, {QStringLiteral("S6")}),
                                           {QStringLiteral("img-owner001"), fiftyOne})
                    .applied());
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->shares.size(), 50);

        // Two places freed, three asked: refused with 2 left; two asked: applied.
        QVERIFY(f.ops()
                    .modifySharePermission(f.as(kOwner), {QStringLiteral("img-full0050"),
                                                          {extra(0), extra(1)},
                                                          SharePermission::Cancel})
                    .applied());
        const OperationResult three = f.ops().modifySharePermission(
            f.as(kOwner, {QStringLiteral("S6")}),
            {QStringLiteral("img-full0050"), {extra(50), extra(51), extra(52)}});
        QVERIFY(three.refused());
        QCOMPARE(three.verdict.violations.first().args.value(QStringLiteral("left")).toInt(), 2);
        QCOMPARE(f.ws().image(QStringLiteral("img-full0050"))->shares.size(), 48);
        QVERIFY(f.ops()
                    .modifySharePermission(f.as(kOwner, {QStringLiteral("S6")}),
                                           {QStringLiteral("img-full0050"), {extra(50), extra(51)}})
                    .applied());
        QCOMPARE(f.ws().image(QStringLiteral("img-full0050"))->shares.size(), 50);
    }

    void cancelSharing()
    {
        Fixture f;
        f.clock().advance(30);
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const ShareEntry original = f.ws().image(QStringLiteral("img-shared01"))->shares.first();
        // Cancelling needs no risk acknowledgement.
        const OperationResult r = f.ops().modifySharePermission(
            f.as(kOwner), {QStringLiteral("img-shared01"), {kFriend}, SharePermission::Cancel});
        QVERIFY(r.applied());
        QVERIFY(f.ws().image(QStringLiteral("img-shared01"))->shares.isEmpty());
        QVERIFY(!f.ws().imagesSharedWith(kFriend).contains(QStringLiteral("img-shared01")));
        QVERIFY(!Rules::isVisible(*f.ws().image(QStringLiteral("img-shared01")), kFriend));
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ModifyImageSharePermission"));
        QCOMPARE(e.parameters.value(QStringLiteral("Permission")).toString(),
                 QStringLiteral("CANCEL"));
        QCOMPARE(e.parameters.value(QStringLiteral("AccountIds")).toArray(), QJsonArray{kFriend});
        QCOMPARE(e.accountId, kOwner);
        QVERIFY(e.success);
        checkUndoRedo(f, r, before, beforeJson);
        if (QTest::currentTestFailed())
            return;
        f.ops().undo(f.as(kOwner), r);
        // The share comes back with its original time, not the time of the undo.
        QCOMPARE(f.ws().image(QStringLiteral("img-shared01"))->shares, QList<ShareEntry>{original});
        QCOMPARE(original.createdTime, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    }

    void cancelRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("accounts");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("not shared with that account")
            << kOwner << s("img-shared01") << QStringList{kTrusted}
            << QStringList{s("S4 InvalidAccountId.NotFound")};
        QTest::newRow("one of two not shared")
            << kOwner << s("img-shared01") << QStringList{kFriend, kTrusted}
            << QStringList{s("S4 InvalidAccountId.NotFound")};
        QTest::newRow("recipient cancels")
            << kFriend << s("img-shared01") << QStringList{kFriend}
            << QStringList{s("S2 UnauthorizedOperation.ImageNotBelongToAccount")};
        QTest::newRow("public") << kOwner << s("img-public01") << QStringList{kFriend}
                                << QStringList{s("S1 InvalidParameterValue.InvalidImageId")};
        QTest::newRow("invisible") << kStranger << s("img-shared01") << QStringList{kFriend}
                                   << QStringList{s("V1 InvalidImageId.NotFound")};
        QTest::newRow("no accounts") << kOwner << s("img-shared01") << QStringList{}
                                     << QStringList{s("S4 MissingParameter")};
    }
    void cancelRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QStringList, accounts);
        QFETCH(QStringList, expected);
        Fixture f;
        checkRefused(
            f,
            [&] {
                return f.ops().modifySharePermission(f.as(acting),
                                                     {image, accounts, SharePermission::Cancel});
            },
            acting, QStringLiteral("ModifyImageSharePermission"), expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("Permission")).toString(),
                 QStringLiteral("CANCEL"));
        QCOMPARE(f.ws().image(QStringLiteral("img-shared01"))->shares.size(), 1);
    }

    // The SPEC scenario: cancel all 50 shares, delete, undo twice: the image and all 50 shares
    // with their times are back exactly; redo twice deletes it again.
    void cancelAllThenDeleteThenUndoTwice()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        const Records beforeRecords = records(f.ws());
        const Image original = *f.ws().image(QStringLiteral("img-full0050"));
        const OperationResult blocked =
            f.ops().deleteImages(f.as(kOwner), {{QStringLiteral("img-full0050")}, false});
        QVERIFY(blocked.refused());
        QCOMPARE(verdictCodes(blocked.verdict),
                 QStringList{QStringLiteral("D2 InvalidImageId.InShared")});
        QCOMPARE(blocked.verdict.violations.first().args.value(QStringLiteral("count")).toInt(),
                 50);

        QStringList all;
        for (const ShareEntry &e : original.shares)
            all.append(e.accountId);
        f.clock().advance(60);
        const OperationResult cancel = f.ops().modifySharePermission(
            f.as(kOwner), {QStringLiteral("img-full0050"), all, SharePermission::Cancel});
        QVERIFY(cancel.applied());
        QVERIFY(f.ws().image(QStringLiteral("img-full0050"))->shares.isEmpty());
        for (int n = 0; n < 50; ++n)
            QVERIFY(f.ws().imagesSharedWith(extra(n)).isEmpty());
        f.clock().advance(60);
        const OperationResult del =
            f.ops().deleteImages(f.as(kOwner), {{QStringLiteral("img-full0050")}, false});
        QVERIFY(del.applied());
        QVERIFY(!f.ws().image(QStringLiteral("img-full0050")));
        QCOMPARE(del.delta.removedImageIds(), QStringList{QStringLiteral("img-full0050")});
        const QJsonObject deleted = state(f.ws());

        f.clock().advance(60);
        QVERIFY(f.ops().undo(f.as(kOwner), del).applied());
        QVERIFY(f.ws().image(QStringLiteral("img-full0050")));
        QVERIFY(f.ws().image(QStringLiteral("img-full0050"))->shares.isEmpty());
        QVERIFY(f.ops().undo(f.as(kOwner), cancel).applied());
        const Image back = *f.ws().image(QStringLiteral("img-full0050"));
        QVERIFY(back == original);
        QCOMPARE(back.shares.size(), 50);
        for (int n = 0; n < 50; ++n) {
            QCOMPARE(back.shares.at(n).accountId, extra(n));
            QCOMPARE(back.shares.at(n).createdTime,
                     QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
            QVERIFY(f.ws().imagesSharedWith(extra(n)).contains(QStringLiteral("img-full0050")));
        }
        QCOMPARE(state(f.ws()), before);
        QVERIFY(records(f.ws()) == beforeRecords);
        QVERIFY2(indexProblems(f.ws()).isEmpty(), qPrintable(indexProblems(f.ws())));

        QVERIFY(f.ops().redo(f.as(kOwner), cancel).applied());
        QVERIFY(f.ops().redo(f.as(kOwner), del).applied());
        QCOMPARE(state(f.ws()), deleted);
        QVERIFY2(indexProblems(f.ws()).isEmpty(), qPrintable(indexProblems(f.ws())));
        // Five successes and one refusal, in order.
        QStringList actions;
        for (const JournalEntry &e : f.ws().journal())
            actions.append(e.action + (e.success ? QString() : QStringLiteral("!")));
        QCOMPARE(actions, (QStringList{QStringLiteral("DeleteImages!"),
                                       QStringLiteral("ModifyImageSharePermission"),
                                       QStringLiteral("DeleteImages"), QStringLiteral("Undo"),
                                       QStringLiteral("Undo"), QStringLiteral("Redo"),
                                       QStringLiteral("Redo")}));
    }

    // ---- ModifyImageAttribute ------------------------------------------------------------

    void modifyAttribute()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const OperationResult r = f.ops().modifyImageAttribute(
            f.as(kOwner), {QStringLiteral("img-owner001"), QStringLiteral("renamed"),
                           QStringLiteral("new words")});
        QVERIFY(r.applied());
        const Image *img = f.ws().image(QStringLiteral("img-owner001"));
        QCOMPARE(img->imageName, QStringLiteral("renamed"));
        QCOMPARE(img->imageDescription, QStringLiteral("new words"));
        Image expected = before.images.value(QStringLiteral("img-owner001"));
        expected.imageName = QStringLiteral("renamed");
        expected.imageDescription = QStringLiteral("new words");
        QVERIFY(*img == expected); // nothing else changed
        QCOMPARE(r.delta.changedImageIds(), QStringList{QStringLiteral("img-owner001")});
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ModifyImageAttribute"));
        QCOMPARE(e.accountId, kOwner);
        QVERIFY(e.success);
        QCOMPARE(e.parameters,
                 (QJsonObject{{QStringLiteral("ImageId"), QStringLiteral("img-owner001")},
                              {QStringLiteral("ImageName"), QStringLiteral("renamed")},
                              {QStringLiteral("ImageDescription"), QStringLiteral("new words")}}));
        checkUndoRedo(f, r, before, beforeJson);
    }

    void modifyOnlyTheDescription()
    {
        Fixture f;
        const OperationResult r =
            f.ops().modifyImageAttribute(f.as(kOwner), {QStringLiteral("img-owner001"),
                                                        std::nullopt, QStringLiteral("only this")});
        QVERIFY(r.applied());
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->imageName,
                 QStringLiteral("name-img-owner001"));
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->imageDescription,
                 QStringLiteral("only this"));
        QVERIFY(!f.ws().journal().last().parameters.contains(QStringLiteral("ImageName")));
        // Renaming to its own name is not a duplicate.
        QVERIFY(f.ops()
                    .modifyImageAttribute(f.as(kOwner),
                                          {QStringLiteral("img-owner001"),
                                           QStringLiteral("name-img-owner001"), std::nullopt})
                    .applied());
        // The longest allowed name and description.
        QVERIFY(f.ops()
                    .modifyImageAttribute(f.as(kOwner), {QStringLiteral("img-owner001"),
                                                         QString(60, QLatin1Char('n')),
                                                         QString(256, QLatin1Char('d'))})
                    .applied());
    }

    void modifyAttributeRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("owner, while shared") << kOwner << s("img-shared01") << s("x") << QString()
                                             << QStringList{s("M1 InvalidImageId.InShared")};
        QTest::newRow("recipient")
            << kFriend << s("img-shared01") << s("x") << QString()
            << QStringList{s("M1 UnsupportedOperation.SharedImageModifyUnsupported")};
        QTest::newRow("public") << kOwner << s("img-public01") << s("x") << QString()
                                << QStringList{s("M1 InvalidParameterValue.InvalidImageId")};
        QTest::newRow("invisible") << kFriend << s("img-owner001") << s("x") << QString()
                                   << QStringList{s("V1 InvalidImageId.NotFound")};
        QTest::newRow("duplicate name")
            << kOwner << s("img-owner001") << s("name-img-byol0001") << QString()
            << QStringList{s("M2 InvalidImageName.Duplicate")};
        QTest::newRow("empty name") << kOwner << s("img-owner001") << s("  ") << QString()
                                    << QStringList{s("M2 MissingParameter")};
        QTest::newRow("name too long")
            << kOwner << s("img-owner001") << QString(61, QLatin1Char('n')) << QString()
            << QStringList{s("M2 InvalidParameterValue.TooLarge")};
        QTest::newRow("description too long")
            << kOwner << s("img-owner001") << QString() << QString(257, QLatin1Char('d'))
            << QStringList{s("M2 InvalidParameterValue.TooLarge")};
        QTest::newRow("while creating") << kOwner << s("img-creating") << s("x") << QString()
                                        << QStringList{s("M3 InvalidImageId.IncorrectState")};
    }
    void modifyAttributeRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, name);
        QFETCH(QString, description);
        QFETCH(QStringList, expected);
        Fixture f;
        ModifyAttributeRequest req{image, std::nullopt, std::nullopt};
        if (!name.isEmpty())
            req.imageName = name;
        if (!description.isEmpty())
            req.imageDescription = description;
        checkRefused(
            f, [&] { return f.ops().modifyImageAttribute(f.as(acting), req); }, acting,
            QStringLiteral("ModifyImageAttribute"), expected);
    }

    // ---- SyncImages ----------------------------------------------------------------------

    void syncCopiesProgressAndFinish()
    {
        Fixture f;
        const Image source = *f.ws().image(QStringLiteral("img-owner001"));
        const int quotaSh = Rules::quota(f.ws(), kOwner, sh).used;
        const int quotaBj = Rules::quota(f.ws(), kOwner, bj).used;
        const OperationResult r = f.ops().syncImages(
            f.as(kOwner), {{QStringLiteral("img-owner001")}, {sh, bj}, std::nullopt});
        QVERIFY(r.applied());
        QCOMPARE(r.action, QStringLiteral("SyncImages"));
        QCOMPARE(r.createdIds.size(), 2);
        QCOMPARE(r.delta.addedImageIds(), r.createdIds);
        QCOMPARE(Rules::quota(f.ws(), kOwner, sh).used, quotaSh + 1); // C5
        QCOMPARE(Rules::quota(f.ws(), kOwner, bj).used, quotaBj + 1);

        // The journal entry.
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("SyncImages"));
        QCOMPARE(e.accountId, kOwner);
        QVERIFY(e.success);
        QCOMPARE(e.parameters.value(QStringLiteral("ImageIds")).toArray(),
                 QJsonArray{QStringLiteral("img-owner001")});
        QCOMPARE(e.parameters.value(QStringLiteral("DestinationRegions")).toArray(),
                 (QJsonArray{sh, bj}));
        QVERIFY(!e.parameters.contains(QStringLiteral("ImageName")));
        const QJsonArray set = r.result.value(QStringLiteral("ImageSet")).toArray();
        QCOMPARE(set.size(), 2);
        QCOMPARE(set.at(0).toObject().value(QStringLiteral("Region")).toString(), sh);
        QCOMPARE(set.at(1).toObject().value(QStringLiteral("Region")).toString(), bj);
        QCOMPARE(e.result, r.result);

        // Source and copies SYNCING with a percentage.
        const Image *src = f.ws().image(QStringLiteral("img-owner001"));
        QCOMPARE(toString(src->state), QStringLiteral("SYNCING"));
        QCOMPARE(src->syncPercent, std::optional<int>(0));
        const QStringList regions{sh, bj};
        for (int i = 0; i < 2; ++i) {
            const QString id = r.createdIds.at(i);
            QCOMPARE(set.at(i).toObject().value(QStringLiteral("ImageId")).toString(), id);
            QVERIFY(id.startsWith(QLatin1String("img-")) && id.size() == 12);
            QVERIFY(id != source.imageId);
            const Image *c = f.ws().image(id);
            QVERIFY(c);
            QCOMPARE(toString(c->state), QStringLiteral("SYNCING"));
            QCOMPARE(c->syncPercent, std::optional<int>(0));
            QCOMPARE(c->region, regions.at(i));
            QCOMPARE(c->ownerAccountId, kOwner);
            QCOMPARE(c->imageCreator, kOwner);
            QCOMPARE(c->imageName, source.imageName);
            QCOMPARE(c->osName, source.osName);
            QCOMPARE(c->platform, source.platform);
            QCOMPARE(c->imageSize, source.imageSize);
            QCOMPARE(c->sourceImageId, QStringLiteral("img-owner001"));
            QCOMPARE(c->sourceRegion, gz);
            QCOMPARE(c->createdTime, kStart);
            QVERIFY(c->shares.isEmpty());
            QVERIFY(Rules::typeFor(*c, kOwner) == ImageType::Private);
            QCOMPARE(c->snapshots.size(), 1);
            const Snapshot *snap = f.ws().snapshot(c->snapshots.first().snapshotId);
            QVERIFY(snap);
            QCOMPARE(snap->region, regions.at(i));
            QCOMPARE(snap->ownerAccountId, kOwner);
        }
        QCOMPARE(f.ws().copiesOf(QStringLiteral("img-owner001")),
                 QSet<QString>(r.createdIds.begin(), r.createdIds.end()));
        const Task *task = f.ws().task(r.taskId);
        QVERIFY(task && task->isRunning());
        QCOMPARE(toString(task->kind), QStringLiteral("SyncImages"));
        QCOMPARE(task->sourceImageId, QStringLiteral("img-owner001"));
        QCOMPARE(task->imageIds, r.createdIds);
        QCOMPARE(task->accountId, kOwner);
        QCOMPARE(task->startedTime, kStart);
        const int duration = f.ws().policy().copyDurationSeconds;
        QCOMPARE(task->durationSeconds, duration);
        QVERIFY(duration >= 100);

        // Partway: percentages grow, states stay SYNCING.
        int last = 0;
        for (const int step :
             {duration / 10, duration / 5, duration / 2 - duration / 10 - duration / 5}) {
            f.clock().advance(step);
            f.ops().advanceTasks();
            const int percent = *f.ws().image(r.createdIds.first())->syncPercent;
            QVERIFY2(percent > last,
                     qPrintable(QStringLiteral("%1 after %2").arg(percent).arg(last)));
            last = percent;
            QCOMPARE(f.ws().image(r.createdIds.at(1))->syncPercent, std::optional<int>(percent));
            QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->syncPercent,
                     std::optional<int>(percent));
            QCOMPARE(stateName(f.ws(), r.createdIds.first()), QStringLiteral("SYNCING"));
            QCOMPARE(stateName(f.ws(), QStringLiteral("img-owner001")), QStringLiteral("SYNCING"));
            QVERIFY(f.ws().task(r.taskId)->isRunning());
        }
        QCOMPARE(last, 50);
        QCOMPARE(f.ws().task(r.taskId)->elapsedSeconds, duration / 2);
        // No time passing changes nothing.
        QVERIFY(f.ops().advanceTasks().images.isEmpty());

        // Past the duration: everything NORMAL, progress gone, task SUCCEEDED.
        f.clock().advance(duration);
        f.ops().advanceTasks();
        for (const QString &id : r.createdIds) {
            QCOMPARE(stateName(f.ws(), id), QStringLiteral("NORMAL"));
            QVERIFY(!f.ws().image(id)->syncPercent);
            QCOMPARE(f.ws().image(id)->imageName, source.imageName);
            QCOMPARE(f.ws().image(id)->sourceImageId, QStringLiteral("img-owner001"));
            QCOMPARE(f.ws().image(id)->sourceRegion, gz);
        }
        QCOMPARE(stateName(f.ws(), QStringLiteral("img-owner001")), QStringLiteral("NORMAL"));
        QVERIFY(!f.ws().image(QStringLiteral("img-owner001"))->syncPercent);
        QVERIFY(*f.ws().image(QStringLiteral("img-owner001")) == source); // the source is as it was
        const Task *done = f.ws().task(r.taskId);
        QCOMPARE(toString(done->state), QStringLiteral("SUCCEEDED"));
        QCOMPARE(done->finishedTime, f.clock().now());
        QCOMPARE(done->elapsedSeconds, duration);
        QVERIFY(f.ws().runningTasks().size() == 0 || !f.ws().runningTasks().contains(done));
        QVERIFY2(indexProblems(f.ws()).isEmpty(), qPrintable(indexProblems(f.ws())));
        // Finished copies are ordinary images: they can be shared and deleted.
        QVERIFY(f.ops()
                    .modifySharePermission(f.as(kOwner, {QStringLiteral("S6")}),
                                           {r.createdIds.first(), {kFriend}})
                    .applied());
        QVERIFY(f.ops().deleteImages(f.as(kOwner), {{r.createdIds.at(1)}, true}).applied());
    }

    void syncWithAnotherName()
    {
        Fixture f;
        const OperationResult r = f.ops().syncImages(
            f.as(kOwner), {{QStringLiteral("img-owner001")}, {sh}, QStringLiteral("copy-name")});
        QVERIFY(r.applied());
        QCOMPARE(f.ws().image(r.createdIds.first())->imageName, QStringLiteral("copy-name"));
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->imageName,
                 QStringLiteral("name-img-owner001"));
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("ImageName")).toString(),
                 QStringLiteral("copy-name"));
        // A region named twice (or with spaces) makes one copy.
        const OperationResult twice = f.ops().syncImages(
            f.as(kOwner),
            {{QStringLiteral("img-byol0001")}, {bj, QStringLiteral(" ap-beijing ")}, std::nullopt});
        QVERIFY(twice.applied());
        QCOMPARE(twice.createdIds.size(), 1);
        QCOMPARE(f.ws()
                     .journal()
                     .last()
                     .parameters.value(QStringLiteral("DestinationRegions"))
                     .toArray(),
                 QJsonArray{bj});
        // A second copy into a region that has one with that name already: M2.
        f.clock().advance(f.ws().policy().copyDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), QStringLiteral("img-owner001")), QStringLiteral("NORMAL"));
        const OperationResult again = f.ops().syncImages(
            f.as(kOwner), {{QStringLiteral("img-owner001")}, {sh}, QStringLiteral("copy-name")});
        QCOMPARE(verdictCodes(again.verdict),
                 QStringList{QStringLiteral("M2 InvalidImageName.Duplicate")});
    }

    void syncRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one unavailable of two")
            << kOwner << s("img-owner001") << QStringList{sh, s("eu-moscow")} << QString()
            << QStringList{s("C3 InvalidRegion.Unavailable")};
        QTest::newRow("no copy support")
            << kOwner << s("img-owner001") << QStringList{bj, s("ap-chongqing")} << QString()
            << QStringList{s("C3 InvalidRegion.Unavailable")};
        QTest::newRow("unknown region")
            << kOwner << s("img-owner001") << QStringList{s("xx-nowhere")} << QString()
            << QStringList{s("C3 InvalidRegion.NotFound")};
        QTest::newRow("its own region")
            << kOwner << s("img-owner001") << QStringList{gz} << QString()
            << QStringList{s("C3 InvalidParameterValue.InvalidRegion")};
        QTest::newRow("no destination") << kOwner << s("img-owner001") << QStringList{} << QString()
                                        << QStringList{s("C3 MissingParameter")};
        QTest::newRow("public") << kOwner << s("img-public01") << QStringList{sh} << QString()
                                << QStringList{s("C1 InvalidParameterValue.InvalidImageId")};
        QTest::newRow("marketplace") << kOwner << s("img-market01") << QStringList{sh} << QString()
                                     << QStringList{s("C1 InvalidParameterValue.InvalidImageId")};
        QTest::newRow("creating") << kOwner << s("img-creating") << QStringList{sh} << QString()
                                  << QStringList{s("C4 InvalidImageId.IncorrectState")};
        QTest::newRow("shared image to another region")
            << kFriend << s("img-shared01") << QStringList{sh} << QString()
            << QStringList{s("C2 UnsupportedOperation.LocationImageNotSupported")};
        QTest::newRow("invisible") << kStranger << s("img-owner001") << QStringList{sh} << QString()
                                   << QStringList{s("V1 InvalidImageId.NotFound")};
        QTest::newRow("duplicate name in a destination")
            << kOwner << s("img-owner001") << QStringList{bj, sh} << s("name-img-winsrv01")
            << QStringList{s("M2 InvalidImageName.Duplicate")};
        QTest::newRow("name too long")
            << kOwner << s("img-owner001") << QStringList{sh} << QString(61, QLatin1Char('n'))
            << QStringList{s("M2 InvalidParameterValue.TooLarge")};
    }
    void syncRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QStringList, regions);
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        Fixture f;
        SyncRequest req{{image}, regions, std::nullopt};
        if (!name.isEmpty())
            req.imageName = name;
        checkRefused(
            f, [&] { return f.ops().syncImages(f.as(acting), req); }, acting,
            QStringLiteral("SyncImages"), expected);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f.ws().tasks().size() == 1); // only the fixture's task
    }

    void syncOverTheQuota()
    {
        QJsonObject root = baseJson();
        root.insert(QStringLiteral("policy"),
                    QJsonObject{{QStringLiteral("customImageQuotaPerRegion"), 1}});
        Fixture f(root);
        // ap-shanghai holds img-winsrv01 already: a copy there would be the second.
        checkRefused(
            f,
            [&] {
                return f.ops().syncImages(f.as(kOwner),
                                          {{QStringLiteral("img-owner001")}, {bj, sh}, std::nullopt});
            },
            kOwner, QStringLiteral("SyncImages"), {QStringLiteral("C5 ImageQuotaLimitExceeded")});
        QVERIFY(f.ops()
                    .syncImages(f.as(kOwner), {{QStringLiteral("img-owner001")}, {bj}, std::nullopt})
                    .applied());
    }

    // Bulk: the same accounts on many images, all or nothing, one undo step, and each image
    // its own request in the journal.
    void shareManyAppliesAllAsOneStep()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const QString own = QStringLiteral("img-owner001"), shared = QStringLiteral("img-shared01");
        const ShareManyRequest request{{own, shared, own}, {kFriend, kTrusted}};
        // S6 once, for every image that is shared.
        const OperationResult asked = f.ops().modifySharePermissions(f.as(kOwner), request);
        QCOMPARE(int(asked.status), int(OperationResult::Status::NeedsConfirmation));
        QCOMPARE(asked.verdict.confirmations.size(), 1);
        QCOMPARE(asked.verdict.confirmations.first().items, (QStringList{own, shared}));
        QVERIFY(f.ws().journal().isEmpty());

        const OperationResult r =
            f.ops().modifySharePermissions(f.as(kOwner, {QStringLiteral("S6")}), request);
        QVERIFY2(r.applied(), qPrintable(verdictCodes(r.verdict).join(QLatin1Char(','))));
        QCOMPARE(r.parameters.value(QStringLiteral("ImageIds")).toArray(),
                 (QJsonArray{own, shared}));
        // img-shared01 was shared with kFriend already: only kTrusted is new there.
        QCOMPARE(f.ws().image(own)->shares.size(), 2);
        QCOMPARE(f.ws().image(shared)->shares.size(), 2);
        QCOMPARE(f.ws().journal().size(), 2);
        QCOMPARE(f.ws().journal().at(0).parameters.value(QStringLiteral("ImageId")).toString(),
                 own);
        QCOMPARE(f.ws().journal().at(1).parameters.value(QStringLiteral("AccountIds")).toArray(),
                 QJsonArray{kTrusted});
        QCOMPARE(r.delta.changedImageIds(), (QStringList{own, shared}));
        checkUndoRedo(f, r, before, beforeJson);
    }

    void shareManyIsAllOrNothing()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        // img-full0050 is at the limit: the request is refused, and no image changes.
        const QList<Rules::ShareManyItem> items = Rules::checkShareManyEach(
            f.ws(), kOwner,
            {{QStringLiteral("img-owner001"), QStringLiteral("img-full0050")}, {kFriend}});
        QCOMPARE(items.size(), 2);
        QVERIFY(items.at(0).verdict.allowed());
        QCOMPARE(verdictCodes(items.at(1).verdict), QStringList{QStringLiteral("S3 OverQuota")});
        const OperationResult r = f.ops().modifySharePermissions(
            f.as(kOwner, {QStringLiteral("S6")}),
            {{QStringLiteral("img-owner001"), QStringLiteral("img-full0050")}, {kFriend}});
        QVERIFY(r.refused());
        QCOMPARE(verdictCodes(r.verdict), QStringList{QStringLiteral("S3 OverQuota")});
        QCOMPARE(state(f.ws()), before);
        // The journal holds the request that was refused, as the API would take it.
        QCOMPARE(f.ws().journal().size(), 1);
        QVERIFY(!f.ws().journal().first().success);
        QCOMPARE(f.ws().journal().first().parameters.value(QStringLiteral("ImageId")).toString(),
                 QStringLiteral("img-full0050"));
        // An image that is not the operator's blocks the whole request too.
        QVERIFY(f.ops()
                    .modifySharePermissions(f.as(kOwner, {QStringLiteral("S6")}),
                                            {{QStringLiteral("img-owner001"),
                                              QStringLiteral("img-strange1")},
                                             {kFriend}})
                    .refused());
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->shares.size(), 0);
    }

    void shareManyWithNothingToChangeSaysWhy()
    {
        Fixture f;
        const OperationResult r = f.ops().modifySharePermissions(
            f.as(kOwner, {QStringLiteral("S6")}), {{QStringLiteral("img-shared01")}, {kFriend}});
        QVERIFY(r.refused());
        QCOMPARE(verdictCodes(r.verdict),
                 QStringList{QStringLiteral("S4 FailedOperation.AccountAlreadyExists")});
        const OperationResult none = f.ops().modifySharePermissions(
            f.as(kOwner), {{QStringLiteral("img-owner001")}, {kFriend}, SharePermission::Cancel});
        QVERIFY(none.refused());
        QCOMPARE(verdictCodes(none.verdict),
                 QStringList{QStringLiteral("S4 InvalidAccountId.NotFound")});
    }

    void cancelManyTakesOneAccountOffEveryImage()
    {
        Fixture f;
        QVERIFY(f.ops()
                    .modifySharePermission(f.as(kOwner, {QStringLiteral("S6")}),
                                           {QStringLiteral("img-owner001"), {kFriend, kTrusted}})
                    .applied());
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const int journal = int(f.ws().journal().size());
        // img-full0050 is not shared with kFriend: left as it is, and not in the request.
        const OperationResult r = f.ops().modifySharePermissions(
            f.as(kOwner), {{QStringLiteral("img-owner001"), QStringLiteral("img-shared01"),
                            QStringLiteral("img-full0050")},
                           {kFriend},
                           SharePermission::Cancel});
        QVERIFY2(r.applied(), qPrintable(verdictCodes(r.verdict).join(QLatin1Char(','))));
        QVERIFY(!f.ws().image(QStringLiteral("img-owner001"))->isSharedWith(kFriend));
        QVERIFY(f.ws().image(QStringLiteral("img-owner001"))->isSharedWith(kTrusted));
        QVERIFY(f.ws().image(QStringLiteral("img-shared01"))->shares.isEmpty());
        QCOMPARE(f.ws().image(QStringLiteral("img-full0050"))->shares.size(), 50);
        QCOMPARE(int(f.ws().journal().size()), journal + 2);
        QCOMPARE(r.parameters.value(QStringLiteral("ImageIds")).toArray(),
                 (QJsonArray{QStringLiteral("img-owner001"), QStringLiteral("img-shared01")}));
        checkUndoRedo(f, r, before, beforeJson);
    }

    void syncManyInOneRequest()
    {
        Fixture f(quietJson());
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const OperationResult r = f.ops().syncImages(
            f.as(kOwner),
            {{QStringLiteral("img-owner001"), QStringLiteral("img-shared01")}, {sh, jk}, std::nullopt});
        QVERIFY2(r.applied(), qPrintable(verdictCodes(r.verdict).join(QLatin1Char(','))));
        QCOMPARE(r.createdIds.size(), 4);
        QCOMPARE(r.result.value(QStringLiteral("ImageSet")).toArray().size(), 4);
        // One task per source image, each copy from its own source.
        QSet<QString> sources;
        for (const QString &id : r.createdIds)
            sources.insert(f.ws().image(id)->sourceImageId);
        QCOMPARE(sources, (QSet<QString>{QStringLiteral("img-owner001"),
                                         QStringLiteral("img-shared01")}));
        int syncTasks = 0;
        for (const Task &t : f.ws().tasks())
            syncTasks += t.kind == TaskKind::Sync && t.state == TaskState::Running ? 1 : 0;
        QCOMPARE(syncTasks, 2);
        QCOMPARE(f.ws().journal().size(), 1);
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("ImageIds")).toArray(),
                 (QJsonArray{QStringLiteral("img-owner001"), QStringLiteral("img-shared01")}));
        checkUndoRedo(f, r, before, beforeJson);
    }

    void syncManyCountsEachCopyAgainstTheQuotaAndNames()
    {
        QJsonObject root = baseJson();
        root.insert(QStringLiteral("policy"),
                    QJsonObject{{QStringLiteral("customImageQuotaPerRegion"), 2}});
        Fixture f(root);
        // ap-shanghai holds img-winsrv01: one place left, for the first image only.
        const SyncRequest r{{QStringLiteral("img-owner001"), QStringLiteral("img-shared01")},
                            {sh}, std::nullopt};
        const QList<Verdict> each = Rules::checkSyncEach(f.ws(), kOwner, r);
        QCOMPARE(each.size(), 2);
        QVERIFY(each.at(0).allowed());
        QCOMPARE(verdictCodes(each.at(1)), QStringList{QStringLiteral("C5 ImageQuotaLimitExceeded")});
        QCOMPARE(each.at(1).violations.first().args.value(QStringLiteral("used")).toInt(), 2);
        const QJsonObject before = state(f.ws());
        QVERIFY(f.ops().syncImages(f.as(kOwner), r).refused());
        QCOMPARE(state(f.ws()), before);

        // Two copies under one name in one region: the second is refused, naming the first.
        Fixture g;
        SyncRequest named{{QStringLiteral("img-owner001"), QStringLiteral("img-shared01")},
                          {bj}, QStringLiteral("same-name")};
        const QList<Verdict> clash = Rules::checkSyncEach(g.ws(), kOwner, named);
        QVERIFY(clash.at(0).allowed());
        QCOMPARE(verdictCodes(clash.at(1)),
                 QStringList{QStringLiteral("M2 InvalidImageName.Duplicate")});
        QCOMPARE(clash.at(1).violations.first().args.value(QStringLiteral("imageId")).toString(),
                 QStringLiteral("img-owner001"));
        QVERIFY(RuleText::message(clash.at(1).violations.first()).contains(QStringLiteral("img-shared01")));
        QVERIFY(g.ops().syncImages(g.as(kOwner), named).refused());
    }

    void syncUndoAndRedo()
    {
        Fixture f(quietJson());
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const OperationResult r = f.ops().syncImages(
            f.as(kOwner), {{QStringLiteral("img-owner001")}, {sh, jk}, std::nullopt});
        QVERIFY(r.applied());
        checkUndoRedo(f, r, before, beforeJson);
        if (QTest::currentTestFailed())
            return;
        // Undo after the copy finished: copies, snapshots and task are gone, the source as before.
        f.clock().advance(f.ws().policy().copyDurationSeconds + 1);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), r.createdIds.first()), QStringLiteral("NORMAL"));
        f.ops().undo(f.as(kOwner), r);
        QVERIFY(records(f.ws()) == before);
        QCOMPARE(state(f.ws()), beforeJson);
        QVERIFY(f.ws().copiesOf(QStringLiteral("img-owner001")).isEmpty());
        QVERIFY2(indexProblems(f.ws()).isEmpty(), qPrintable(indexProblems(f.ws())));
    }

    // C2 exception: the recipient copies a shared image into its own region (the image's
    // region) and the copy becomes the recipient's custom image.
    void recipientCopiesASharedImageIntoItsRegion()
    {
        Fixture f;
        const Image ownersImage = *f.ws().image(QStringLiteral("img-shared01"));
        const int ownerQuota = Rules::quota(f.ws(), kOwner, gz).used;
        QCOMPARE(Rules::quota(f.ws(), kFriend, gz).used, 0); // S7: shared images do not count
        const OperationResult r =
            f.ops().syncImages(f.as(kFriend), {{QStringLiteral("img-shared01")}, {gz}, std::nullopt});
        QVERIFY(r.applied());
        QCOMPARE(r.createdIds.size(), 1);
        const QString id = r.createdIds.first();
        const Image *copy = f.ws().image(id);
        QCOMPARE(copy->ownerAccountId, kFriend);
        QCOMPARE(copy->imageCreator, kFriend);
        QCOMPARE(copy->region, gz);
        QCOMPARE(copy->imageName, ownersImage.imageName);
        QCOMPARE(copy->sourceImageId, QStringLiteral("img-shared01"));
        QCOMPARE(copy->sourceRegion, gz);
        QVERIFY(copy->shares.isEmpty());
        QVERIFY(Rules::typeFor(*copy, kFriend) == ImageType::Private);
        QVERIFY(!Rules::isVisible(*copy, kOwner)); // the owner does not see the recipient's copy
        QCOMPARE(toString(copy->state), QStringLiteral("SYNCING"));
        QVERIFY(*f.ws().image(QStringLiteral("img-shared01")) == ownersImage); // untouched
        QCOMPARE(Rules::quota(f.ws(), kFriend, gz).used, 1);
        QCOMPARE(Rules::quota(f.ws(), kOwner, gz).used, ownerQuota);
        QVERIFY(f.ws().customImagesOf(kFriend, gz).contains(id));
        QCOMPARE(f.ws().journal().last().accountId, kFriend);
        const Task *task = f.ws().task(r.taskId);
        QCOMPARE(task->accountId, kFriend);
        for (const SnapshotRef &ref : copy->snapshots)
            QCOMPARE(f.ws().snapshot(ref.snapshotId)->ownerAccountId, kFriend);

        f.clock().advance(f.ws().policy().copyDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("NORMAL"));
        QVERIFY(!f.ws().image(id)->syncPercent);
        QVERIFY(*f.ws().image(QStringLiteral("img-shared01")) == ownersImage);
        QCOMPARE(toString(f.ws().task(r.taskId)->state), QStringLiteral("SUCCEEDED"));
        // Its own image now: the recipient may rename it, copy it elsewhere and share it.
        QVERIFY(
            f.ops()
                .modifyImageAttribute(f.as(kFriend), {id, QStringLiteral("mine now"), std::nullopt})
                .applied());
        QVERIFY(f.ops().syncImages(f.as(kFriend), {{id}, {sh}, std::nullopt}).applied());
        // After the owner stops sharing, the recipient keeps its copy.
        QVERIFY(f.ops()
                    .modifySharePermission(
                        f.as(kOwner),
                        {QStringLiteral("img-shared01"), {kFriend}, SharePermission::Cancel})
                    .applied());
        QVERIFY(Rules::isVisible(*f.ws().image(id), kFriend));
    }

    // A workspace saved mid-task resumes from its ElapsedSeconds.
    void savedMidTaskResumesWhereItStopped()
    {
        Fixture f;
        const OperationResult r =
            f.ops().syncImages(f.as(kOwner), {{QStringLiteral("img-owner001")}, {sh}, std::nullopt});
        const int duration = f.ws().policy().copyDurationSeconds;
        f.clock().advance(duration / 3);
        f.ops().advanceTasks();
        const int percentAtSave = *f.ws().image(r.createdIds.first())->syncPercent;
        QCOMPARE(percentAtSave, 33);
        const QByteArray saved = WorkspaceFile::toJson(f.ws());
        const QJsonObject savedTask = [&] {
            for (const QJsonValue &t :
                 QJsonDocument::fromJson(saved).object().value(QStringLiteral("tasks")).toArray()) {
                if (t.toObject().value(QStringLiteral("TaskId")).toString() == r.taskId)
                    return t.toObject();
            }
            return QJsonObject();
        }();
        QCOMPARE(savedTask.value(QStringLiteral("ElapsedSeconds")).toInt(), duration / 3);
        QCOMPARE(savedTask.value(QStringLiteral("State")).toString(), QStringLiteral("RUNNING"));

        LoadResult reopened = WorkspaceFile::fromJson(saved);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorText()));
        Workspace &ws = *reopened.workspace;
        QCOMPARE(ws.task(r.taskId)->elapsedSeconds, duration / 3);
        QCOMPARE(toString(ws.image(r.createdIds.first())->state), QStringLiteral("SYNCING"));
        QCOMPARE(ws.image(r.createdIds.first())->syncPercent, std::optional<int>(percentAtSave));
        // Days later: the task goes on from where it stopped, not from the wall clock.
        ManualClock later(kStart.addDays(3));
        IdGenerator ids(7);
        Operations ops(ws, later, ids);
        ops.advanceTasks();
        QCOMPARE(ws.task(r.taskId)->elapsedSeconds, duration / 3);
        QVERIFY(ws.task(r.taskId)->isRunning());
        later.advance(duration / 3);
        ops.advanceTasks();
        QCOMPARE(ws.task(r.taskId)->elapsedSeconds, 2 * (duration / 3));
        QCOMPARE(ws.image(r.createdIds.first())->syncPercent, std::optional<int>(66));
        QCOMPARE(ws.image(QStringLiteral("img-owner001"))->syncPercent, std::optional<int>(66));
        later.advance(duration - 2 * (duration / 3) - 1);
        ops.advanceTasks();
        QVERIFY(ws.task(r.taskId)->isRunning());
        QCOMPARE(toString(ws.image(r.createdIds.first())->state), QStringLiteral("SYNCING"));
        later.advance(1);
        ops.advanceTasks();
        QCOMPARE(toString(ws.task(r.taskId)->state), QStringLiteral("SUCCEEDED"));
        QCOMPARE(toString(ws.image(r.createdIds.first())->state), QStringLiteral("NORMAL"));
        QCOMPARE(toString(ws.image(QStringLiteral("img-owner001"))->state),
                 QStringLiteral("NORMAL"));
        QVERIFY(!ws.image(QStringLiteral("img-owner001"))->syncPercent);
    }

    // ---- DeleteImages --------------------------------------------------------------------

    void deleteKeepsSnapshotsUnlessAsked()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const int used = Rules::quota(f.ws(), kOwner, gz).used;
        const OperationResult r =
            f.ops().deleteImages(f.as(kOwner), {{QStringLiteral("img-owner001")}, false});
        QVERIFY(r.applied());
        QVERIFY(!f.ws().image(QStringLiteral("img-owner001")));
        QVERIFY(
            f.ws().snapshot(QStringLiteral("snap-owner001")));    // D4: snapshots stay unless asked
        QVERIFY(f.ws().instance(QStringLiteral("ins-linux001"))); // instances keep running
        QCOMPARE(f.ws().instance(QStringLiteral("ins-linux001"))->imageId,
                 QStringLiteral("img-owner001"));
        QCOMPARE(Rules::quota(f.ws(), kOwner, gz).used, used - 1); // quota freed
        QVERIFY(r.delta.snapshots.isEmpty());
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("DeleteImages"));
        QCOMPARE(e.parameters.value(QStringLiteral("ImageIds")).toArray(),
                 QJsonArray{QStringLiteral("img-owner001")});
        QCOMPARE(e.parameters.value(QStringLiteral("DeleteBindedSnap")), QJsonValue(false));
        QVERIFY(e.success);
        checkUndoRedo(f, r, before, beforeJson);
    }

    void deleteWithItsSnapshots()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const OperationResult r =
            f.ops().deleteImages(f.as(kOwner), {{QStringLiteral("img-owner001")}, true});
        QVERIFY(r.applied());
        QVERIFY(!f.ws().image(QStringLiteral("img-owner001")));
        QVERIFY(!f.ws().snapshot(QStringLiteral("snap-owner001")));
        QVERIFY(f.ws().instance(QStringLiteral("ins-linux001")));
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("DeleteBindedSnap")),
                 QJsonValue(true));
        checkUndoRedo(f, r, before, beforeJson);
        if (QTest::currentTestFailed())
            return;
        f.ops().undo(f.as(kOwner), r);
        QVERIFY(*f.ws().snapshot(QStringLiteral("snap-owner001")) ==
                before.snapshots.value(QStringLiteral("snap-owner001")));
    }

    void deleteSeveralAtOnce()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const QStringList ids{QStringLiteral("img-owner001"), QStringLiteral("img-byol0001"),
                              QStringLiteral("img-encr0001"), QStringLiteral("img-owner001")};
        const OperationResult r = f.ops().deleteImages(f.as(kOwner), {ids, false});
        QVERIFY(r.applied());
        QStringList removed = r.delta.removedImageIds();
        removed.sort();
        QCOMPARE(removed,
                 (QStringList{QStringLiteral("img-byol0001"), QStringLiteral("img-encr0001"),
                              QStringLiteral("img-owner001")}));
        for (const QString &id : removed)
            QVERIFY(!f.ws().image(id));
        QCOMPARE(
            f.ws().journal().last().parameters.value(QStringLiteral("ImageIds")).toArray().size(),
            3);
        checkUndoRedo(f, r, before, beforeJson);
    }

    // D5: all are checked first; one refusal and none is deleted, every refusal listed.
    void deleteSeveralIsAllOrNothing()
    {
        Fixture f;
        const QStringList ids{QStringLiteral("img-owner001"), QStringLiteral("img-full0050"),
                              QStringLiteral("img-creating"), QStringLiteral("img-public01"),
                              QStringLiteral("img-strange1"), QStringLiteral("img-byol0001")};
        checkRefused(f,
                     [&] {
                         return f.ops().deleteImages(f.as(kOwner), {ids, true});
                     },
                     kOwner, QStringLiteral("DeleteImages"),
                     {QStringLiteral("D2 InvalidImageId.InShared"),
                      QStringLiteral("D3 InvalidImageId.IncorrectState"),
                      QStringLiteral("D1 InvalidParameterValue.InvalidImageId"),
                      QStringLiteral("D1 InvalidParameterValue.InvalidImageIdIsShared")});
        if (QTest::currentTestFailed())
            return;
        const OperationResult r = f.ops().deleteImages(f.as(kOwner), {ids, true});
        QStringList items;
        for (const Violation &v : r.verdict.violations)
            items += v.items;
        QCOMPARE(items,
                 (QStringList{QStringLiteral("img-full0050"), QStringLiteral("img-creating"),
                              QStringLiteral("img-public01"), QStringLiteral("img-strange1")}));
        QVERIFY(f.ws().image(QStringLiteral("img-owner001")));
        QVERIFY(f.ws().image(QStringLiteral("img-byol0001")));
        QVERIFY(f.ws().snapshot(QStringLiteral("snap-owner001")));
    }

    void deleteRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QStringList>("images");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("shared with me")
            << kOwner << QStringList{s("img-strange1")}
            << QStringList{s("D1 InvalidParameterValue.InvalidImageIdIsShared")};
        QTest::newRow("public") << kOwner << QStringList{s("img-public01")}
                                << QStringList{s("D1 InvalidParameterValue.InvalidImageId")};
        QTest::newRow("shared by me") << kOwner << QStringList{s("img-shared01")}
                                      << QStringList{s("D2 InvalidImageId.InShared")};
        QTest::newRow("creating") << kOwner << QStringList{s("img-creating")}
                                  << QStringList{s("D3 InvalidImageId.IncorrectState")};
        QTest::newRow("invisible") << kFriend << QStringList{s("img-owner001")}
                                   << QStringList{s("V1 InvalidImageId.NotFound")};
        QTest::newRow("nothing") << kOwner << QStringList{}
                                 << QStringList{s("D5 MissingParameter")};
    }
    void deleteRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QStringList, images);
        QFETCH(QStringList, expected);
        Fixture f;
        checkRefused(
            f,
            [&] {
                return f.ops().deleteImages(f.as(acting), {images, false});
            },
            acting, QStringLiteral("DeleteImages"), expected);
    }

    void deleteWhileSyncingIsRefused()
    {
        Fixture f;
        const OperationResult r =
            f.ops().syncImages(f.as(kOwner), {{QStringLiteral("img-owner001")}, {sh}, std::nullopt});
        QVERIFY(r.applied());
        checkRefused(f,
                     [&] {
                         return f.ops().deleteImages(
                             f.as(kOwner),
                             {{QStringLiteral("img-owner001"), r.createdIds.first()}, false});
                     },
                     kOwner, QStringLiteral("DeleteImages"),
                     {QStringLiteral("D3 InvalidImageId.IncorrectState"),
                      QStringLiteral("D3 InvalidImageId.IncorrectState")});
    }

    // ---- CreateImage ---------------------------------------------------------------------

    void createImageFromLinux()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const int used = Rules::quota(f.ws(), kOwner, gz).used;
        const OperationResult r = f.ops().createImage(
            f.as(kOwner), {QStringLiteral("ins-linux001"), QStringLiteral("from-linux"),
                           QStringLiteral("d"), true, false});
        QVERIFY(r.applied());
        QCOMPARE(r.action, QStringLiteral("CreateImage"));
        const QString id = r.result.value(QStringLiteral("ImageId")).toString();
        QCOMPARE(r.createdIds, QStringList{id});
        const Image *img = f.ws().image(id);
        QVERIFY(img);
        QCOMPARE(toString(img->state), QStringLiteral("CREATING"));
        QCOMPARE(toString(img->source), QStringLiteral("CREATE_IMAGE"));
        QCOMPARE(img->ownerAccountId, kOwner);
        QCOMPARE(img->imageCreator, kOwner);
        QCOMPARE(img->region, gz);
        QCOMPARE(img->imageName, QStringLiteral("from-linux"));
        QCOMPARE(img->imageDescription, QStringLiteral("d"));
        QCOMPARE(img->createdFromInstanceId, QStringLiteral("ins-linux001"));
        QCOMPARE(img->osName, QStringLiteral("CentOS 7.9 64-bit"));
        QCOMPARE(img->createdTime, kStart);
        QVERIFY(img->failedChecks.isEmpty());
        QCOMPARE(Rules::quota(f.ws(), kOwner, gz).used, used + 1); // I1: counts against the quota
        const Task *task = f.ws().task(r.taskId);
        QVERIFY(task && task->isRunning());
        QCOMPARE(toString(task->kind), QStringLiteral("CreateImage"));
        QCOMPARE(task->instanceId, QStringLiteral("ins-linux001"));
        QCOMPARE(task->imageIds, QStringList{id});
        QCOMPARE(task->durationSeconds, f.ws().policy().createDurationSeconds);
        QVERIFY(!task->willFail);

        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("CreateImage"));
        QCOMPARE(e.accountId, kOwner);
        QVERIFY(e.success);
        QCOMPARE(e.parameters.value(QStringLiteral("InstanceId")).toString(),
                 QStringLiteral("ins-linux001"));
        QCOMPARE(e.parameters.value(QStringLiteral("ImageName")).toString(),
                 QStringLiteral("from-linux"));
        QCOMPARE(e.parameters.value(QStringLiteral("ImageDescription")).toString(),
                 QStringLiteral("d"));
        QCOMPARE(e.parameters.value(QStringLiteral("ForcePoweroff")).toString(),
                 QStringLiteral("true"));
        QCOMPARE(e.parameters.value(QStringLiteral("Sysprep")).toString(), QStringLiteral("FALSE"));
        QCOMPARE(e.result.value(QStringLiteral("ImageId")).toString(), id);

        checkUndoRedo(f, r, before, beforeJson);
        if (QTest::currentTestFailed())
            return;

        f.clock().advance(f.ws().policy().createDurationSeconds / 2);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("CREATING"));
        f.clock().advance(f.ws().policy().createDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("NORMAL"));
        QVERIFY(!f.ws().image(id)->syncPercent);
        QCOMPARE(f.ws().image(id)->snapshots.size(), 1);
        const Snapshot *snap = f.ws().snapshot(f.ws().image(id)->snapshots.first().snapshotId);
        QVERIFY(snap);
        QCOMPARE(snap->ownerAccountId, kOwner);
        QCOMPARE(snap->region, gz);
        QCOMPARE(toString(f.ws().task(r.taskId)->state), QStringLiteral("SUCCEEDED"));
        // The fixture's own running task finished too.
        QCOMPARE(stateName(f.ws(), QStringLiteral("img-creating")), QStringLiteral("NORMAL"));
        // Undo after it finished: image, snapshot and task gone.
        f.ops().undo(f.as(kOwner), r);
        QVERIFY(!f.ws().image(id));
        QVERIFY(!f.ws().task(r.taskId));
        QVERIFY(!f.ws().snapshot(snap->snapshotId));
    }

    void createImageFromPassingWindows()
    {
        Fixture f;
        // All four checks pass: no confirmation needed.
        const OperationResult r = f.ops().createImage(
            f.as(kOwner),
            {QStringLiteral("ins-win00001"), QStringLiteral("from-win"), {}, false, true});
        QVERIFY(r.applied());
        QVERIFY(r.verdict.confirmations.isEmpty());
        const QString id = r.createdIds.first();
        QCOMPARE(f.ws().image(id)->region, sh);
        QVERIFY(f.ws().image(id)->isWindows());
        QVERIFY(!f.ws().image(id)->isSupportCloudinit);
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("Sysprep")).toString(),
                 QStringLiteral("TRUE"));
        QCOMPARE(
            f.ws().journal().last().parameters.value(QStringLiteral("ForcePoweroff")).toString(),
            QStringLiteral("false"));
        QVERIFY(!f.ws().journal().last().parameters.contains(QStringLiteral("ImageDescription")));
        f.clock().advance(f.ws().policy().createDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("NORMAL"));
        QVERIFY(f.ws().image(id)->failedChecks.isEmpty());
        QVERIFY(f.ws().image(id)->failureReason.isEmpty());
    }

    // I2: a failing check asks first; going ahead anyway ends in CREATEFAILED with the checks.
    void windowsChecksFailingEndInCreateFailed()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        const CreateImageRequest req{
            QStringLiteral("ins-winbad01"), QStringLiteral("from-bad"), {}, false, false};
        const OperationResult ask =
            f.ops().createImage(f.as(kOwner, {QStringLiteral("S6"), QStringLiteral("N4")}), req);
        QCOMPARE(int(ask.status), int(OperationResult::Status::NeedsConfirmation));
        QCOMPARE(ask.verdict.confirmations.size(), 1);
        QCOMPARE(ask.verdict.confirmations.first().rule, QStringLiteral("I2"));
        QCOMPARE(
            ask.verdict.confirmations.first().args.value(QStringLiteral("checks")).toStringList(),
            QStringList{QStringLiteral("ModulesInstaller")});
        QCOMPARE(ask.verdict.confirmations.first().items,
                 QStringList{QStringLiteral("ins-winbad01")});
        QCOMPARE(state(f.ws()), before);
        QVERIFY(f.ws().journal().isEmpty());

        const OperationResult r = f.ops().createImage(f.as(kOwner, {QStringLiteral("I2")}), req);
        QVERIFY(r.applied());
        const QString id = r.createdIds.first();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("CREATING"));
        QCOMPARE(f.ws().journal().size(), 1);
        QVERIFY(f.ws().journal().last().success);
        f.clock().advance(f.ws().policy().createDurationSeconds - 1);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("CREATING"));
        f.clock().advance(1);
        f.ops().advanceTasks();
        const Image *img = f.ws().image(id);
        QCOMPARE(toString(img->state), QStringLiteral("CREATEFAILED"));
        QCOMPARE(img->failureReason, QStringLiteral("WindowsChecks"));
        QCOMPARE(img->failedChecks, QStringList{QStringLiteral("ModulesInstaller")});
        QVERIFY(img->snapshots.isEmpty());
        QVERIFY(!img->syncPercent);
        QCOMPARE(toString(f.ws().task(r.taskId)->state), QStringLiteral("FAILED"));
        // The failed image is saved with its reason.
        const QJsonObject saved = WorkspaceFile::imageToJson(*img);
        QCOMPARE(saved.value(QStringLiteral("FailedChecks")).toArray(),
                 QJsonArray{QStringLiteral("ModulesInstaller")});
        // A failed image can be deleted.
        QVERIFY(f.ops().deleteImages(f.as(kOwner), {{id}, false}).applied());
    }

    void setWindowsCheckThenCreateSucceeds()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const OperationResult fix = f.ops().setWindowsCheck(
            f.as(kOwner), QStringLiteral("ins-winbad01"), WindowsCheck::ModulesInstaller, true);
        QVERIFY(fix.applied());
        QVERIFY(f.ws().instance(QStringLiteral("ins-winbad01"))->windowsChecks.failing().isEmpty());
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ModifyInstanceChecks"));
        QCOMPARE(e.parameters,
                 (QJsonObject{{QStringLiteral("InstanceId"), QStringLiteral("ins-winbad01")},
                              {QStringLiteral("Check"), QStringLiteral("ModulesInstaller")},
                              {QStringLiteral("Passes"), true}}));
        QVERIFY(e.success);
        checkUndoRedo(f, fix, before, beforeJson);
        if (QTest::currentTestFailed())
            return;

        const OperationResult r = f.ops().createImage(
            f.as(kOwner),
            {QStringLiteral("ins-winbad01"), QStringLiteral("fixed"), {}, false, false});
        QVERIFY(r.applied()); // no confirmation any more
        f.clock().advance(f.ws().policy().createDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), r.createdIds.first()), QStringLiteral("NORMAL"));
        QVERIFY(f.ws().image(r.createdIds.first())->failedChecks.isEmpty());

        checkRefused(f,
                     [&] {
                         return f.ops().setWindowsCheck(f.as(kOwner),
                                                        QStringLiteral("ins-linux001"),
                                                        WindowsCheck::ModulesInstaller, true);
                     },
                     kOwner, QStringLiteral("ModifyInstanceChecks"),
                     {QStringLiteral("I2 UnsupportedOperation.NotSupportInstanceImage")});
        checkRefused(f,
                     [&] {
                         return f.ops().setWindowsCheck(f.as(kFriend),
                                                        QStringLiteral("ins-winbad01"),
                                                        WindowsCheck::ModulesInstaller, false);
                     },
                     kFriend, QStringLiteral("ModifyInstanceChecks"),
                     {QStringLiteral("I2 InvalidInstanceId.NotFound")});
    }

    void createImageRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("someone else's instance") << kFriend << s("ins-linux001") << s("x")
                                                 << QStringList{s("I1 InvalidInstanceId.NotFound")};
        QTest::newRow("unknown instance") << kOwner << s("ins-zzzzzzzz") << s("x")
                                          << QStringList{s("I1 InvalidInstanceId.NotFound")};
        QTest::newRow("malformed instance")
            << kOwner << s("i-123") << s("x") << QStringList{s("I1 InvalidInstanceId.Malformed")};
        QTest::newRow("duplicate name") << kOwner << s("ins-linux001") << s("name-img-owner001")
                                        << QStringList{s("M2 InvalidImageName.Duplicate")};
        QTest::newRow("empty name")
            << kOwner << s("ins-linux001") << s("") << QStringList{s("M2 MissingParameter")};
        QTest::newRow("name too long")
            << kOwner << s("ins-linux001") << QString(61, QLatin1Char('x'))
            << QStringList{s("M2 InvalidParameterValue.TooLarge")};
    }
    void createImageRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, instance);
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        Fixture f;
        checkRefused(
            f,
            [&] {
                return f.ops().createImage(f.as(acting, kAllAcks),
                                           {instance, name, {}, false, false});
            },
            acting, QStringLiteral("CreateImage"), expected);
    }

    void createImageOverTheQuota()
    {
        QJsonObject root = baseJson();
        root.insert(QStringLiteral("policy"),
                    QJsonObject{{QStringLiteral("customImageQuotaPerRegion"), 1}});
        Fixture f(root);
        checkRefused(
            f,
            [&] {
                return f.ops().createImage(
                    f.as(kOwner, kAllAcks),
                    {QStringLiteral("ins-win00001"), QStringLiteral("x"), {}, false, false});
            },
            kOwner, QStringLiteral("CreateImage"), {QStringLiteral("I1 ImageQuotaLimitExceeded")});
    }

    // ---- ImportImage ---------------------------------------------------------------------

    void importImageSucceeds()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        ImportRequest req = importRequest(QStringLiteral("imported"));
        req.architecture = QStringLiteral("arm_64");
        const OperationResult r = f.ops().importImage(f.as(kOwner), req);
        QVERIFY(r.applied());
        QCOMPARE(r.action, QStringLiteral("ImportImage"));
        const QString id = r.createdIds.first();
        QCOMPARE(r.result.value(QStringLiteral("ImageId")).toString(), id);
        const Image *img = f.ws().image(id);
        QCOMPARE(toString(img->state), QStringLiteral("IMPORTING"));
        QCOMPARE(toString(img->source), QStringLiteral("EXTERNAL_IMPORT"));
        QCOMPARE(img->ownerAccountId, kOwner);
        QCOMPARE(img->region, gz);
        QCOMPARE(img->imageName, QStringLiteral("imported"));
        QCOMPARE(img->imageDescription, QStringLiteral("imported from COS"));
        QCOMPARE(img->architecture, QStringLiteral("arm"));
        QCOMPARE(img->imageSize, 20);
        QCOMPARE(img->osName, QStringLiteral("Ubuntu 22"));
        QCOMPARE(img->platform, QStringLiteral("Ubuntu"));
        QCOMPARE(toString(img->licenseType), QStringLiteral("TencentCloud"));
        const Task *task = f.ws().task(r.taskId);
        QCOMPARE(toString(task->kind), QStringLiteral("ImportImage"));
        QCOMPARE(task->durationSeconds, f.ws().policy().importDurationSeconds);
        QVERIFY(!task->willFail);

        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ImportImage"));
        QCOMPARE(e.accountId, kOwner);
        QVERIFY(e.success);
        QCOMPARE(e.parameters.value(QStringLiteral("ImageUrl")).toString(), req.imageUrl);
        QCOMPARE(e.parameters.value(QStringLiteral("OsType")).toString(), QStringLiteral("Ubuntu"));
        QCOMPARE(e.parameters.value(QStringLiteral("OsVersion")).toString(), QStringLiteral("22"));
        QCOMPARE(e.parameters.value(QStringLiteral("Architecture")).toString(),
                 QStringLiteral("arm_64"));
        QCOMPARE(e.parameters.value(QStringLiteral("Region")).toString(), gz);
        QCOMPARE(e.parameters.value(QStringLiteral("Force")), QJsonValue(false));

        checkUndoRedo(f, r, before, beforeJson);
        if (QTest::currentTestFailed())
            return;

        f.clock().advance(f.ws().policy().importDurationSeconds / 2);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("IMPORTING"));
        QCOMPARE(f.ws().image(id)->syncPercent, std::optional<int>(50));
        f.clock().advance(f.ws().policy().importDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("NORMAL"));
        QVERIFY(!f.ws().image(id)->syncPercent);
        QVERIFY(f.ws().image(id)->failureReason.isEmpty());
        QCOMPARE(toString(f.ws().task(r.taskId)->state), QStringLiteral("SUCCEEDED"));
    }

    void importImageFails_data()
    {
        QTest::addColumn<QString>("partition");
        QTest::addColumn<int>("virtio"); // -1 unknown, 0 no, 1 yes
        QTest::addColumn<int>("cloudInit");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no partition table") << s("NONE") << -1 << -1 << s("PartitionNotPresent");
        QTest::newRow("no virtio") << s("MBR") << 0 << -1 << s("VirtioNotInstall");
        QTest::newRow("no cloud-init") << s("GPT") << 1 << 0 << s("CloudInitNotInstalled");
    }
    void importImageFails()
    {
        QFETCH(QString, partition);
        QFETCH(int, virtio);
        QFETCH(int, cloudInit);
        QFETCH(QString, reason);
        Fixture f;
        ImportRequest req = importRequest(QStringLiteral("bad"));
        req.file.partitionTable = partition;
        if (virtio >= 0)
            req.file.virtioInstalled = virtio == 1;
        if (cloudInit >= 0)
            req.file.cloudInitInstalled = cloudInit == 1;
        const OperationResult r = f.ops().importImage(f.as(kOwner), req);
        QVERIFY(r.applied()); // the import service finds out later
        const QString id = r.createdIds.first();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("IMPORTING"));
        QVERIFY(f.ws().image(id)->failureReason.isEmpty());
        f.clock().advance(f.ws().policy().importDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("IMPORTFAILED"));
        QCOMPARE(f.ws().image(id)->failureReason, reason);
        QVERIFY(!f.ws().image(id)->syncPercent);
        QCOMPARE(toString(f.ws().task(r.taskId)->state), QStringLiteral("FAILED"));
        QCOMPARE(WorkspaceFile::imageToJson(*f.ws().image(id))
                     .value(QStringLiteral("FailureReason"))
                     .toString(),
                 reason);
    }

    void importImageRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no permission")
            << kFriend << s("") << QStringList{s("P1 UnauthorizedOperation.PermissionDenied")};
        QTest::newRow("bucket elsewhere")
            << kOwner << s("bucket")
            << QStringList{s("P2 InvalidParameter.InvalidParameterUrlError")};
        QTest::newRow("format") << kOwner << s("format") << QStringList{s("P2 InvalidFormatSize")};
        QTest::newRow("ISO not forced")
            << kOwner << s("iso")
            << QStringList{s("P2 InvalidParameterValue.ISOMustImportByForce")};
        QTest::newRow("too big") << kOwner << s("size") << QStringList{s("P2 InvalidFormatSize")};
        QTest::newRow("os") << kOwner << s("os")
                            << QStringList{s("P3 InvalidImageOsType.Unsupported")};
        QTest::newRow("os version")
            << kOwner << s("version") << QStringList{s("P3 InvalidImageOsVersion.Unsupported")};
        QTest::newRow("region without import")
            << kOwner << s("region")
            << QStringList{s("P2 RegionAbilityLimit.UnsupportedToImportImage")};
        QTest::newRow("duplicate name")
            << kOwner << s("name") << QStringList{s("M2 InvalidImageName.Duplicate")};
    }
    void importImageRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, what);
        QFETCH(QStringList, expected);
        Fixture f;
        ImportRequest req = importRequest(QStringLiteral("imported"));
        if (what == QLatin1String("bucket"))
            req.imageUrl = QStringLiteral(
                "https://images-1250000001.cos.ap-beijing.myqcloud.com/ubuntu.qcow2");
        else if (what == QLatin1String("format"))
            req.file.format = QStringLiteral("VDI");
        else if (what == QLatin1String("iso"))
            req.file.format = QStringLiteral("ISO");
        else if (what == QLatin1String("size"))
            req.file.fileSizeBytes = 51 * kGiB;
        else if (what == QLatin1String("os"))
            req.osType = QStringLiteral("Plan 9");
        else if (what == QLatin1String("version"))
            req.osVersion = QStringLiteral("5");
        else if (what == QLatin1String("region")) {
            req.region = QStringLiteral("ap-chongqing");
            req.imageUrl = QStringLiteral("https://example.com/ubuntu.qcow2");
        } else if (what == QLatin1String("name"))
            req.imageName = QStringLiteral("name-img-owner001");
        checkRefused(
            f, [&] { return f.ops().importImage(f.as(acting), req); }, acting,
            QStringLiteral("ImportImage"), expected);
    }

    void applyForImportPermissionThenImport()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        QVERIFY(f.ops().importImage(f.as(kFriend), importRequest(QStringLiteral("x"))).refused());
        const Records afterRefusal = records(f.ws());
        QVERIFY(afterRefusal == before);
        QVERIFY(!f.ws().account(kFriend)->canImportImages);
        const OperationResult r = f.ops().applyImportPermission(f.as(kFriend));
        QVERIFY(r.applied());
        QVERIFY(f.ws().account(kFriend)->canImportImages);
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ApplyImportPermission"));
        QCOMPARE(e.accountId, kFriend);
        QCOMPARE(e.parameters.value(QStringLiteral("AccountId")).toString(), kFriend);
        QVERIFY(e.success);
        checkUndoRedo(f, r, before, beforeJson);
        if (QTest::currentTestFailed())
            return;
        checkRefused(f, [&] { return f.ops().applyImportPermission(f.as(kFriend)); }, kFriend,
                     QStringLiteral("ApplyImportPermission"),
                     {QStringLiteral("P1 FailedOperation")});
        const OperationResult imp =
            f.ops().importImage(f.as(kFriend), importRequest(QStringLiteral("x")));
        QVERIFY(imp.applied());
        QCOMPARE(f.ws().image(imp.createdIds.first())->ownerAccountId, kFriend);
        checkRefused(
            f, [&] { return f.ops().applyImportPermission(f.as(QStringLiteral("999999999999"))); },
            QStringLiteral("999999999999"), QStringLiteral("ApplyImportPermission"),
            {QStringLiteral("P1 InvalidAccountId.NotFound")});
    }

    // ---- RunInstances, ResetInstance -----------------------------------------------------

    void runInstancesFromOwnImage()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const OperationResult r =
            f.ops().runInstances(f.as(kOwner), {QStringLiteral("img-owner001"), gz, {}, 1, {}});
        QVERIFY(r.applied());
        QVERIFY(r.verdict.confirmations.isEmpty());
        QCOMPARE(r.createdIds.size(), 1);
        const Instance *i = f.ws().instance(r.createdIds.first());
        QCOMPARE(i->ownerAccountId, kOwner);
        QCOMPARE(i->region, gz);
        QCOMPARE(i->zone, QStringLiteral("ap-guangzhou-3")); // the region's first zone
        QCOMPARE(i->imageId, QStringLiteral("img-owner001"));
        QCOMPARE(i->instanceName, QStringLiteral("name-img-owner001"));
        QCOMPARE(i->osName, QStringLiteral("CentOS 7.9 64-bit"));
        QCOMPARE(i->instanceState, QStringLiteral("RUNNING"));
        QCOMPARE(i->createdTime, kStart);
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("RunInstances"));
        QCOMPARE(e.parameters.value(QStringLiteral("ImageId")).toString(),
                 QStringLiteral("img-owner001"));
        QCOMPARE(e.parameters.value(QStringLiteral("InstanceCount")).toInt(), 1);
        QCOMPARE(e.parameters.value(QStringLiteral("Region")).toString(), gz);
        QCOMPARE(e.result.value(QStringLiteral("InstanceIdSet")).toArray(),
                 QJsonArray{r.createdIds.first()});
        checkUndoRedo(f, r, before, beforeJson);
        if (QTest::currentTestFailed())
            return;
        // S8: the owner still launches from an image it has shared.
        QVERIFY(f.ops()
                    .runInstances(f.as(kOwner), {QStringLiteral("img-full0050"), gz, {}, 2, {}})
                    .applied());
    }

    // N4: an image shared by an untrusted account needs explicit confirmation.
    void runInstancesFromSharedImages()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        const RunInstancesRequest req{QStringLiteral("img-strange1"), gz,
                                      QStringLiteral("ap-guangzhou-4"), 3, QStringLiteral("web")};
        const OperationResult ask =
            f.ops().runInstances(f.as(kOwner, {QStringLiteral("S6"), QStringLiteral("I2")}), req);
        QCOMPARE(int(ask.status), int(OperationResult::Status::NeedsConfirmation));
        QCOMPARE(ask.verdict.confirmations.first().rule, QStringLiteral("N4"));
        QCOMPARE(ask.verdict.confirmations.first().args.value(QStringLiteral("ownerId")).toString(),
                 kStranger);
        QCOMPARE(state(f.ws()), before);
        QVERIFY(f.ws().journal().isEmpty());

        const Records beforeRecords = records(f.ws());
        const OperationResult r = f.ops().runInstances(f.as(kOwner, {QStringLiteral("N4")}), req);
        QVERIFY(r.applied());
        QCOMPARE(r.createdIds.size(), 3);
        for (int n = 0; n < 3; ++n) {
            const Instance *i = f.ws().instance(r.createdIds.at(n));
            QCOMPARE(i->instanceName, QStringLiteral("web-%1").arg(n + 1));
            QCOMPARE(i->zone, QStringLiteral("ap-guangzhou-4"));
            QCOMPARE(i->ownerAccountId, kOwner);
        }
        QCOMPARE(f.ws().instancesUsing(QStringLiteral("img-strange1")).size(), 3);
        QCOMPARE(f.ws().instancesOf(kOwner).size(), 6);
        QCOMPARE(r.result.value(QStringLiteral("InstanceIdSet")).toArray().size(), 3);
        checkUndoRedo(f, r, beforeRecords, before);

        // kFriend trusts kOwner: no confirmation for kOwner's image; kTrusted is not trusted by
        // kFriend.
        QVERIFY(f.ops()
                    .runInstances(f.as(kFriend), {QStringLiteral("img-shared01"), gz, {}, 1, {}})
                    .applied());
        QCOMPARE(
            int(f.ops()
                    .runInstances(f.as(kFriend), {QStringLiteral("img-trusted1"), gz, {}, 1, {}})
                    .status),
            int(OperationResult::Status::NeedsConfirmation));
    }

    void runInstancesRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("image in another region") << kOwner << s("img-winsrv01") << gz << s("") << 1
                                                 << QStringList{s("N1 InvalidImageId.NotFound")};
        QTest::newRow("shared image elsewhere") << kFriend << s("img-shared01") << sh << s("") << 1
                                                << QStringList{s("N1 InvalidImageId.NotFound")};
        QTest::newRow("zone of another region")
            << kOwner << s("img-owner001") << gz << s("ap-shanghai-2") << 1
            << QStringList{s("N1 InvalidZone.MismatchRegion")};
        QTest::newRow("unknown region") << kOwner << s("img-owner001") << s("xx-nowhere") << s("")
                                        << 1 << QStringList{s("N1 InvalidRegion.NotFound")};
        QTest::newRow("count 0") << kOwner << s("img-owner001") << gz << s("") << 0
                                 << QStringList{s("N1 InvalidParameterValue.LimitExceeded")};
        QTest::newRow("creating") << kOwner << s("img-creating") << gz << s("") << 1
                                  << QStringList{s("N3 InvalidParameterValue.InvalidImageState")};
        QTest::newRow("invisible") << kStranger << s("img-owner001") << gz << s("") << 1
                                   << QStringList{s("V1 InvalidImageId.NotFound")};
    }
    void runInstancesRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, image);
        QFETCH(QString, region);
        QFETCH(QString, zone);
        QFETCH(int, count);
        QFETCH(QStringList, expected);
        Fixture f;
        checkRefused(
            f,
            [&] {
                return f.ops().runInstances(f.as(acting, kAllAcks),
                                            {image, region, zone, count, {}});
            },
            acting, QStringLiteral("RunInstances"), expected);
    }

    void resetInstance()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const OperationResult r = f.ops().resetInstance(
            f.as(kOwner), {QStringLiteral("ins-linux001"), QStringLiteral("img-public01")});
        QVERIFY(r.applied());
        const Instance *i = f.ws().instance(QStringLiteral("ins-linux001"));
        QCOMPARE(i->imageId, QStringLiteral("img-public01"));
        QCOMPARE(i->region, gz);
        QCOMPARE(i->instanceState, QStringLiteral("RUNNING"));
        QVERIFY(f.ws()
                    .instancesUsing(QStringLiteral("img-public01"))
                    .contains(QStringLiteral("ins-linux001")));
        QVERIFY(!f.ws()
                     .instancesUsing(QStringLiteral("img-owner001"))
                     .contains(QStringLiteral("ins-linux001")));
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ResetInstance"));
        QCOMPARE(e.parameters,
                 (QJsonObject{{QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                              {QStringLiteral("ImageId"), QStringLiteral("img-public01")}}));
        checkUndoRedo(f, r, before, beforeJson);
        if (QTest::currentTestFailed())
            return;
        // Without an image: reinstalled from its current one.
        QVERIFY(f.ops()
                    .resetInstance(f.as(kOwner), {QStringLiteral("ins-win00001"), QString()})
                    .applied());
        QCOMPARE(f.ws().instance(QStringLiteral("ins-win00001"))->imageId,
                 QStringLiteral("img-winsrv01"));
    }

    void resetInstanceRefusals_data()
    {
        QTest::addColumn<QString>("acting");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("image in another region") << kOwner << s("ins-linux001") << s("img-winsrv01")
                                                 << QStringList{s("N1 InvalidImageId.NotFound")};
        QTest::newRow("someone else's instance")
            << kFriend << s("ins-linux001") << s("img-public01")
            << QStringList{s("N2 InvalidInstanceId.NotFound")};
        QTest::newRow("malformed instance") << kOwner << s("linux001") << s("img-public01")
                                            << QStringList{s("N2 InvalidInstanceId.Malformed")};
        QTest::newRow("invisible image") << kFriend << s("ins-friend01") << s("img-owner001")
                                         << QStringList{s("V1 InvalidImageId.NotFound")};
        QTest::newRow("creating image")
            << kOwner << s("ins-linux001") << s("img-creating")
            << QStringList{s("N3 InvalidParameterValue.InvalidImageState")};
    }
    void resetInstanceRefusals()
    {
        QFETCH(QString, acting);
        QFETCH(QString, instance);
        QFETCH(QString, image);
        QFETCH(QStringList, expected);
        Fixture f;
        checkRefused(
            f,
            [&] {
                return f.ops().resetInstance(f.as(acting, kAllAcks), {instance, image});
            },
            acting, QStringLiteral("ResetInstance"), expected);
    }

    // V2: an operation told the region the caller acts in (the API's X-TC-Region) refuses
    // images and instances of other regions, and journals the refusal.
    void operationsInAnotherRegionAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expected");
        QTest::newRow("share") << 0 << s("ModifyImageSharePermission")
                               << s("V2 InvalidImageId.NotFound");
        QTest::newRow("modify") << 1 << s("ModifyImageAttribute")
                                << s("V2 InvalidImageId.NotFound");
        QTest::newRow("sync") << 2 << s("SyncImages") << s("V2 InvalidImageId.NotFound");
        QTest::newRow("delete") << 3 << s("DeleteImages") << s("V2 InvalidImageId.NotFound");
        QTest::newRow("create") << 4 << s("CreateImage") << s("I1 InvalidInstanceId.NotFound");
        QTest::newRow("reset") << 5 << s("ResetInstance") << s("N2 InvalidInstanceId.NotFound");
    }
    void operationsInAnotherRegionAreRefused()
    {
        QFETCH(int, which);
        QFETCH(QString, action);
        QFETCH(QString, expected);
        Fixture f;
        const QString sh = s("ap-shanghai");
        const QString img = s("img-owner001");
        const OperationContext ctx = f.as(kOwner, kAllAcks);
        checkRefused(
            f,
            [&] {
                switch (which) {
                case 0:
                    return f.ops().modifySharePermission(
                        ctx, {img, {kFriend}, SharePermission::Share, sh});
                case 1:
                    return f.ops().modifyImageAttribute(ctx, {img, s("n"), std::nullopt, sh});
                case 2: {
                    SyncRequest r{{img}, {s("ap-beijing")}, std::nullopt};
                    r.region = sh;
                    return f.ops().syncImages(ctx, r);
                }
                case 3:
                    return f.ops().deleteImages(ctx, {{img}, false, sh});
                case 4:
                    return f.ops().createImage(ctx,
                                               {s("ins-linux001"), s("n"), {}, false, false, sh});
                default:
                    return f.ops().resetInstance(ctx, {s("ins-linux001"), img, sh});
                }
            },
            kOwner, action, {expected});
    }

    void terminateInstancesRemovesThemAndUndoBringsThemBack()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const OperationResult r =
            f.ops().terminateInstances(f.as(kOwner), {{s("ins-winbad01"), s("ins-win00001")}});
        QVERIFY(r.applied());
        QVERIFY(!f.ws().instance(s("ins-winbad01")));
        QVERIFY(!f.ws().instance(s("ins-win00001")));
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, s("TerminateInstances"));
        QCOMPARE(e.parameters.value(s("InstanceIds")).toArray().size(), 2);
        checkUndoRedo(f, r, before, beforeJson);
        // An instance an image is being created from is not terminated (T1): the fixture's
        // task-create01 works on ins-linux001.
        Fixture g;
        checkRefused(
            g, [&] { return g.ops().terminateInstances(g.as(kOwner), {{s("ins-linux001")}}); },
            kOwner, s("TerminateInstances"), {s("T1 OperationDenied.InstanceOperationInProgress")});
    }

    // ---- Trusted accounts ----------------------------------------------------------------

    void trustedAccounts()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const OperationResult r =
            f.ops().setTrustedAccounts(f.as(kOwner), {{kTrusted, kStranger, kStranger}});
        QVERIFY(r.applied());
        QCOMPARE(f.ws().account(kOwner)->trustedAccountIds, (QStringList{kTrusted, kStranger}));
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ModifyTrustedAccounts"));
        QCOMPARE(e.parameters.value(QStringLiteral("AccountIds")).toArray(),
                 (QJsonArray{kTrusted, kStranger}));
        QVERIFY(e.success);
        // Now kStranger's image launches without the N4 confirmation.
        QVERIFY(f.ops()
                    .runInstances(f.as(kOwner), {QStringLiteral("img-strange1"), gz, {}, 1, {}})
                    .applied());
        f.ops().undo(
            f.as(kOwner),
            f.ops().runInstances(f.as(kOwner), {QStringLiteral("img-public01"), gz, {}, 1, {}}));
        Fixture g;
        const OperationResult r2 =
            g.ops().setTrustedAccounts(g.as(kOwner), {{kTrusted, kStranger}});
        checkUndoRedo(g, r2, before, beforeJson);
        if (QTest::currentTestFailed())
            return;
        // An empty list is allowed: trust nobody.
        QVERIFY(g.ops().setTrustedAccounts(g.as(kOwner), {{}}).applied());
        QVERIFY(g.ws().account(kOwner)->trustedAccountIds.isEmpty());
        checkRefused(g,
                     [&] {
                         return g.ops().setTrustedAccounts(g.as(kOwner), {{kTrusted, kOwner}});
                     },
                     kOwner, QStringLiteral("ModifyTrustedAccounts"),
                     {QStringLiteral("N4 InvalidAccountIs.YourSelf")});
        checkRefused(g,
                     [&] {
                         return g.ops().setTrustedAccounts(
                             g.as(kOwner),
                             {{kTrusted, QStringLiteral("999999999999"), QStringLiteral("abc")}});
                     },
                     kOwner, QStringLiteral("ModifyTrustedAccounts"),
                     {QStringLiteral("N4 InvalidAccountId.NotFound"),
                      QStringLiteral("N4 InvalidAccountId.NotFound")});
    }

    // ---- DescribeImages import -----------------------------------------------------------

    void importDescribeImages()
    {
        Fixture f;
        const Records before = records(f.ws());
        const QJsonObject beforeJson = state(f.ws());
        const QByteArray answer =
            R"({"Response":{"TotalCount":2,"ImageSet":[)"
            R"({"ImageId":"img-qlzp4oea","ImageName":"test-image","ImageType":"PRIVATE_IMAGE","ImageState":"NORMAL","ImageCreator":"3205597606","CreatedTime":"2020-09-22T00:00:00+00:00","IsSupportCloudinit":true,"OsName":"CentOS 7.4 64-bit","Platform":"CentOS","ImageSize":20},)"
            R"({"ImageId":"img-shared99","ImageName":"from-unknown","ImageType":"SHARED_IMAGE","ImageState":"NORMAL","ImageCreator":"3205597606","CreatedTime":"2021-01-01T00:00:00Z","IsSupportCloudinit":true}]}})";
        QList<LoadProblem> problems;
        const QList<Image> images = WorkspaceFile::parseDescribeImages(answer, kFriend, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(images.size(), 2);
        f.clock().advance(5);
        const OperationResult r = f.ops().importDescribeImages(f.as(kFriend), images, kFriend, sh);
        QVERIFY(r.applied());
        QCOMPARE(r.createdIds,
                 (QStringList{QStringLiteral("img-qlzp4oea"), QStringLiteral("img-shared99")}));
        const Image *mine = f.ws().image(QStringLiteral("img-qlzp4oea"));
        QCOMPARE(mine->ownerAccountId, kFriend);
        QCOMPARE(mine->region, sh);
        QVERIFY(Rules::typeFor(*mine, kFriend) == ImageType::Private);
        const Image *shared = f.ws().image(QStringLiteral("img-shared99"));
        QCOMPARE(shared->ownerAccountId, QStringLiteral("3205597606"));
        QCOMPARE(shared->region, sh);
        QVERIFY(shared->isSharedWith(kFriend));
        QCOMPARE(shared->shares.first().createdTime, kStart.addSecs(5));
        QVERIFY(Rules::typeFor(*shared, kFriend) == ImageType::Shared);
        QVERIFY(f.ws().account(QStringLiteral("3205597606"))); // the sharer, added as an account
        QVERIFY(f.ws().imagesSharedWith(kFriend).contains(QStringLiteral("img-shared99")));
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ImportDescribeImages"));
        QCOMPARE(e.accountId, kFriend);
        QCOMPARE(e.parameters.value(QStringLiteral("AccountId")).toString(), kFriend);
        QCOMPARE(e.parameters.value(QStringLiteral("Region")).toString(), sh);
        QCOMPARE(e.parameters.value(QStringLiteral("ImageIds")).toArray(),
                 (QJsonArray{QStringLiteral("img-qlzp4oea"), QStringLiteral("img-shared99")}));
        QVERIFY(e.success);
        checkUndoRedo(f, r, before, beforeJson);
        if (QTest::currentTestFailed())
            return;
        f.ops().undo(f.as(kFriend), r);
        QVERIFY(!f.ws().image(QStringLiteral("img-qlzp4oea")));
        QVERIFY(!f.ws().account(QStringLiteral("3205597606")));
        f.ops().redo(f.as(kFriend), r);

        // Importing the same answer again keeps what the API does not return (shares, lineage).
        QVERIFY(f.ops()
                    .modifySharePermission(f.as(kFriend, {QStringLiteral("S6")}),
                                           {QStringLiteral("img-qlzp4oea"), {kOwner}})
                    .applied());
        QVERIFY(f.ops().importDescribeImages(f.as(kFriend), images, kFriend, sh).applied());
        QCOMPARE(f.ws().image(QStringLiteral("img-qlzp4oea"))->shares.size(), 1);
        QCOMPARE(f.ws().image(QStringLiteral("img-shared99"))->shares.size(), 1);
    }

    void importDescribeImagesRefusals()
    {
        Fixture f;
        Image clash;
        clash.imageId = QStringLiteral("img-owner001"); // exists with another owner
        clash.imageName = QStringLiteral("x");
        clash.ownerAccountId = kFriend;
        clash.createdTime = kStart;
        checkRefused(
            f, [&] { return f.ops().importDescribeImages(f.as(kFriend), {clash}, kFriend, gz); },
            kFriend, QStringLiteral("ImportDescribeImages"),
            {QStringLiteral("V1 InvalidImageId.NotFound")});
        Image fresh = clash;
        fresh.imageId = QStringLiteral("img-fresh001");
        checkRefused(f,
                     [&] {
                         return f.ops().importDescribeImages(f.as(kFriend), {fresh}, kFriend,
                                                             QStringLiteral("xx-nowhere"));
                     },
                     kFriend, QStringLiteral("ImportDescribeImages"),
                     {QStringLiteral("V2 InvalidRegion.NotFound")});
        checkRefused(f,
                     [&] {
                         return f.ops().importDescribeImages(f.as(kFriend), {fresh},
                                                             QStringLiteral("999999999999"), gz);
                     },
                     kFriend, QStringLiteral("ImportDescribeImages"),
                     {QStringLiteral("V1 InvalidAccountId.NotFound")});
        // The refused batch left even the good image out.
        QVERIFY(!f.ws().image(QStringLiteral("img-fresh001")));
    }

    // ---- Every operation: dry run, undo and redo -----------------------------------------

    void dryRunChangesNothing_data()
    {
        QTest::addColumn<int>("which");
        const QList<NamedOperation> all = everyOperation();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }
    void dryRunChangesNothing()
    {
        QFETCH(int, which);
        const NamedOperation op = everyOperation().at(which);
        Fixture f;
        const QJsonObject before = state(f.ws());
        const Records beforeRecords = records(f.ws());
        QSignalSpy changed(&f.ws(), &Workspace::changed);
        OperationContext ctx = f.as(op.account, kAllAcks);
        ctx.dryRun = true;
        const OperationResult r = op.run(f.ops(), ctx);
        QCOMPARE(int(r.status), int(OperationResult::Status::DryRunPassed));
        QVERIFY(r.delta.isEmpty());
        QVERIFY(r.createdIds.isEmpty());
        QCOMPARE(state(f.ws()), before);
        QVERIFY(records(f.ws()) == beforeRecords);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.ws().journal().size(), 1);
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, op.action);
        QCOMPARE(e.accountId, op.account);
        QVERIFY(e.success);
        QCOMPARE(e.parameters.value(QStringLiteral("DryRun")), QJsonValue(true));
        // The same request for real goes through.
        QVERIFY(op.run(f.ops(), f.as(op.account, kAllAcks)).applied());
        QVERIFY(!(state(f.ws()) == before));
    }

    void dryRunOfARefusedRequest()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        OperationContext ctx = f.as(kOwner, kAllAcks);
        ctx.dryRun = true;
        const OperationResult r =
            f.ops().deleteImages(ctx, {{QStringLiteral("img-full0050")}, false});
        QVERIFY(r.refused());
        QCOMPARE(state(f.ws()), before);
        QVERIFY(!f.ws().journal().last().success);
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("DryRun")),
                 QJsonValue(true));
        QCOMPARE(journalCodes(f.ws().journal().last()),
                 QStringList{QStringLiteral("D2 InvalidImageId.InShared")});
        // A dry run does not replace the confirmation: still asked first, nothing journaled.
        OperationContext noAck = f.as(kOwner);
        noAck.dryRun = true;
        const int journal = int(f.ws().journal().size());
        QCOMPARE(int(f.ops()
                         .modifySharePermission(noAck, {QStringLiteral("img-owner001"), {kFriend}})
                         .status),
                 int(OperationResult::Status::NeedsConfirmation));
        QCOMPARE(int(f.ws().journal().size()), journal);
    }

    void undoRedoIsExact_data() { dryRunChangesNothing_data(); }
    void undoRedoIsExact()
    {
        QFETCH(int, which);
        const NamedOperation op = everyOperation().at(which);
        Fixture f;
        f.clock().advance(17);
        const QJsonObject before = state(f.ws());
        const Records beforeRecords = records(f.ws());
        const OperationResult r = op.run(f.ops(), f.as(op.account, kAllAcks));
        QVERIFY(r.applied());
        QCOMPARE(r.action, op.action);
        QVERIFY(!r.delta.isEmpty());
        QVERIFY(!(state(f.ws()) == before));
        QVERIFY2(indexProblems(f.ws()).isEmpty(), qPrintable(indexProblems(f.ws())));
        // The delta describes exactly the change: applying its inverse by hand gives `before`.
        const WorkspaceDelta inv = r.delta.inverted();
        QCOMPARE(inv.inverted(), r.delta);
        checkUndoRedo(f, r, beforeRecords, before);
        if (QTest::currentTestFailed())
            return;
        // The workspace after redo saves and loads to the same state.
        LoadResult again = WorkspaceFile::fromJson(WorkspaceFile::toJson(f.ws()));
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QCOMPARE(state(*again.workspace), state(f.ws()));
    }

    // ---- Identifiers ---------------------------------------------------------------------

    void newIdsAreWellFormedAndUnique()
    {
        Fixture f;
        QSet<QString> seen;
        for (int i = 0; i < 20; ++i) {
            const OperationResult r =
                f.ops().runInstances(f.as(kOwner), {QStringLiteral("img-public01"), gz, {}, 5, {}});
            QVERIFY(r.applied());
            for (const QString &id : r.createdIds) {
                QVERIFY(id.startsWith(QLatin1String("ins-")) && id.size() == 12);
                QVERIFY(!seen.contains(id));
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), 100);
        // An ID undone is not handed out again (its history stays unambiguous).
        const OperationResult a = f.ops().createImage(
            f.as(kOwner), {QStringLiteral("ins-linux001"), QStringLiteral("a"), {}, false, false});
        f.ops().undo(f.as(kOwner), a);
        const OperationResult b = f.ops().createImage(
            f.as(kOwner), {QStringLiteral("ins-linux001"), QStringLiteral("a"), {}, false, false});
        QVERIFY(a.createdIds.first() != b.createdIds.first());
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"

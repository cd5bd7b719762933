// Every operation: state before and after, the journal entry, all-or-nothing, undo and redo.
#include "Fixture.h"
#include "Rules.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

const QString gz = QStringLiteral("ap-guangzhou");
const QString sh = QStringLiteral("ap-shanghai");
const QString bj = QStringLiteral("ap-beijing");

// The workspace as JSON, without the journal (which only grows).
QJsonObject state(const Workspace &ws)
{
    QJsonObject o = WorkspaceFile::toObject(ws);
    o.remove(QStringLiteral("journal"));
    return o;
}

QString stateName(const Workspace &ws, const QString &id)
{
    const Image *img = ws.image(id);
    return img ? toString(img->state) : QStringLiteral("(gone)");
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shareAppliesJournalsAndUndoes()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        QSignalSpy changed(&f.ws(), &Workspace::changed);
        const OperationResult r = f.ops().modifySharePermission(f.as(kOwner, {QStringLiteral("S6")}),
                                                                {QStringLiteral("img-owner001"), {kFriend, kTrusted}});
        QVERIFY(r.applied());
        QCOMPARE(changed.count(), 1);
        const Image *img = f.ws().image(QStringLiteral("img-owner001"));
        QCOMPARE(img->shares.size(), 2);
        QCOMPARE(img->shares.first().createdTime, kStart);
        QVERIFY(f.ws().imagesSharedWith(kFriend).contains(QStringLiteral("img-owner001")));
        const JournalEntry &e = f.ws().journal().last();
        QCOMPARE(e.action, QStringLiteral("ModifyImageSharePermission"));
        QCOMPARE(e.accountId, kOwner);
        QCOMPARE(e.channel, QStringLiteral("Console"));
        QCOMPARE(e.time, kStart);
        QVERIFY(e.success);
        QCOMPARE(e.parameters.value(QStringLiteral("Permission")).toString(), QStringLiteral("SHARE"));
        QCOMPARE(e.parameters.value(QStringLiteral("AccountIds")).toArray().size(), 2);

        const OperationResult u = f.ops().undo(f.as(kOwner), r);
        QVERIFY(u.applied());
        QCOMPARE(state(f.ws()), before);
        QVERIFY(!f.ws().imagesSharedWith(kFriend).contains(QStringLiteral("img-owner001")));
        QCOMPARE(f.ws().journal().last().action, QStringLiteral("Undo"));
        f.ops().redo(f.as(kOwner), r);
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->shares.size(), 2);
    }

    void shareNeedsTheRiskAcknowledged()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        const int journal = int(f.ws().journal().size());
        const OperationResult r = f.ops().modifySharePermission(f.as(kOwner), {QStringLiteral("img-owner001"), {kFriend}});
        QCOMPARE(int(r.status), int(OperationResult::Status::NeedsConfirmation));
        QCOMPARE(r.verdict.confirmations.first().rule, QStringLiteral("S6"));
        QCOMPARE(state(f.ws()), before);
        QCOMPARE(int(f.ws().journal().size()), journal); // nothing attempted yet
    }

    void refusedShareChangesNothingAndIsJournaled()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        const OperationResult r = f.ops().modifySharePermission(f.as(kOwner, {QStringLiteral("S6")}),
                                                                {QStringLiteral("img-full0050"), {extra(55)}});
        QVERIFY(r.refused());
        QVERIFY(r.delta.isEmpty());
        QCOMPARE(state(f.ws()), before);
        const JournalEntry &e = f.ws().journal().last();
        QVERIFY(!e.success);
        QCOMPARE(e.errors.size(), 1);
        QCOMPARE(e.errors.first().rule, QStringLiteral("S3"));
        QCOMPARE(e.errors.first().code, QStringLiteral("OverQuota"));
    }

    void dryRunChangesNothing()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        OperationContext ctx = f.as(kOwner, {QStringLiteral("S6")});
        ctx.dryRun = true;
        const OperationResult r = f.ops().modifySharePermission(ctx, {QStringLiteral("img-owner001"), {kFriend}});
        QCOMPARE(int(r.status), int(OperationResult::Status::DryRunPassed));
        QCOMPARE(state(f.ws()), before);
        QVERIFY(f.ws().journal().last().parameters.value(QStringLiteral("DryRun")).toBool());
        const OperationResult refused = f.ops().deleteImages(ctx, {{QStringLiteral("img-full0050")}, false});
        QVERIFY(refused.refused());
        QCOMPARE(state(f.ws()), before);
    }

    // The SPEC scenario: cancel all 50 shares, delete, undo twice.
    void cancelAllThenDeleteThenUndoTwice()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        const Image original = *f.ws().image(QStringLiteral("img-full0050"));
        QVERIFY(f.ops().deleteImages(f.as(kOwner), {{QStringLiteral("img-full0050")}, false}).refused());
        QStringList all;
        for (const ShareEntry &s : original.shares)
            all.append(s.accountId);
        const OperationResult cancel = f.ops().modifySharePermission(
            f.as(kOwner), {QStringLiteral("img-full0050"), all, SharePermission::Cancel});
        QVERIFY(cancel.applied());
        QVERIFY(f.ws().image(QStringLiteral("img-full0050"))->shares.isEmpty());
        QVERIFY(f.ws().imagesSharedWith(extra(0)).isEmpty());
        const OperationResult del = f.ops().deleteImages(f.as(kOwner), {{QStringLiteral("img-full0050")}, false});
        QVERIFY(del.applied());
        QVERIFY(!f.ws().image(QStringLiteral("img-full0050")));
        f.ops().undo(f.as(kOwner), del);
        f.ops().undo(f.as(kOwner), cancel);
        QCOMPARE(*f.ws().image(QStringLiteral("img-full0050")), original);
        QCOMPARE(state(f.ws()), before);
        QVERIFY(f.ws().imagesSharedWith(extra(49)).contains(QStringLiteral("img-full0050")));
    }

    void deleteWithAndWithoutSnapshots()
    {
        Fixture f;
        QVERIFY(f.ops().deleteImages(f.as(kOwner), {{QStringLiteral("img-owner001")}, false}).applied());
        QVERIFY(f.ws().snapshot(QStringLiteral("snap-owner001"))); // D4: snapshots stay unless asked
        QVERIFY(f.ws().instance(QStringLiteral("ins-linux001")));  // instances keep running
        QCOMPARE(Rules::quota(f.ws(), kOwner, gz).used, 5);           // quota freed

        Fixture g;
        const OperationResult r = g.ops().deleteImages(g.as(kOwner), {{QStringLiteral("img-owner001")}, true});
        QVERIFY(r.applied());
        QVERIFY(!g.ws().snapshot(QStringLiteral("snap-owner001")));
        QVERIFY(g.ws().journal().last().parameters.value(QStringLiteral("DeleteBindedSnap")).toBool());
        g.ops().undo(g.as(kOwner), r);
        QVERIFY(g.ws().snapshot(QStringLiteral("snap-owner001")));
    }

    void deleteSeveralIsAllOrNothing()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        const OperationResult r = f.ops().deleteImages(
            f.as(kOwner), {{QStringLiteral("img-owner001"), QStringLiteral("img-byol0001"), QStringLiteral("img-creating")}, false});
        QVERIFY(r.refused());
        QCOMPARE(state(f.ws()), before);
        const OperationResult ok = f.ops().deleteImages(f.as(kOwner), {{QStringLiteral("img-owner001"), QStringLiteral("img-byol0001")}, false});
        QVERIFY(ok.applied());
        QCOMPARE(ok.delta.removedImageIds().size(), 2);
        f.ops().undo(f.as(kOwner), ok);
        QCOMPARE(state(f.ws()), before);
    }

    void modifyAttribute()
    {
        Fixture f;
        const OperationResult r = f.ops().modifyImageAttribute(
            f.as(kOwner), {QStringLiteral("img-owner001"), QStringLiteral("renamed"), QStringLiteral("new words")});
        QVERIFY(r.applied());
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->imageName, QStringLiteral("renamed"));
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->imageDescription, QStringLiteral("new words"));
        QCOMPARE(r.delta.changedImageIds(), QStringList{QStringLiteral("img-owner001")});
        f.ops().undo(f.as(kOwner), r);
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->imageName, QStringLiteral("name-img-owner001"));
        QVERIFY(f.ops().modifyImageAttribute(f.as(kFriend), {QStringLiteral("img-shared01"), QStringLiteral("x"), std::nullopt}).refused());
    }

    void syncCopiesProgressAndFinish()
    {
        Fixture f;
        const OperationResult r = f.ops().syncImages(f.as(kOwner), {QStringLiteral("img-owner001"), {sh, bj}, std::nullopt});
        QVERIFY(r.applied());
        QCOMPARE(r.createdIds.size(), 2);
        QCOMPARE(r.result.value(QStringLiteral("ImageSet")).toArray().size(), 2);
        QCOMPARE(stateName(f.ws(), QStringLiteral("img-owner001")), QStringLiteral("SYNCING"));
        for (const QString &id : r.createdIds) {
            const Image *c = f.ws().image(id);
            QCOMPARE(toString(c->state), QStringLiteral("SYNCING"));
            QCOMPARE(c->syncPercent, std::optional<int>(0));
            QCOMPARE(c->ownerAccountId, kOwner);
            QCOMPARE(c->sourceImageId, QStringLiteral("img-owner001"));
            QCOMPARE(c->sourceRegion, gz);
            QCOMPARE(c->imageName, QStringLiteral("name-img-owner001"));
            QCOMPARE(c->snapshots.size(), 1); // the copy consumes snapshot capacity in its region
            QVERIFY(f.ws().snapshot(c->snapshots.first().snapshotId));
        }
        QCOMPARE(f.ws().copiesOf(QStringLiteral("img-owner001")).size(), 2);
        const Task *task = f.ws().task(r.taskId);
        QVERIFY(task && task->isRunning());

        const int duration = f.ws().policy().copyDurationSeconds;
        f.clock().advance(duration / 4);
        f.ops().advanceTasks();
        QCOMPARE(f.ws().image(r.createdIds.first())->syncPercent, std::optional<int>(25));
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->syncPercent, std::optional<int>(25));
        f.clock().advance(duration);
        f.ops().advanceTasks();
        for (const QString &id : r.createdIds) {
            QCOMPARE(stateName(f.ws(), id), QStringLiteral("NORMAL"));
            QVERIFY(!f.ws().image(id)->syncPercent);
        }
        QCOMPARE(stateName(f.ws(), QStringLiteral("img-owner001")), QStringLiteral("NORMAL"));
        QCOMPARE(toString(f.ws().task(r.taskId)->state), QStringLiteral("SUCCEEDED"));
        QCOMPARE(f.ws().task(r.taskId)->finishedTime, f.clock().now());
    }

    void syncRefusedIsAllOrNothing()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        QVERIFY(f.ops().syncImages(f.as(kOwner), {QStringLiteral("img-owner001"), {sh, QStringLiteral("eu-moscow")}, std::nullopt}).refused());
        QCOMPARE(state(f.ws()), before);
    }

    void syncUndoRemovesTheCopies()
    {
        Fixture f;
        const QJsonObject before = state(f.ws());
        const OperationResult r = f.ops().syncImages(f.as(kOwner), {QStringLiteral("img-owner001"), {sh}, QStringLiteral("copy-name")});
        QCOMPARE(f.ws().image(r.createdIds.first())->imageName, QStringLiteral("copy-name"));
        f.ops().undo(f.as(kOwner), r);
        QCOMPARE(state(f.ws()), before);
    }

    void recipientCopiesASharedImageIntoItsRegion()
    {
        Fixture f;
        const OperationResult r = f.ops().syncImages(f.as(kFriend), {QStringLiteral("img-shared01"), {gz}, std::nullopt});
        QVERIFY(r.applied());
        const Image *copy = f.ws().image(r.createdIds.first());
        QCOMPARE(copy->ownerAccountId, kFriend);
        QCOMPARE(copy->region, gz);
        QVERIFY(Rules::typeFor(*copy, kFriend) == ImageType::Private);
        QCOMPARE(stateName(f.ws(), QStringLiteral("img-shared01")), QStringLiteral("NORMAL")); // the owner's image is untouched
        QCOMPARE(Rules::quota(f.ws(), kFriend, gz).used, 1);
    }

    void savedMidTaskResumesWhereItStopped()
    {
        Fixture f;
        const OperationResult r = f.ops().syncImages(f.as(kOwner), {QStringLiteral("img-owner001"), {sh}, std::nullopt});
        f.clock().advance(300);
        f.ops().advanceTasks();
        const QByteArray saved = WorkspaceFile::toJson(f.ws());
        LoadResult reopened = WorkspaceFile::fromJson(saved);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.workspace->task(r.taskId)->elapsedSeconds, 300);
        // Days later: the task goes on from 300 s, not from the wall clock.
        ManualClock later(kStart.addDays(3));
        IdGenerator ids(7);
        Operations ops(*reopened.workspace, later, ids);
        later.advance(60);
        ops.advanceTasks();
        QCOMPARE(reopened.workspace->task(r.taskId)->elapsedSeconds, 360);
        QCOMPARE(reopened.workspace->image(r.createdIds.first())->syncPercent, std::optional<int>(60));
    }

    void createImageLinuxAndWindows()
    {
        Fixture f;
        const OperationResult r = f.ops().createImage(f.as(kOwner), {QStringLiteral("ins-linux001"), QStringLiteral("from-linux"), QStringLiteral("d"), true, false});
        QVERIFY(r.applied());
        const QString id = r.result.value(QStringLiteral("ImageId")).toString();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("CREATING"));
        QCOMPARE(f.ws().image(id)->createdFromInstanceId, QStringLiteral("ins-linux001"));
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("ForcePoweroff")).toString(), QStringLiteral("true"));
        f.clock().advance(f.ws().policy().createDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), id), QStringLiteral("NORMAL"));
        QCOMPARE(f.ws().image(id)->snapshots.size(), 1);

        const OperationResult win = f.ops().createImage(f.as(kOwner), {QStringLiteral("ins-win00001"), QStringLiteral("from-win"), {}, false, true});
        QVERIFY(win.applied());
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("Sysprep")).toString(), QStringLiteral("TRUE"));
    }

    void windowsChecksFailingEndInCreateFailed()
    {
        Fixture f;
        const CreateImageRequest req{QStringLiteral("ins-winbad01"), QStringLiteral("from-bad"), {}, false, false};
        const OperationResult ask = f.ops().createImage(f.as(kOwner), req);
        QCOMPARE(int(ask.status), int(OperationResult::Status::NeedsConfirmation));
        QCOMPARE(ask.verdict.confirmations.first().rule, QStringLiteral("I2"));
        const OperationResult r = f.ops().createImage(f.as(kOwner, {QStringLiteral("I2")}), req);
        QVERIFY(r.applied());
        const QString id = r.createdIds.first();
        f.clock().advance(f.ws().policy().createDurationSeconds);
        f.ops().advanceTasks();
        const Image *img = f.ws().image(id);
        QCOMPARE(toString(img->state), QStringLiteral("CREATEFAILED"));
        QCOMPARE(img->failureReason, QStringLiteral("WindowsChecks"));
        QCOMPARE(img->failedChecks, QStringList{QStringLiteral("ModulesInstaller")});
        QCOMPARE(toString(f.ws().task(r.taskId)->state), QStringLiteral("FAILED"));
    }

    void fixTheCheckThenCreateSucceeds()
    {
        Fixture f;
        const OperationResult fix = f.ops().setWindowsCheck(f.as(kOwner), QStringLiteral("ins-winbad01"), WindowsCheck::ModulesInstaller, true);
        QVERIFY(fix.applied());
        QVERIFY(f.ws().instance(QStringLiteral("ins-winbad01"))->windowsChecks.failing().isEmpty());
        QCOMPARE(f.ws().journal().last().action, QStringLiteral("ModifyInstanceChecks"));
        const OperationResult r = f.ops().createImage(f.as(kOwner), {QStringLiteral("ins-winbad01"), QStringLiteral("fixed"), {}, false, false});
        QVERIFY(r.applied());
        f.clock().advance(f.ws().policy().createDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), r.createdIds.first()), QStringLiteral("NORMAL"));
        QVERIFY(f.ops().setWindowsCheck(f.as(kOwner), QStringLiteral("ins-linux001"), WindowsCheck::ModulesInstaller, true).refused());
        QVERIFY(f.ops().setWindowsCheck(f.as(kFriend), QStringLiteral("ins-winbad01"), WindowsCheck::ModulesInstaller, true).refused());
    }

    void importImageSucceedsOrFails()
    {
        Fixture f;
        ImportRequest r;
        r.region = gz;
        r.imageName = QStringLiteral("imported");
        r.osType = QStringLiteral("Ubuntu");
        r.osVersion = QStringLiteral("22");
        r.architecture = QStringLiteral("arm_64");
        r.imageUrl = QStringLiteral("https://b-1250000001.cos.ap-guangzhou.myqcloud.com/u.qcow2");
        r.file.format = QStringLiteral("QCOW2");
        r.file.virtualSizeBytes = qint64(20) << 30;
        const OperationResult ok = f.ops().importImage(f.as(kOwner), r);
        QVERIFY(ok.applied());
        const Image *img = f.ws().image(ok.createdIds.first());
        QCOMPARE(toString(img->state), QStringLiteral("IMPORTING"));
        QCOMPARE(toString(img->source), QStringLiteral("EXTERNAL_IMPORT"));
        QCOMPARE(img->architecture, QStringLiteral("arm"));
        QCOMPARE(img->imageSize, 20);
        QCOMPARE(img->osName, QStringLiteral("Ubuntu 22"));
        r.imageName = QStringLiteral("no-partition");
        r.file.partitionTable = QStringLiteral("NONE");
        const OperationResult bad = f.ops().importImage(f.as(kOwner), r);
        QVERIFY(bad.applied());
        f.clock().advance(f.ws().policy().importDurationSeconds);
        f.ops().advanceTasks();
        QCOMPARE(stateName(f.ws(), ok.createdIds.first()), QStringLiteral("NORMAL"));
        QCOMPARE(stateName(f.ws(), bad.createdIds.first()), QStringLiteral("IMPORTFAILED"));
        QCOMPARE(f.ws().image(bad.createdIds.first())->failureReason, QStringLiteral("PartitionNotPresent"));
        QVERIFY(f.ops().importImage(f.as(kFriend), r).refused()); // no permission
    }

    void applyForImportPermission()
    {
        Fixture f;
        QVERIFY(!f.ws().account(kFriend)->canImportImages);
        const OperationResult r = f.ops().applyImportPermission(f.as(kFriend));
        QVERIFY(r.applied());
        QVERIFY(f.ws().account(kFriend)->canImportImages);
        QCOMPARE(f.ws().journal().last().action, QStringLiteral("ApplyImportPermission"));
        QVERIFY(f.ops().applyImportPermission(f.as(kFriend)).refused());
        f.ops().undo(f.as(kFriend), r);
        QVERIFY(!f.ws().account(kFriend)->canImportImages);
    }

    void runAndResetInstances()
    {
        Fixture f;
        const OperationResult ask = f.ops().runInstances(f.as(kOwner), {QStringLiteral("img-strange1"), gz, QStringLiteral("ap-guangzhou-4"), 3, QStringLiteral("web")});
        QCOMPARE(int(ask.status), int(OperationResult::Status::NeedsConfirmation));
        const OperationResult r = f.ops().runInstances(f.as(kOwner, {QStringLiteral("N4")}),
                                                       {QStringLiteral("img-strange1"), gz, QStringLiteral("ap-guangzhou-4"), 3, QStringLiteral("web")});
        QVERIFY(r.applied());
        QCOMPARE(r.createdIds.size(), 3);
        const Instance *i = f.ws().instance(r.createdIds.at(1));
        QCOMPARE(i->instanceName, QStringLiteral("web-2"));
        QCOMPARE(i->zone, QStringLiteral("ap-guangzhou-4"));
        QCOMPARE(i->ownerAccountId, kOwner);
        QCOMPARE(f.ws().instancesUsing(QStringLiteral("img-strange1")).size(), 3);
        QCOMPARE(r.result.value(QStringLiteral("InstanceIdSet")).toArray().size(), 3);

        const OperationResult reset = f.ops().resetInstance(f.as(kOwner), {QStringLiteral("ins-linux001"), QStringLiteral("img-public01")});
        QVERIFY(reset.applied());
        QCOMPARE(f.ws().instance(QStringLiteral("ins-linux001"))->imageId, QStringLiteral("img-public01"));
        f.ops().undo(f.as(kOwner), reset);
        QCOMPARE(f.ws().instance(QStringLiteral("ins-linux001"))->imageId, QStringLiteral("img-owner001"));
        f.ops().undo(f.as(kOwner), r);
        QVERIFY(f.ws().instancesUsing(QStringLiteral("img-strange1")).isEmpty());
    }

    void trustedAccounts()
    {
        Fixture f;
        const OperationResult r = f.ops().setTrustedAccounts(f.as(kOwner), {{kTrusted, kStranger, kStranger}});
        QVERIFY(r.applied());
        QCOMPARE(f.ws().account(kOwner)->trustedAccountIds, (QStringList{kTrusted, kStranger}));
        QVERIFY(Rules::checkRunInstances(f.ws(), kOwner, {QStringLiteral("img-strange1"), gz, {}, 1, {}}).confirmations.isEmpty());
        f.ops().undo(f.as(kOwner), r);
        QCOMPARE(f.ws().account(kOwner)->trustedAccountIds, QStringList{kTrusted});
    }

    void importDescribeImages()
    {
        Fixture f;
        Image img;
        img.imageId = QStringLiteral("img-qlzp4oea");
        img.imageName = QStringLiteral("test-image");
        img.ownerAccountId = kFriend;
        img.createdTime = kStart;
        Image shared = img;
        shared.imageId = QStringLiteral("img-shared99");
        shared.imageName = QStringLiteral("from-unknown");
        shared.ownerAccountId = QStringLiteral("3205597606");
        const OperationResult r = f.ops().importDescribeImages(f.as(kOwner), {img, shared}, kFriend, sh);
        QVERIFY(r.applied());
        QCOMPARE(f.ws().image(QStringLiteral("img-qlzp4oea"))->region, sh);
        QVERIFY(f.ws().account(QStringLiteral("3205597606"))); // the sharer, added as an account
        QVERIFY(f.ws().image(QStringLiteral("img-shared99"))->isSharedWith(kFriend));
        f.ops().undo(f.as(kOwner), r);
        QVERIFY(!f.ws().image(QStringLiteral("img-qlzp4oea")));
        QVERIFY(!f.ws().account(QStringLiteral("3205597606")));
        // An ID that exists with another owner is refused.
        Image clash = img;
        clash.imageId = QStringLiteral("img-owner001");
        QVERIFY(f.ops().importDescribeImages(f.as(kOwner), {clash}, kFriend, gz).refused());
    }

    void newIdsAreWellFormedAndUnique()
    {
        Fixture f;
        QSet<QString> seen;
        for (int i = 0; i < 20; ++i) {
            const OperationResult r = f.ops().runInstances(f.as(kOwner), {QStringLiteral("img-public01"), gz, {}, 5, {}});
            for (const QString &id : r.createdIds) {
                QVERIFY(id.startsWith(QLatin1String("ins-")) && id.size() == 12);
                QVERIFY(!seen.contains(id));
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"

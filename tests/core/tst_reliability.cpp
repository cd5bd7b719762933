// No path around the rules and nothing lost: undo and redo ask the rules and act as the
// account that did the operation; a save keeps the previous version on disk at every step;
// a change an API client is told about is on disk, or was never made; served task progress
// is saved when it matters, at a bounded rate.
#include "Document.h"
#include "Fixture.h"
#include "HttpEndpoint.h"
#include "Language.h"
#include "RuleText.h"
#include "SignedRequest.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

const QString gz = QStringLiteral("ap-guangzhou");
const QString sh = QStringLiteral("ap-shanghai");
const QString own1 = QStringLiteral("img-owner001");

OperationContext viaApi(const QString &account)
{
    OperationContext ctx;
    ctx.accountId = account;
    ctx.channel = Channel::api();
    ctx.acknowledged = {QStringLiteral("S6"), QStringLiteral("N4"), QStringLiteral("I2")};
    return ctx;
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

OperationResult rename(Fixture &f, const OperationContext &ctx, const QString &id,
                       const QString &name)
{
    return f.ops().modifyImageAttribute(ctx, ModifyAttributeRequest{id, name, std::nullopt});
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    // The reproduction: the console deletes an image; another channel makes an image with the
    // same name in the same region; undoing the delete would break M2, so it is refused.
    void undoRefusedWhenTheNameWasTakenSince()
    {
        Fixture f;
        const QString name = f.ws().image(own1)->imageName;
        const OperationResult del = f.ops().deleteImages(f.as(kOwner), DeleteRequest{{own1}});
        QVERIFY(del.applied());
        const OperationResult made = f.ops().createImage(
            viaApi(kOwner), CreateImageRequest{QStringLiteral("ins-linux001"), name, QString()});
        QVERIFY(made.applied());

        const OperationResult u = f.ops().undo(f.as(kOwner), del);
        QVERIFY(u.refused());
        QCOMPARE(u.verdict.codes(), QStringList{QStringLiteral("InvalidImageName.Duplicate")});
        QCOMPARE(u.verdict.violations.first().rule, QStringLiteral("M2"));
        QVERIFY(!f.ws().image(own1));
        const JournalEntry &last = f.ws().journal().last();
        QCOMPARE(last.action, QStringLiteral("Undo"));
        QVERIFY(!last.success);
        QCOMPARE(last.errors.first().code, QStringLiteral("InvalidImageName.Duplicate"));
    }

    // A record the operation touched was changed by someone else since: refused (U1), with
    // the record named, and nothing changes.
    void undoRefusedWhenTheRecordChangedSince()
    {
        Fixture f;
        const OperationResult r = rename(f, f.as(kOwner), own1, QStringLiteral("renamed"));
        QVERIFY(r.applied());
        QVERIFY(f.ops()
                    .modifySharePermission(viaApi(kOwner),
                                           ShareRequest{own1, {kTrusted}, SharePermission::Share})
                    .applied());
        const Image before = *f.ws().image(own1);
        const OperationResult u = f.ops().undo(f.as(kOwner), r);
        QVERIFY(u.refused());
        QCOMPARE(u.verdict.violations.first().rule, QStringLiteral("U1"));
        QCOMPARE(u.verdict.violations.first().items, QStringList{own1});
        QVERIFY(*f.ws().image(own1) == before);
        QVERIFY(RuleText::message(u.verdict.violations.first()).contains(own1));
        // Redo of an undone operation whose records changed since: the same.
        Fixture g;
        const OperationResult r2 = rename(g, g.as(kOwner), own1, QStringLiteral("renamed"));
        QVERIFY(g.ops().undo(g.as(kOwner), r2).applied());
        QVERIFY(rename(g, viaApi(kOwner), own1, QStringLiteral("by the API")).applied());
        const OperationResult re = g.ops().redo(g.as(kOwner), r2);
        QVERIFY(re.refused());
        QCOMPARE(re.verdict.violations.first().rule, QStringLiteral("U1"));
        QCOMPARE(g.ws().image(own1)->imageName, QStringLiteral("by the API"));
    }

    // Redo into a state the rules refuse: the name it would take is taken meanwhile.
    void redoRefusedWhenTheRulesRefuse()
    {
        Fixture f;
        const OperationResult r = rename(f, f.as(kOwner), own1, QStringLiteral("wanted"));
        QVERIFY(f.ops().undo(f.as(kOwner), r).applied());
        QVERIFY(rename(f, viaApi(kOwner), QStringLiteral("img-shared01"), QStringLiteral("wanted"))
                    .refused()); // shared: M1 — use an unshared image instead
        QVERIFY(rename(f, viaApi(kOwner), QStringLiteral("img-byol0001"), QStringLiteral("wanted"))
                    .applied());
        const OperationResult re = f.ops().redo(f.as(kOwner), r);
        QVERIFY(re.refused());
        QVERIFY(re.verdict.hasCode(QStringLiteral("InvalidImageName.Duplicate")));
        QVERIFY(f.ws().image(own1)->imageName != QLatin1String("wanted"));
    }

    // Redo of a launch whose image was deleted meanwhile: the instances would run on nothing.
    void redoRefusedWhenItsImageIsGone()
    {
        Fixture f;
        const OperationResult run =
            f.ops().runInstances(f.as(kOwner), RunInstancesRequest{own1, gz, QString(), 1});
        QVERIFY(run.applied());
        QVERIFY(f.ops().undo(f.as(kOwner), run).applied());
        QVERIFY(f.ops().deleteImages(viaApi(kOwner), DeleteRequest{{own1}}).applied());
        const OperationResult re = f.ops().redo(f.as(kOwner), run);
        QVERIFY(re.refused());
        QCOMPARE(re.verdict.violations.first().rule, QStringLiteral("V1"));
        QVERIFY(re.verdict.hasCode(QStringLiteral("InvalidImageId.NotFound")));
        QVERIFY(!f.ws().instance(run.createdIds.first()));
    }

    // Undo acts as the account that did the operation; acting as another it is refused (U2)
    // and the journal credits the refusal to the account that asked.
    void undoAsAnotherAccountIsRefused()
    {
        Fixture f;
        const OperationResult run = f.ops().runInstances(
            f.as(kOwner), RunInstancesRequest{QStringLiteral("img-public01"), gz, QString(), 2});
        QVERIFY(run.applied());
        QCOMPARE(run.accountId, kOwner);
        const OperationResult u = f.ops().undo(f.as(kFriend), run);
        QVERIFY(u.refused());
        QCOMPARE(u.verdict.violations.first().rule, QStringLiteral("U2"));
        QCOMPARE(u.verdict.violations.first().code, QStringLiteral("UnauthorizedOperation"));
        for (const QString &id : run.createdIds)
            QVERIFY(f.ws().instance(id));
        QCOMPARE(f.ws().journal().last().accountId, kFriend);
        QVERIFY(!f.ws().journal().last().success);
        QVERIFY(RuleText::message(u.verdict.violations.first()).contains(kOwner));
        const OperationResult ok = f.ops().undo(f.as(kOwner), run);
        QVERIFY(ok.applied());
        QCOMPARE(f.ws().journal().last().accountId, kOwner);
        for (const QString &id : run.createdIds)
            QVERIFY(!f.ws().instance(id));
    }

    // Task time is not someone else's change: a copy in progress (or finished) is undone, and
    // an undone rename keeps the state a later copy gave the image.
    void taskProgressIsNotAChangeSince()
    {
        Fixture f;
        const OperationResult copy =
            f.ops().syncImages(f.as(kOwner), SyncRequest{{own1}, {sh}, std::nullopt, {}});
        QVERIFY(copy.applied());
        f.clock().advance(f.ws().policy().copyDurationSeconds / 2);
        QVERIFY(!f.ops().advanceTasks().isEmpty());
        QVERIFY(f.ops().undo(f.as(kOwner), copy).applied());
        QVERIFY(!f.ws().image(copy.createdIds.first()));
        QVERIFY(f.ws().image(own1)->state == ImageState::Normal);

        Fixture g;
        const OperationResult r = rename(g, g.as(kOwner), own1, QStringLiteral("renamed"));
        QVERIFY(
            g.ops().syncImages(g.as(kOwner), SyncRequest{{own1}, {sh}, std::nullopt, {}}).applied());
        g.clock().advance(1);
        g.ops().advanceTasks();
        QVERIFY(g.ws().image(own1)->state == ImageState::Syncing);
        QVERIFY(g.ops().undo(g.as(kOwner), r).applied());
        QCOMPARE(g.ws().image(own1)->imageName, QStringLiteral("name-img-owner001"));
        QVERIFY(g.ws().image(own1)->state == ImageState::Syncing); // the copy goes on
        QVERIFY(g.ws().image(own1)->syncPercent.has_value());
    }

    // The give flow's share step is part of the task, saved with it, and done by the share.
    void giveShareStepIsKeptByTheTask()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        Fixture f;
        const OperationResult copy =
            f.ops().syncImages(f.as(kOwner), SyncRequest{{own1}, {sh}, std::nullopt, {kFriend}});
        QVERIFY(copy.applied());
        QCOMPARE(f.ws().task(copy.taskId)->shareWithAccountIds, QStringList{kFriend});
        QVERIFY(WorkspaceFile::save(f.ws(), file));
        LoadResult reopened = WorkspaceFile::load(file);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorText()));
        QCOMPARE(reopened.workspace->task(copy.taskId)->shareWithAccountIds, QStringList{kFriend});
        // Sharing the copy with the account is the step done.
        f.clock().advance(f.ws().policy().copyDurationSeconds);
        f.ops().advanceTasks();
        const OperationResult share = f.ops().modifySharePermission(
            f.as(kOwner, {QStringLiteral("S6")}),
            ShareRequest{copy.createdIds.first(), {kFriend}, SharePermission::Share});
        QVERIFY(share.applied());
        QVERIFY(f.ws().task(copy.taskId)->shareWithAccountIds.isEmpty());
        // Undoing the share brings the step back.
        QVERIFY(f.ops().undo(f.as(kOwner), share).applied());
        QCOMPARE(f.ws().task(copy.taskId)->shareWithAccountIds, QStringList{kFriend});
        // Dropping it: only by the account that gave, and journaled.
        QVERIFY(f.ops().dropShareStep(f.as(kFriend), copy.taskId).refused());
        QVERIFY(f.ops().dropShareStep(f.as(kOwner), copy.taskId).applied());
        QVERIFY(f.ws().task(copy.taskId)->shareWithAccountIds.isEmpty());
        QCOMPARE(f.ws().journal().last().action, QStringLiteral("DropShareStep"));
    }

    // Every step of a save, interrupted as by a kill: the file is one whole version and the
    // version before it is on disk; the next save leaves exactly the file and its backup.
    void saveKeepsThePreviousVersionAtEveryStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("written") << int(WorkspaceFile::SaveStep::Written);
        QTest::newRow("backup linked") << int(WorkspaceFile::SaveStep::BackupLinked);
        QTest::newRow("named") << int(WorkspaceFile::SaveStep::Named);
        QTest::newRow("committed") << int(WorkspaceFile::SaveStep::Committed);
    }
    void saveKeepsThePreviousVersionAtEveryStep()
    {
        QFETCH(int, step);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        const QString backup = WorkspaceFile::backupFileName(file);
        Fixture f;
        QVERIFY(WorkspaceFile::save(f.ws(), file));
        const QByteArray v0 = readAll(file);
        QVERIFY(rename(f, f.as(kOwner), own1, QStringLiteral("one")).applied());
        QVERIFY(WorkspaceFile::save(f.ws(), file));
        const QByteArray v1 = readAll(file);
        QCOMPARE(readAll(backup), v0);
        QVERIFY(rename(f, f.as(kOwner), own1, QStringLiteral("two")).applied());
        const QByteArray v2 = WorkspaceFile::toJson(f.ws());

        WorkspaceFile::setSaveStepHook(
            [step](WorkspaceFile::SaveStep s) { return int(s) != step; });
        QVERIFY(!WorkspaceFile::save(f.ws(), file));
        WorkspaceFile::setSaveStepHook({});
        const QByteArray now = readAll(file);
        QVERIFY(now == v1 || now == v2);
        const QByteArray previous = now == v2 ? v1 : v0;
        QVERIFY(readAll(backup) == previous ||
                readAll(backup + QStringLiteral(".new")) == previous);

        QVERIFY(WorkspaceFile::save(f.ws(), file));
        QCOMPARE(readAll(file), v2);
        QCOMPARE(readAll(backup), now == v2 ? v2 : v1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("ws.json"), QStringLiteral("ws.json.bak")}));
    }

    // A save keeps the file's permissions, and a workspace that is a symbolic link stays one.
    void saveKeepsPermissionsAndLinks()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.json"));
        const QString link = dir.filePath(QStringLiteral("ws.json"));
        Fixture f;
        QVERIFY(WorkspaceFile::save(f.ws(), real));
        QVERIFY(QFile::setPermissions(real, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(QFile::link(real, link));
        QVERIFY(rename(f, f.as(kOwner), own1, QStringLiteral("through the link")).applied());
        QVERIFY(WorkspaceFile::save(f.ws(), link));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(real), WorkspaceFile::toJson(f.ws()));
        const QFileDevice::Permissions p = QFile::permissions(real);
        QVERIFY(p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                       QFileDevice::WriteOther)));
        QVERIFY(!QFileInfo::exists(real + QStringLiteral(".saving")));
    }

    // A backup that cannot be made is an error that names it, before anything is written.
    void backupThatCannotBeMadeIsNamed()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        Fixture f;
        QVERIFY(WorkspaceFile::save(f.ws(), file));
        const QByteArray before = readAll(file);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("ws.json.bak")));
        QVERIFY(rename(f, f.as(kOwner), own1, QStringLiteral("changed")).applied());
        QString error;
        QVERIFY(!WorkspaceFile::save(f.ws(), file, &error));
        QVERIFY2(error.contains(QStringLiteral("ws.json.bak")), qPrintable(error));
        QCOMPARE(readAll(file), before);
    }

    // What an API client is told succeeded is on disk; when the save fails, the change is
    // taken back, the client is told InternalError, and the next save does not write it.
    void failedSaveTakesTheChangeBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        Fixture f;
        QVERIFY(WorkspaceFile::save(f.ws(), file));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("ws.json.bak"))); // saves now fail
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        Document document(f.ws(), file);
        api::HttpEndpoint endpoint(f.ops(), credentials, document);
        QSignalSpy failed(&endpoint, &api::HttpEndpoint::saveFailed);
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        const QJsonObject response = post(port, "ModifyImageSharePermission",
                                          {{QStringLiteral("ImageId"), own1},
                                           {QStringLiteral("AccountIds"), QJsonArray{kTrusted}},
                                           {QStringLiteral("Permission"), QStringLiteral("SHARE")}},
                                          f.clock().now());
        QCOMPARE(response.value(QStringLiteral("Error"))
                     .toObject()
                     .value(QStringLiteral("Code"))
                     .toString(),
                 QStringLiteral("InternalError"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!f.ws().image(own1)->isSharedWith(kTrusted));
        QCOMPARE(f.ws().journal().last().action, QStringLiteral("TakeBack"));
        QCOMPARE(f.ws().journal().last().parameters.value(QStringLiteral("Action")).toString(),
                 QStringLiteral("ModifyImageSharePermission"));
        // Saves work again: the change that was taken back is not written.
        QVERIFY(QDir(dir.path()).rmdir(QStringLiteral("ws.json.bak")));
        QVERIFY(document.save());
        LoadResult saved = WorkspaceFile::load(file);
        QVERIFY(saved.ok());
        QVERIFY(!saved.workspace->image(own1)->isSharedWith(kTrusted));
    }

    // Served task progress: a percentage is never a reason to save; a state change is, at most
    // once per interval.
    void taskProgressIsSavedWhenItMatters()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        Fixture f;
        QVERIFY(WorkspaceFile::save(f.ws(), file));
        Document document(f.ws(), file);
        document.setSavesTaskChanges(true, 200);
        QVERIFY(
            f.ops().syncImages(f.as(kOwner), SyncRequest{{own1}, {sh}, std::nullopt, {}}).applied());
        const int duration = f.ws().policy().copyDurationSeconds;
        for (int second = 1; second < duration; ++second) {
            f.clock().advance(1);
            const WorkspaceDelta d = f.ops().advanceTasks();
            QVERIFY(!Document::changesTaskState(d));
            document.tasksAdvanced(d);
        }
        QVERIFY(!document.hasPendingSave());
        QCoreApplication::processEvents();
        QCOMPARE(document.saveCount(), quint64(0));
        f.clock().advance(1);
        const WorkspaceDelta finished = f.ops().advanceTasks();
        QVERIFY(Document::changesTaskState(finished));
        document.tasksAdvanced(finished);
        QVERIFY(document.hasPendingSave());
        QTRY_COMPARE(document.saveCount(), quint64(1));
        LoadResult saved = WorkspaceFile::load(file);
        QVERIFY(saved.ok());
        QVERIFY(saved.workspace->image(own1)->state == ImageState::Normal);
    }

    // The journal stays bounded: older entries move to the archive beside the workspace, in
    // order, never dropped; a failed archive write saves nothing and trims nothing.
    void journalIsBoundedWithAnArchive()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        QJsonObject json = baseJson();
        QJsonObject policy = json.value(QStringLiteral("policy")).toObject();
        policy.insert(QStringLiteral("journalLimit"), 10);
        json.insert(QStringLiteral("policy"), policy);
        Fixture f(json);
        QCOMPARE(f.ws().policy().journalLimit, 10);
        const int before = int(f.ws().journal().size());
        for (int i = 0; i < 30; ++i) // refused attempts are journaled too
            QVERIFY(rename(f, viaApi(kFriend), own1, QStringLiteral("n%1").arg(i)).refused());
        const int total = before + 30;
        QList<JournalEntry> all = f.ws().journal();
        Document document(f.ws(), file);
        QSignalSpy trimmed(&f.ws(), &Workspace::journalTrimmed);

        // The archive cannot be written (a folder under its name): nothing is saved or lost.
        QVERIFY(QDir(dir.path()).mkdir(QFileInfo(Document::journalArchiveName(file)).fileName()));
        QString error;
        QVERIFY(!document.save(&error));
        QVERIFY2(error.contains(QStringLiteral("journal-archive")), qPrintable(error));
        QCOMPARE(int(f.ws().journal().size()), total);
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(QDir(dir.path()).rmdir(QFileInfo(Document::journalArchiveName(file)).fileName()));

        QVERIFY2(document.save(&error), qPrintable(error));
        QCOMPARE(trimmed.count(), 1);
        QCOMPARE(int(f.ws().journal().size()), 10);
        QVERIFY(f.ws().journal().last() == all.last());
        LoadResult saved = WorkspaceFile::load(file);
        QVERIFY(saved.ok());
        QCOMPARE(int(saved.workspace->journal().size()), 10);
        const QList<QByteArray> lines = readAll(Document::journalArchiveName(file)).split('\n');
        QCOMPARE(int(lines.size()), total - 10 + 1); // one per entry, and the final newline
        for (int i = 0; i < total - 10; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(o, WorkspaceFile::journalToJson(all.at(i)));
        }
        // Within the slack, nothing moves.
        QVERIFY(rename(f, viaApi(kFriend), own1, QStringLiteral("again")).refused());
        QVERIFY(document.save());
        QCOMPARE(int(f.ws().journal().size()), 11);
        QCOMPARE(trimmed.count(), 1);
    }

private:
    QJsonObject post(quint16 port, const QByteArray &action, const QJsonObject &params,
                     const QDateTime &now)
    {
        const SignedRequest r = signedRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), action, params, now);
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(r.request, r.body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return {};
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QStringLiteral("Response"))
                                    .toObject();
        reply->deleteLater();
        return out;
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"

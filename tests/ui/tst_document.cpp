// The console's document: one owner of the file, its modified state and its saves, shared
// with the API endpoint; undo as the account that did the operation; the give flow's share
// step that survives closing the workspace.
#include "Fixture.h"
#include "Language.h"
#include "MainWindow.h"
#include "OperationCommand.h"
#include "Prompt.h"
#include "ShareDialog.h"
#include "SignedRequest.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

const QString own1 = QStringLiteral("img-owner001");

// Tasks move on by the time that passes while a workspace is open: tests move `clock`.
std::unique_ptr<ui::MainWindow> windowOn(const QString &file, const QDateTime &now = kStart,
                                         ManualClock **clock = nullptr)
{
    LoadResult r = WorkspaceFile::load(file);
    if (!r.ok())
        qFatal("%s", qPrintable(r.errorText()));
    auto manual = std::make_unique<ManualClock>(now);
    if (clock)
        *clock = manual.get();
    auto session = std::make_unique<ui::Session>(std::move(r.workspace), file, std::move(manual));
    session->setTicking(false);
    auto w = std::make_unique<ui::MainWindow>(std::move(session));
    w->show();
    return w;
}

QString saveFixture(const QTemporaryDir &dir, const QString &name = QStringLiteral("ws.json"))
{
    const QString file = dir.filePath(name);
    LoadResult r = WorkspaceFile::fromObject(baseJson());
    if (!WorkspaceFile::save(*r.workspace, file))
        qFatal("cannot save the fixture");
    return file;
}

QAction *action(ui::MainWindow &w, const char *name)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->objectName() == QLatin1String(name))
            return a;
    }
    return nullptr;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    // A just-opened workspace whose tasks move on is not "modified": task time is not an
    // operator's change.
    void runningTasksDoNotMakeItModified()
    {
        QTemporaryDir dir;
        const QString file = saveFixture(dir);
        ManualClock *clock = nullptr;
        auto w = windowOn(file, kStart, &clock);
        QVERIFY(!w->console().workspace().runningTasks().isEmpty());
        clock->advance(3600);
        w->session().tick();
        QVERIFY(w->console().workspace().runningTasks().isEmpty()); // the creation finished
        QVERIFY(!w->console().isModified());
        QVERIFY(!w->isWindowModified());
        QVERIFY(!w->session().document().isModified());
    }

    // Ctrl+Z while acting as another account: refused and explained, and the stack is as it
    // was, so the account that did it can still undo it.
    void undoAsAnotherAccountIsRefusedAndExplained()
    {
        QTemporaryDir dir;
        auto w = windowOn(saveFixture(dir));
        w->setActingAccount(kOwner);
        const OperationResult r =
            w->console().run([](Operations &ops, const OperationContext &ctx) {
                return ops.runInstances(ctx, RunInstancesRequest{QStringLiteral("img-public01"),
                                                                 QStringLiteral("ap-guangzhou"),
                                                                 QString(), 1});
            });
        QVERIFY(r.applied());
        w->setActingAccount(kFriend);
        QAction *undo = action(*w, "actionUndo");
        QVERIFY(undo);
        QTRY_VERIFY(undo->toolTip().contains(kOwner));
        ui::Prompt::takePromptCount();
        ui::Prompt::setNextAnswer(QMessageBox::Ok);
        undo->trigger();
        QCOMPARE(ui::Prompt::takePromptCount(), 1);
        QVERIFY(ui::Prompt::lastText().contains(kOwner));
        QVERIFY(w->console().workspace().instance(r.createdIds.first()));
        QCOMPARE(w->console().undoStack().index(), 1);
        QCOMPARE(w->console().workspace().journal().last().accountId, kFriend);

        w->setActingAccount(kOwner);
        undo->trigger();
        QVERIFY(!w->console().workspace().instance(r.createdIds.first()));
        QCOMPARE(w->console().workspace().journal().last().accountId, kOwner);
        w->console().markSaved();
    }

    // An undo the rules refuse is explained, and the command leaves the stack (obsolete).
    void refusedUndoLeavesTheStack()
    {
        QTemporaryDir dir;
        auto w = windowOn(saveFixture(dir));
        w->setActingAccount(kOwner);
        const QString name = w->console().workspace().image(own1)->imageName;
        QVERIFY(w->console()
                    .run([](Operations &ops, const OperationContext &ctx) {
                        return ops.deleteImages(ctx, DeleteRequest{{own1}});
                    })
                    .applied());
        // Another channel takes the name meanwhile.
        OperationContext api;
        api.accountId = kOwner;
        api.channel = Channel::api();
        QVERIFY(w->session()
                    .operations()
                    .createImage(
                        api, CreateImageRequest{QStringLiteral("ins-linux001"), name, QString()})
                    .applied());
        ui::Prompt::takePromptCount();
        ui::Prompt::setNextAnswer(QMessageBox::Ok);
        action(*w, "actionUndo")->trigger();
        QCOMPARE(ui::Prompt::takePromptCount(), 1);
        QVERIFY(ui::Prompt::lastText().contains(name));
        QVERIFY(!w->console().workspace().image(own1));
        QCOMPARE(w->console().undoStack().count(), 0);
        w->console().markSaved();
    }

    // Save As while serving: the endpoint saves to the new file, and an endpoint save is a
    // save of the whole document, so the window no longer says "Unsaved changes".
    void saveAsMovesTheEndpointsSaves()
    {
        QTemporaryDir dir;
        const QString first = saveFixture(dir);
        const QString second = dir.filePath(QStringLiteral("moved.json"));
        auto w = windowOn(first, QDateTime::currentDateTimeUtc());
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        QString error;
        QVERIFY2(w->console().startServing(QHostAddress::LocalHost, 0, credentials, &error),
                 qPrintable(error));
        ui::Prompt::setNextFileName(second);
        action(*w, "actionSaveAs")->trigger();
        QCOMPARE(w->session().fileName(), second);

        // The operator changes something and does not save.
        QVERIFY(w->console()
                    .run([](Operations &ops, const OperationContext &ctx) {
                        return ops.modifyImageAttribute(
                            ctx, ModifyAttributeRequest{QStringLiteral("img-byol0001"),
                                                        QStringLiteral("by the operator"),
                                                        std::nullopt});
                    })
                    .applied());
        QVERIFY(w->console().isModified());

        const SignedRequest r =
            signedRequest(QUrl(w->console().servingAddress()), "ModifyImageAttribute",
                          QJsonObject{{QStringLiteral("ImageId"), own1},
                                      {QStringLiteral("ImageName"), QStringLiteral("by the API")}},
                          QDateTime::currentDateTimeUtc());
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(r.request, r.body);
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        QVERIFY(!reply->readAll().contains("Error"));
        reply->deleteLater();

        LoadResult moved = WorkspaceFile::load(second);
        QVERIFY(moved.ok());
        QCOMPARE(moved.workspace->image(own1)->imageName, QStringLiteral("by the API"));
        QCOMPARE(moved.workspace->image(QStringLiteral("img-byol0001"))->imageName,
                 QStringLiteral("by the operator"));
        LoadResult old = WorkspaceFile::load(first);
        QVERIFY(old.ok());
        QVERIFY(old.workspace->image(own1)->imageName != QLatin1String("by the API"));
        QVERIFY(!w->console().isModified());
        QVERIFY(!w->isWindowModified());
        w->console().stopServing();
    }

    // The give flow: copy, save while it copies, close; reopened after the copy's time, the
    // share step waits in the activity panel with the account chosen before.
    void giveShareStepResumesAfterReopening()
    {
        QTemporaryDir dir;
        const QString file = saveFixture(dir);
        QString copyId;
        int duration = 0;
        {
            auto w = windowOn(file);
            w->setActingAccount(kOwner);
            SyncRequest give{{own1}, {QStringLiteral("ap-beijing")}, std::nullopt, {kFriend}};
            const OperationResult r =
                w->console().run([&](Operations &ops, const OperationContext &ctx) {
                    return ops.syncImages(ctx, give);
                });
            QVERIFY(r.applied());
            copyId = r.createdIds.first();
            duration = w->console().workspace().policy().copyDurationSeconds;
            action(*w, "actionSave")->trigger();
            QVERIFY(!w->console().isModified());
            QVERIFY(!w->findChild<ui::ShareDialog *>());
        }
        ManualClock *clock = nullptr;
        auto w = windowOn(file, kStart.addSecs(60), &clock);
        w->setActingAccount(kOwner);
        QCoreApplication::processEvents();
        auto *step = w->findChild<QPushButton *>(QStringLiteral("shareStepButton"));
        QVERIFY(step && !step->isEnabled()); // still copying
        clock->advance(duration);
        w->session().tick();
        QCoreApplication::processEvents();
        QVERIFY(!w->findChild<ui::ShareDialog *>()); // waits for the operator
        step = w->findChild<QPushButton *>(QStringLiteral("shareStepButton"));
        QVERIFY(step && step->isEnabled());
        QTest::mouseClick(step, Qt::LeftButton);
        auto *share = w->findChild<ui::ShareDialog *>();
        QVERIFY(share);
        QCOMPARE(share->findChild<QPlainTextEdit *>(QStringLiteral("accountInput"))->toPlainText(),
                 kFriend);
        // Closed without sharing: nothing asks, and the step is still recorded on the task.
        ui::Prompt::takePromptCount();
        share->reject();
        QCOMPARE(ui::Prompt::takePromptCount(), 0);
        bool pending = false;
        for (const Task &t : w->console().workspace().tasks())
            pending = pending || t.shareWithAccountIds.contains(kFriend);
        QVERIFY(pending);
        w->console().markSaved();
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"

// Nothing blocks: the FAQ, the journal and the activity panel stay open beside the work and
// switch language in place; the give flow's share step waits in the activity panel; tasks
// show their estimated finish and announce when they finish or fail.
#include "ActivityPanel.h"
#include "FaqDialog.h"
#include "Fixture.h"
#include "Language.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "RuleText.h"
#include "Session.h"
#include "ShareDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFrame>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace cvm;
using namespace fixture;

namespace {
enum Column
{
    TaskColumn,
    ImagesColumn,
    ProgressColumn,
    StartedColumn,
    FinishColumn
};
} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> makeWindow(ManualClock **clockOut = nullptr)
    {
        LoadResult r = WorkspaceFile::fromObject(baseJson());
        auto clock = std::make_unique<ManualClock>(kStart);
        if (clockOut)
            *clockOut = clock.get();
        auto session =
            std::make_unique<ui::Session>(std::move(r.workspace), QString(), std::move(clock));
        session->setTicking(false);
        auto w = std::make_unique<ui::MainWindow>(std::move(session));
        w->setActingAccount(kOwner);
        return w;
    }

    static QString give(ui::MainWindow &w, const QString &imageId, const QString &region,
                        const QString &to)
    {
        SyncRequest r{{imageId}, {region}, std::nullopt, {to}};
        const OperationResult result = w.console().run(
            [&](Operations &ops, const OperationContext &ctx) { return ops.syncImages(ctx, r); });
        return result.applied() ? result.createdIds.first() : QString();
    }

    static QList<QFrame *> pendingSteps(ui::MainWindow &w)
    {
        QList<QFrame *> out;
        for (QFrame *f : w.findChildren<QFrame *>(QStringLiteral("pendingStep"))) {
            if (!f->isHidden())
                out.append(f);
        }
        return out;
    }

    static QTreeWidget *tasks(ui::MainWindow &w)
    {
        return w.findChild<QTreeWidget *>(QStringLiteral("taskList"));
    }

    static QTreeWidgetItem *taskItem(ui::MainWindow &w, const QString &text)
    {
        QTreeWidget *list = tasks(w);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(TaskColumn).contains(text))
                return list->topLevelItem(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
    }

    // The FAQ and the journal open beside the work: not modal, one of each, and the Language
    // menu switches them in place.
    void faqAndJournalStayOpenBesideTheWork()
    {
        auto w = makeWindow();
        w->show();
        QDialog *faq = w->openDialog(QStringLiteral("faq"));
        QDialog *journal = w->openDialog(QStringLiteral("journal"));
        QVERIFY(faq && journal);
        QVERIFY(faq->isVisible() && journal->isVisible());
        QVERIFY(!faq->isModal());
        QVERIFY(!journal->isModal());
        QCOMPARE(faq->windowModality(), Qt::NonModal);
        QCOMPARE(journal->windowModality(), Qt::NonModal);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        // Asked again, the same windows come to the front.
        QCOMPARE(w->openDialog(QStringLiteral("faq")), faq);
        QCOMPARE(w->openDialog(QStringLiteral("journal")), journal);
        // The main window still takes input: a modal window would block this click.
        QVERIFY(w->menuBar()->isEnabled());
        QAction *indonesian = w->action(QStringLiteral("actionIndonesian"));
        QVERIFY(indonesian->isEnabled());
        indonesian->trigger();
        QTRY_COMPARE(faq->windowTitle(), QStringLiteral("FAQ Citra"));
        QTRY_COMPARE(journal->windowTitle(), QStringLiteral("Jurnal"));
        QTRY_VERIFY(w->findChild<QDockWidget *>(QStringLiteral("activityDock"))->windowTitle() !=
                    QLatin1String("Activity"));
        QVERIFY(faq->isVisible() && journal->isVisible());
        w->action(QStringLiteral("actionEnglish"))->trigger();
        QTRY_COMPARE(faq->windowTitle(), QStringLiteral("Image FAQ"));
        QTRY_COMPARE(journal->windowTitle(), QStringLiteral("Journal"));
        w->console().markSaved();
    }

    // A "Why?" link opens the same FAQ window, at the answer.
    void whyLinkReusesTheOpenFaq()
    {
        auto w = makeWindow();
        QDialog *faq = w->openDialog(QStringLiteral("faq"));
        ui::FaqDialog::showForRule(w.get(), QStringLiteral("S3"));
        QCOMPARE(w->findChildren<ui::FaqDialog *>().size(), 1);
        QCOMPARE(static_cast<ui::FaqDialog *>(faq)->currentEntry(), QStringLiteral("share-limit"));
    }

    // The share step of a give waits in the activity panel: it does not pop up, clear the
    // search or move the selection; a notice says it is ready; Share opens the dialog.
    void giveShareStepWaitsInTheActivityPanel()
    {
        ManualClock *clock = nullptr;
        auto w = makeWindow(&clock);
        auto *search = w->findChild<QLineEdit *>(QStringLiteral("search"));
        const QString copy =
            give(*w, QStringLiteral("img-owner001"), QStringLiteral("ap-beijing"), kFriend);
        QVERIFY(!copy.isEmpty());

        // Waiting for the copy: the step shows, its Share button not yet usable.
        QCOMPARE(pendingSteps(*w).size(), 1);
        auto *share =
            pendingSteps(*w).first()->findChild<QPushButton *>(QStringLiteral("shareStepButton"));
        QVERIFY(share && !share->isEnabled());
        QVERIFY(pendingSteps(*w)
                    .first()
                    ->findChild<QLabel *>(QStringLiteral("pendingStepText"))
                    ->text()
                    .contains(kFriend));

        // The operator is busy elsewhere: a search and a selection.
        w->selectImages({QStringLiteral("img-shared01")});
        QTest::keyClicks(search, QStringLiteral("shared"));
        const QStringList selected = w->selectedImageIds();
        QCOMPARE(selected, QStringList{QStringLiteral("img-shared01")});

        clock->advance(w->console().workspace().policy().copyDurationSeconds);
        w->session().tick();
        QCoreApplication::processEvents();
        QTest::qWait(20);
        QVERIFY(!w->findChild<ui::ShareDialog *>());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QCOMPARE(search->text(), QStringLiteral("shared"));
        QCOMPARE(w->selectedImageIds(), selected);

        // Announced: in the status bar, the panel's notice and the dock's title.
        QVERIFY2(w->statusBar()->currentMessage().contains(copy),
                 qPrintable(w->statusBar()->currentMessage()));
        auto *notice = w->findChild<QLabel *>(QStringLiteral("activityNotice"));
        QVERIFY(!notice->isHidden());
        QVERIFY(notice->text().contains(copy));
        auto *dock = w->findChild<QDockWidget *>(QStringLiteral("activityDock"));
        // (The fixture's image creation finished in the same time: two pieces of news.)
        auto *panel = w->findChild<ui::ActivityPanel *>();
        const int unseen = panel->unseenCount();
        QCOMPARE(unseen, 2);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Activity — 2 new"));
        const auto steps = pendingSteps(*w);
        QCOMPARE(steps.size(), 1);
        share = steps.first()->findChild<QPushButton *>(QStringLiteral("shareStepButton"));
        QVERIFY(share->isEnabled());
        QVERIFY(steps.first()
                    ->findChild<QLabel *>(QStringLiteral("pendingStepText"))
                    ->text()
                    .startsWith(QStringLiteral("Share copy %1").arg(copy)));

        // The step is worded again in the other language, where it waits.
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QTRY_VERIFY(pendingSteps(*w).size() == 1 &&
                    pendingSteps(*w)
                        .first()
                        ->findChild<QLabel *>(QStringLiteral("pendingStepText"))
                        ->text()
                        .startsWith(QStringLiteral("Bagikan salinan %1").arg(copy)));
        QVERIFY(notice->text().startsWith(QStringLiteral("Salinan %1 sudah siap").arg(copy)));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(notice->text().startsWith(QStringLiteral("Copy %1 is ready").arg(copy)));
        QCOMPARE(pendingSteps(*w).size(), 1);
        share =
            pendingSteps(*w).first()->findChild<QPushButton *>(QStringLiteral("shareStepButton"));

        // When the operator is ready.
        QTest::mouseClick(share, Qt::LeftButton);
        auto *dialog = w->findChild<ui::ShareDialog *>();
        QVERIFY(dialog);
        QCOMPARE(panel->unseenCount(), unseen - 1); // seen: the operator acts on it
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("accountInput"))->toPlainText(),
                 kFriend);
        // Closed without sharing: the step keeps waiting, nothing asks.
        dialog->reject();
        QCoreApplication::processEvents();
        QCOMPARE(pendingSteps(*w).size(), 1);
        QCOMPARE(w->selectedImageIds(), selected);

        QTest::mouseClick(
            pendingSteps(*w).first()->findChild<QPushButton *>(QStringLiteral("shareStepButton")),
            Qt::LeftButton);
        QTRY_VERIFY(w->findChildren<ui::ShareDialog *>().size() >= 1);
        dialog = nullptr;
        for (ui::ShareDialog *d : w->findChildren<ui::ShareDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("riskAcknowledged"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        QVERIFY(w->console().workspace().image(copy)->isSharedWith(kFriend));
        QCoreApplication::processEvents();
        QCOMPARE(pendingSteps(*w).size(), 0);
        QCOMPARE(w->selectedImageIds(), selected);
        QVERIFY(notice->isHidden()); // no longer news
        w->console().markSaved();
    }

    // Drop forgets the step (through an operation, so it can be undone).
    void aShareStepCanBeDropped()
    {
        ManualClock *clock = nullptr;
        auto w = makeWindow(&clock);
        const QString copy =
            give(*w, QStringLiteral("img-owner001"), QStringLiteral("ap-jakarta"), kFriend);
        clock->advance(w->console().workspace().policy().copyDurationSeconds);
        w->session().tick();
        QCOMPARE(pendingSteps(*w).size(), 1);
        QTest::mouseClick(
            pendingSteps(*w).first()->findChild<QPushButton *>(QStringLiteral("dropStepButton")),
            Qt::LeftButton);
        QTRY_COMPARE(pendingSteps(*w).size(), 0);
        for (const Task &t : w->console().workspace().tasks())
            QVERIFY(t.shareWithAccountIds.isEmpty());
        QVERIFY(!w->console().workspace().image(copy)->isSharedWith(kFriend));
        w->action(QStringLiteral("actionUndo"))->trigger();
        QTRY_COMPARE(pendingSteps(*w).size(), 1);
        w->console().markSaved();
    }

    // A step that another account gave is not shown; acting as that account shows it, without
    // announcing it as news.
    void aStepBelongsToTheAccountThatGave()
    {
        ManualClock *clock = nullptr;
        auto w = makeWindow(&clock);
        give(*w, QStringLiteral("img-owner001"), QStringLiteral("ap-jakarta"), kFriend);
        w->setActingAccount(kFriend);
        QCOMPARE(pendingSteps(*w).size(), 0);
        clock->advance(w->console().workspace().policy().copyDurationSeconds);
        w->session().tick();
        QCOMPARE(pendingSteps(*w).size(), 0);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("activityNotice"))->isHidden());
        w->setActingAccount(kOwner);
        QCOMPARE(pendingSteps(*w).size(), 1);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("activityNotice"))->isHidden());
        w->console().markSaved();
    }

    // Each running task shows when it should finish: now plus what is left of its duration.
    void tasksShowTheirEstimatedFinish()
    {
        ManualClock *clock = nullptr;
        auto w = makeWindow(&clock);
        // The fixture's own image creation ends first, and is looked at.
        clock->advance(3600);
        w->session().tick();
        w->findChild<ui::ActivityPanel *>()->markAllSeen();
        w->statusBar()->clearMessage();
        const QDateTime start = clock->now();
        SyncRequest r{
            {QStringLiteral("img-owner001")}, {QStringLiteral("ap-shanghai")}, std::nullopt, {}};
        QVERIFY(w->console()
                    .run([&](Operations &ops, const OperationContext &ctx) {
                        return ops.syncImages(ctx, r);
                    })
                    .applied());
        const int duration = w->console().workspace().policy().copyDurationSeconds;
        QVERIFY(duration >= 120);
        const QDateTime finish = start.addSecs(duration);
        QTreeWidgetItem *item = taskItem(*w, QStringLiteral("Copy img-owner001"));
        QVERIFY(item);
        QCOMPARE(tasks(*w)->headerItem()->text(FinishColumn), QStringLiteral("Finish"));
        QCOMPARE(item->text(FinishColumn), QStringLiteral("about %1 (%2 minutes left)")
                                               .arg(RuleText::timeText(finish))
                                               .arg(duration / 60));

        // Halfway: the same finish, half the time left.
        clock->advance(duration / 2);
        w->session().tick();
        item = taskItem(*w, QStringLiteral("Copy img-owner001"));
        QCOMPARE(item->text(FinishColumn), QStringLiteral("about %1 (%2 minutes left)")
                                               .arg(RuleText::timeText(finish))
                                               .arg((duration / 2 + 59) / 60));

        // Finished: announced, and highlighted until looked at.
        QVERIFY(w->statusBar()->currentMessage().isEmpty());
        clock->advance(duration);
        w->session().tick();
        QVERIFY2(w->statusBar()->currentMessage().startsWith(QStringLiteral("Finished: Copy "
                                                                            "img-owner001")),
                 qPrintable(w->statusBar()->currentMessage()));
        item = taskItem(*w, QStringLiteral("Copy img-owner001"));
        QCOMPARE(item->text(ProgressColumn), QStringLiteral("Finished"));
        QVERIFY(!item->text(FinishColumn).isEmpty());
        QVERIFY(item->font(TaskColumn).bold());
        auto *panel = w->findChild<ui::ActivityPanel *>();
        const int unseen = panel->unseenCount();
        QCOMPARE(unseen, 1);
        // Looking at it is seeing it.
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        item = taskItem(*w, QStringLiteral("Copy img-owner001"));
        const QRect rect = tasks(*w)->visualItemRect(item);
        QTest::mouseClick(tasks(*w)->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(panel->unseenCount(), unseen - 1);
        QVERIFY(!taskItem(*w, QStringLiteral("Copy img-owner001"))->font(TaskColumn).bold());
        w->console().markSaved();
    }

    // A task that fails is announced as failed, with its reason.
    void aFailedTaskIsAnnounced()
    {
        ManualClock *clock = nullptr;
        auto w = makeWindow(&clock);
        CreateImageRequest r;
        r.instanceId = QStringLiteral("ins-winbad01");
        r.imageName = QStringLiteral("will fail");
        const OperationResult created = w->console().run(
            [&](Operations &ops, const OperationContext &ctx) { return ops.createImage(ctx, r); },
            {QStringLiteral("I2")});
        QVERIFY(created.applied());
        clock->advance(w->console().workspace().policy().createDurationSeconds + 1);
        w->session().tick();
        const QString message = w->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Failed: Create image from ins-winbad01")),
                 qPrintable(message));
        QVERIFY(message.contains(RuleText::importFailureText(QStringLiteral("WindowsChecks"))));
        // Worded again in the other language.
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        auto *notice = w->findChild<QLabel *>(QStringLiteral("activityNotice"));
        QTRY_VERIFY(!notice->text().contains(QStringLiteral("Failed")));
        QVERIFY(notice->text().contains(QStringLiteral("ins-winbad01")));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(notice->text().startsWith(QStringLiteral("Failed")));
        w->console().markSaved();
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"

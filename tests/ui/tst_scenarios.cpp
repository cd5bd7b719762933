// End-to-end scenarios through the main window, as an operator would go.
#include "CopyDialog.h"
#include "DeleteDialog.h"
#include "Fixture.h"
#include "ImageTableModel.h"
#include "InstanceDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "ShareDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestScenarios : public QObject
{
    Q_OBJECT

private:
    ManualClock *m_clock = nullptr;

    std::unique_ptr<ui::MainWindow> makeWindow(const QJsonObject &json = baseJson(),
                                               const QString &file = QString())
    {
        LoadResult r = WorkspaceFile::fromObject(json);
        auto clock = std::make_unique<ManualClock>(kStart);
        m_clock = clock.get();
        auto session =
            std::make_unique<ui::Session>(std::move(r.workspace), file, std::move(clock));
        session->setTicking(false);
        auto w = std::make_unique<ui::MainWindow>(std::move(session));
        w->show();
        return w;
    }
    static QStringList rows(const ui::MainWindow &w)
    {
        const auto *table = w.findChild<QTableView *>(QStringLiteral("imageTable"));
        QStringList ids;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            ids.append(table->model()->index(r, 0).data().toString());
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    // (a) The image shared with 50 accounts: one more is refused with the limit in the
    // message, and nothing changes.
    void shareBeyondTheLimitIsRefused()
    {
        auto w = makeWindow();
        w->selectImages({QStringLiteral("img-full0050")});
        QAction *share = w->action(QStringLiteral("actionShare"));
        QVERIFY(share->isEnabled());
        const QByteArray before = WorkspaceFile::toJson(w->console().workspace());
        auto *dialog = qobject_cast<ui::ShareDialog *>(w->openDialog(QStringLiteral("share")));
        QVERIFY(dialog);
        auto *input = dialog->findChild<QPlainTextEdit *>(QStringLiteral("accountInput"));
        QTest::keyClicks(input, extra(55));
        dialog->findChild<QCheckBox *>(QStringLiteral("riskAcknowledged"))->setChecked(true);
        auto *count = dialog->findChild<QLabel *>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), QStringLiteral("50 shared + 1 new > 50: 0 places left"));
        auto *refusal = dialog->findChild<QLabel *>(QStringLiteral("refusal"));
        QVERIFY(refusal->text().contains(QStringLiteral("at most 50 accounts")));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(WorkspaceFile::toJson(w->console().workspace()), before);
        dialog->close();
    }

    // The share dialog checks every pasted account on its own.
    void shareDialogValidatesEachAccount()
    {
        auto w = makeWindow();
        w->selectImages({QStringLiteral("img-shared01")});
        auto *dialog = qobject_cast<ui::ShareDialog *>(w->openDialog(QStringLiteral("share")));
        QVERIFY(dialog);
        auto *input = dialog->findChild<QPlainTextEdit *>(QStringLiteral("accountInput"));
        input->setPlainText(QStringLiteral("%1, %2 12ab\n%3 999999999999\n%4")
                                .arg(kFriend, kOwner, extra(1), kTrusted));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("accountVerdicts"));
        QCOMPARE(list->count(), 6);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("already shared")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("yourself")));
        QVERIFY(list->item(2)->text().contains(QStringLiteral("not an account ID")));
        // Fine alone, but the request as a whole is refused: no line says "will be shared".
        QVERIFY(list->item(3)->text().contains(QStringLiteral("not shared while")));
        QVERIFY(list->item(4)->text().contains(QStringLiteral("not known")));
        QVERIFY(list->item(5)->text().contains(QStringLiteral("not shared while")));
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(!list->item(i)->text().contains(QStringLiteral("will be shared")));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled());
        input->setPlainText(QStringLiteral("%1 %2").arg(extra(1), kTrusted));
        QVERIFY(!ok->isEnabled()); // the risk is not acknowledged yet
        dialog->findChild<QCheckBox *>(QStringLiteral("riskAcknowledged"))->setChecked(true);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        const Image *img = w->console().workspace().image(QStringLiteral("img-shared01"));
        QCOMPARE(img->shares.size(), 3);
        QVERIFY(img->isSharedWith(kTrusted));
        QVERIFY(w->isWindowModified());
        QVERIFY(w->action(QStringLiteral("actionUndo"))
                    ->text()
                    .contains(QStringLiteral("Share img-shared01 with 2 accounts")));
        w->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(w->console().workspace().image(QStringLiteral("img-shared01"))->shares.size(), 1);
        w->console().markSaved();
    }

    // (c) Acting as a recipient: the shared image is visible only in its source region;
    // share, delete, rename and copy to another region are disabled, each saying why;
    // launching from it is allowed.
    void recipientSeesSharedImageOnlyInItsRegion()
    {
        auto w = makeWindow();
        w->setActingAccount(kFriend);
        w->selectRegion(QStringLiteral("ap-shanghai"));
        QVERIFY(!rows(*w).contains(QStringLiteral("img-shared01")));
        w->selectRegion(QStringLiteral("ap-guangzhou"));
        QVERIFY(rows(*w).contains(QStringLiteral("img-shared01")));
        w->selectImages({QStringLiteral("img-shared01")});
        const auto expectDisabled = [&](const char *name, const char *because) {
            QAction *a = w->action(QString::fromLatin1(name));
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY2(a->toolTip().contains(QString::fromLatin1(because)), qPrintable(a->toolTip()));
            QVERIFY2(a->statusTip().contains(QString::fromLatin1(because)),
                     qPrintable(a->statusTip()));
        };
        expectDisabled("actionShare", "only its owner can share it");
        expectDisabled("actionDelete", "cannot be deleted");
        expectDisabled("actionEdit", "cannot be changed");
        expectDisabled("actionGive", "only its owner");
        // Copying is possible only into its own region, which the copy dialog offers.
        QVERIFY(w->action(QStringLiteral("actionCopy"))->isEnabled());
        QVERIFY(w->action(QStringLiteral("actionLaunch"))->isEnabled());
    }

    // (b) Deleting a shared image is blocked; cancel all sharing; delete; undo twice brings
    // back the image and all 50 shares exactly.
    void deleteSharedImageThenUndoTwice()
    {
        auto w = makeWindow();
        const Image original = *w->console().workspace().image(QStringLiteral("img-full0050"));
        w->selectImages({QStringLiteral("img-full0050")});
        QVERIFY(w->action(QStringLiteral("actionDelete"))->isEnabled()); // opens with the way out
        auto *dialog = qobject_cast<ui::DeleteDialog *>(w->openDialog(QStringLiteral("delete")));
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        auto *list = dialog->findChild<QTableWidget *>(QStringLiteral("imageList"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(list->item(0, 3)->text().contains(QStringLiteral("shared with 50 accounts")));
        QVERIFY(list->item(0, 3)->text().contains(
            QStringLiteral("cancel all its sharing before deleting it")));
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelSharingButton"));
        QVERIFY(!cancel->isHidden());
        ui::Prompt::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(w->console().workspace().image(QStringLiteral("img-full0050"))->shares.isEmpty());
        QVERIFY(!ok->isEnabled()); // the typed confirmation is still missing
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                         QStringLiteral("img-full0050"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!w->console().workspace().image(QStringLiteral("img-full0050")));

        w->action(QStringLiteral("actionUndo"))->trigger();
        const Image *back = w->console().workspace().image(QStringLiteral("img-full0050"));
        QVERIFY(back);
        QVERIFY(back->shares.isEmpty());
        w->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(*w->console().workspace().image(QStringLiteral("img-full0050")), original);
        w->console().markSaved();
    }

    // (d) Copy to two regions: progress, then two new NORMAL images with lineage.
    void copyToTwoRegions()
    {
        auto w = makeWindow();
        w->selectImages({QStringLiteral("img-owner001")});
        auto *dialog = qobject_cast<ui::CopyDialog *>(w->openDialog(QStringLiteral("copy")));
        QVERIFY(dialog);
        auto *regions = dialog->findChild<QListWidget *>(QStringLiteral("regionChecklist"));
        QListWidgetItem *source = nullptr;
        for (int i = 0; i < regions->count(); ++i) {
            QListWidgetItem *item = regions->item(i);
            const QString id = item->data(Qt::UserRole).toString();
            if (id == QLatin1String("ap-guangzhou"))
                source = item;
            if (id == QLatin1String("ap-shanghai") || id == QLatin1String("ap-jakarta"))
                item->setCheckState(Qt::Checked);
        }
        QVERIFY(source);
        QVERIFY(!(source->flags() & Qt::ItemIsEnabled));
        QVERIFY(source->text().contains(QStringLiteral("already in ap-guangzhou")));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        const Workspace &ws = w->console().workspace();
        const QStringList copies = ws.copiesOf(QStringLiteral("img-owner001")).values();
        QCOMPARE(copies.size(), 2);
        for (const QString &id : copies)
            QCOMPARE(toString(ws.image(id)->state), toString(ImageState::Syncing));
        QCOMPARE(toString(ws.image(QStringLiteral("img-owner001"))->state),
                 toString(ImageState::Syncing));
        m_clock->advance(ws.policy().copyDurationSeconds / 2);
        w->session().tick();
        for (const QString &id : copies)
            QCOMPARE(ws.image(id)->syncPercent, std::optional<int>(50));
        m_clock->advance(ws.policy().copyDurationSeconds);
        w->session().tick();
        QSet<QString> regionsNow;
        for (const QString &id : copies) {
            const Image *c = ws.image(id);
            QCOMPARE(toString(c->state), toString(ImageState::Normal));
            QCOMPARE(c->sourceImageId, QStringLiteral("img-owner001"));
            QCOMPARE(c->sourceRegion, QStringLiteral("ap-guangzhou"));
            QCOMPARE(c->imageName, ws.image(QStringLiteral("img-owner001"))->imageName);
            regionsNow.insert(c->region);
        }
        QCOMPARE(regionsNow,
                 (QSet<QString>{QStringLiteral("ap-shanghai"), QStringLiteral("ap-jakarta")}));
        QCOMPARE(toString(ws.image(QStringLiteral("img-owner001"))->state),
                 toString(ImageState::Normal));
        w->console().markSaved();
    }

    // C7: copy to another region, then share the copy with the other account when ready.
    void guidedCopyThenShare()
    {
        auto w = makeWindow();
        w->selectImages({QStringLiteral("img-owner001")});
        auto *dialog = qobject_cast<ui::CopyDialog *>(w->openDialog(QStringLiteral("give")));
        QVERIFY(dialog);
        auto *account = dialog->findChild<QComboBox *>(QStringLiteral("targetAccount"));
        account->setCurrentIndex(account->findData(kFriend));
        auto *regions = dialog->findChild<QListWidget *>(QStringLiteral("regionChecklist"));
        for (int i = 0; i < regions->count(); ++i) {
            if (regions->item(i)->data(Qt::UserRole).toString() == QLatin1String("ap-beijing"))
                regions->setCurrentItem(regions->item(i)); // the give flow's single choice
        }
        QSignalSpy spy(dialog, &ui::CopyDialog::guidedCopyStarted);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const QString copy = spy.first().at(0).toString();
        QCOMPARE(spy.first().at(1).toString(), kFriend);
        m_clock->advance(w->console().workspace().policy().copyDurationSeconds);
        w->session().tick();
        // The share step waits in the activity panel until the operator takes it.
        QCoreApplication::processEvents();
        QVERIFY(!w->findChild<ui::ShareDialog *>());
        auto *step = w->findChild<QPushButton *>(QStringLiteral("shareStepButton"));
        QVERIFY(step && step->isEnabled());
        QTest::mouseClick(step, Qt::LeftButton);
        auto *share = w->findChild<ui::ShareDialog *>();
        QVERIFY(share);
        QCOMPARE(share->findChild<QPlainTextEdit *>(QStringLiteral("accountInput"))->toPlainText(),
                 kFriend);
        share->findChild<QCheckBox *>(QStringLiteral("riskAcknowledged"))->setChecked(true);
        QTest::mouseClick(share->findChild<QPushButton *>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        QVERIFY(w->console().workspace().image(copy)->isSharedWith(kFriend));
        QCOMPARE(w->console().workspace().image(copy)->region, QStringLiteral("ap-beijing"));
        w->console().markSaved();
    }

    // (e) Launching from an untrusted sharer's image asks for confirmation; a trusted one does not.
    void launchFromSharedImagesAndTrust()
    {
        auto w = makeWindow();
        w->selectImages(
            {QStringLiteral("img-strange1")}); // shared by kStranger, not trusted by kOwner
        auto *dialog = qobject_cast<ui::InstanceDialog *>(w->openDialog(QStringLiteral("launch")));
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("confirmUntrusted"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!confirm->isHidden());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("sharedWarning"))->isHidden());
        QVERIFY(!ok->isEnabled());
        confirm->setChecked(true);
        QVERIFY(ok->isEnabled());
        dialog->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(2);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(w->console().workspace().instancesUsing(QStringLiteral("img-strange1")).size(), 2);

        w->setActingAccount(kFriend); // trusts kOwner
        w->selectImages({QStringLiteral("img-shared01")});
        auto *trusted = qobject_cast<ui::InstanceDialog *>(w->openDialog(QStringLiteral("launch")));
        QVERIFY(trusted);
        QVERIFY(trusted->findChild<QCheckBox *>(QStringLiteral("confirmUntrusted"))->isHidden());
        QVERIFY(!trusted->findChild<QLabel *>(QStringLiteral("sharedWarning"))->isHidden());
        QVERIFY(trusted->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
        trusted->close();
        w->console().markSaved();
    }

    // (f) Closing with unsaved changes asks; Cancel keeps the window, Save writes the file.
    void unsavedChangesPromptOnClose()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        auto w = makeWindow(baseJson(), file);
        QVERIFY(!w->isWindowModified());
        const OperationResult r =
            w->console().run([](Operations &ops, const OperationContext &ctx) {
                return ops.modifyImageAttribute(
                    ctx, ModifyAttributeRequest{QStringLiteral("img-owner001"),
                                                QStringLiteral("renamed"), std::nullopt});
            });
        QVERIFY(r.applied());
        QVERIFY(w->isWindowModified());
        QVERIFY(w->windowTitle().contains(QStringLiteral("[*]")));

        ui::Prompt::takePromptCount();
        ui::Prompt::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!w->close());
        QCOMPARE(ui::Prompt::takePromptCount(), 1);
        QVERIFY(w->isVisible());

        ui::Prompt::setNextAnswer(QMessageBox::Save);
        QVERIFY(w->close());
        LoadResult saved = WorkspaceFile::load(file);
        QVERIFY(saved.ok());
        QCOMPARE(saved.workspace->image(QStringLiteral("img-owner001"))->imageName,
                 QStringLiteral("renamed"));

        // Undoing back to the saved state needs no prompt.
        auto w2 = makeWindow(baseJson(), file);
        w2->console().run([](Operations &ops, const OperationContext &ctx) {
            return ops.modifyImageAttribute(
                ctx, ModifyAttributeRequest{QStringLiteral("img-owner001"), QStringLiteral("again"),
                                            std::nullopt});
        });
        w2->console().undoStack().undo();
        QVERIFY(!w2->isWindowModified());
        ui::Prompt::takePromptCount();
        QVERIFY(w2->close());
        QCOMPARE(ui::Prompt::takePromptCount(), 0);
    }

    void actionsSayWhyWithoutSelection()
    {
        auto w = makeWindow();
        QVERIFY(!w->action(QStringLiteral("actionShare"))->isEnabled());
        // Share works on several images too (in bulk); editing on one.
        QCOMPARE(w->action(QStringLiteral("actionShare"))->toolTip(),
                 QStringLiteral("Select one or more images."));
        QCOMPARE(w->action(QStringLiteral("actionEdit"))->toolTip(),
                 QStringLiteral("Select one image."));
        QCOMPARE(w->action(QStringLiteral("actionDelete"))->toolTip(),
                 QStringLiteral("Select one or more images."));
        w->selectImages({QStringLiteral("img-public01")});
        QVERIFY(w->action(QStringLiteral("actionShare"))
                    ->toolTip()
                    .contains(QStringLiteral("only custom images can be shared")));
        QVERIFY(w->action(QStringLiteral("actionLaunch"))->isEnabled());
        w->selectImages({QStringLiteral("img-creating")});
        QVERIFY(!w->action(QStringLiteral("actionCopy"))->isEnabled());
        QVERIFY(w->action(QStringLiteral("actionCopy"))
                    ->toolTip()
                    .contains(QStringLiteral("Creating")));
    }
};

QTEST_MAIN(TestScenarios)
#include "tst_scenarios.moc"

// The delete dialog (D1–D5) driven through its widgets: per-image blockers with the way out,
// "cancel all sharing first" as a confirmed step through core, the delete-snapshots option,
// the typed confirmation, the workspace and journal after OK, undo, and a language switch.
#include "Console.h"
#include "ConsoleFixture.h"
#include "DeleteDialog.h"
#include "Dialogs.h"
#include "Fixture.h"
#include "Language.h"
#include "Prompt.h"
#include "RuleText.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestDeleteDialog : public QObject
{
    Q_OBJECT

private:
    struct View
    {
        QTableWidget *table = nullptr;
        QPushButton *cancelSharing = nullptr;
        QCheckBox *snapshots = nullptr;
        QLineEdit *confirm = nullptr;
        QLabel *refusal = nullptr;
        QPushButton *ok = nullptr;
        QPushButton *cancel = nullptr;
    };

    static View viewOf(const QDialog &dialog)
    {
        View v;
        v.table = dialog.findChild<QTableWidget *>(QStringLiteral("imageList"));
        v.cancelSharing = dialog.findChild<QPushButton *>(QStringLiteral("cancelSharingButton"));
        v.snapshots = dialog.findChild<QCheckBox *>(QStringLiteral("deleteSnapshots"));
        v.confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        v.refusal = dialog.findChild<QLabel *>(QStringLiteral("refusal"));
        v.ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        v.cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        return v;
    }

    // The label that asks for the typed confirmation: the one just above the field.
    static QLabel *confirmLabel(const QDialog &dialog)
    {
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->text().contains(QStringLiteral("To confirm")) ||
                l->text().contains(QStringLiteral("Untuk konfirmasi")))
                return l;
        }
        return nullptr;
    }

    static QString statusOf(const View &v, const QString &imageId)
    {
        for (int row = 0; row < v.table->rowCount(); ++row) {
            if (v.table->item(row, 0)->text() == imageId)
                return v.table->item(row, 3)->text();
        }
        return QStringLiteral("<no row for %1>").arg(imageId);
    }

    static int rowOf(const View &v, const QString &imageId)
    {
        for (int row = 0; row < v.table->rowCount(); ++row) {
            if (v.table->item(row, 0)->text() == imageId)
                return row;
        }
        return -1;
    }

    static QStringList shareAccounts(const Image &img)
    {
        QStringList out;
        for (const ShareEntry &s : img.shares)
            out.append(s.accountId);
        return out;
    }

    static QStringList jsonStrings(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &x : v.toArray())
            out.append(x.toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void cleanup()
    {
        Language::apply(QStringLiteral("en"));
        ui::Prompt::takePromptCount();
    }

    void builtByName()
    {
        auto console = makeConsole();
        QVERIFY(!ui::createDialog(QStringLiteral("delete"), *console, {}, nullptr));
        std::unique_ptr<QDialog> dialog(ui::createDialog(
            QStringLiteral("delete"), *console,
            {QStringLiteral("img-owner001"), QStringLiteral("img-byol0001")}, nullptr));
        QVERIFY(qobject_cast<ui::DeleteDialog *>(dialog.get()));
        QCOMPARE(dialog->objectName(), QStringLiteral("deleteDialog"));
        QCOMPARE(viewOf(*dialog).table->rowCount(), 2);
    }

    void oneImageWithoutSharesNeedsNoTypedConfirmation()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        const Image original = *ws.image(QStringLiteral("img-owner001"));
        ui::DeleteDialog dialog(*console, {QStringLiteral("img-owner001")});
        const View v = viewOf(dialog);
        QVERIFY(v.table && v.cancelSharing && v.snapshots && v.confirm && v.refusal && v.ok &&
                v.cancel);

        QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete 1 image"));
        QCOMPARE(v.ok->text(), QStringLiteral("Delete"));
        QCOMPARE(v.cancel->text(), QStringLiteral("Cancel"));
        QCOMPARE(v.table->columnCount(), 4);
        QCOMPARE(v.table->horizontalHeaderItem(0)->text(), QStringLiteral("Image ID"));
        QCOMPARE(v.table->horizontalHeaderItem(3)->text(), QStringLiteral("Can it be deleted?"));
        QCOMPARE(v.table->rowCount(), 1);
        QCOMPARE(v.table->item(0, 0)->text(), QStringLiteral("img-owner001"));
        QCOMPARE(v.table->item(0, 1)->text(), QStringLiteral("name-img-owner001"));
        QCOMPARE(v.table->item(0, 2)->text(), QStringLiteral("South China (Guangzhou)"));
        QCOMPARE(v.table->item(0, 3)->text(), QStringLiteral("Can be deleted."));
        QCOMPARE(v.snapshots->text(), QStringLiteral("Also delete the images' snapshots"));
        QVERIFY(!v.snapshots->isChecked());

        QVERIFY(v.cancelSharing->isHidden());
        QVERIFY(v.confirm->isHidden());
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());

        const int journal = int(ws.journal().size());
        const int images = ws.imageCount();
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!ws.image(QStringLiteral("img-owner001")));
        QCOMPARE(ws.imageCount(), images - 1);
        // Snapshots stay unless asked (D4).
        QVERIFY(ws.snapshot(QStringLiteral("snap-owner001")));
        QCOMPARE(int(ws.journal().size()), journal + 1);
        const JournalEntry &entry = ws.journal().last();
        QCOMPARE(entry.action, QStringLiteral("DeleteImages"));
        QCOMPARE(entry.accountId, kOwner);
        QVERIFY(entry.success);
        QCOMPARE(jsonStrings(entry.parameters.value(QStringLiteral("ImageIds"))),
                 QStringList{QStringLiteral("img-owner001")});
        QCOMPARE(entry.parameters.value(QStringLiteral("DeleteBindedSnap")).toBool(), false);
        QCOMPARE(console->undoStack().count(), 1);

        console->undoStack().undo();
        QVERIFY(ws.image(QStringLiteral("img-owner001")));
        QCOMPARE(*ws.image(QStringLiteral("img-owner001")), original);
        QCOMPARE(ws.imageCount(), images);
        console->undoStack().redo();
        QVERIFY(!ws.image(QStringLiteral("img-owner001")));
    }

    void deleteSnapshotsReachesTheOperation()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        const Snapshot snapshot = *ws.snapshot(QStringLiteral("snap-owner001"));
        ui::DeleteDialog dialog(*console, {QStringLiteral("img-owner001")});
        const View v = viewOf(dialog);
        QTest::mouseClick(v.snapshots, Qt::LeftButton);
        QVERIFY(v.snapshots->isChecked());
        QVERIFY(v.ok->isEnabled());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!ws.image(QStringLiteral("img-owner001")));
        QVERIFY(!ws.snapshot(QStringLiteral("snap-owner001")));
        QCOMPARE(ws.journal().last().action, QStringLiteral("DeleteImages"));
        QCOMPARE(ws.journal().last().parameters.value(QStringLiteral("DeleteBindedSnap")).toBool(),
                 true);

        console->undoStack().undo();
        QVERIFY(ws.image(QStringLiteral("img-owner001")));
        QVERIFY(ws.snapshot(QStringLiteral("snap-owner001")));
        QCOMPARE(*ws.snapshot(QStringLiteral("snap-owner001")), snapshot);
    }

    void blockersOfEachImageWithTheWayOut()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        const QStringList ids{QStringLiteral("img-shared01"), QStringLiteral("img-creating"),
                              QStringLiteral("img-strange1"), QStringLiteral("img-public01"),
                              QStringLiteral("img-trusted1"), QStringLiteral("img-owner001")};
        ui::DeleteDialog dialog(*console, ids);
        const View v = viewOf(dialog);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete 6 images"));
        QCOMPARE(v.table->rowCount(), 6);
        for (int row = 0; row < ids.size(); ++row)
            QCOMPARE(v.table->item(row, 0)->text(), ids.at(row));

        const QString creating = RuleText::imageStateName(ImageState::Creating);
        QCOMPARE(
            statusOf(v, QStringLiteral("img-shared01")),
            QStringLiteral("Image img-shared01 is shared with 1 account: cancel all its "
                           "sharing before deleting it. (error code InvalidImageId.InShared)"));
        QCOMPARE(statusOf(v, QStringLiteral("img-creating")),
                 QStringLiteral("Image img-creating is %1: an image cannot be deleted while it is "
                                "being created, copied "
                                "or imported. Wait until the image is Normal. (error code "
                                "InvalidImageId.IncorrectState)")
                     .arg(creating));
        QCOMPARE(statusOf(v, QStringLiteral("img-strange1")),
                 QStringLiteral("Image img-strange1 was shared with you by account %1: an image "
                                "shared by another user "
                                "cannot be deleted. (error code "
                                "InvalidParameterValue.InvalidImageIdIsShared)")
                     .arg(kStranger));
        QCOMPARE(statusOf(v, QStringLiteral("img-public01")),
                 QStringLiteral("Image img-public01 is a public or marketplace image: only custom "
                                "images can be deleted. (error code "
                                "InvalidParameterValue.InvalidImageId)"));
        QCOMPARE(
            statusOf(v, QStringLiteral("img-trusted1")),
            QStringLiteral("Image img-trusted1 does not exist or is not visible to this account. "
                           "(error code InvalidImageId.NotFound)"));
        QCOMPARE(statusOf(v, QStringLiteral("img-owner001")), QStringLiteral("Can be deleted."));
        // Blocked rows stand out; the deletable one does not.
        QCOMPARE(v.table->item(rowOf(v, QStringLiteral("img-creating")), 3)->foreground().color(),
                 QColor(0xb0, 0x00, 0x20));
        QVERIFY(v.table->item(rowOf(v, QStringLiteral("img-owner001")), 3)->foreground().color() !=
                QColor(0xb0, 0x00, 0x20));

        // An image the acting account cannot see shows nothing of itself (V1).
        const int hidden = rowOf(v, QStringLiteral("img-trusted1"));
        QCOMPARE(v.table->item(hidden, 1)->text(), QString());
        QCOMPARE(v.table->item(hidden, 2)->text(), QString());
        QCOMPARE(v.table->item(rowOf(v, QStringLiteral("img-strange1")), 1)->text(),
                 QStringLiteral("name-img-strange1"));

        // The way out for the shared one; the others have none but waiting or leaving them out.
        QVERIFY(!v.cancelSharing->isHidden());
        QCOMPARE(v.cancelSharing->text(), QStringLiteral("Cancel all sharing of 1 image first…"));
        QCOMPARE(v.refusal->text(),
                 QStringLiteral("Nothing is deleted while any of these images cannot be deleted."));

        // Several images: the count is asked for, but typing it does not unblock anything (D5).
        QVERIFY(!v.confirm->isHidden());
        QCOMPARE(confirmLabel(dialog)->text(),
                 QStringLiteral("To confirm, type the number of images to delete: 6"));
        QTest::keyClicks(v.confirm, QStringLiteral("6"));
        QVERIFY(!v.ok->isEnabled());

        // Cancelling the sharing leaves the other blockers: still nothing can be deleted.
        ui::Prompt::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(v.cancelSharing, Qt::LeftButton);
        QVERIFY(ws.image(QStringLiteral("img-shared01"))->shares.isEmpty());
        QCOMPARE(statusOf(v, QStringLiteral("img-shared01")), QStringLiteral("Can be deleted."));
        QVERIFY(v.cancelSharing->isHidden());
        QVERIFY(!v.ok->isEnabled());
        QCOMPARE(v.refusal->text(),
                 QStringLiteral("Nothing is deleted while any of these images cannot be deleted."));
        for (const QString &id : ids)
            QVERIFY2(ws.image(id), qPrintable(id));
    }

    void severalImagesNeedTheCountTyped()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        const Image owner = *ws.image(QStringLiteral("img-owner001"));
        const Image byol = *ws.image(QStringLiteral("img-byol0001"));
        ui::DeleteDialog dialog(*console,
                                {QStringLiteral("img-owner001"), QStringLiteral("img-byol0001")});
        const View v = viewOf(dialog);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete 2 images"));
        QVERIFY(v.cancelSharing->isHidden());
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(!v.confirm->isHidden());
        QCOMPARE(confirmLabel(dialog)->text(),
                 QStringLiteral("To confirm, type the number of images to delete: 2"));
        QVERIFY(!v.ok->isEnabled());

        QTest::keyClicks(v.confirm, QStringLiteral("3"));
        QVERIFY(!v.ok->isEnabled());
        v.confirm->clear();
        QTest::keyClicks(v.confirm, QStringLiteral("two"));
        QVERIFY(!v.ok->isEnabled());
        v.confirm->clear();
        QTest::keyClicks(v.confirm, QStringLiteral("22"));
        QVERIFY(!v.ok->isEnabled());
        QTest::keyClick(v.confirm, Qt::Key_Backspace);
        QCOMPARE(v.confirm->text(), QStringLiteral("2"));
        QVERIFY(v.ok->isEnabled());
        // Pressing Enter with a wrong count does nothing.
        v.confirm->setText(QStringLiteral("1"));
        QVERIFY(!v.ok->isEnabled());
        QTest::keyClick(v.confirm, Qt::Key_Return);
        QVERIFY(ws.image(QStringLiteral("img-owner001")));
        v.confirm->setText(QStringLiteral("2"));

        const int journal = int(ws.journal().size());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!ws.image(QStringLiteral("img-owner001")));
        QVERIFY(!ws.image(QStringLiteral("img-byol0001")));
        QCOMPARE(int(ws.journal().size()), journal + 1);
        QCOMPARE(ws.journal().last().action, QStringLiteral("DeleteImages"));
        QCOMPARE(jsonStrings(ws.journal().last().parameters.value(QStringLiteral("ImageIds"))),
                 (QStringList{QStringLiteral("img-owner001"), QStringLiteral("img-byol0001")}));

        // One request, one undo step.
        QCOMPARE(console->undoStack().count(), 1);
        console->undoStack().undo();
        QCOMPARE(*ws.image(QStringLiteral("img-owner001")), owner);
        QCOMPARE(*ws.image(QStringLiteral("img-byol0001")), byol);
    }

    void sharedImageCancelAllSharingThenDelete()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        const Image original = *ws.image(QStringLiteral("img-shared01"));
        ui::DeleteDialog dialog(*console, {QStringLiteral("img-shared01")});
        const View v = viewOf(dialog);
        QVERIFY(!v.ok->isEnabled());
        QVERIFY(!v.cancelSharing->isHidden());
        QCOMPARE(v.cancelSharing->text(), QStringLiteral("Cancel all sharing of 1 image first…"));
        QCOMPARE(v.refusal->text(),
                 QStringLiteral("Nothing is deleted while any of these images cannot be deleted."));
        QVERIFY(!v.confirm->isHidden());
        QCOMPARE(confirmLabel(dialog)->text(),
                 QStringLiteral("This image was shared. To confirm, type its ID: img-shared01"));
        // Typing the ID does not get round the sharing (D2).
        QTest::keyClicks(v.confirm, QStringLiteral("img-shared01"));
        QVERIFY(!v.ok->isEnabled());
        v.confirm->clear();

        // Never silently: the step asks, and "No" changes nothing.
        const int journal = int(ws.journal().size());
        ui::Prompt::takePromptCount();
        ui::Prompt::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(v.cancelSharing, Qt::LeftButton);
        QCOMPARE(ui::Prompt::takePromptCount(), 1);
        QCOMPARE(shareAccounts(*ws.image(QStringLiteral("img-shared01"))), QStringList{kFriend});
        QCOMPARE(int(ws.journal().size()), journal);
        QCOMPARE(console->undoStack().count(), 0);
        QVERIFY(!v.cancelSharing->isHidden());

        ui::Prompt::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(v.cancelSharing, Qt::LeftButton);
        QCOMPARE(ui::Prompt::takePromptCount(), 1);
        QVERIFY(ws.image(QStringLiteral("img-shared01"))->shares.isEmpty());
        QCOMPARE(int(ws.journal().size()), journal + 1);
        const JournalEntry &cancel = ws.journal().last();
        QCOMPARE(cancel.action, QStringLiteral("ModifyImageSharePermission"));
        QCOMPARE(cancel.parameters.value(QStringLiteral("Permission")).toString(),
                 QStringLiteral("CANCEL"));
        QCOMPARE(jsonStrings(cancel.parameters.value(QStringLiteral("AccountIds"))),
                 QStringList{kFriend});
        QVERIFY(cancel.success);

        // Now deletable, but it was shared: its ID must be typed exactly.
        QVERIFY(v.cancelSharing->isHidden());
        QCOMPARE(statusOf(v, QStringLiteral("img-shared01")), QStringLiteral("Can be deleted."));
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(!v.confirm->isHidden());
        QVERIFY(!v.ok->isEnabled());
        QTest::keyClicks(v.confirm, QStringLiteral("img-shared0"));
        QVERIFY(!v.ok->isEnabled());
        QTest::keyClicks(v.confirm, QStringLiteral("2"));
        QVERIFY(!v.ok->isEnabled());
        QTest::keyClick(v.confirm, Qt::Key_Backspace);
        QTest::keyClicks(v.confirm, QStringLiteral("1"));
        QVERIFY(v.ok->isEnabled());
        v.confirm->setText(QStringLiteral("IMG-SHARED01"));
        QVERIFY(!v.ok->isEnabled());
        v.confirm->setText(QStringLiteral("img-shared01"));
        QVERIFY(v.ok->isEnabled());

        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!ws.image(QStringLiteral("img-shared01")));
        QCOMPARE(int(ws.journal().size()), journal + 2);
        QCOMPARE(ws.journal().last().action, QStringLiteral("DeleteImages"));
        QVERIFY(ws.journal().last().success);

        // Undo twice brings back the image, then its sharing exactly.
        QCOMPARE(console->undoStack().count(), 2);
        console->undoStack().undo();
        QVERIFY(ws.image(QStringLiteral("img-shared01")));
        QVERIFY(ws.image(QStringLiteral("img-shared01"))->shares.isEmpty());
        console->undoStack().undo();
        QCOMPARE(*ws.image(QStringLiteral("img-shared01")), original);
    }

    void cancelAllSharingOfSeveralImagesIsOneStep()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        const Image shared = *ws.image(QStringLiteral("img-shared01"));
        const Image full = *ws.image(QStringLiteral("img-full0050"));
        const Image owner = *ws.image(QStringLiteral("img-owner001"));
        ui::DeleteDialog dialog(*console,
                                {QStringLiteral("img-shared01"), QStringLiteral("img-full0050"),
                                 QStringLiteral("img-owner001")});
        const View v = viewOf(dialog);
        QCOMPARE(
            statusOf(v, QStringLiteral("img-full0050")),
            QStringLiteral("Image img-full0050 is shared with 50 accounts: cancel all its "
                           "sharing before deleting it. (error code InvalidImageId.InShared)"));
        QCOMPARE(v.cancelSharing->text(), QStringLiteral("Cancel all sharing of 2 images first…"));

        // "No" leaves every share as it was.
        ui::Prompt::takePromptCount();
        ui::Prompt::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(v.cancelSharing, Qt::LeftButton);
        QCOMPARE(ui::Prompt::takePromptCount(), 1);
        QCOMPARE(*ws.image(QStringLiteral("img-shared01")), shared);
        QCOMPARE(*ws.image(QStringLiteral("img-full0050")), full);
        QCOMPARE(console->undoStack().count(), 0);

        // One question for both images; both share lists are cancelled.
        ui::Prompt::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(v.cancelSharing, Qt::LeftButton);
        QCOMPARE(ui::Prompt::takePromptCount(), 1);
        QVERIFY(ws.image(QStringLiteral("img-shared01"))->shares.isEmpty());
        QVERIFY(ws.image(QStringLiteral("img-full0050"))->shares.isEmpty());
        QCOMPARE(console->undoStack().count(), 2);
        QVERIFY(v.cancelSharing->isHidden());
        QVERIFY(v.refusal->text().isEmpty());

        QCOMPARE(confirmLabel(dialog)->text(),
                 QStringLiteral("To confirm, type the number of images to delete: 3"));
        QVERIFY(!v.ok->isEnabled());
        QTest::keyClicks(v.confirm, QStringLiteral("3"));
        QVERIFY(v.ok->isEnabled());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        for (const char *id : {"img-shared01", "img-full0050", "img-owner001"})
            QVERIFY(!ws.image(QString::fromLatin1(id)));

        while (console->undoStack().canUndo())
            console->undoStack().undo();
        QCOMPARE(*ws.image(QStringLiteral("img-shared01")), shared);
        QCOMPARE(*ws.image(QStringLiteral("img-full0050")), full);
        QCOMPARE(*ws.image(QStringLiteral("img-owner001")), owner);
        QCOMPARE(ws.image(QStringLiteral("img-full0050"))->shares.size(), 50);
    }

    void recipientCannotDeleteASharedImage()
    {
        auto console = makeConsole(baseJson(), kFriend);
        const Workspace &ws = console->workspace();
        ui::DeleteDialog dialog(*console, {QStringLiteral("img-shared01")});
        const View v = viewOf(dialog);
        QCOMPARE(statusOf(v, QStringLiteral("img-shared01")),
                 QStringLiteral("Image img-shared01 was shared with you by account %1: an image "
                                "shared by another user "
                                "cannot be deleted. (error code "
                                "InvalidParameterValue.InvalidImageIdIsShared)")
                     .arg(kOwner));
        // Not the recipient's sharing to cancel; nothing to confirm either.
        QVERIFY(v.cancelSharing->isHidden());
        QVERIFY(v.confirm->isHidden());
        QVERIFY(!v.ok->isEnabled());
        QCOMPARE(v.refusal->text(),
                 QStringLiteral("Nothing is deleted while any of these images cannot be deleted."));
        QCOMPARE(shareAccounts(*ws.image(QStringLiteral("img-shared01"))), QStringList{kFriend});
        QVERIFY(ws.journal().isEmpty());
    }

    void followsTheWorkspaceWhileOpen()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::DeleteDialog dialog(*console, {QStringLiteral("img-owner001")});
        const View v = viewOf(dialog);
        QVERIFY(v.ok->isEnabled());
        // Shared behind the dialog's back (e.g. over the API): it blocks at once.
        OperationContext ctx = console->context({QStringLiteral("S6")});
        QVERIFY(console->session()
                    .operations()
                    .modifySharePermission(ctx, ShareRequest{QStringLiteral("img-owner001"),
                                                             {kFriend},
                                                             SharePermission::Share})
                    .applied());
        QVERIFY(!v.ok->isEnabled());
        QVERIFY(!v.cancelSharing->isHidden());
        QCOMPARE(
            statusOf(v, QStringLiteral("img-owner001")),
            QStringLiteral("Image img-owner001 is shared with 1 account: cancel all its "
                           "sharing before deleting it. (error code InvalidImageId.InShared)"));
        QVERIFY(ws.image(QStringLiteral("img-owner001")));
    }

    void followsTheLanguage()
    {
        auto console = makeConsole();
        ui::DeleteDialog dialog(*console,
                                {QStringLiteral("img-shared01"), QStringLiteral("img-creating")});
        const View v = viewOf(dialog);
        QCOMPARE(v.refusal->text(),
                 QStringLiteral("Nothing is deleted while any of these images cannot be deleted."));

        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Hapus 2 citra"));
        QCOMPARE(v.ok->text(), QStringLiteral("Hapus"));
        QCOMPARE(v.cancel->text(), QStringLiteral("Batal"));
        QCOMPARE(v.table->horizontalHeaderItem(0)->text(), QStringLiteral("ID citra"));
        QCOMPARE(v.table->horizontalHeaderItem(2)->text(), QStringLiteral("Wilayah"));
        QCOMPARE(v.table->horizontalHeaderItem(3)->text(), QStringLiteral("Dapat dihapus?"));
        QCOMPARE(v.table->item(0, 2)->text(), QStringLiteral("Tiongkok Selatan (Guangzhou)"));
        QCOMPARE(
            statusOf(v, QStringLiteral("img-shared01")),
            QStringLiteral(
                "Citra img-shared01 dibagikan dengan 1 akun: batalkan semua pembagiannya sebelum "
                "menghapusnya. (kode kesalahan InvalidImageId.InShared)"));
        QCOMPARE(
            statusOf(v, QStringLiteral("img-creating")),
            QStringLiteral(
                "Citra img-creating berstatus %1: citra tidak dapat dihapus selama sedang dibuat, "
                "disalin, atau diimpor. Tunggu hingga citra berstatus Normal. (kode kesalahan "
                "InvalidImageId.IncorrectState)")
                .arg(RuleText::imageStateName(ImageState::Creating)));
        QCOMPARE(v.refusal->text(),
                 QStringLiteral(
                     "Tidak ada yang dihapus selama salah satu citra ini tidak dapat dihapus."));
        QCOMPARE(v.cancelSharing->text(),
                 QStringLiteral("Batalkan semua pembagian 1 citra terlebih dahulu…"));
        QCOMPARE(v.snapshots->text(), QStringLiteral("Hapus juga snapshot citra"));
        QCOMPARE(confirmLabel(dialog)->text(),
                 QStringLiteral("Untuk konfirmasi, ketik jumlah citra yang akan dihapus: 2"));

        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Delete 2 images"));
        QCOMPARE(v.refusal->text(),
                 QStringLiteral("Nothing is deleted while any of these images cannot be deleted."));
        QCOMPARE(v.table->item(0, 2)->text(), QStringLiteral("South China (Guangzhou)"));
        QVERIFY(statusOf(v, QStringLiteral("img-shared01"))
                    .startsWith(QStringLiteral("Image img-shared01 is shared")));
    }
};

QTEST_MAIN(TestDeleteDialog)
#include "tst_deletedialog.moc"

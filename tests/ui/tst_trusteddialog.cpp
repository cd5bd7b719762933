// The trusted-accounts dialog (N4) driven through its widgets: accounts ticked and unticked or
// typed by ID, core's refusals (yourself, unknown, malformed) shown inline, the list saved
// through core with a journal entry and undo, its effect on the N4 confirmation, and a
// language switch with a refusal on display.
#include "Console.h"
#include "ConsoleFixture.h"
#include "Dialogs.h"
#include "Fixture.h"
#include "InstanceDialog.h"
#include "Language.h"
#include "TrustedAccountsDialog.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestTrustedDialog : public QObject
{
    Q_OBJECT

private:
    struct View
    {
        QLineEdit *filter = nullptr;
        QListWidget *accounts = nullptr;
        QLineEdit *accountEdit = nullptr;
        QPushButton *add = nullptr;
        QLabel *refusal = nullptr;
        QPushButton *ok = nullptr;
        QPushButton *cancel = nullptr;
    };

    static View viewOf(const QDialog &dialog)
    {
        View v;
        v.filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        v.accounts = dialog.findChild<QListWidget *>(QStringLiteral("accountList"));
        v.accountEdit = dialog.findChild<QLineEdit *>(QStringLiteral("accountEdit"));
        v.add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
        v.refusal = dialog.findChild<QLabel *>(QStringLiteral("refusal"));
        v.ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        v.cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        return v;
    }

    static QListWidgetItem *itemOf(QListWidget *list, const QString &accountId)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == accountId)
                return list->item(i);
        }
        return nullptr;
    }

    static QStringList checkedIds(QListWidget *list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                out.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return out;
    }

    static void tick(QListWidget *list, const QString &accountId, bool on = true)
    {
        QListWidgetItem *item = itemOf(list, accountId);
        QVERIFY2(item, qPrintable(accountId));
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static int visibleCount(QListWidget *list)
    {
        int n = 0;
        for (int i = 0; i < list->count(); ++i)
            n += list->item(i)->isHidden() ? 0 : 1;
        return n;
    }

    static QStringList trustedOf(const Workspace &ws, const QString &accountId)
    {
        return ws.account(accountId)->trustedAccountIds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void showsTheAccountsAndTheSavedList()
    {
        auto console = makeConsole();
        std::unique_ptr<QDialog> dialog(
            ui::createDialog(QStringLiteral("trusted"), *console, {}, nullptr));
        QVERIFY(qobject_cast<ui::TrustedAccountsDialog *>(dialog.get()));
        QCOMPARE(dialog->objectName(), QStringLiteral("trustedAccountsDialog"));
        const View v = viewOf(*dialog);
        QVERIFY(v.filter && v.accounts && v.accountEdit && v.add && v.refusal && v.ok && v.cancel);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Trusted accounts of Owner"));
        QCOMPARE(v.ok->text(), QStringLiteral("Save"));
        QCOMPARE(v.cancel->text(), QStringLiteral("Cancel"));
        QCOMPARE(v.filter->placeholderText(), QStringLiteral("Filter accounts by name or ID"));

        // Every account but the acting one, as "Name (ID)"; the saved list ticked.
        const Workspace &ws = console->workspace();
        QCOMPARE(v.accounts->count(), int(ws.accounts().size()) - 1);
        QVERIFY(!itemOf(v.accounts, kOwner));
        QCOMPARE(itemOf(v.accounts, kTrusted)->text(),
                 QStringLiteral("Trusted (%1)").arg(kTrusted));
        QCOMPARE(itemOf(v.accounts, extra(7))->text(),
                 QStringLiteral("Extra 7 (%1)").arg(extra(7)));
        QCOMPARE(checkedIds(v.accounts), QStringList{kTrusted});

        // Nothing changed: nothing to save, nothing refused, nothing to add.
        QVERIFY(!v.ok->isEnabled());
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(!v.add->isEnabled());
    }

    void tickAndUntickThenSaveThroughCore()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::TrustedAccountsDialog dialog(*console);
        const View v = viewOf(dialog);
        tick(v.accounts, kStranger);
        QVERIFY(v.ok->isEnabled());
        tick(v.accounts, kTrusted, false);
        QVERIFY(v.ok->isEnabled());
        // Back to the saved list: nothing to save.
        tick(v.accounts, kStranger, false);
        tick(v.accounts, kTrusted);
        QVERIFY(!v.ok->isEnabled());

        tick(v.accounts, kStranger);
        tick(v.accounts, kTrusted, false);
        tick(v.accounts, extra(3));
        QVERIFY(v.refusal->text().isEmpty());
        const int journal = int(ws.journal().size());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(trustedOf(ws, kOwner), (QStringList{kStranger, extra(3)}));
        // Only the acting account's list changes.
        QCOMPARE(trustedOf(ws, kFriend), QStringList{kOwner});
        QCOMPARE(int(ws.journal().size()), journal + 1);
        const JournalEntry &entry = ws.journal().last();
        QCOMPARE(entry.action, QStringLiteral("ModifyTrustedAccounts"));
        QCOMPARE(entry.accountId, kOwner);
        QVERIFY(entry.success);
        QCOMPARE(entry.parameters.value(QStringLiteral("AccountIds")).toArray(),
                 (QJsonArray{kStranger, extra(3)}));

        console->undoStack().undo();
        QCOMPARE(trustedOf(ws, kOwner), QStringList{kTrusted});
        console->undoStack().redo();
        QCOMPARE(trustedOf(ws, kOwner), (QStringList{kStranger, extra(3)}));
    }

    void removingEveryAccountIsSaved()
    {
        auto console = makeConsole();
        ui::TrustedAccountsDialog dialog(*console);
        const View v = viewOf(dialog);
        tick(v.accounts, kTrusted, false);
        QVERIFY(v.ok->isEnabled());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QVERIFY(trustedOf(console->workspace(), kOwner).isEmpty());
    }

    void cancelSavesNothing()
    {
        auto console = makeConsole();
        ui::TrustedAccountsDialog dialog(*console);
        const View v = viewOf(dialog);
        tick(v.accounts, kStranger);
        QTest::mouseClick(v.cancel, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(trustedOf(console->workspace(), kOwner), QStringList{kTrusted});
        QVERIFY(console->workspace().journal().isEmpty());
    }

    void typedAccountIsCheckedByCore()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::TrustedAccountsDialog dialog(*console);
        const View v = viewOf(dialog);

        typeInto(v.accountEdit, kOwner);
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("An account does not need to trust itself.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.add->isEnabled());

        typeInto(v.accountEdit, QStringLiteral("999999999999"));
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("Account 999999999999 is not known in this workspace.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.add->isEnabled());

        typeInto(v.accountEdit, QStringLiteral("12ab"));
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("\"12ab\" is not an account ID: use the root account ID, "
                                    "digits only (not a QQ number).")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.add->isEnabled());

        typeInto(v.accountEdit, kTrusted);
        QCOMPARE(v.refusal->text(),
                 QStringLiteral("Account %1 is already on the list.").arg(kTrusted));
        QVERIFY(!v.add->isEnabled());

        // None of that changed the list.
        QCOMPARE(checkedIds(v.accounts), QStringList{kTrusted});
        QVERIFY(!v.ok->isEnabled());

        typeInto(v.accountEdit, QStringLiteral(" %1 ").arg(kStranger));
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.add->isEnabled());
        QTest::mouseClick(v.add, Qt::LeftButton);
        QCOMPARE(itemOf(v.accounts, kStranger)->checkState(), Qt::Checked);
        QVERIFY(v.accountEdit->text().isEmpty());
        QVERIFY(!v.add->isEnabled());
        QVERIFY(v.ok->isEnabled());

        // Emptying the field clears its refusal.
        typeInto(v.accountEdit, QStringLiteral("1"));
        QVERIFY(!v.refusal->text().isEmpty());
        typeInto(v.accountEdit, QString());
        QVERIFY(v.refusal->text().isEmpty());

        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(trustedOf(ws, kOwner), (QStringList{kTrusted, kStranger}));
        QCOMPARE(ws.journal().last().action, QStringLiteral("ModifyTrustedAccounts"));
    }

    // Enter in the account field adds the account; it does not save the list without it.
    void enterInTheAccountFieldAdds()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::TrustedAccountsDialog dialog(*console);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const View v = viewOf(dialog);
        const qsizetype journal = ws.journal().size();
        v.accountEdit->setFocus();
        typeInto(v.accountEdit, kStranger);
        QTest::keyClick(v.accountEdit, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(itemOf(v.accounts, kStranger)->checkState(), Qt::Checked);
        QVERIFY(v.accountEdit->text().isEmpty());
        QCOMPARE(ws.journal().size(), journal); // nothing saved yet
        // A refused account: Enter does nothing at all.
        typeInto(v.accountEdit, QStringLiteral("12ab"));
        QTest::keyClick(v.accountEdit, Qt::Key_Enter);
        QVERIFY(dialog.isVisible());
        QCOMPARE(v.accountEdit->text(), QStringLiteral("12ab"));
        QCOMPARE(ws.journal().size(), journal);
        // With the field empty, Enter is the dialog's: it saves.
        typeInto(v.accountEdit, QString());
        QTest::keyClick(v.accountEdit, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(trustedOf(ws, kOwner), (QStringList{kTrusted, kStranger}));
    }

    void savedEntriesThatCannotBeTrustedAreShownAndRefused()
    {
        // A file may hold an unknown account or the account itself in the list (the lint
        // reports it); the dialog shows them, core refuses them, and nothing is dropped unasked.
        QJsonObject json = baseJson();
        QJsonArray accounts = json.value(QStringLiteral("accounts")).toArray();
        QJsonObject owner = accounts.at(0).toObject();
        QCOMPARE(owner.value(QStringLiteral("AccountId")).toString(), kOwner);
        owner.insert(QStringLiteral("TrustedAccountIds"),
                     QJsonArray{kTrusted, QStringLiteral("999999999999"), kOwner});
        accounts[0] = owner;
        json.insert(QStringLiteral("accounts"), accounts);
        auto console = makeConsole(json);
        const Workspace &ws = console->workspace();
        QCOMPARE(trustedOf(ws, kOwner).size(), 3);

        ui::TrustedAccountsDialog dialog(*console);
        const View v = viewOf(dialog);
        QListWidgetItem *unknown = itemOf(v.accounts, QStringLiteral("999999999999"));
        QListWidgetItem *self = itemOf(v.accounts, kOwner);
        QVERIFY(unknown && self);
        QCOMPARE(unknown->text(), QStringLiteral("999999999999 (not in this workspace)"));
        QCOMPARE(self->text(), QStringLiteral("Owner (%1)").arg(kOwner));
        QCOMPARE(unknown->checkState(), Qt::Checked);
        QCOMPARE(self->checkState(), Qt::Checked);
        QVERIFY2(v.refusal->text().contains(
                     QStringLiteral("Account 999999999999 is not known in this workspace.")),
                 qPrintable(v.refusal->text()));
        QVERIFY2(
            v.refusal->text().contains(QStringLiteral("An account does not need to trust itself.")),
            qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());

        unknown->setCheckState(Qt::Unchecked);
        QVERIFY(!v.refusal->text().contains(QStringLiteral("999999999999")));
        QVERIFY(v.refusal->text().contains(
            QStringLiteral("An account does not need to trust itself.")));
        QVERIFY(!v.ok->isEnabled());
        self->setCheckState(Qt::Unchecked);
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(trustedOf(ws, kOwner), QStringList{kTrusted});
    }

    void filterHidesOtherAccounts()
    {
        auto console = makeConsole();
        ui::TrustedAccountsDialog dialog(*console);
        const View v = viewOf(dialog);
        QTest::keyClicks(v.filter, QStringLiteral("extra 1"));
        QCOMPARE(visibleCount(v.accounts), 11); // Extra 1, Extra 10..19
        QVERIFY(!itemOf(v.accounts, extra(1))->isHidden());
        QVERIFY(itemOf(v.accounts, kTrusted)->isHidden());
        typeInto(v.filter, kStranger);
        QCOMPARE(visibleCount(v.accounts), 1);
        QVERIFY(!itemOf(v.accounts, kStranger)->isHidden());
        // Filtering changes nothing that is saved.
        QCOMPARE(checkedIds(v.accounts), QStringList{kTrusted});
        QVERIFY(!v.ok->isEnabled());
        typeInto(v.filter, QString());
        QCOMPARE(visibleCount(v.accounts), v.accounts->count());
    }

    void trustedSharerNoLongerNeedsTheConfirmation()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::InstanceDialog launch(*console, ui::InstanceDialog::Mode::Launch,
                                  QStringLiteral("img-strange1"));
        auto *confirm = launch.findChild<QCheckBox *>(QStringLiteral("confirmUntrusted"));
        auto *launchOk = launch.findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!confirm->isHidden());
        QVERIFY(!launchOk->isEnabled());

        ui::TrustedAccountsDialog dialog(*console);
        const View v = viewOf(dialog);
        typeInto(v.accountEdit, kStranger);
        QTest::mouseClick(v.add, Qt::LeftButton);
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(trustedOf(ws, kOwner), (QStringList{kTrusted, kStranger}));

        // The open dialog follows at once; a new one does not ask either.
        QVERIFY(confirm->isHidden());
        QVERIFY(launchOk->isEnabled());
        ui::InstanceDialog reinstall(*console, ui::InstanceDialog::Mode::Reinstall,
                                     QStringLiteral("img-strange1"));
        QVERIFY(reinstall.findChild<QCheckBox *>(QStringLiteral("confirmUntrusted"))->isHidden());
        QVERIFY(!reinstall.findChild<QLabel *>(QStringLiteral("sharedWarning"))->isHidden());
        QVERIFY(reinstall.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());

        // Launching now goes ahead without an acknowledgement.
        QTest::mouseClick(launchOk, Qt::LeftButton);
        QCOMPARE(launch.result(), int(QDialog::Accepted));
        QCOMPARE(ws.instancesUsing(QStringLiteral("img-strange1")).size(), 1);

        // Undoing the launch, then the trust, brings the confirmation back.
        console->undoStack().undo();
        console->undoStack().undo();
        QCOMPARE(trustedOf(ws, kOwner), QStringList{kTrusted});
        QVERIFY(!reinstall.findChild<QCheckBox *>(QStringLiteral("confirmUntrusted"))->isHidden());
        QVERIFY(!reinstall.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    }

    void followsTheLanguage()
    {
        auto console = makeConsole();
        ui::TrustedAccountsDialog dialog(*console);
        const View v = viewOf(dialog);
        typeInto(v.accountEdit, kOwner);
        QVERIFY(v.refusal->text().startsWith(
            QStringLiteral("An account does not need to trust itself.")));

        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Akun tepercaya Owner"));
        QCOMPARE(v.ok->text(), QStringLiteral("Simpan"));
        QCOMPARE(v.cancel->text(), QStringLiteral("Batal"));
        QCOMPARE(v.filter->placeholderText(), QStringLiteral("Saring akun menurut nama atau ID"));
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("Akun tidak perlu memercayai dirinya sendiri.")),
                 qPrintable(v.refusal->text()));
        typeInto(v.accountEdit, QStringLiteral("999999999999"));
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("Akun 999999999999 tidak dikenal di ruang kerja ini.")),
                 qPrintable(v.refusal->text()));

        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Trusted accounts of Owner"));
        QCOMPARE(v.ok->text(), QStringLiteral("Save"));
        QVERIFY(v.refusal->text().startsWith(
            QStringLiteral("Account 999999999999 is not known in this workspace.")));
    }
};

QTEST_MAIN(TestTrustedDialog)
#include "tst_trusteddialog.moc"

// The base of the operation dialogs: its buttons and their roles, the reason beside a disabled
// OK, retranslate() then refresh() at construction and on a language switch, refresh() on a
// change of the workspace or of the acting account; and the one-line retranslate hook.
#include "ConsoleFixture.h"
#include "Language.h"
#include "OperationDialog.h"
#include "RefusalLabel.h"
#include "Retranslator.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace cvm;
using namespace fixture;

namespace {

// A dialog written as the console's are: its own widgets, then the base's parts.
class ProbeDialog final : public ui::OperationDialog
{
    Q_OBJECT

public:
    ProbeDialog(ui::Console &console, Dismiss dismiss, Reason reason, Changes changes)
    {
        auto *layout = new QVBoxLayout(this);
        m_title = new QLabel(this);
        m_title->setObjectName(QStringLiteral("title"));
        layout->addWidget(m_title);
        addRefusal(layout);
        addButtons(layout, dismiss, &ProbeDialog::confirm, reason);
        refreshOnChange(console, changes);
        translateAndRefresh();
    }

    QStringList calls;
    int confirmed = 0;
    QString languageSeen; // the console's language when retranslate() last ran

private:
    void retranslate() override
    {
        calls.append(QStringLiteral("retranslate"));
        languageSeen = Language::current();
        m_title->setText(QStringLiteral("title in %1").arg(languageSeen));
        okButton()->setText(QStringLiteral("Do it"));
    }
    void refresh() override { calls.append(QStringLiteral("refresh")); }
    void confirm() { ++confirmed; }

    QLabel *m_title = nullptr;
};

// Lets every widget see a language switch, as the window's language menu does.
void switchTo(const QString &code)
{
    QVERIFY(Language::apply(code));
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QString translated(const char *english)
{
    return QCoreApplication::translate("cvm::ui::OperationDialog", english);
}

OperationResult rename(ui::Console &console, const QString &name)
{
    return console.run([&](Operations &ops, const OperationContext &ctx) {
        return ops.modifyImageAttribute(
            ctx, ModifyAttributeRequest{QStringLiteral("img-owner001"), name, std::nullopt});
    });
}

} // namespace

class TestOperationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void buildsTheButtonsAndTheRefusal()
    {
        auto console = makeConsole();
        ProbeDialog cancel(*console, ProbeDialog::Dismiss::Cancel, ProbeDialog::Reason::None,
                           ProbeDialog::WorkspaceChanged);
        QCOMPARE(cancel.okButton()->objectName(), QStringLiteral("okButton"));
        QCOMPARE(cancel.okButton()->text(), QStringLiteral("Do it"));
        QCOMPARE(cancel.closeButton()->objectName(), QStringLiteral("cancelButton"));
        QCOMPARE(cancel.closeButton()->text(), QStringLiteral("Cancel"));
        // Own buttons in the roles, not standard buttons (the box would re-word those).
        QCOMPARE(cancel.buttonBox()->buttonRole(cancel.okButton()), QDialogButtonBox::AcceptRole);
        QCOMPARE(cancel.buttonBox()->buttonRole(cancel.closeButton()),
                 QDialogButtonBox::RejectRole);
        QCOMPARE(cancel.buttonBox()->standardButton(cancel.okButton()), QDialogButtonBox::NoButton);
        QCOMPARE(cancel.refusal()->objectName(), QStringLiteral("refusal"));
        QCOMPARE(cancel.findChild<ui::RefusalLabel *>(QStringLiteral("refusal")), cancel.refusal());
        QVERIFY(!cancel.findChild<QLabel *>(QStringLiteral("okReason")));

        ProbeDialog close(*console, ProbeDialog::Dismiss::Close, ProbeDialog::Reason::BesideButtons,
                          ProbeDialog::WorkspaceChanged);
        QCOMPARE(close.closeButton()->objectName(), QStringLiteral("closeButton"));
        QCOMPARE(close.closeButton()->text(), QStringLiteral("Close"));
        QVERIFY(close.findChild<QLabel *>(QStringLiteral("okReason")));
    }

    void constructionRetranslatesThenRefreshes()
    {
        auto console = makeConsole();
        ProbeDialog dialog(*console, ProbeDialog::Dismiss::Cancel, ProbeDialog::Reason::None,
                           ProbeDialog::WorkspaceChanged);
        QCOMPARE(dialog.calls,
                 (QStringList{QStringLiteral("retranslate"), QStringLiteral("refresh")}));
    }

    void okCallsTheDialogAndDismissRejects()
    {
        auto console = makeConsole();
        ProbeDialog dialog(*console, ProbeDialog::Dismiss::Cancel, ProbeDialog::Reason::None,
                           ProbeDialog::WorkspaceChanged);
        dialog.show();
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.confirmed, 1);
        QVERIFY(dialog.isVisible()); // accepting is the dialog's, once its operation is applied
        QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
        QCOMPARE(dialog.confirmed, 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void aLanguageSwitchRetranslatesThenRefreshes()
    {
        auto console = makeConsole();
        ProbeDialog dialog(*console, ProbeDialog::Dismiss::Cancel, ProbeDialog::Reason::None,
                           ProbeDialog::WorkspaceChanged);
        dialog.show();
        dialog.calls.clear();

        switchTo(QStringLiteral("id"));
        QTRY_VERIFY(!dialog.calls.isEmpty());
        QCOMPARE(dialog.calls.mid(0, 2),
                 (QStringList{QStringLiteral("retranslate"), QStringLiteral("refresh")}));
        QCOMPARE(dialog.languageSeen, QStringLiteral("id"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("title"))->text(),
                 QStringLiteral("title in id"));
        // The base's own button, in the base's words.
        QVERIFY(translated("Cancel") != QLatin1String("Cancel"));
        QCOMPARE(dialog.closeButton()->text(), translated("Cancel"));

        dialog.calls.clear();
        switchTo(QStringLiteral("en"));
        QTRY_VERIFY(!dialog.calls.isEmpty());
        QCOMPARE(dialog.languageSeen, QStringLiteral("en"));
        QCOMPARE(dialog.closeButton()->text(), QStringLiteral("Cancel"));
    }

    void aDisabledOkSaysWhy()
    {
        auto console = makeConsole();
        ProbeDialog dialog(*console, ProbeDialog::Dismiss::Close,
                           ProbeDialog::Reason::BesideButtons, ProbeDialog::WorkspaceChanged);
        dialog.show();
        auto *reason = dialog.findChild<QLabel *>(QStringLiteral("okReason"));
        QVERIFY(reason);

        dialog.setOkReason(QStringLiteral("Enter the accounts to share with."));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(reason->text(), QStringLiteral("Enter the accounts to share with."));
        QVERIFY(reason->isVisible());
        QCOMPARE(dialog.okButton()->toolTip(), reason->text());

        // A fuller tooltip, the same words beside the button.
        dialog.setOkReason(QStringLiteral("Refused."), QStringLiteral("<qt>Refused.<br>S3</qt>"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(reason->text(), QStringLiteral("Refused."));
        QCOMPARE(dialog.okButton()->toolTip(), QStringLiteral("<qt>Refused.<br>S3</qt>"));

        dialog.setOkReason(QString());
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!reason->isVisible());
        QVERIFY(dialog.okButton()->toolTip().isEmpty());

        // Without the label, the button and its tooltip still say it.
        ProbeDialog plain(*console, ProbeDialog::Dismiss::Cancel, ProbeDialog::Reason::None,
                          ProbeDialog::WorkspaceChanged);
        plain.setOkReason(QStringLiteral("Not yet."));
        QVERIFY(!plain.okButton()->isEnabled());
        QCOMPARE(plain.okButton()->toolTip(), QStringLiteral("Not yet."));
    }

    void refreshesOnTheChangesAskedFor()
    {
        auto console = makeConsole();
        ProbeDialog workspace(*console, ProbeDialog::Dismiss::Cancel, ProbeDialog::Reason::None,
                              ProbeDialog::WorkspaceChanged);
        ProbeDialog both(*console, ProbeDialog::Dismiss::Cancel, ProbeDialog::Reason::None,
                         ProbeDialog::WorkspaceChanged | ProbeDialog::ActingAccountChanged);
        workspace.calls.clear();
        both.calls.clear();

        QVERIFY(rename(*console, QStringLiteral("renamed")).applied());
        QVERIFY(!workspace.calls.isEmpty());
        QVERIFY(!both.calls.isEmpty());
        QVERIFY(workspace.calls.count(QStringLiteral("refresh")) == workspace.calls.size());
        const qsizetype before = both.calls.size();
        workspace.calls.clear();

        console->setActingAccount(kFriend);
        QVERIFY(workspace.calls.isEmpty()); // not asked for
        QCOMPARE(both.calls.size(), before + 1);
        QCOMPARE(both.calls.last(), QStringLiteral("refresh"));
    }

    void theHookRunsNowAndOnEverySwitch()
    {
        QWidget widget;
        QStringList seen;
        ui::Retranslator::attach(&widget, [&] { seen.append(Language::current()); });
        ui::Retranslator::attach(&widget, [&] { seen.append(QStringLiteral("second")); });
        QCOMPARE(seen, (QStringList{QStringLiteral("en"), QStringLiteral("second")}));
        // One event filter, however many hooks.
        QCOMPARE(widget.findChildren<ui::Retranslator *>().size(), 1);

        seen.clear();
        switchTo(QStringLiteral("id"));
        QTRY_VERIFY(!seen.isEmpty());
        QCOMPARE(seen.mid(0, 2), (QStringList{QStringLiteral("id"), QStringLiteral("second")}));
    }
};

QTEST_MAIN(TestOperationDialog)
#include "tst_operationdialog.moc"

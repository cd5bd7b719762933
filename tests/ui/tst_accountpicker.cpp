// "Acting as" in a workspace of a thousand accounts: typing part of an account's ID or name
// lists the accounts that contain it; Enter takes the one account the text names; text that
// names none, or several, changes nothing and puts the acting account back.
#include "AccountPicker.h"
#include "ImageTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "Session.h"
#include "WorkspaceFile.h"
#include "WorkspaceGenerator.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace cvm;

namespace {

constexpr int kAccounts = 1000;

// The generator's account IDs: 1000 followed by 100000000 + n, named "Team n+1".
QString accountId(int n)
{
    return QStringLiteral("1000%1").arg(100000000 + n);
}

std::unique_ptr<ui::MainWindow> makeWindow()
{
    WorkspaceGenerator::Options o;
    o.images = 300;
    o.accounts = kAccounts;
    o.regions = 4;
    o.seed = 7;
    LoadResult r = WorkspaceFile::fromObject(WorkspaceGenerator::generate(o));
    if (!r.ok())
        qFatal("generated workspace does not load: %s", qPrintable(r.errorText()));
    auto session = std::make_unique<ui::Session>(
        std::move(r.workspace), QString(),
        std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 21), QTime(8, 0), Qt::UTC)));
    session->setTicking(false);
    auto w = std::make_unique<ui::MainWindow>(std::move(session));
    w->setActingAccount(accountId(0));
    w->show();
    return w;
}

QStringList completions(QCompleter *c)
{
    QStringList out;
    for (int row = 0; row < c->completionModel()->rowCount(); ++row)
        out.append(c->completionModel()->index(row, 0).data().toString());
    return out;
}

} // namespace

class TestAccountPicker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> m_window;
    ui::AccountPicker *m_picker = nullptr;

    QLineEdit *edit() const { return m_picker->lineEdit(); }

    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_window.get()));
    }
    void type(const QString &text)
    {
        activate();
        edit()->setFocus();
        QTRY_VERIFY(edit()->hasFocus());
        edit()->selectAll();
        QTest::keyClick(edit(), Qt::Key_Backspace);
        QTest::keyClicks(edit(), text);
    }
    // Enter as the operator presses it: into the list of matches while it is open.
    void pressEnter()
    {
        QAbstractItemView *popup = m_picker->accountCompleter()->popup();
        QTest::keyClick(popup->isVisible() ? static_cast<QWidget *>(popup) : edit(),
                        Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
        m_window = makeWindow();
        activate();
        m_picker = m_window->findChild<ui::AccountPicker *>(QStringLiteral("actingAs"));
        QVERIFY(m_picker);
    }

    void init()
    {
        m_window->setActingAccount(accountId(0));
        QCOMPARE(m_window->actingAccount(), accountId(0));
    }

    void listsEveryAccount()
    {
        QCOMPARE(m_picker->count(), kAccounts);
        QCOMPARE(m_picker->currentText(), QStringLiteral("Team 1 (%1)").arg(accountId(0)));
        QCOMPARE(edit()->text(), m_picker->currentText());
    }

    void typingListsTheAccountsThatContainTheText()
    {
        // By name, in any case: "Team 77" and "Team 770" to "Team 779".
        type(QStringLiteral("team 77"));
        QCompleter *c = m_picker->accountCompleter();
        QTRY_VERIFY(c->popup()->isVisible());
        QStringList names = completions(c);
        QCOMPARE(names.size(), 11);
        for (const QString &n : std::as_const(names))
            QVERIFY2(n.startsWith(QStringLiteral("Team 77")), qPrintable(n));
        QVERIFY(names.contains(QStringLiteral("Team 77 (%1)").arg(accountId(76))));

        // By part of an ID.
        type(QStringLiteral("00000999"));
        QTRY_COMPARE(completions(c),
                     QStringList{QStringLiteral("Team 1000 (%1)").arg(accountId(999))});
        QTest::keyClick(c->popup(), Qt::Key_Escape);
        QCOMPARE(m_window->actingAccount(), accountId(0)); // nothing chosen yet
    }

    void enterTakesTheOneAccountTheTextNames()
    {
        type(QStringLiteral("00000999")); // the only match
        pressEnter();
        QTRY_COMPARE(m_window->actingAccount(), accountId(999));
        QCOMPARE(m_window->imageModel()->actingAccount(), accountId(999));
        QCOMPARE(edit()->text(), QStringLiteral("Team 1000 (%1)").arg(accountId(999)));

        // A whole name wins over the longer names that contain it ("Team 50" .. "Team 509").
        type(QStringLiteral("TEAM 50"));
        pressEnter();
        QTRY_COMPARE(m_window->actingAccount(), accountId(49));

        // A whole ID.
        type(accountId(123));
        pressEnter();
        QTRY_COMPARE(m_window->actingAccount(), accountId(123));
    }

    void aListedAccountIsChosenWithTheArrowKeys()
    {
        type(QStringLiteral("Team 777"));
        QCompleter *c = m_picker->accountCompleter();
        QTRY_VERIFY(c->popup()->isVisible());
        QCOMPARE(completions(c), QStringList{QStringLiteral("Team 777 (%1)").arg(accountId(776))});
        QTest::keyClick(c->popup(), Qt::Key_Down);
        QTest::keyClick(c->popup(), Qt::Key_Return);
        QTRY_COMPARE(m_window->actingAccount(), accountId(776));
        QVERIFY(!c->popup()->isVisible());
    }

    void textThatNamesNoOneAccountChangesNothing()
    {
        // Several accounts contain it.
        type(QStringLiteral("Team 1"));
        pressEnter();
        QTest::qWait(50);
        QCOMPARE(m_window->actingAccount(), accountId(0));
        QTRY_COMPARE(edit()->text(), QStringLiteral("Team 1 (%1)").arg(accountId(0)));

        // None does.
        type(QStringLiteral("nobody"));
        QTRY_VERIFY(!m_picker->accountCompleter()->popup()->isVisible());
        pressEnter();
        QCOMPARE(m_window->actingAccount(), accountId(0));
        QCOMPARE(edit()->text(), QStringLiteral("Team 1 (%1)").arg(accountId(0)));
    }

    void leavingTheBoxNeverChangesTheAccount()
    {
        type(QStringLiteral("00000999"));
        QTest::keyClick(m_picker->accountCompleter()->popup(), Qt::Key_Escape);
        auto *table = m_window->findChild<QWidget *>(QStringLiteral("imageTable"));
        activate(); // the offscreen platform leaves no window active once a popup closes
        QTRY_VERIFY(edit()->hasFocus());
        table->setFocus();
        QTRY_VERIFY(!edit()->hasFocus());
        QCOMPARE(m_window->actingAccount(), accountId(0));
        QCOMPARE(edit()->text(), QStringLiteral("Team 1 (%1)").arg(accountId(0)));
    }

    void followsTheActingAccountSetElsewhere()
    {
        m_window->setActingAccount(accountId(500));
        QCOMPARE(m_picker->currentAccount(), accountId(500));
        QCOMPARE(edit()->text(), QStringLiteral("Team 501 (%1)").arg(accountId(500)));
    }

    void rowNamedBy()
    {
        QCOMPARE(m_picker->rowNamedBy(QStringLiteral("  team 42 ")), 41);
        QCOMPARE(m_picker->rowNamedBy(QStringLiteral("Team 4")), 3);
        QCOMPARE(m_picker->rowNamedBy(QStringLiteral("Team")), -1);
        QCOMPARE(m_picker->rowNamedBy(QString()), -1);
        QCOMPARE(m_picker->rowNamedBy(QStringLiteral("Team 1000 (%1)").arg(accountId(999))), 999);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestAccountPicker)
#include "tst_accountpicker.moc"

#include "CheckDialog.h"
#include "Console.h"
#include "ConsoleFixture.h"
#include "Fixture.h"
#include "Language.h"
#include "RuleText.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestCheckDialog : public QObject
{
    Q_OBJECT

private:
    // The fixture with img-full0050 shared with 51 accounts, one more than the limit.
    static QJsonObject overSharedJson()
    {
        QJsonObject root = baseJson();
        QJsonObject full = findImage(root, QStringLiteral("img-full0050"));
        QJsonArray shares = full.value(QStringLiteral("Shares")).toArray();
        shares.append(
            QJsonObject{{QStringLiteral("AccountId"), extra(50)},
                        {QStringLiteral("CreatedTime"), QStringLiteral("2026-02-01T09:00:00Z")}});
        full.insert(QStringLiteral("Shares"), shares);
        putImage(root, full);
        return root;
    }

    struct View
    {
        QLabel *summary = nullptr;
        QTableWidget *findings = nullptr;
        QPushButton *show = nullptr;
        QPushButton *recheck = nullptr;
    };

    static View viewOf(const ui::CheckDialog &dialog)
    {
        View v;
        v.summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
        v.findings = dialog.findChild<QTableWidget *>(QStringLiteral("findingList"));
        v.show = dialog.findChild<QPushButton *>(QStringLiteral("showButton"));
        v.recheck = dialog.findChild<QPushButton *>(QStringLiteral("recheckButton"));
        return v;
    }

    static int rowOf(QTableWidget *table, const QString &rule, const QString &code)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == rule && table->item(r, 1)->text() == code)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void cleanWorkspaceHasNoProblems()
    {
        auto console = makeConsole();
        ui::CheckDialog dialog(*console);
        const View v = viewOf(dialog);
        QVERIFY(v.summary && v.findings && v.show && v.recheck);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Check workspace"));
        QCOMPARE(v.summary->text(), QStringLiteral("No problems found."));
        QCOMPARE(v.findings->rowCount(), 0);
        QVERIFY(!v.show->isEnabled());
        QCOMPARE(v.recheck->text(), QStringLiteral("Check again"));
        QCOMPARE(v.findings->horizontalHeaderItem(0)->text(), QStringLiteral("Rule"));
        QCOMPARE(v.findings->horizontalHeaderItem(3)->text(), QStringLiteral("Message"));
    }

    void imageSharedWith51AccountsIsFound()
    {
        auto console = makeConsole(overSharedJson());
        QCOMPARE(console->workspace().image(QStringLiteral("img-full0050"))->shares.size(), 51);
        ui::CheckDialog dialog(*console);
        const View v = viewOf(dialog);
        QCOMPARE(v.findings->rowCount(), 1);
        QVERIFY(v.summary->text() != QStringLiteral("No problems found."));
        QVERIFY2(v.summary->text().contains(QLatin1Char('1')), qPrintable(v.summary->text()));
        const int row = rowOf(v.findings, QStringLiteral("S3"), QStringLiteral("OverQuota"));
        QVERIFY(row >= 0);
        QVERIFY(v.findings->item(row, 2)->text().contains(QStringLiteral("img-full0050")));
        const QString message = v.findings->item(row, 3)->text();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QStringLiteral("img-full0050")) ||
                     message.contains(QStringLiteral("51")),
                 qPrintable(message));
        QCOMPARE(v.findings->item(row, 0)->toolTip(), RuleText::ruleTitle(QStringLiteral("S3")));
    }

    void activatingAFindingShowsItsImages()
    {
        auto console = makeConsole(overSharedJson());
        ui::CheckDialog dialog(*console);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const View v = viewOf(dialog);
        QSignalSpy spy(&dialog, &ui::CheckDialog::itemsActivated);
        const int row = rowOf(v.findings, QStringLiteral("S3"), QStringLiteral("OverQuota"));
        QVERIFY(row >= 0);
        const QStringList expected{QStringLiteral("img-full0050")};

        // Double-click.
        const QRect rect = v.findings->visualItemRect(v.findings->item(row, 3));
        QTest::mouseClick(v.findings->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(v.findings->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toStringList(), expected);

        // Enter.
        v.findings->setFocus();
        QTest::keyClick(v.findings, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toStringList(), expected);

        // The button.
        QVERIFY(v.show->isEnabled());
        QTest::mouseClick(v.show, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toStringList(), expected);

        // Nothing selected: nothing to show.
        v.findings->clearSelection();
        QVERIFY(!v.show->isEnabled());
    }

    void checksAgainOnlyWhenAsked()
    {
        auto console = makeConsole(overSharedJson());
        ui::CheckDialog dialog(*console);
        const View v = viewOf(dialog);
        QCOMPARE(v.findings->rowCount(), 1);

        // The operator fixes it: cancel one share.
        const OperationResult r = console->run([](Operations &ops, const OperationContext &ctx) {
            return ops.modifySharePermission(
                ctx,
                ShareRequest{QStringLiteral("img-full0050"), {extra(50)}, SharePermission::Cancel});
        });
        QVERIFY(r.applied());
        QCOMPARE(v.findings->rowCount(), 1); // not re-checked on every change

        QTest::mouseClick(v.recheck, Qt::LeftButton);
        QCOMPARE(v.findings->rowCount(), 0);
        QCOMPARE(v.summary->text(), QStringLiteral("No problems found."));
        QVERIFY(!v.show->isEnabled());

        // Undo would share with 51 accounts again: the rules refuse it (S3), and "Check again"
        // still finds nothing.
        const OperationResult u = console->undo();
        QVERIFY(u.refused());
        QVERIFY(u.verdict.hasCode(QStringLiteral("OverQuota")));
        QVERIFY(!console->undoStack().canUndo()); // obsolete: it left the stack
        QTest::mouseClick(v.recheck, Qt::LeftButton);
        QCOMPARE(v.findings->rowCount(), 0);
    }

    void followsTheLanguage()
    {
        auto console = makeConsole(overSharedJson());
        ui::CheckDialog dialog(*console);
        const View v = viewOf(dialog);
        const QString english = v.findings->item(0, 3)->text();
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_VERIFY(dialog.windowTitle() != QStringLiteral("Check workspace"));
        QVERIFY(v.findings->item(0, 3)->text() != english);
        QCOMPARE(v.findings->rowCount(), 1);
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Check workspace"));
        QCOMPARE(v.findings->item(0, 3)->text(), english);
    }
};

QTEST_MAIN(TestCheckDialog)
#include "tst_checkdialog.moc"

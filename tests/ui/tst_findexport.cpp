// Find and export: Ctrl+F to the search box and the count of matching images, the image ID
// to the clipboard, the image list (as filtered) and share lists to CSV; dates with their
// whole year, instance states in words; Del then Enter does not delete.
#include "ConsoleFixture.h"
#include "Csv.h"
#include "DeleteDialog.h"
#include "ImageTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "RuleText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

std::unique_ptr<ui::MainWindow> makeWindow()
{
    LoadResult r = WorkspaceFile::fromObject(baseJson());
    auto session = std::make_unique<ui::Session>(std::move(r.workspace), QString(),
                                                 std::make_unique<ManualClock>(kStart));
    session->setTicking(false);
    auto w = std::make_unique<ui::MainWindow>(std::move(session));
    w->setActingAccount(kOwner);
    w->show();
    return w;
}

QAction *action(ui::MainWindow &w, const char *name)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->objectName() == QLatin1String(name))
            return a;
    }
    return nullptr;
}

QStringList lines(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestFindExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void findGoesToTheSearchAndCountsMatches()
    {
        auto w = makeWindow();
        auto *search = w->findChild<QLineEdit *>(QStringLiteral("search"));
        auto *count = w->findChild<QLabel *>(QStringLiteral("matchCount"));
        auto *table = w->findChild<QTableView *>(QStringLiteral("imageTable"));
        const int all = table->model()->rowCount();
        QVERIFY(all > 1);
        QCOMPARE(count->text(), QStringLiteral("%1 images").arg(all));
        QApplication::setActiveWindow(w.get());
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        table->setFocus();
        action(*w, "actionFind")->trigger();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
        QTest::keyClicks(search, QStringLiteral("img-owner001"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 of %1 images").arg(all));
        QVERIFY(QKeySequence(QKeySequence::Find).matches(action(*w, "actionFind")->shortcut()) ==
                QKeySequence::ExactMatch);
    }

    void copyIdAndExports()
    {
        auto w = makeWindow();
        w->selectImages({QStringLiteral("img-owner001"), QStringLiteral("img-full0050")});
        QTRY_VERIFY(action(*w, "actionCopyId")->isEnabled());
        action(*w, "actionCopyId")->trigger();
        QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        copied.sort();
        QCOMPARE(copied,
                 (QStringList{QStringLiteral("img-full0050"), QStringLiteral("img-owner001")}));

        QTemporaryDir dir;
        const QString shares = dir.filePath(QStringLiteral("shares.csv"));
        QVERIFY(action(*w, "actionExportShares")->isEnabled());
        ui::Prompt::setNextFileName(shares);
        action(*w, "actionExportShares")->trigger();
        const QStringList s = lines(shares);
        QCOMPARE(s.first(),
                 QStringLiteral("ImageId,ImageName,Region,AccountId,AccountName,SharedSince"));
        QCOMPARE(int(s.size()), 1 + 50); // img-owner001 has no shares; img-full0050 has 50
        QVERIFY(s.at(1).startsWith(QStringLiteral("img-full0050,")));

        // Only the owner sees share lists.
        w->setActingAccount(kFriend);
        w->selectImages({QStringLiteral("img-shared01")});
        QTRY_VERIFY(!action(*w, "actionExportShares")->isEnabled());
        QVERIFY(action(*w, "actionExportShares")->toolTip().contains(QStringLiteral("owner")));

        // The image list as the table shows it: filtered by the search.
        w->setActingAccount(kOwner);
        auto *search = w->findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("img-owner001"));
        auto *table = w->findChild<QTableView *>(QStringLiteral("imageTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QString images = dir.filePath(QStringLiteral("images.csv"));
        ui::Prompt::setNextFileName(images);
        action(*w, "actionExportImages")->trigger();
        const QStringList i = lines(images);
        QCOMPARE(int(i.size()), 2);
        QVERIFY(i.first().startsWith(QStringLiteral("ImageId,ImageName,ImageType,ImageState")));
        QVERIFY(i.at(1).startsWith(QStringLiteral("img-owner001,name-img-owner001,PRIVATE_IMAGE,"
                                                  "NORMAL,")));
    }

    void csvQuotesWhatNeedsIt()
    {
        QCOMPARE(ui::Csv::record({QStringLiteral("a"), QStringLiteral("b,c"),
                                  QStringLiteral("say \"hi\""), QStringLiteral("x\ny")}),
                 QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\""));
    }

    // Del then Enter cancels: deleting takes a deliberate click.
    void enterDoesNotDelete()
    {
        auto console = makeConsole();
        ui::DeleteDialog dialog(*console, {QStringLiteral("img-owner001")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(console->workspace().image(QStringLiteral("img-owner001")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void datesHaveTheirYearAndStatesTheirWords()
    {
        const QDateTime t(QDate(2026, 3, 21), QTime(8, 41, 45), Qt::UTC);
        QVERIFY2(RuleText::timeText(t).contains(QStringLiteral("2026")),
                 qPrintable(RuleText::timeText(t)));
        QCOMPARE(RuleText::instanceStateName(QStringLiteral("RUNNING")), QStringLiteral("Running"));
        QVERIFY(Language::apply(QStringLiteral("id")));
        QVERIFY(RuleText::timeText(t).contains(QStringLiteral("2026")));
        QCOMPARE(RuleText::instanceStateName(QStringLiteral("RUNNING")),
                 QStringLiteral("Berjalan"));
        QVERIFY(Language::apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestFindExport)
#include "tst_findexport.moc"

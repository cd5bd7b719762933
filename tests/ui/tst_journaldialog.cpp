#include "Console.h"
#include "ConsoleFixture.h"
#include "Fixture.h"
#include "JournalDialog.h"
#include "JournalModel.h"
#include "Language.h"
#include "Prompt.h"
#include "RuleText.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

const QString kQuotedName = QStringLiteral("Web, \"prod\" copy");

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

class TestJournalDialog : public QObject
{
    Q_OBJECT

private:
    // A share, a refused share (OverQuota), a copy with a name that needs quoting in CSV, and
    // a refused share by another account (S2).
    static void runOperations(ui::Console &console)
    {
        console.setActingAccount(kOwner);
        OperationResult r = console.run(
            [](Operations &ops, const OperationContext &ctx) {
                return ops.modifySharePermission(ctx, ShareRequest{QStringLiteral("img-owner001"),
                                                                   {kFriend},
                                                                   SharePermission::Share});
            },
            {QStringLiteral("S6")});
        QVERIFY(r.applied());
        r = console.run(
            [](Operations &ops, const OperationContext &ctx) {
                return ops.modifySharePermission(ctx, ShareRequest{QStringLiteral("img-full0050"),
                                                                   {kFriend},
                                                                   SharePermission::Share});
            },
            {QStringLiteral("S6")});
        QVERIFY(r.refused());
        r = console.run([](Operations &ops, const OperationContext &ctx) {
            return ops.syncImages(ctx, SyncRequest{{QStringLiteral("img-shared01")},
                                                   {QStringLiteral("ap-shanghai")},
                                                   kQuotedName});
        });
        QVERIFY2(r.applied(), qPrintable(RuleText::describe(r.verdict)));
        console.setActingAccount(kFriend);
        r = console.run(
            [](Operations &ops, const OperationContext &ctx) {
                return ops.modifySharePermission(ctx, ShareRequest{QStringLiteral("img-shared01"),
                                                                   {kTrusted},
                                                                   SharePermission::Share});
            },
            {QStringLiteral("S6")});
        QVERIFY(r.refused());
        console.setActingAccount(kOwner);
    }

    struct View
    {
        QTableView *table = nullptr;
        QComboBox *account = nullptr;
        QComboBox *action = nullptr;
        QComboBox *outcome = nullptr;
        QLineEdit *search = nullptr;
        QLabel *details = nullptr;
        QPushButton *exportButton = nullptr;
    };

    static View viewOf(const ui::JournalDialog &dialog)
    {
        View v;
        v.table = dialog.findChild<QTableView *>(QStringLiteral("journalTable"));
        v.account = dialog.findChild<QComboBox *>(QStringLiteral("accountFilter"));
        v.action = dialog.findChild<QComboBox *>(QStringLiteral("actionFilter"));
        v.outcome = dialog.findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        v.search = dialog.findChild<QLineEdit *>(QStringLiteral("journalSearch"));
        v.details = dialog.findChild<QLabel *>(QStringLiteral("entryDetails"));
        v.exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
        return v;
    }

    static QString cell(QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

    static QStringList column(QTableView *table, int column)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out.append(cell(table, r, column));
        return out;
    }

    static int rowOf(QTableView *table, int col, const QString &text)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (cell(table, r, col).contains(text))
                return r;
        }
        return -1;
    }

    static void choose(QComboBox *combo, const QString &data)
    {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        combo->setCurrentIndex(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void showsTheOperationsAsTheyHappen()
    {
        auto console = makeConsole();
        ui::JournalDialog dialog(*console);
        const View v = viewOf(dialog);
        QVERIFY(v.table && v.account && v.action && v.outcome && v.search && v.details &&
                v.exportButton);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Journal"));
        QCOMPARE(v.table->model()->rowCount(), 0);

        runOperations(*console);
        QCOMPARE(v.table->model()->rowCount(), 4);
        QCOMPARE(
            v.table->model()->headerData(ui::JournalModel::ActionColumn, Qt::Horizontal).toString(),
            QStringLiteral("Action"));

        QStringList actions = column(v.table, ui::JournalModel::ActionColumn);
        actions.sort();
        QCOMPARE(actions, (QStringList{QStringLiteral("ModifyImageSharePermission"),
                                       QStringLiteral("ModifyImageSharePermission"),
                                       QStringLiteral("ModifyImageSharePermission"),
                                       QStringLiteral("SyncImages")}));
        const int refused =
            rowOf(v.table, ui::JournalModel::OutcomeColumn, QStringLiteral("OverQuota"));
        QVERIFY(refused >= 0);
        QCOMPARE(cell(v.table, refused, ui::JournalModel::OutcomeColumn),
                 QStringLiteral("Refused: OverQuota"));
        QVERIFY(cell(v.table, refused, ui::JournalModel::ParametersColumn)
                    .contains(QStringLiteral("img-full0050")));
        QCOMPARE(cell(v.table, refused, ui::JournalModel::AccountColumn),
                 QStringLiteral("Owner (%1)").arg(kOwner));
        QCOMPARE(cell(v.table, refused, ui::JournalModel::ChannelColumn),
                 QStringLiteral("Console"));
        QCOMPARE(cell(v.table, refused, ui::JournalModel::TimeColumn),
                 QLocale().toString(kStart.toLocalTime(),
                                    QLocale().dateTimeFormat(QLocale::ShortFormat)
                                        .replace(QStringLiteral("yy"), QStringLiteral("yyyy"))));
        const int sync =
            rowOf(v.table, ui::JournalModel::ActionColumn, QStringLiteral("SyncImages"));
        QCOMPARE(cell(v.table, sync, ui::JournalModel::OutcomeColumn), QStringLiteral("Succeeded"));

        // Newest first by default: the last operation (the friend's refused share) is on top.
        QVERIFY(cell(v.table, 0, ui::JournalModel::AccountColumn).contains(kFriend));

        // The action filter learns the actions as they appear.
        QVERIFY(v.action->findData(QStringLiteral("SyncImages")) >= 0);
        QCOMPARE(v.action->itemText(0), QStringLiteral("All actions"));
        QCOMPARE(v.account->itemText(0), QStringLiteral("All accounts"));
    }

    void eachFilterNarrowsTheRows()
    {
        auto console = makeConsole();
        runOperations(*console);
        ui::JournalDialog dialog(*console);
        const View v = viewOf(dialog);
        QAbstractItemModel *shown = v.table->model();
        QCOMPARE(shown->rowCount(), 4);

        choose(v.account, kFriend);
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(cell(v.table, 0, ui::JournalModel::OutcomeColumn)
                    .contains(QStringLiteral("UnauthorizedOperation.ImageNotBelongToAccount")));
        choose(v.account, kOwner);
        QCOMPARE(shown->rowCount(), 3);
        v.account->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), 4);

        choose(v.action, QStringLiteral("SyncImages"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(cell(v.table, 0, ui::JournalModel::ActionColumn), QStringLiteral("SyncImages"));
        choose(v.action, QStringLiteral("ModifyImageSharePermission"));
        QCOMPARE(shown->rowCount(), 3);
        v.action->setCurrentIndex(0);

        QCOMPARE(v.outcome->count(), 3);
        v.outcome->setCurrentIndex(1); // succeeded
        QCOMPARE(shown->rowCount(), 2);
        for (const QString &o : column(v.table, ui::JournalModel::OutcomeColumn))
            QCOMPARE(o, QStringLiteral("Succeeded"));
        v.outcome->setCurrentIndex(2); // refused
        QCOMPARE(shown->rowCount(), 2);
        for (const QString &o : column(v.table, ui::JournalModel::OutcomeColumn))
            QVERIFY(o.startsWith(QStringLiteral("Refused: ")));
        v.outcome->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), 4);

        QTest::keyClicks(v.search, QStringLiteral("ap-shanghai"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(cell(v.table, 0, ui::JournalModel::ActionColumn), QStringLiteral("SyncImages"));
        v.search->clear();
        QTest::keyClicks(v.search, QStringLiteral("overquota"));
        QCOMPARE(shown->rowCount(), 1);
        v.search->clear();
        QCOMPARE(shown->rowCount(), 4);

        // Filters combine, and a new entry that matches them appears at once.
        v.outcome->setCurrentIndex(2);
        choose(v.account, kOwner);
        QCOMPARE(shown->rowCount(), 1);
        const OperationResult r = console->run([](Operations &ops, const OperationContext &ctx) {
            return ops.deleteImages(ctx, DeleteRequest{{QStringLiteral("img-shared01")}, false});
        });
        QVERIFY(r.refused());
        QCOMPARE(shown->rowCount(), 2);
        QVERIFY(v.action->findData(QStringLiteral("DeleteImages")) >= 0);
    }

    void searchFindsWhatTheRowsSay()
    {
        auto console = makeConsole();
        runOperations(*console);
        ui::JournalDialog dialog(*console);
        const View v = viewOf(dialog);
        QAbstractItemModel *shown = v.table->model();
        const auto search = [&](const QString &text) {
            v.search->clear();
            QTest::keyClicks(v.search, text);
            return shown->rowCount();
        };

        // An account's name, in any case, finds its entries; part of its ID finds them and
        // the entries that name it (the two shares with it).
        QCOMPARE(search(QStringLiteral("fRIEND")), 1);
        QVERIFY(cell(v.table, 0, ui::JournalModel::AccountColumn).contains(kFriend));
        QCOMPARE(search(kFriend.right(4)), 3);
        QCOMPARE(search(QStringLiteral("owner")), 3); // the owner's three, not the friend's
        // A rule ID, an error code, a parameter, a channel, an outcome in words.
        QCOMPARE(search(QStringLiteral("s3")), 1);
        QVERIFY(cell(v.table, 0, ui::JournalModel::OutcomeColumn).contains(QStringLiteral("OverQuota")));
        QCOMPARE(search(QStringLiteral("notbelongtoaccount")), 1);
        QCOMPARE(search(QStringLiteral("PROD")), 1);
        QCOMPARE(cell(v.table, 0, ui::JournalModel::ActionColumn), QStringLiteral("SyncImages"));
        QCOMPARE(search(QStringLiteral("console")), 4);
        QCOMPARE(search(QStringLiteral("succeeded")), 2);
        QCOMPARE(search(QStringLiteral("refused")), 2);
        QCOMPARE(search(QStringLiteral("no such text")), 0);
        QCOMPARE(v.search->text(), QStringLiteral("no such text"));

        // Each keystroke narrows or widens: deleting characters brings rows back, in order.
        QCOMPARE(search(QStringLiteral("img-full00")), 1);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(v.search, Qt::Key_Backspace);
        QCOMPARE(v.search->text(), QStringLiteral("img-"));
        QCOMPARE(shown->rowCount(), 4); // all four name an image
        QVERIFY(cell(v.table, 0, ui::JournalModel::AccountColumn).contains(kFriend)); // newest

        // An entry appended while searching is found when it matches, and only then.
        search(QStringLiteral("img-owner001"));
        QCOMPARE(shown->rowCount(), 1);
        OperationResult r = console->run([](Operations &ops, const OperationContext &ctx) {
            return ops.deleteImages(ctx, DeleteRequest{{QStringLiteral("img-shared01")}, false});
        });
        QVERIFY(r.refused());
        QCOMPARE(shown->rowCount(), 1);
        r = console->run(
            [](Operations &ops, const OperationContext &ctx) {
                return ops.modifySharePermission(ctx, ShareRequest{QStringLiteral("img-owner001"),
                                                                   {kTrusted},
                                                                   SharePermission::Share});
            },
            {QStringLiteral("S6")});
        QVERIFY2(r.applied(), qPrintable(RuleText::describe(r.verdict)));
        QCOMPARE(shown->rowCount(), 2);
        QVERIFY(cell(v.table, 0, ui::JournalModel::ParametersColumn).contains(kTrusted));

        // The words of the current language: in Indonesian "Succeeded" is no longer there,
        // its translation is.
        const QString succeeded = ui::JournalModel::tr("Succeeded");
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_VERIFY(ui::JournalModel::tr("Succeeded") != succeeded);
        QTRY_VERIFY(dialog.windowTitle() != QStringLiteral("Journal"));
        QCOMPARE(search(QStringLiteral("succeeded")), 0);
        QCOMPARE(search(ui::JournalModel::tr("Succeeded").toUpper()), 3);
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Journal"));
        QCOMPARE(search(QStringLiteral("succeeded")), 3);
    }

    void sortsByAColumn()
    {
        auto console = makeConsole();
        runOperations(*console);
        ui::JournalDialog dialog(*console);
        const View v = viewOf(dialog);
        QVERIFY(v.table->isSortingEnabled());
        v.table->sortByColumn(ui::JournalModel::ActionColumn, Qt::AscendingOrder);
        QCOMPARE(cell(v.table, 0, ui::JournalModel::ActionColumn),
                 QStringLiteral("ModifyImageSharePermission"));
        QCOMPARE(cell(v.table, 3, ui::JournalModel::ActionColumn), QStringLiteral("SyncImages"));
        v.table->sortByColumn(ui::JournalModel::ActionColumn, Qt::DescendingOrder);
        QCOMPARE(cell(v.table, 0, ui::JournalModel::ActionColumn), QStringLiteral("SyncImages"));
        // Equal times keep the order of the journal: oldest first when ascending.
        v.table->sortByColumn(ui::JournalModel::TimeColumn, Qt::AscendingOrder);
        QVERIFY(cell(v.table, 0, ui::JournalModel::ParametersColumn)
                    .contains(QStringLiteral("img-owner001")));
        QVERIFY(cell(v.table, 3, ui::JournalModel::AccountColumn).contains(kFriend));
    }

    void refusedEntryShowsItsErrorsInWords()
    {
        auto console = makeConsole();
        runOperations(*console);
        ui::JournalDialog dialog(*console);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const View v = viewOf(dialog);
        QCOMPARE(v.details->text(), QStringLiteral("Select an entry to see its details."));

        const int refused =
            rowOf(v.table, ui::JournalModel::OutcomeColumn, QStringLiteral("OverQuota"));
        QVERIFY(refused >= 0);
        const QRect rect =
            v.table->visualRect(v.table->model()->index(refused, ui::JournalModel::ActionColumn));
        QTest::mouseClick(v.table->viewport(), Qt::LeftButton, {}, rect.center());
        const QString details = v.details->text();
        QVERIFY2(details.contains(QStringLiteral("OverQuota")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("S3")), qPrintable(details));
        QVERIFY2(details.contains(RuleText::ruleTitle(QStringLiteral("S3"))), qPrintable(details));
        QVERIFY(!RuleText::ruleTitle(QStringLiteral("S3")).isEmpty());
        QVERIFY(details.contains(QStringLiteral("img-full0050")));

        const int ok = rowOf(v.table, ui::JournalModel::ActionColumn, QStringLiteral("SyncImages"));
        v.table->selectRow(ok);
        QVERIFY(v.details->text().contains(QStringLiteral("Succeeded.")));
        QVERIFY(!v.details->text().contains(QStringLiteral("OverQuota")));
    }

    void exportsWhatIsShownAsCsv()
    {
        auto console = makeConsole();
        runOperations(*console);
        ui::JournalDialog dialog(*console);
        const View v = viewOf(dialog);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const QString all = dir.filePath(QStringLiteral("all.csv"));
        QString error;
        QVERIFY2(dialog.exportCsv(all, &error), qPrintable(error));
        QFile file(all);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const QString text = QString::fromUtf8(bytes);
        // The name's quotes are doubled inside a quoted field.
        QVERIFY(text.contains(QStringLiteral("Web, \\\"\"prod\\\"\" copy")));
        const QList<QStringList> records = parseCsv(text);
        QCOMPARE(records.size(), 1 + 4);
        QCOMPARE(records.first(),
                 (QStringList{QStringLiteral("Time"), QStringLiteral("AccountId"),
                              QStringLiteral("AccountName"), QStringLiteral("Channel"),
                              QStringLiteral("Action"), QStringLiteral("Parameters"),
                              QStringLiteral("Outcome"), QStringLiteral("Errors")}));
        for (const QStringList &r : records)
            QCOMPARE(r.size(), 8);
        // Rows in the order shown (newest first), times in ISO-8601 UTC.
        for (int i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).at(0), QStringLiteral("2026-03-21T08:00:00Z"));
            QCOMPARE(records.at(i).at(4), cell(v.table, i - 1, ui::JournalModel::ActionColumn));
        }
        bool foundSync = false;
        bool foundRefusal = false;
        for (const QStringList &r : records) {
            if (r.at(4) == QLatin1String("SyncImages")) {
                foundSync = true;
                const QJsonObject params = QJsonDocument::fromJson(r.at(5).toUtf8()).object();
                QCOMPARE(params.value(QStringLiteral("ImageName")).toString(), kQuotedName);
                QCOMPARE(
                    params.value(QStringLiteral("DestinationRegions")).toArray().first().toString(),
                    QStringLiteral("ap-shanghai"));
                QCOMPARE(r.at(1), kOwner);
                QCOMPARE(r.at(2), QStringLiteral("Owner"));
                QCOMPARE(r.at(6), QStringLiteral("Succeeded"));
            }
            if (r.at(7) == QLatin1String("S3 OverQuota")) {
                foundRefusal = true;
                QCOMPARE(r.at(6), QStringLiteral("Refused"));
            }
        }
        QVERIFY(foundSync);
        QVERIFY(foundRefusal);

        // Only what is shown: the refused entries.
        v.outcome->setCurrentIndex(2);
        const QString refused = dir.filePath(QStringLiteral("refused.csv"));
        // Through the button, as the operator does.
        ui::Prompt::takePromptCount();
        ui::Prompt::setNextFileName(refused);
        QTest::mouseClick(v.exportButton, Qt::LeftButton);
        QCOMPARE(ui::Prompt::takePromptCount(), 0); // no warning
        QFile refusedFile(refused);
        QVERIFY(refusedFile.open(QIODevice::ReadOnly));
        const QList<QStringList> refusedRecords =
            parseCsv(QString::fromUtf8(refusedFile.readAll()));
        QCOMPARE(refusedRecords.size(), 1 + 2);
        QCOMPARE(refusedRecords.at(1).at(6), QStringLiteral("Refused"));
        QCOMPARE(refusedRecords.at(2).at(6), QStringLiteral("Refused"));
    }

    void exportFailureIsShown()
    {
        auto console = makeConsole();
        runOperations(*console);
        ui::JournalDialog dialog(*console);
        const View v = viewOf(dialog);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("no/such/folder/journal.csv"));
        QString error;
        QVERIFY(!dialog.exportCsv(bad, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(bad));

        ui::Prompt::takePromptCount();
        ui::Prompt::setNextFileName(bad);
        ui::Prompt::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(v.exportButton, Qt::LeftButton);
        QCOMPARE(ui::Prompt::takePromptCount(), 1);

        // Cancelling the file dialog writes nothing and warns of nothing.
        ui::Prompt::setNextFileName(QString());
        QTest::mouseClick(v.exportButton, Qt::LeftButton);
        QCOMPARE(ui::Prompt::takePromptCount(), 0);
    }

    void enterNeitherExportsNorCloses()
    {
        auto console = makeConsole();
        runOperations(*console);
        ui::JournalDialog dialog(*console);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const View v = viewOf(dialog);
        QTemporaryDir dir;
        const QString sentinel = dir.filePath(QStringLiteral("never.csv"));
        ui::Prompt::takePromptCount();
        ui::Prompt::setNextFileName(sentinel);
        v.search->setFocus();
        QTest::keyClicks(v.search, QStringLiteral("SyncImages"));
        QTest::keyClick(v.search, Qt::Key_Return);
        v.table->setFocus();
        v.table->selectRow(0);
        QTest::keyClick(v.table, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        // The file name offered to the seam is still unused: no export was asked for.
        QVERIFY(!QFile::exists(sentinel));
        QCOMPARE(ui::Prompt::saveFileName(nullptr, QString(), QString()), sentinel);
        QCOMPARE(ui::Prompt::takePromptCount(), 0);
    }

    void modelPassesTheTester()
    {
        auto console = makeConsole();
        ui::JournalModel model(console->workspace());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        runOperations(*console);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ui::JournalModel::ColumnCount));
        QCOMPARE(model.index(1, ui::JournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Refused: OverQuota"));
        QCOMPARE(model.index(1, 0).data(ui::JournalModel::SuccessRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(ui::JournalModel::SortRole).toDateTime(), kStart);
        QVERIFY(model.index(1, ui::JournalModel::OutcomeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(RuleText::ruleTitle(QStringLiteral("S3"))));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(cells.size(), 1);

        // Undo is journalled too, as a new row.
        console->undoStack().undo();
        QCOMPARE(model.rowCount(), 5);
    }

    void followsTheLanguage()
    {
        auto console = makeConsole();
        runOperations(*console);
        ui::JournalDialog dialog(*console);
        const View v = viewOf(dialog);
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_VERIFY(dialog.windowTitle() != QStringLiteral("Journal"));
        QVERIFY(v.account->itemText(0) != QStringLiteral("All accounts"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Journal"));
        QCOMPARE(v.account->itemText(0), QStringLiteral("All accounts"));
    }
};

QTEST_MAIN(TestJournalDialog)
#include "tst_journaldialog.moc"

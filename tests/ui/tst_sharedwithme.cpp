// For a recipient: the images others share with the acting account, by whom and since when;
// and its custom-image quota in every region (used / quota, left, shared images not counted).
#include "ConsoleFixture.h"
#include "ImageTableModel.h"
#include "Language.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "QuotaOverviewModel.h"
#include "QuotaPanel.h"
#include "RegionList.h"
#include "RuleText.h"
#include "SharedWithMeModel.h"
#include "SharedWithMePanel.h"
#include "TableColumns.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

const QDateTime kSharedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC); // the fixture's

int rowOf(const QAbstractItemModel &m, const QString &imageId)
{
    for (int row = 0; row < m.rowCount(); ++row) {
        if (m.index(row, 0).data().toString() == imageId)
            return row;
    }
    return -1;
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

QStringList column(const QAbstractItemModel &m, int c)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row, c).data().toString());
    return out;
}

OperationResult share(ui::Console &console, const QString &imageId, const QStringList &accounts,
                      SharePermission permission = SharePermission::Share)
{
    return console.run(
        [&](Operations &ops, const OperationContext &ctx) {
            return ops.modifySharePermission(ctx, ShareRequest{imageId, accounts, permission});
        },
        {QStringLiteral("S6")});
}

} // namespace

class TestSharedWithMe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void sharedWithMeSaysByWhomAndSinceWhen()
    {
        auto console = makeConsole(baseJson(), kFriend);
        ui::SharedWithMeModel model(console->workspace());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setAccount(kFriend);
        // Friend receives img-shared01 from Owner and img-trusted1 from Trusted; its own
        // instances' images and public ones are not listed.
        QCOMPARE(column(model, ui::SharedWithMeModel::IdColumn),
                 (QStringList{QStringLiteral("img-shared01"), QStringLiteral("img-trusted1")}));
        const int row = rowOf(model, QStringLiteral("img-shared01"));
        QCOMPARE(cell(model, row, ui::SharedWithMeModel::OwnerColumn),
                 QStringLiteral("Owner (%1)").arg(kOwner));
        QCOMPARE(cell(model, row, ui::SharedWithMeModel::SinceColumn),
                 RuleText::timeText(kSharedAt));
        QCOMPARE(model.index(row, ui::SharedWithMeModel::SinceColumn)
                     .data(ui::SharedWithMeModel::SortRole)
                     .toDateTime(),
                 kSharedAt);
        QCOMPARE(cell(model, row, ui::SharedWithMeModel::RegionColumn),
                 QStringLiteral("ap-guangzhou"));
        QCOMPARE(cell(model, row, ui::SharedWithMeModel::StateColumn), QStringLiteral("Normal"));
        // Friend trusts Owner, not Trusted: the sharer's cell says so (N4).
        QVERIFY(cell(model, row, ui::SharedWithMeModel::OwnerColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("is on your trusted accounts list")));
        QVERIFY(cell(model, rowOf(model, QStringLiteral("img-trusted1")),
                     ui::SharedWithMeModel::OwnerColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("is not on your trusted accounts list")));

        // Another recipient sees its own list: Owner gets img-strange1 from Stranger.
        model.setAccount(kOwner);
        QCOMPARE(column(model, ui::SharedWithMeModel::IdColumn),
                 QStringList{QStringLiteral("img-strange1")});
        QCOMPARE(cell(model, 0, ui::SharedWithMeModel::OwnerColumn),
                 QStringLiteral("Stranger (%1)").arg(kStranger));
        // An account nobody shares with.
        model.setAccount(kTrusted);
        QCOMPARE(model.rowCount(), 0);
    }

    void followsSharingAndItsUndo()
    {
        LoadResult loaded = WorkspaceFile::fromObject(baseJson());
        auto clock = std::make_unique<ManualClock>(kStart);
        ManualClock *time = clock.get();
        auto session =
            std::make_unique<ui::Session>(std::move(loaded.workspace), QString(), std::move(clock));
        session->setTicking(false);
        auto console = std::make_unique<ui::Console>(std::move(session));
        console->setActingAccount(kOwner);
        ui::SharedWithMeModel model(console->workspace());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(kFriend);
        QCOMPARE(model.rowCount(), 2);

        // Owner shares img-owner001 with Friend an hour after the fixture's start.
        time->advance(3600);
        QVERIFY(share(*console, QStringLiteral("img-owner001"), {kFriend}).applied());
        QCOMPARE(model.rowCount(), 3);
        const int row = rowOf(model, QStringLiteral("img-owner001"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ui::SharedWithMeModel::SinceColumn)
                     .data(ui::SharedWithMeModel::SortRole)
                     .toDateTime(),
                 kStart.addSecs(3600));

        // Cancelled: gone. Undone: back.
        QVERIFY(share(*console, QStringLiteral("img-owner001"), {kFriend}, SharePermission::Cancel)
                    .applied());
        QCOMPARE(rowOf(model, QStringLiteral("img-owner001")), -1);
        QVERIFY(console->undo().applied());
        QVERIFY(rowOf(model, QStringLiteral("img-owner001")) >= 0);
    }

    void quotaInEveryRegion()
    {
        QJsonObject json = baseJson();
        json.insert(QStringLiteral("policy"),
                    QJsonObject{{QStringLiteral("customImageQuotaPerRegion"), 10}});
        auto console = makeConsole(json, kOwner);
        ui::QuotaOverviewModel model(console->workspace());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(kOwner);
        QCOMPARE(model.rowCount(), int(console->workspace().regions().size()));
        auto rowOfRegion = [&](const QString &regionId) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data(ui::QuotaOverviewModel::RegionIdRole) == regionId)
                    return row;
            }
            return -1;
        };
        const int gz = rowOfRegion(QStringLiteral("ap-guangzhou"));
        const int sh = rowOfRegion(QStringLiteral("ap-shanghai"));
        const int bj = rowOfRegion(QStringLiteral("ap-beijing"));
        QCOMPARE(cell(model, gz, ui::QuotaOverviewModel::RegionColumn),
                 QStringLiteral("South China (Guangzhou)"));
        // Owner's custom images in Guangzhou: owner001, shared01, full0050, byol0001,
        // encr0001, creating; img-strange1 is shared with it there and does not count.
        QCOMPARE(cell(model, gz, ui::QuotaOverviewModel::UsedColumn), QStringLiteral("6 / 10"));
        QCOMPARE(model.index(gz, ui::QuotaOverviewModel::UsedColumn)
                     .data(ui::QuotaOverviewModel::PercentRole)
                     .toInt(),
                 60);
        QCOMPARE(cell(model, gz, ui::QuotaOverviewModel::LeftColumn), QStringLiteral("4"));
        QCOMPARE(cell(model, gz, ui::QuotaOverviewModel::SharedColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, sh, ui::QuotaOverviewModel::UsedColumn), QStringLiteral("1 / 10"));
        QCOMPARE(cell(model, sh, ui::QuotaOverviewModel::SharedColumn), QStringLiteral("0"));
        QCOMPARE(cell(model, bj, ui::QuotaOverviewModel::UsedColumn), QStringLiteral("0 / 10"));
        QCOMPARE(cell(model, bj, ui::QuotaOverviewModel::LeftColumn), QStringLiteral("10"));
        // The same numbers the rules use (Policy::customImageQuotaPerRegion,
        // Workspace::customImageCount).
        QCOMPARE(console->workspace().customImageCount(kOwner, QStringLiteral("ap-guangzhou")), 6);

        // A delete frees a place at once, and the view hears of it; its undo takes it again.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const OperationResult r = console->run([](Operations &ops, const OperationContext &ctx) {
            return ops.deleteImages(ctx, DeleteRequest{{QStringLiteral("img-owner001")}});
        });
        QVERIFY(r.applied());
        QCOMPARE(cell(model, gz, ui::QuotaOverviewModel::UsedColumn), QStringLiteral("5 / 10"));
        QCOMPARE(cell(model, gz, ui::QuotaOverviewModel::LeftColumn), QStringLiteral("5"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(console->undo().applied());
        QCOMPARE(cell(model, gz, ui::QuotaOverviewModel::UsedColumn), QStringLiteral("6 / 10"));

        // Friend: nothing of its own; two images shared with it in Guangzhou.
        model.setAccount(kFriend);
        QCOMPARE(cell(model, gz, ui::QuotaOverviewModel::UsedColumn), QStringLiteral("0 / 10"));
        QCOMPARE(cell(model, gz, ui::QuotaOverviewModel::SharedColumn), QStringLiteral("2"));
    }

    void modelsOutliveTheirWorkspace()
    {
        // The window's views can outlive the workspace by a moment while the window closes
        // (a column sized to its contents asks for data as it hides): the models are empty.
        auto console = makeConsole(baseJson(), kFriend);
        ui::SharedWithMeModel shared(console->workspace());
        ui::QuotaOverviewModel quota(console->workspace());
        QAbstractItemModelTester sharedTester(
            &shared, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester quotaTester(
            &quota, QAbstractItemModelTester::FailureReportingMode::QtTest);
        shared.setAccount(kFriend);
        quota.setAccount(kFriend);
        QCOMPARE(shared.rowCount(), 2);
        QVERIFY(quota.rowCount() > 0);
        console.reset();
        QCOMPARE(shared.rowCount(), 0);
        QCOMPARE(quota.rowCount(), 0);
        shared.setAccount(kOwner); // and stay empty
        quota.setAccount(kOwner);
        QCOMPARE(shared.rowCount(), 0);
        QCOMPARE(quota.rowCount(), 0);
    }

    void docksInTheWindow()
    {
        LoadResult loaded = WorkspaceFile::fromObject(baseJson());
        auto session = std::make_unique<ui::Session>(std::move(loaded.workspace), QString(),
                                                     std::make_unique<ManualClock>(kStart));
        session->setTicking(false);
        ui::MainWindow w(std::move(session));
        w.setActingAccount(kFriend);
        w.show();
        auto *sharedDock = w.findChild<QDockWidget *>(QStringLiteral("sharedWithMeDock"));
        auto *quotaDock = w.findChild<QDockWidget *>(QStringLiteral("quotaDock"));
        QVERIFY(sharedDock && quotaDock);
        QCOMPARE(sharedDock->windowTitle(), QStringLiteral("Shared with me"));
        QCOMPARE(quotaDock->windowTitle(), QStringLiteral("Quota by region"));
        // Both can be shown and hidden from the View menu.
        QList<QAction *> viewActions;
        for (QAction *menu : w.menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&View"))
                viewActions = menu->menu()->actions();
        }
        QVERIFY(viewActions.contains(sharedDock->toggleViewAction()));
        QVERIFY(viewActions.contains(quotaDock->toggleViewAction()));

        auto *table = sharedDock->findChild<QTableView *>(QStringLiteral("sharedWithMeTable"));
        auto *summary = sharedDock->findChild<QLabel *>(QStringLiteral("sharedWithMeSummary"));
        QCOMPARE(table->model()->rowCount(), 2);
        // The columns fit their rows once, when the rows change, and are the operator's to
        // drag; not measured again at every change of the panel's size.
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sectionResizeMode(0), QHeaderView::Interactive);
        // Behind the Activity tab, the panel's rows are not measured: nobody sees them.
        QTest::qWait(20);
        QVERIFY(table->visibleRegion().isEmpty());
        QCOMPARE(header->sectionSize(0), header->defaultSectionSize());
        // Brought to the front, its columns fit as its rows are painted.
        sharedDock->raise();
        QTRY_VERIFY(!table->visibleRegion().isEmpty());
        QTRY_VERIFY(header->sectionSize(0) != header->defaultSectionSize());
        QVERIFY(header->sectionSize(0) >=
                static_cast<QAbstractItemView *>(table)->sizeHintForColumn(0));
        auto *columns = sharedDock->findChild<ui::TableColumns *>();
        QVERIFY(columns);
        table->sortByColumn(0, Qt::AscendingOrder);
        columns->resetToDefaults(); // newest share first again
        QCOMPARE(header->sortIndicatorSection(), int(ui::SharedWithMeModel::SinceColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(summary->text().startsWith(
            QStringLiteral("Images shared with you: 2 · accounts sharing them: 2.")));
        // Newest share first; activating a row selects the image in the image table.
        const QModelIndex trusted =
            table->model()->index(rowOf(*table->model(), QStringLiteral("img-trusted1")), 0);
        Q_EMIT table->activated(trusted);
        QCOMPARE(w.selectedImageIds(), QStringList{QStringLiteral("img-trusted1")});

        // Acting as another account changes both panels.
        auto *quota = quotaDock->findChild<QTableView *>(QStringLiteral("quotaTable"));
        w.setActingAccount(kTrusted);
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(summary->text(), QStringLiteral("No other account shares an image with you."));
        bool sawTrustedImage = false;
        for (int row = 0; row < quota->model()->rowCount(); ++row) {
            if (quota->model()->index(row, 0).data(ui::QuotaOverviewModel::RegionIdRole) ==
                QStringLiteral("ap-guangzhou")) {
                QCOMPARE(cell(*quota->model(), row, ui::QuotaOverviewModel::UsedColumn),
                         QStringLiteral("1 / 500")); // img-trusted1
                sawTrustedImage = true;
                // Activating a region selects it in the region list.
                Q_EMIT quota->activated(quota->model()->index(row, 0));
                QCOMPARE(w.findChild<ui::RegionList *>()->currentRegion(),
                         QStringLiteral("ap-guangzhou"));
            }
        }
        QVERIFY(sawTrustedImage);

        // In Indonesian, in place.
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QTRY_COMPARE(sharedDock->windowTitle(), QStringLiteral("Dibagikan dengan saya"));
        QTRY_COMPARE(quota->model()->headerData(ui::QuotaOverviewModel::UsedColumn, Qt::Horizontal),
                     QVariant(QStringLiteral("Citra kustom / kuota")));
        QTRY_COMPARE(summary->text(),
                     QStringLiteral("Tidak ada akun lain yang membagikan citra dengan Anda."));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(sharedDock->windowTitle(), QStringLiteral("Shared with me"));

        // Closing the window with rows in both panels: they go before the workspace.
        w.setActingAccount(kFriend);
        QCOMPARE(table->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestSharedWithMe)
#include "tst_sharedwithme.moc"

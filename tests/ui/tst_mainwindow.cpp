#include "Fixture.h"
#include "ImageTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "RegionList.h"
#include "Session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> makeWindow(ManualClock **clockOut = nullptr,
                                               const QJsonObject &root = baseJson())
    {
        LoadResult r = WorkspaceFile::fromObject(root);
        auto clock = std::make_unique<ManualClock>(kStart);
        if (clockOut)
            *clockOut = clock.get();
        auto session =
            std::make_unique<ui::Session>(std::move(r.workspace), QString(), std::move(clock));
        session->setTicking(false);
        auto w = std::make_unique<ui::MainWindow>(std::move(session));
        w->setWindowModified(false);
        return w;
    }
    static QStringList visibleIds(const QAbstractItemModel *m)
    {
        QStringList ids;
        for (int r = 0; r < m->rowCount(); ++r)
            ids.append(m->index(r, ui::ImageTableModel::IdColumn).data().toString());
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void modelPassesTester()
    {
        auto w = makeWindow();
        QAbstractItemModelTester tester(w->imageModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *proxy = w->findChild<QSortFilterProxyModel *>(QStringLiteral("imageProxy"));
        QVERIFY(proxy);
        QAbstractItemModelTester proxyTester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        w->setActingAccount(kFriend);
        w->setActingAccount(kOwner);
        w->selectRegion(QStringLiteral("ap-shanghai"));
        w->selectRegion(QString());
        // A change through an operation updates rows in place and inserts new ones.
        ShareRequest share{QStringLiteral("img-owner001"), {kFriend}, SharePermission::Share};
        QVERIFY(w->session()
                    .operations()
                    .modifySharePermission(
                        OperationContext{
                            kOwner, QStringLiteral("Console"), {QStringLiteral("S6")}, false},
                        share)
                    .applied());
        SyncRequest sync{
            {QStringLiteral("img-winsrv01")}, {QStringLiteral("ap-beijing")}, std::nullopt};
        QVERIFY(
            w->session()
                .operations()
                .syncImages(OperationContext{kOwner, QStringLiteral("Console"), {}, false}, sync)
                .applied());
        DeleteRequest del{{QStringLiteral("img-byol0001")}, false};
        QVERIFY(
            w->session()
                .operations()
                .deleteImages(OperationContext{kOwner, QStringLiteral("Console"), {}, false}, del)
                .applied());
    }

    // Images deleted together leave in runs of neighbouring rows, one signal a run, and come
    // back the same way on undo, in ID order.
    void rowsGoAndComeInRuns()
    {
        // Two more images of the owner, next to img-byol0001 in ID order.
        QJsonObject root = baseJson();
        for (const char *id : {"img-blk00001", "img-blk00002"})
            putImage(root, image(QString::fromLatin1(id), kOwner, QStringLiteral("ap-guangzhou")));
        auto w = makeWindow(nullptr, root);
        ui::ImageTableModel *m = w->imageModel();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *proxy = w->findChild<QSortFilterProxyModel *>(QStringLiteral("imageProxy"));
        QAbstractItemModelTester proxyTester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy->sort(ui::ImageTableModel::SizeColumn, Qt::DescendingOrder);
        QStringList before;
        for (int r = 0; r < m->rowCount(); ++r)
            before.append(m->imageIdAt(r));
        const int first = m->rowOf(QStringLiteral("img-blk00001"));
        QCOMPARE(m->rowOf(QStringLiteral("img-byol0001")), first + 2); // neighbours by ID
        const int owner = m->rowOf(QStringLiteral("img-owner001"));
        QVERIFY(owner > first + 3); // apart from them

        QSignalSpy removed(m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m, &QAbstractItemModel::rowsInserted);
        const OperationResult del = w->console().run([](Operations &ops,
                                                        const OperationContext &ctx) {
            return ops.deleteImages(
                ctx, DeleteRequest{{QStringLiteral("img-owner001"), QStringLiteral("img-byol0001"),
                                    QStringLiteral("img-blk00002"), QStringLiteral("img-blk00001")},
                                   false});
        });
        QVERIFY(del.applied());
        // One signal a run, the later run first so that the rows of the earlier one hold.
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0).at(1).toInt(), owner);
        QCOMPARE(removed.at(0).at(2).toInt(), owner);
        QCOMPARE(removed.at(1).at(1).toInt(), first);
        QCOMPARE(removed.at(1).at(2).toInt(), first + 2);
        QCOMPARE(m->rowOf(QStringLiteral("img-byol0001")), -1);
        QCOMPARE(proxy->rowCount(), before.size() - 4);

        w->console().undoStack().undo();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), owner - 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), owner - 3);
        QCOMPARE(inserted.at(1).at(1).toInt(), first);
        QCOMPARE(inserted.at(1).at(2).toInt(), first + 2);
        QStringList after;
        for (int r = 0; r < m->rowCount(); ++r)
            after.append(m->imageIdAt(r));
        QCOMPARE(after, before); // back in ID order
        QCOMPARE(proxy->rowCount(), before.size());
        QCOMPARE(m->index(first + 2, ui::ImageTableModel::NameColumn).data().toString(),
                 w->console().workspace().image(QStringLiteral("img-byol0001"))->imageName);
    }

    void actingAccountDecidesWhatIsVisible()
    {
        auto w = makeWindow();
        const auto *table = w->findChild<QTableView *>(QStringLiteral("imageTable"));
        QVERIFY(table);
        QStringList ownerSees = visibleIds(table->model());
        QVERIFY(ownerSees.contains(QStringLiteral("img-owner001")));
        QVERIFY(ownerSees.contains(QStringLiteral("img-strange1"))); // shared with the owner
        QVERIFY(ownerSees.contains(QStringLiteral("img-public01")));
        QVERIFY(!ownerSees.contains(QStringLiteral("img-trusted1"))); // shared with Friend only

        auto *acting = w->findChild<QComboBox *>(QStringLiteral("actingAs"));
        acting->setCurrentIndex(acting->findData(kFriend));
        QStringList friendSees = visibleIds(table->model());
        QVERIFY(!friendSees.contains(QStringLiteral("img-owner001")));
        QVERIFY(friendSees.contains(QStringLiteral("img-shared01")));
        QVERIFY(friendSees.contains(QStringLiteral("img-trusted1")));
        QVERIFY(friendSees.contains(QStringLiteral("img-public01")));
    }

    void typeIsRelativeToTheViewer()
    {
        auto w = makeWindow();
        ui::ImageTableModel *m = w->imageModel();
        const int row = m->rowOf(QStringLiteral("img-shared01"));
        QVERIFY(row >= 0);
        QCOMPARE(m->index(row, ui::ImageTableModel::TypeColumn).data().toString(),
                 QStringLiteral("Custom"));
        QCOMPARE(m->index(row, ui::ImageTableModel::SharedColumn).data().toString(),
                 QStringLiteral("1 / 50"));
        w->setActingAccount(kFriend);
        const int friendRow = m->rowOf(QStringLiteral("img-shared01"));
        QCOMPARE(m->index(friendRow, ui::ImageTableModel::TypeColumn).data().toString(),
                 QStringLiteral("Shared"));
        QCOMPARE(m->index(friendRow, ui::ImageTableModel::SharedColumn).data().toString(),
                 QString());
    }

    void regionListFiltersAndShowsQuota()
    {
        auto w = makeWindow();
        auto *regions = w->findChild<QListWidget *>(QStringLiteral("regionList"));
        QVERIFY(regions);
        QVERIFY(regions->item(0)->text().startsWith(QStringLiteral("All regions")));
        w->selectRegion(QStringLiteral("ap-shanghai"));
        const auto *table = w->findChild<QTableView *>(QStringLiteral("imageTable"));
        QCOMPARE(visibleIds(table->model()), QStringList{QStringLiteral("img-winsrv01")});
        auto *quota = w->findChild<QLabel *>(QStringLiteral("quotaLabel"));
        QCOMPARE(quota->text(), QStringLiteral("Custom images: 1 / 500 in ap-shanghai"));
        w->selectRegion(QStringLiteral("ap-guangzhou"));
        QCOMPARE(quota->text(), QStringLiteral("Custom images: 6 / 500 in ap-guangzhou"));
    }

    void searchFiltersAsYouType()
    {
        auto w = makeWindow();
        auto *search = w->findChild<QLineEdit *>(QStringLiteral("search"));
        const auto *table = w->findChild<QTableView *>(QStringLiteral("imageTable"));
        QTest::keyClicks(search, QStringLiteral("WINSRV"));
        QTRY_COMPARE(visibleIds(table->model()), QStringList{QStringLiteral("img-winsrv01")});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("Windows Server 2019"));
        QTRY_COMPARE(visibleIds(table->model()), QStringList{QStringLiteral("img-winsrv01")});

        // The search keys follow the workspace: a renamed image is found by its new name only,
        // and rows inserted and removed keep their keys.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("RENAMED"));
        QTRY_COMPARE(visibleIds(table->model()), QStringList{});
        const OperationContext ctx{kOwner, QStringLiteral("Console"), {}, false};
        const OperationResult rename = w->session().operations().modifyImageAttribute(
            ctx, {QStringLiteral("img-winsrv01"), QStringLiteral("Renamed Windows"), std::nullopt});
        QVERIFY(rename.applied());
        QTRY_COMPARE(visibleIds(table->model()), QStringList{QStringLiteral("img-winsrv01")});
        const OperationResult copy = w->session().operations().syncImages(
            ctx, SyncRequest{
                     {QStringLiteral("img-winsrv01")}, {QStringLiteral("ap-beijing")}, std::nullopt});
        QVERIFY(copy.applied());
        QTRY_COMPARE(visibleIds(table->model()).size(), 2); // the copy keeps the name
        w->session().operations().undo(ctx, copy);
        w->session().operations().undo(ctx, rename);
        QTRY_COMPARE(visibleIds(table->model()), QStringList{});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("winsrv01"));
        QTRY_COMPARE(visibleIds(table->model()), QStringList{QStringLiteral("img-winsrv01")});
        QCOMPARE(w->imageModel()->imageIdAt(w->imageModel()->rowOf(QStringLiteral("img-winsrv01"))),
                 QStringLiteral("img-winsrv01"));
    }

    // The region counts are recounted when images come, go, move or change hands, not on
    // every tick of a copy's progress (they count every image the account sees).
    void regionCountsFollowMembershipNotProgress()
    {
        ManualClock *clock = nullptr;
        auto w = makeWindow(&clock);
        auto *regions = w->findChild<QListWidget *>(QStringLiteral("regionList"));
        const QString before = regions->item(0)->text();
        const OperationContext ctx{kOwner, QStringLiteral("Console"), {}, false};
        const OperationResult copy = w->session().operations().syncImages(
            ctx, SyncRequest{
                     {QStringLiteral("img-owner001")}, {QStringLiteral("ap-beijing")}, std::nullopt});
        QVERIFY(copy.applied());
        QVERIFY(regions->item(0)->text() != before); // one image more, at once
        const QString during = regions->item(0)->text();
        regions->item(0)->setData(Qt::UserRole + 7,
                                  QStringLiteral("not rebuilt")); // gone if the list is rebuilt
        clock->advance(300);
        w->session().tick(); // progress only
        QVERIFY(w->imageModel()->rowOf(copy.createdIds.value(0)) >= 0);
        QCOMPARE(regions->item(0)->data(Qt::UserRole + 7).toString(),
                 QStringLiteral("not rebuilt"));
        QCOMPARE(regions->item(0)->text(), during);
        w->session().operations().undo(ctx, copy);
        QCOMPARE(regions->item(0)->text(), before);
        QVERIFY(!ui::RegionList::countsChange(WorkspaceDelta{}));
    }

    void runningTasksProgressInTheTable()
    {
        ManualClock *clock = nullptr;
        auto w = makeWindow(&clock);
        SyncRequest sync{
            {QStringLiteral("img-owner001")}, {QStringLiteral("ap-beijing")}, std::nullopt};
        const OperationResult res = w->session().operations().syncImages(
            OperationContext{kOwner, QStringLiteral("Console"), {}, false}, sync);
        QVERIFY(res.applied());
        ui::ImageTableModel *m = w->imageModel();
        const QString copy = res.createdIds.value(0);
        QVERIFY(m->rowOf(copy) >= 0);
        clock->advance(300);
        w->session().tick();
        QCOMPARE(m->index(m->rowOf(copy), ui::ImageTableModel::StateColumn).data().toString(),
                 QStringLiteral("Copying (50%)"));
        clock->advance(300);
        w->session().tick();
        QCOMPARE(m->index(m->rowOf(copy), ui::ImageTableModel::StateColumn).data().toString(),
                 QStringLiteral("Normal"));
        QVERIFY(w->isWindowModified());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

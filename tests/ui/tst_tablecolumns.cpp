// The image table's columns: a chooser in the header's context menu, widths that fit the
// content until the operator sets them, and the arrangement (widths, order, hidden columns,
// sort) kept between runs in QSettings. Also: the image model empties itself when its
// workspace goes, so a view that still asks reads nothing that is gone.
#include "ConsoleFixture.h"
#include "ImageTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "TableColumns.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cvm;
using namespace fixture;
using Model = ui::ImageTableModel;

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

QTableView *tableOf(ui::MainWindow &w)
{
    return w.findChild<QTableView *>(QStringLiteral("imageTable"));
}

// Right-clicks the header as the operator does and returns the menu that opens.
QMenu *openColumnMenu(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint pos(header->sectionViewportPosition(0) + 5, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, header->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(header->viewport(), &event);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    return menu && menu->objectName() == QLatin1String("columnMenu") ? menu : nullptr;
}

// Drags the right edge of a column's header by `dx` pixels, as the operator does.
void dragColumnEdge(QHeaderView *header, int column, int dx)
{
    QWidget *vp = header->viewport();
    const QPoint from(header->sectionViewportPosition(column) + header->sectionSize(column) - 1,
                      header->height() / 2);
    const QPoint to = from + QPoint(dx, 0);
    QMouseEvent press(QEvent::MouseButtonPress, from, vp->mapToGlobal(from), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &press);
    QMouseEvent move(QEvent::MouseMove, to, vp->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, vp->mapToGlobal(to), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &release);
}

QAction *menuAction(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

} // namespace

class TestTableColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void init() { QSettings().clear(); }

    void columnsFitTheirContent()
    {
        auto w = makeWindow();
        QTableView *table = tableOf(*w);
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(table->model()->rowCount() > 3);
        // Once the rows are in, every column but the stretched last one is as wide as its
        // widest cell or its header, whichever is wider: no text cut.
        QTRY_VERIFY(header->sectionSize(Model::NameColumn) != header->defaultSectionSize());
        const QFontMetrics fm(table->font());
        for (int c = 0; c < Model::ColumnCount - 1; ++c) {
            const int width = header->sectionSize(c);
            QCOMPARE(width, qMax(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c), header->sectionSizeHint(c)));
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QString text = table->model()->index(r, c).data().toString();
                QVERIFY2(fm.horizontalAdvance(text) < width,
                         qPrintable(QStringLiteral("%1 in column %2").arg(text).arg(c)));
            }
        }
        // The view's own resizes (the window growing) leave the columns following their
        // content; a column the operator drags keeps its width when the rows change.
        w->resize(w->width() + 50, w->height());
        QTest::qWait(20);
        const int fitted = header->sectionSize(Model::NameColumn);
        w->setActingAccount(kFriend);
        QTRY_VERIFY(header->sectionSize(Model::NameColumn) != fitted); // friend's names differ
        w->setActingAccount(kOwner);
        QTRY_COMPARE(header->sectionSize(Model::NameColumn), fitted);
        dragColumnEdge(header, Model::NameColumn, 60);
        QCOMPARE(header->sectionSize(Model::NameColumn), fitted + 60);
        w->setActingAccount(kFriend);
        QTest::qWait(20);
        QCOMPARE(header->sectionSize(Model::NameColumn), fitted + 60);
    }

    void headerMenuShowsAndHidesColumns()
    {
        auto w = makeWindow();
        QTableView *table = tableOf(*w);
        QHeaderView *header = table->horizontalHeader();
        QMenu *menu = openColumnMenu(table);
        QVERIFY(menu);
        // One check box per column, named as its header, then fitting and the defaults.
        QAction *arch = menuAction(menu, QStringLiteral("showColumn%1").arg(Model::ArchitectureColumn));
        QVERIFY(arch);
        QCOMPARE(arch->text(), QStringLiteral("Architecture"));
        QVERIFY(arch->isChecked());
        QVERIFY(menuAction(menu, QStringLiteral("fitColumns")));
        QVERIFY(menuAction(menu, QStringLiteral("resetColumns")));
        arch->trigger();
        QVERIFY(header->isSectionHidden(Model::ArchitectureColumn));
        menu->close();

        menu = openColumnMenu(table);
        QVERIFY(menu);
        arch = menuAction(menu, QStringLiteral("showColumn%1").arg(Model::ArchitectureColumn));
        QVERIFY(!arch->isChecked());
        // Hide all but the ID: the last shown column cannot be hidden.
        for (int c = 1; c < Model::ColumnCount; ++c) {
            QAction *a = menuAction(menu, QStringLiteral("showColumn%1").arg(c));
            if (a->isChecked())
                a->trigger();
        }
        menu->close();
        menu = openColumnMenu(table);
        QVERIFY(menu);
        QAction *id = menuAction(menu, QStringLiteral("showColumn%1").arg(Model::IdColumn));
        QVERIFY(id->isChecked());
        QVERIFY(!id->isEnabled());
        // Shown again, a column gets a width that fits its content.
        menuAction(menu, QStringLiteral("showColumn%1").arg(Model::NameColumn))->trigger();
        QVERIFY(!header->isSectionHidden(Model::NameColumn));
        QVERIFY(header->sectionSize(Model::NameColumn) >= static_cast<QAbstractItemView *>(table)->sizeHintForColumn(Model::NameColumn));
        menu->close();

        // The defaults: every column, in the model's order, sorted by image ID.
        header->moveSection(header->visualIndex(Model::OwnerColumn), 0);
        menu = openColumnMenu(table);
        menuAction(menu, QStringLiteral("resetColumns"))->trigger();
        for (int c = 0; c < Model::ColumnCount; ++c) {
            QVERIFY(!header->isSectionHidden(c));
            QCOMPARE(header->visualIndex(c), c);
        }
        QCOMPARE(header->sortIndicatorSection(), int(Model::IdColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void theArrangementIsKeptBetweenRuns()
    {
        {
            auto w = makeWindow();
            QTableView *table = tableOf(*w);
            QHeaderView *header = table->horizontalHeader();
            header->hideSection(Model::ArchitectureColumn);
            header->moveSection(header->visualIndex(Model::OwnerColumn), 1);
            dragColumnEdge(header, Model::NameColumn, 301 - header->sectionSize(Model::NameColumn));
            QCOMPARE(header->sectionSize(Model::NameColumn), 301);
            table->sortByColumn(Model::SizeColumn, Qt::DescendingOrder);
            QVERIFY(w->close());
        }
        auto w = makeWindow();
        QTableView *table = tableOf(*w);
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(header->isSectionHidden(Model::ArchitectureColumn));
        QCOMPARE(header->visualIndex(Model::OwnerColumn), 1);
        QTest::qWait(20);
        QCOMPARE(header->sectionSize(Model::NameColumn), 301);
        QCOMPARE(header->sortIndicatorSection(), int(Model::SizeColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        // And the rows really are in that order.
        QAbstractItemModel *m = table->model();
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(m->index(r - 1, Model::SizeColumn).data(Model::SortRole).toLongLong() >=
                    m->index(r, Model::SizeColumn).data(Model::SortRole).toLongLong());
        // Kept widths are the operator's: a change of rows does not refit them.
        w->setActingAccount(kFriend);
        QTest::qWait(20);
        QCOMPARE(header->sectionSize(Model::NameColumn), 301);
    }

    // Widths the operator never set are not frozen by being kept: the next run fits them to
    // its own rows, while the order, hidden columns and sort are kept.
    void fittedWidthsAreFittedAgainNextRun()
    {
        {
            auto w = makeWindow();
            QHeaderView *header = tableOf(*w)->horizontalHeader();
            header->hideSection(Model::ArchitectureColumn);
            QVERIFY(w->close());
        }
        auto w = makeWindow();
        QTableView *table = tableOf(*w);
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(header->isSectionHidden(Model::ArchitectureColumn));
        header->resizeSection(Model::NameColumn, 10); // not by the operator
        w->setActingAccount(kFriend);
        QTRY_VERIFY(header->sectionSize(Model::NameColumn) >=
                    static_cast<QAbstractItemView *>(table)->sizeHintForColumn(Model::NameColumn));
    }

    void anArrangementForOtherColumnsIsIgnored()
    {
        QTableView table;
        auto console = makeConsole();
        Model model(console->workspace());
        model.setActingAccount(kOwner);
        table.setModel(&model);
        QHeaderView *header = table.horizontalHeader();
        header->hideSection(2);
        QSettings settings;
        settings.setValue(QStringLiteral("t/header"), header->saveState());
        settings.setValue(QStringLiteral("t/columns"), 5); // saved by a version with 5 columns
        header->showSection(2);
        ui::TableColumns columns(&table, QStringLiteral("t"));
        QVERIFY(!columns.restore());
        QVERIFY(!header->isSectionHidden(2));
        settings.setValue(QStringLiteral("t/columns"), int(Model::ColumnCount));
        QVERIFY(columns.restore());
        QVERIFY(header->isSectionHidden(2));
        // Garbage is not an arrangement either.
        settings.setValue(QStringLiteral("t/header"), QByteArray("not a header state"));
        ui::TableColumns other(&table, QStringLiteral("t"));
        QVERIFY(!other.restore());
    }

    void modelEmptiesWhenItsWorkspaceGoes()
    {
        LoadResult r = WorkspaceFile::fromObject(baseJson());
        QVERIFY(r.ok());
        std::unique_ptr<Workspace> ws = std::move(r.workspace);
        Model model(*ws);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActingAccount(kOwner);
        QVERIFY(model.rowCount() > 0);
        QTableView view;
        view.setModel(&model);
        view.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view.show();
        ws.reset();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.filterChoices().owners, QStringList());
        model.setRegion(QStringLiteral("ap-shanghai")); // reads nothing
        QCOMPARE(model.rowCount(), 0);
        view.resizeColumnsToContents();
    }
};

QTEST_MAIN(TestTableColumns)
#include "tst_tablecolumns.moc"

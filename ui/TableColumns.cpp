#include "TableColumns.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace cvm::ui {
namespace {

QString stateKey(const QString &key)
{
    return key + QStringLiteral("/header");
}

QString countKey(const QString &key)
{
    return key + QStringLiteral("/columns");
}

QString operatorWidthsKey(const QString &key)
{
    return key + QStringLiteral("/widthsByOperator");
}

} // namespace

TableColumns::TableColumns(QTableView *table, const QString &settingsKey, QObject *parent)
    : QObject(parent), m_table(table), m_key(settingsKey)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = createMenu(header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->viewport()->mapToGlobal(pos));
    });
    // A width the operator drags is theirs to keep; until then the columns follow their content.
    // (The view resizes sections itself too, e.g. the stretched last one as the window
    // grows: only a resize while the mouse is pressed on the header is the operator's.)
    header->viewport()->installEventFilter(this);
    // A fit that waited for the table to be seen is made before its rows are first painted.
    m_rows = m_table->viewport();
    m_table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_pressed && !m_fitting)
            m_operatorWidths = true;
    });
    // Content is measured on a sample of rows around those shown, not on every row of a
    // hundred thousand.
    header->setResizeContentsPrecision(200);
    // Refitted when the rows are replaced (another account or region) or the headers reworded
    // (another language); not as rows come and go with each keystroke of a search.
    QAbstractItemModel *model = m_table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &TableColumns::fitLater);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &TableColumns::fitLater);
    fitLater();
}

bool TableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rows) { // compared, not used: it can be on its way out
        if (event->type() == QEvent::Paint && m_fitPending)
            fitPending(true);
    } else if (event->type() == QEvent::MouseButtonPress) {
        m_pressed = true;
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_pressed = false;
    }
    return QObject::eventFilter(watched, event);
}

void TableColumns::fitLater()
{
    if (m_operatorWidths || m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] { fitPending(false); });
}

void TableColumns::fitPending(bool painting)
{
    // Not again when the columns were fitted in the meantime (a window fits them as it opens):
    // measuring the rows' text is most of what painting the first table costs. Not while
    // nothing of the rows can be seen either (a panel behind another tab, a closed window):
    // they are measured when they are about to be painted. (The rows' own region: the table's
    // can be empty on screen, covered by its header and rows when it has no frame.)
    if (!m_fitPending || (!painting && m_table->viewport()->visibleRegion().isEmpty()))
        return;
    m_fitPending = false;
    if (!m_operatorWidths)
        fitToContents();
}

void TableColumns::fitToContents()
{
    m_fitPending = false; // a fit that was waiting would measure the same rows again
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    QHeaderView *header = m_table->horizontalHeader();
    // The stretched last column would otherwise count its stretch as its content.
    const bool stretch = header->stretchLastSection();
    header->setStretchLastSection(false);
    for (int c = 0; c < header->count(); ++c) {
        if (!header->isSectionHidden(c))
            m_table->resizeColumnToContents(c);
    }
    header->setStretchLastSection(stretch);
}

void TableColumns::resetToDefaults()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        header->showSection(c);
        header->moveSection(header->visualIndex(c), c);
    }
    m_table->sortByColumn(m_sortColumn, m_sortOrder);
    m_operatorWidths = false;
    fitToContents();
}

void TableColumns::setDefaultSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

bool TableColumns::restore()
{
    const QSettings settings;
    const QByteArray state = settings.value(stateKey(m_key)).toByteArray();
    QHeaderView *header = m_table->horizontalHeader();
    // An arrangement kept for another set of columns (an older version) is not applied.
    if (state.isEmpty() || settings.value(countKey(m_key)).toInt() != header->count())
        return false;
    {
        const QScopedValueRollback<bool> fitting(m_fitting, true);
        if (!header->restoreState(state))
            return false;
    }
    // Widths the operator set stay theirs; widths the console fitted are fitted again to the
    // rows of this run. (An arrangement kept before this was remembered counts as the
    // operator's, as it did then.)
    m_operatorWidths = settings.value(operatorWidthsKey(m_key), true).toBool();
    if (!m_operatorWidths)
        fitLater();
    // Never every column hidden, whatever the file says.
    bool anyShown = false;
    for (int c = 0; c < header->count(); ++c)
        anyShown = anyShown || !header->isSectionHidden(c);
    if (!anyShown)
        header->showSection(0);
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

void TableColumns::save() const
{
    QSettings settings;
    settings.setValue(stateKey(m_key), m_table->horizontalHeader()->saveState());
    settings.setValue(countKey(m_key), m_table->horizontalHeader()->count());
    settings.setValue(operatorWidthsKey(m_key), m_operatorWidths);
}

QMenu *TableColumns::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    QHeaderView *header = m_table->horizontalHeader();
    QAbstractItemModel *model = m_table->model();
    int shown = 0;
    for (int c = 0; c < header->count(); ++c)
        shown += header->isSectionHidden(c) ? 0 : 1;
    // In the order the operator sees them.
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        QAction *a = menu->addAction(model->headerData(c, Qt::Horizontal).toString());
        a->setObjectName(QStringLiteral("showColumn%1").arg(c));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || shown > 1);
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            if (on && header->sectionSize(c) < header->minimumSectionSize() * 2) {
                const QScopedValueRollback<bool> fitting(m_fitting, true);
                m_table->resizeColumnToContents(c);
            }
            save();
        });
    }
    menu->addSeparator();
    QAction *fit = menu->addAction(tr("Fit columns to their content"));
    fit->setObjectName(QStringLiteral("fitColumns"));
    connect(fit, &QAction::triggered, this, [this] {
        fitToContents();
        save();
    });
    QAction *reset = menu->addAction(tr("Restore the default columns"));
    reset->setObjectName(QStringLiteral("resetColumns"));
    connect(reset, &QAction::triggered, this, [this] {
        resetToDefaults();
        save();
    });
    return menu;
}

} // namespace cvm::ui

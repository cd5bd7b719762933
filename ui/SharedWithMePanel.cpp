#include "SharedWithMePanel.h"

#include "Console.h"
#include "Retranslator.h"
#include "SharedWithMeModel.h"
#include "TableColumns.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cvm::ui {

SharedWithMePanel::SharedWithMePanel(Console &console, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sharedWithMePanel"));
    m_model = new SharedWithMeModel(console.workspace(), this);
    m_model->setAccount(console.actingAccount());
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SharedWithMeModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sharedWithMeSummary"));
    m_summary->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sharedWithMeTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SharedWithMeModel::SinceColumn, Qt::DescendingOrder); // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Fitted to the rows when they change, as the image table is, and the operator's to drag
    // and choose: not measured again at every change of the panel's size, which with many
    // images shared with the account made resizing the panel and opening the window slow.
    m_columns = new TableColumns(m_view, QStringLiteral("sharedWithMeTable"), this);
    m_columns->setDefaultSort(SharedWithMeModel::SinceColumn, Qt::DescendingOrder);
    m_columns->restore();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT imageActivated(index.data(SharedWithMeModel::ImageIdRole).toString());
    });
    connect(&console, &Console::actingAccountChanged, this,
            [this](const QString &id) { m_model->setAccount(id); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SharedWithMePanel::showSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SharedWithMePanel::showSummary);
    CVM_RETRANSLATE_SLOT(&SharedWithMePanel::retranslate);
}

void SharedWithMePanel::saveColumns() const
{
    m_columns->save();
}

void SharedWithMePanel::retranslate()
{
    m_model->retranslate();
    showSummary();
}

void SharedWithMePanel::showSummary()
{
    const int images = m_model->rowCount();
    QSet<QString> owners;
    for (int row = 0; row < images; ++row)
        owners.insert(m_model->index(row, 0).data(SharedWithMeModel::OwnerIdRole).toString());
    if (images == 0) {
        m_summary->setText(tr("No other account shares an image with you."));
        return;
    }
    const QLocale locale;
    m_summary->setText(
        tr("Images shared with you: %1 · accounts sharing them: %2. Shared images do "
           "not take up your quota; each is usable only in its own region.")
            .arg(locale.toString(images), locale.toString(int(owners.size()))));
}

} // namespace cvm::ui

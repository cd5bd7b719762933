#include "QuotaPanel.h"

#include "Console.h"
#include "ProgressDelegate.h"
#include "QuotaOverviewModel.h"
#include "Retranslator.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cvm::ui {

QuotaPanel::QuotaPanel(Console &console, QWidget *parent)
    : QWidget(parent), m_ws(console.workspace())
{
    setObjectName(QStringLiteral("quotaPanel"));
    m_model = new QuotaOverviewModel(console.workspace(), this);
    m_model->setAccount(console.actingAccount());
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(QuotaOverviewModel::SortRole);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("quotaNote"));
    m_note->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("quotaTable"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the workspace's order of regions
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(QuotaOverviewModel::UsedColumn,
                                     new ProgressDelegate(QuotaOverviewModel::PercentRole, m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT regionActivated(index.data(QuotaOverviewModel::RegionIdRole).toString());
    });
    connect(&console, &Console::actingAccountChanged, m_model, &QuotaOverviewModel::setAccount);
    connect(&console.workspace(), &Workspace::policyChanged, this, &QuotaPanel::retranslate);
    CVM_RETRANSLATE_SLOT(&QuotaPanel::retranslate);
}

void QuotaPanel::retranslate()
{
    m_model->retranslate();
    m_note->setText(tr("Each account may keep %1 custom images in each region. Copies, images "
                       "created from instances and imports count; images shared with you do "
                       "not.")
                        .arg(QLocale().toString(m_ws.policy().customImageQuotaPerRegion)));
}

} // namespace cvm::ui

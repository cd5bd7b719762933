#include "QuotaOverviewModel.h"

#include "RuleText.h"
#include "Rules.h"

#include <QLocale>

namespace cvm::ui {

QuotaOverviewModel::QuotaOverviewModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace)
{
    connect(&m_ws, &Workspace::changed, this, &QuotaOverviewModel::onChanged);
    // A view may still ask while the window that owns the workspace closes: from then on the
    // model is empty rather than reading a workspace that is gone.
    connect(&m_ws, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_workspaceGone = true;
        m_sharedByRegion.clear();
        endResetModel();
    });
    connect(&m_ws, &Workspace::policyChanged, this, &QuotaOverviewModel::refreshAll);
}

void QuotaOverviewModel::setAccount(const QString &accountId)
{
    if (m_account == accountId)
        return;
    m_account = accountId;
    refreshAll();
}

void QuotaOverviewModel::recount()
{
    m_sharedByRegion.clear();
    if (m_workspaceGone)
        return;
    for (const QString &id : m_ws.imagesSharedWith(m_account)) {
        const Image *img = m_ws.image(id);
        if (img && img->ownerAccountId != m_account)
            ++m_sharedByRegion[img->region];
    }
}

void QuotaOverviewModel::refreshAll()
{
    recount();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QuotaOverviewModel::onChanged(const WorkspaceDelta &delta)
{
    // Only the account's own images and those shared with it move these numbers; a copy's
    // progress ticks do not.
    for (const auto &c : delta.images) {
        const auto counts = [this](const std::optional<Image> &img) {
            return img && (img->ownerAccountId == m_account || img->isSharedWith(m_account));
        };
        if (!counts(c.before) && !counts(c.after))
            continue;
        if (c.before && c.after && c.before->region == c.after->region &&
            c.before->ownerAccountId == c.after->ownerAccountId &&
            c.before->shares == c.after->shares && c.before->kind == c.after->kind)
            continue;
        refreshAll();
        return;
    }
}

int QuotaOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_workspaceGone ? 0 : int(m_ws.regions().size());
}

int QuotaOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Region &region = m_ws.regions().at(index.row());
    if (role == RegionIdRole)
        return region.regionId;
    const QuotaUse q = Rules::quota(m_ws, m_account, region.regionId);
    const int shared = m_sharedByRegion.value(region.regionId);
    if (role == PercentRole) {
        if (index.column() != UsedColumn || q.limit <= 0)
            return {};
        return int(qMin<qint64>(100, qint64(q.used) * 100 / q.limit));
    }
    if (role == SortRole) {
        switch (index.column()) {
        case UsedColumn:
            return q.used;
        case LeftColumn:
            return q.left();
        case SharedColumn:
            return shared;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    const QLocale locale;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RegionColumn:
            return region.isAvailable() ? region.regionId
                                        : tr("%1 — unavailable").arg(region.regionId);
        case UsedColumn:
            return tr("%1 of your custom images in this region count against its quota of %2.")
                .arg(locale.toString(q.used), locale.toString(q.limit));
        case SharedColumn:
            return tr("Images shared with you do not take up your quota.");
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RegionColumn:
        return RuleText::regionName(&region, region.regionId);
    case UsedColumn:
        return tr("%1 / %2").arg(locale.toString(q.used), locale.toString(q.limit));
    case LeftColumn:
        return locale.toString(q.left());
    case SharedColumn:
        return locale.toString(shared);
    default:
        return {};
    }
}

QVariant QuotaOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegionColumn:
        return tr("Region");
    case UsedColumn:
        return tr("Custom images / quota");
    case LeftColumn:
        return tr("Left");
    case SharedColumn:
        return tr("Shared with you");
    default:
        return {};
    }
}

void QuotaOverviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refreshAll();
}

} // namespace cvm::ui

#include "SharedWithMeModel.h"

#include "RuleText.h"

#include <algorithm>

namespace cvm::ui {

SharedWithMeModel::SharedWithMeModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace)
{
    connect(&m_ws, &Workspace::changed, this, &SharedWithMeModel::onChanged);
    // A view may still ask while the window that owns the workspace closes: from then on the
    // model is empty rather than reading a workspace that is gone.
    connect(&m_ws, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_workspaceGone = true;
        m_ids.clear();
        endResetModel();
    });
}

void SharedWithMeModel::setAccount(const QString &accountId)
{
    if (m_account == accountId)
        return;
    m_account = accountId;
    rebuild();
}

QStringList SharedWithMeModel::currentIds() const
{
    QStringList ids;
    if (m_account.isEmpty() || m_workspaceGone)
        return ids;
    for (const QString &id : m_ws.imagesSharedWith(m_account)) {
        const Image *img = m_ws.image(id);
        // The index holds share lists as recorded; an image of the account itself (a file
        // that breaks S4) is not shared *with* it by anyone else.
        if (img && img->isCustom() && img->ownerAccountId != m_account)
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SharedWithMeModel::rebuild()
{
    beginResetModel();
    m_ids = currentIds();
    endResetModel();
}

void SharedWithMeModel::onChanged(const WorkspaceDelta &delta)
{
    bool relevant = !delta.accounts.isEmpty(); // an owner's name
    for (const auto &c : delta.images) {
        if ((c.before && c.before->isSharedWith(m_account)) ||
            (c.after && c.after->isSharedWith(m_account))) {
            relevant = true;
            break;
        }
    }
    if (!relevant)
        return;
    const QStringList ids = currentIds();
    if (ids != m_ids) {
        beginResetModel();
        m_ids = ids;
        endResetModel();
    } else if (!m_ids.isEmpty()) {
        // A copy's progress, a state: the same rows, new contents.
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    }
}

QDateTime SharedWithMeModel::sharedSince(const Image &image) const
{
    for (const ShareEntry &s : image.shares) {
        if (s.accountId == m_account)
            return s.createdTime;
    }
    return {};
}

int SharedWithMeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SharedWithMeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SharedWithMeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Image *img = m_ws.image(m_ids.at(index.row()));
    if (!img)
        return {};
    if (role == ImageIdRole)
        return img->imageId;
    if (role == OwnerIdRole)
        return img->ownerAccountId;
    const QString ownerName = m_ws.accountName(img->ownerAccountId);
    if (role == SortRole) {
        switch (index.column()) {
        case OwnerColumn:
            return ownerName.isEmpty() ? img->ownerAccountId : ownerName;
        case SinceColumn:
            return sharedSince(*img);
        case StateColumn:
            return int(img->state);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == OwnerColumn) {
        // N4: launching from an image of an account you do not trust asks to confirm.
        const Account *me = m_ws.account(m_account);
        return me && me->trusts(img->ownerAccountId)
                   ? tr("Account %1 is on your trusted accounts list.").arg(img->ownerAccountId)
                   : tr("Account %1 is not on your trusted accounts list: launching from its "
                        "image asks you to confirm.")
                         .arg(img->ownerAccountId);
    }
    if (role == Qt::ToolTipRole && index.column() == RegionColumn)
        return tr("Usable in %1 only, the region of the shared image.")
            .arg(RuleText::regionName(m_ws.region(img->region), img->region));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return img->imageId;
    case NameColumn:
        return img->imageName;
    case OwnerColumn:
        return ownerName.isEmpty() ? img->ownerAccountId
                                   : tr("%1 (%2)").arg(ownerName, img->ownerAccountId);
    case SinceColumn:
        return RuleText::timeText(sharedSince(*img));
    case RegionColumn:
        return img->region;
    case StateColumn:
        return RuleText::imageStateName(img->state);
    default:
        return {};
    }
}

QVariant SharedWithMeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Image ID");
    case NameColumn:
        return tr("Name");
    case OwnerColumn:
        return tr("Shared by");
    case SinceColumn:
        return tr("Shared since");
    case RegionColumn:
        return tr("Region");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void SharedWithMeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

} // namespace cvm::ui

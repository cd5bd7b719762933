#include "ImageTableModel.h"

#include "RuleText.h"
#include "Rules.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace cvm::ui {

ImageTableModel::ImageTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace)
{
    connect(&m_ws, &Workspace::changed, this, &ImageTableModel::onChanged);
    // A view may still ask while the window that owns the workspace closes (a header fitting
    // its columns to their content, say): from then on the model is empty rather than reading
    // a workspace that is gone.
    connect(&m_ws, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_workspaceGone = true;
        m_ids.clear();
        m_keys.clear();
        endResetModel();
    });
}

void ImageTableModel::setActingAccount(const QString &accountId)
{
    if (m_acting == accountId)
        return;
    m_acting = accountId;
    rebuild();
}

void ImageTableModel::setRegion(const QString &regionId)
{
    if (m_region == regionId)
        return;
    m_region = regionId;
    rebuild();
}

void ImageTableModel::rebuild()
{
    if (m_workspaceGone)
        return;
    beginResetModel();
    m_ids = Rules::visibleImageIds(m_ws, m_acting, m_region);
    std::sort(m_ids.begin(), m_ids.end());
    m_keys.clear();
    m_keys.reserve(m_ids.size());
    for (const QString &id : std::as_const(m_ids))
        m_keys.append(searchKey(*m_ws.image(id)));
    endResetModel();
}

QString ImageTableModel::searchKey(const Image &image)
{
    return foldForSearch(image.imageId + QLatin1Char('\n') + image.imageName + QLatin1Char('\n') +
                         image.osName);
}

int ImageTableModel::rowOf(const QString &imageId) const
{
    const auto pos = std::lower_bound(m_ids.cbegin(), m_ids.cend(), imageId);
    return pos != m_ids.cend() && *pos == imageId ? int(pos - m_ids.cbegin()) : -1;
}

bool ImageTableModel::accepts(int row, const ImageFilter &filter) const
{
    if (!filter.text.isEmpty() && !QStringView(m_keys.at(row)).contains(filter.text))
        return false;
    if (!filter.needsImage())
        return true;
    const Image *img = m_ws.image(m_ids.at(row));
    if (!img)
        return false;
    if (filter.state && img->state != *filter.state)
        return false;
    if (filter.platform && img->platform != *filter.platform)
        return false;
    if (filter.owner && (img->isCustom() ? img->ownerAccountId : QString()) != *filter.owner)
        return false;
    if (filter.tag && !img->tags.contains(*filter.tag))
        return false;
    return !filter.type || Rules::typeFor(*img, m_acting) == *filter.type;
}

ImageFilterChoices ImageTableModel::filterChoices() const
{
    QSet<QString> platforms;
    QSet<QString> owners;
    QSet<std::pair<QString, QString>> tags;
    for (const QString &id : m_ids) {
        const Image *img = m_ws.image(id);
        if (!img)
            continue;
        if (!img->platform.isEmpty())
            platforms.insert(img->platform);
        owners.insert(img->isCustom() ? img->ownerAccountId : QString());
        for (const Tag &t : img->tags)
            tags.insert({t.key, t.value});
    }
    ImageFilterChoices choices;
    choices.platforms = QStringList(platforms.cbegin(), platforms.cend());
    choices.platforms.sort(Qt::CaseInsensitive);
    choices.owners = QStringList(owners.cbegin(), owners.cend());
    choices.owners.sort();
    QList<std::pair<QString, QString>> sorted(tags.cbegin(), tags.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[key, value] : sorted)
        choices.tags.append(Tag{key, value});
    return choices;
}

bool ImageTableModel::belongs(const Image &image) const
{
    return Rules::isVisible(image, m_acting) && (m_region.isEmpty() || image.region == m_region);
}

void ImageTableModel::onChanged(const WorkspaceDelta &delta)
{
    // Rows that change are updated in place; rows that go and rows that come are removed and
    // inserted in runs of neighbours, one signal a run: a block of images deleted or restored
    // together moves the views once, not once an image.
    QList<int> gone;
    QStringList come;
    for (const auto &c : delta.images) {
        const int row = rowOf(c.id);
        const Image *now = m_ws.image(c.id);
        const bool shouldShow = now && belongs(*now);
        if (row >= 0 && shouldShow) {
            m_keys[row] = searchKey(*now);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (row >= 0) {
            gone.append(row);
        } else if (shouldShow) {
            come.append(c.id);
        }
    }

    std::sort(gone.begin(), gone.end());
    gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
    for (qsizetype last = gone.size() - 1; last >= 0;) {
        qsizetype first = last;
        while (first > 0 && gone.at(first - 1) == gone.at(first) - 1)
            --first;
        const int from = gone.at(first), count = int(last - first + 1);
        beginRemoveRows(QModelIndex(), from, from + count - 1);
        m_ids.remove(from, count);
        m_keys.remove(from, count);
        endRemoveRows();
        last = first - 1;
    }

    // Kept in ID order so that the unsorted view is stable: IDs that fall between the same
    // two rows go in together, the last run first so that the places of the others hold.
    std::sort(come.begin(), come.end());
    come.erase(std::unique(come.begin(), come.end()), come.end());
    QList<int> at;
    at.reserve(come.size());
    for (const QString &id : std::as_const(come))
        at.append(int(std::lower_bound(m_ids.cbegin(), m_ids.cend(), id) - m_ids.cbegin()));
    for (qsizetype last = come.size() - 1; last >= 0;) {
        qsizetype first = last;
        while (first > 0 && at.at(first - 1) == at.at(last))
            --first;
        const int to = at.at(last), count = int(last - first + 1);
        beginInsertRows(QModelIndex(), to, to + count - 1);
        m_ids.insert(to, count, QString());
        m_keys.insert(to, count, QString());
        for (int i = 0; i < count; ++i) {
            m_ids[to + i] = come.at(first + i);
            m_keys[to + i] = searchKey(*m_ws.image(come.at(first + i)));
        }
        endInsertRows();
        last = first - 1;
    }
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Image *img = m_ws.image(m_ids.at(index.row()));
    if (!img)
        return {};
    if (role == ImageIdRole)
        return img->imageId;
    if (role == ProgressRole)
        return index.column() == StateColumn && img->syncPercent && isTransitional(img->state)
                   ? QVariant(*img->syncPercent)
                   : QVariant();
    const auto type = Rules::typeFor(*img, m_acting);
    if (role == SortRole) {
        switch (index.column()) {
        case TypeColumn:
            return type ? int(*type) : -1;
        case StateColumn:
            return int(img->state);
        case SizeColumn:
            return img->imageSize;
        case SharedColumn:
            return int(img->shares.size());
        case CreatedColumn:
            return img->createdTime;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IdColumn:
        return img->imageId;
    case NameColumn:
        return img->imageName;
    case TypeColumn:
        return type ? RuleText::imageTypeName(*type) : QString();
    case StateColumn:
        if (img->syncPercent && isTransitional(img->state))
            return tr("%1 (%2%)")
                .arg(RuleText::imageStateName(img->state), locale.toString(*img->syncPercent));
        return RuleText::imageStateName(img->state);
    case OsColumn:
        return img->osName;
    case ArchitectureColumn:
        return img->architecture;
    case SizeColumn:
        return tr("%1 GiB").arg(locale.toString(img->imageSize));
    case RegionColumn:
        return role == Qt::ToolTipRole ? RuleText::regionName(m_ws.region(img->region), img->region)
                                       : img->region;
    case OwnerColumn:
        if (!img->isCustom())
            return tr("Tencent Cloud");
        if (role == Qt::ToolTipRole)
            return img->ownerAccountId;
        return m_ws.accountName(img->ownerAccountId).isEmpty()
                   ? img->ownerAccountId
                   : m_ws.accountName(img->ownerAccountId);
    case SharedColumn:
        if (!img->isCustom() || img->ownerAccountId != m_acting)
            return QString();
        return tr("%1 / %2").arg(locale.toString(int(img->shares.size())),
                                 locale.toString(m_ws.policy().shareLimit));
    case CreatedColumn:
        return RuleText::timeText(img->createdTime);
    default:
        return {};
    }
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Image ID");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case OsColumn:
        return tr("Operating system");
    case ArchitectureColumn:
        return tr("Architecture");
    case SizeColumn:
        return tr("Size");
    case RegionColumn:
        return tr("Region");
    case OwnerColumn:
        return tr("Owner");
    case SharedColumn:
        return tr("Shared with");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

void ImageTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

} // namespace cvm::ui

#include "ImageFilterProxy.h"

#include "ImageTableModel.h"

namespace cvm::ui {

ImageFilterProxy::ImageFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ImageTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ImageFilterProxy::setSearchText(const QString &text)
{
    const QString t = ImageTableModel::foldForSearch(text.trimmed());
    if (t == m_filter.text)
        return;
    m_filter.text = t;
    invalidateFilter();
}

namespace {
template <typename T>
bool change(std::optional<T> &member, const std::optional<T> &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}
} // namespace

void ImageFilterProxy::setTypeFilter(std::optional<ImageType> type)
{
    if (change(m_filter.type, type))
        invalidateFilter();
}

void ImageFilterProxy::setStateFilter(std::optional<ImageState> state)
{
    if (change(m_filter.state, state))
        invalidateFilter();
}

void ImageFilterProxy::setPlatformFilter(const std::optional<QString> &platform)
{
    if (change(m_filter.platform, platform))
        invalidateFilter();
}

void ImageFilterProxy::setOwnerFilter(const std::optional<QString> &ownerAccountId)
{
    if (change(m_filter.owner, ownerAccountId))
        invalidateFilter();
}

void ImageFilterProxy::setTagFilter(const std::optional<Tag> &tag)
{
    if (change(m_filter.tag, tag))
        invalidateFilter();
}

bool ImageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    return !m_images || m_images->accepts(sourceRow, m_filter);
}

void ImageFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_images = qobject_cast<ImageTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

} // namespace cvm::ui

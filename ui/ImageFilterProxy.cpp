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
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

void ImageFilterProxy::setTypeFilter(std::optional<ImageType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void ImageFilterProxy::setStateFilter(std::optional<ImageState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool ImageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_images)
        return m_images->accepts(sourceRow, m_text, m_type, m_state);
    // Any other model: its roles, the slow way.
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type && idx.data(ImageTableModel::TypeRole).toInt() != int(*m_type))
        return false;
    if (m_state && idx.data(ImageTableModel::StateRole).toInt() != int(*m_state))
        return false;
    return m_text.isEmpty()
           || ImageTableModel::foldForSearch(idx.data(ImageTableModel::SearchRole).toString()).contains(m_text);
}

void ImageFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_images = qobject_cast<ImageTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

} // namespace cvm::ui

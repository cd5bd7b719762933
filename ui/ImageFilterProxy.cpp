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
    Q_UNUSED(sourceParent)
    return !m_images || m_images->accepts(sourceRow, m_text, m_type, m_state);
}

void ImageFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_images = qobject_cast<ImageTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

} // namespace cvm::ui

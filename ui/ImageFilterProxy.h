#pragma once

#include "Enums.h"
#include "ImageTableModel.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace cvm::ui {

// Filters the image table by text (image ID, name or OS, case-insensitive substring),
// type, state, platform, owner and tag, and sorts on raw values. No regular expressions on
// the hot path.
class ImageFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTypeFilter(std::optional<ImageType> type);
    void setStateFilter(std::optional<ImageState> state);
    void setPlatformFilter(const std::optional<QString> &platform);
    void setOwnerFilter(const std::optional<QString> &ownerAccountId);
    void setTagFilter(const std::optional<Tag> &tag);
    const ImageFilter &filter() const { return m_filter; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ImageTableModel *m_images = nullptr; // the source; any other model is not filtered
    ImageFilter m_filter;
};

} // namespace cvm::ui

#pragma once

#include "Enums.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace cvm::ui {

class ImageTableModel;

// Filters the image table by text (image ID, name or OS, case-insensitive substring),
// type and state, and sorts on raw values. No regular expressions on the hot path.
class ImageFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTypeFilter(std::optional<ImageType> type);
    void setStateFilter(std::optional<ImageState> state);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ImageTableModel *m_images = nullptr; // the source; any other model is not filtered
    QString m_text;                      // case-folded
    std::optional<ImageType> m_type;
    std::optional<ImageState> m_state;
};

} // namespace cvm::ui

#pragma once

#include <QStyledItemDelegate>

namespace cvm::ui {

// Paints a progress bar in a cell whose ProgressRole holds a percentage (state column
// while an image is being copied, created or imported).
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(int progressRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace cvm::ui

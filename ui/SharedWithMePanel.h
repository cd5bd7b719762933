#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace cvm::ui {

class Console;
class SharedWithMeModel;
class TableColumns;

// "Shared with me": the images other accounts share with the acting account, by whom and
// since when. Activating one selects it in the image table.
class SharedWithMePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SharedWithMePanel(Console &console, QWidget *parent = nullptr);
    SharedWithMeModel *model() const { return m_model; }
    // Keeps the operator's arrangement of the columns (the window does, as it closes).
    void saveColumns() const;
    QSize sizeHint() const override { return {900, 130}; }

Q_SIGNALS:
    void imageActivated(const QString &imageId);

private:
    void retranslate();
    void showSummary();

    SharedWithMeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    TableColumns *m_columns = nullptr;
};

} // namespace cvm::ui

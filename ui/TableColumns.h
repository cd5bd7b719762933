#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QTableView;

namespace cvm::ui {

// The columns of a table as the operator arranges them: a chooser in the header's context menu
// (show or hide each column, fit them to their content, go back to the defaults); widths that
// fit the content until the operator sets them (the rows are measured when the table can be
// seen); and widths, order, hidden columns and the sort column kept in QSettings under
// `settingsKey` between runs (widths the operator did not set are fitted again to the rows of
// the next run).
class TableColumns final : public QObject
{
    Q_OBJECT

public:
    TableColumns(QTableView *table, const QString &settingsKey, QObject *parent = nullptr);

    // Restores what save() kept; false (and the defaults) when nothing usable was kept.
    // Widths count as the operator's only when they were when saved.
    bool restore();
    void save() const;
    // Every shown column as wide as its header and the rows it holds need.
    void fitToContents();
    // All columns shown, in the model's order, fitted to their content, in the default sort.
    void resetToDefaults();
    // The sort of the defaults (the first column, ascending, unless set).
    void setDefaultSort(int column, Qt::SortOrder order);
    // The header's context menu: one check box per column (the last shown one cannot be
    // hidden), then "Fit columns to their content" and "Restore the default columns".
    QMenu *createMenu(QWidget *parent);
    // Whether the operator has set the widths (by dragging, or by a restored arrangement): the
    // columns then keep them rather than following their content.
    bool widthsSetByOperator() const { return m_operatorWidths; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitLater();
    // A fit that is waiting, now if the rows can be seen (or are being painted).
    void fitPending(bool painting);

    QTableView *m_table;
    const QObject *m_rows = nullptr; // the table's viewport
    QString m_key;
    bool m_operatorWidths = false;
    bool m_fitting = false;
    bool m_fitPending = false;
    bool m_pressed = false; // the mouse is pressed on the header
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cvm::ui

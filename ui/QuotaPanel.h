#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace cvm {
class Workspace;
}

namespace cvm::ui {

class Console;
class QuotaOverviewModel;

// The acting account's custom-image quota in every region (Q1): used, limit, left, and the
// images shared with it there, which do not count. Activating a region selects it.
class QuotaPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit QuotaPanel(Console &console, QWidget *parent = nullptr);
    QuotaOverviewModel *model() const { return m_model; }
    QSize sizeHint() const override { return {900, 130}; }

Q_SIGNALS:
    void regionActivated(const QString &regionId);

private:
    void retranslate();

    const Workspace &m_ws;
    QuotaOverviewModel *m_model = nullptr;
    QLabel *m_note = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace cvm::ui

#pragma once

#include <QWidget>

class QTreeWidget;

namespace cvm::ui {

class Console;

// Running tasks with their progress, then finished and failed ones, newest first.
class ActivityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(Console &console, QWidget *parent = nullptr);
    void refresh();
    QSize sizeHint() const override { return {900, 130}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Console &m_console;
    QTreeWidget *m_tasks = nullptr;
};

} // namespace cvm::ui

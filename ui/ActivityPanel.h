#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace cvm {
enum class TaskState;
}

namespace cvm::ui {

class Console;

// Running tasks with their progress and estimated finish, then finished and failed ones,
// newest first. Above them, the steps that wait for the operator (the share step of a give
// whose copy is ready), each with its buttons: they wait here instead of popping up over
// other work. A task that finishes or fails, and a step that becomes ready, are announced
// (notified) and highlighted until the operator looks at them.
class ActivityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(Console &console, QWidget *parent = nullptr);
    void refresh();
    QSize sizeHint() const override { return {900, 130}; }
    // Tasks and steps announced that the operator has not looked at yet.
    int unseenCount() const { return int(m_unseen.size()); }
    void markAllSeen();

Q_SIGNALS:
    // The operator asked to do the share step of this give task.
    void shareStepRequested(const QString &taskId);
    // Something finished, failed or became ready; `text` says what, in the current language.
    void notified(const QString &text);
    void unseenCountChanged(int count);

private:
    void retranslate();
    void refreshSteps();
    void notice(const QString &key, bool announce);

    Console &m_console;
    QLabel *m_notice = nullptr;
    QWidget *m_steps = nullptr;
    QVBoxLayout *m_stepsLayout = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QHash<QString, TaskState> m_lastStates; // every task's state at the last refresh
    QSet<QString> m_readySteps;             // give tasks whose share step is ready
    QStringList m_stepKeys;                 // what the step rows show now, to rebuild on change
    QSet<QString> m_unseen;                 // task IDs announced and not looked at
    QString m_noticeKey;                    // which announcement the notice line shows
};

} // namespace cvm::ui

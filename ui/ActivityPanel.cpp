#include "ActivityPanel.h"

#include "Console.h"
#include "Icons.h"
#include "ProgressDelegate.h"
#include "Retranslator.h"
#include "RuleText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cvm::ui {
namespace {
constexpr int kProgressRole = Qt::UserRole + 1;
constexpr int kTaskIdRole = Qt::UserRole + 2;
enum Column
{
    TaskColumn,
    ImagesColumn,
    ProgressColumn,
    StartedColumn,
    FinishColumn,
    ColumnCount
};

QString taskTitle(const Task &t)
{
    switch (t.kind) {
    case TaskKind::Sync:
        return ActivityPanel::tr("Copy %1").arg(t.sourceImageId);
    case TaskKind::Create:
        return ActivityPanel::tr("Create image from %1").arg(t.instanceId);
    case TaskKind::Import:
        return ActivityPanel::tr("Import image");
    case TaskKind::Export:
        return ActivityPanel::tr("Export to a COS bucket");
    }
    return {};
}

QString durationText(int seconds)
{
    if (seconds < 60)
        return ActivityPanel::tr("%n second(s)", nullptr, seconds);
    return ActivityPanel::tr("%n minute(s)", nullptr, (seconds + 59) / 60);
}

} // namespace

ActivityPanel::ActivityPanel(Console &console, QWidget *parent)
    : QWidget(parent), m_console(console)
{
    setObjectName(QStringLiteral("activityPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("activityNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setStyleSheet(
        QStringLiteral("background: #fff4c8; color: #3a3000; padding: 4px; border-radius: 3px"));
    m_notice->hide();
    connect(m_notice, &QLabel::linkActivated, this, [this] { markAllSeen(); });
    layout->addWidget(m_notice);
    m_steps = new QWidget(this);
    m_steps->setObjectName(QStringLiteral("pendingSteps"));
    m_stepsLayout = new QVBoxLayout(m_steps);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_steps->hide();
    layout->addWidget(m_steps);
    m_tasks = new QTreeWidget(this);
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_tasks->setRootIsDecorated(false);
    m_tasks->setColumnCount(ColumnCount);
    m_tasks->setItemDelegateForColumn(ProgressColumn, new ProgressDelegate(kProgressRole, m_tasks));
    m_tasks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its text, the estimated finish included ("… (19 minutes left)"):
    // a stretched last column would be cut to what is left of the width instead.
    m_tasks->header()->setStretchLastSection(false);
    layout->addWidget(m_tasks, 1);
    // Looking at an announced task is seeing it.
    connect(m_tasks, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (m_unseen.remove(item->data(TaskColumn, kTaskIdRole).toString())) {
            Q_EMIT unseenCountChanged(unseenCount());
            refresh();
        }
    });
    connect(&console.workspace(), &Workspace::changed, this, [this](const WorkspaceDelta &d) {
        if (!d.tasks.isEmpty() || !d.images.isEmpty())
            refresh();
    });
    // What is already finished when the workspace opens is not news.
    for (const Task &t : console.workspace().tasks())
        m_lastStates.insert(t.taskId, t.state);
    CVM_RETRANSLATE_SLOT(&ActivityPanel::retranslate);
}

void ActivityPanel::retranslate()
{
    m_tasks->setHeaderLabels(
        {tr("Task"), tr("Images"), tr("Progress"), tr("Started"), tr("Finish")});
    m_stepKeys.clear(); // the step rows are worded again
    const QString key = m_noticeKey;
    m_noticeKey.clear();
    m_notice->hide(); // shown again when what it says still holds
    if (!key.isEmpty())
        notice(key, false);
    refresh();
}

void ActivityPanel::markAllSeen()
{
    m_notice->hide();
    m_noticeKey.clear();
    if (m_unseen.isEmpty())
        return;
    m_unseen.clear();
    Q_EMIT unseenCountChanged(0);
    refresh();
}

// The notice line says the latest announcement; `key` is "done:TASK" or "step:TASK", so that
// a language switch words it again; without `announce` it only re-words.
void ActivityPanel::notice(const QString &key, bool announce)
{
    const Workspace &ws = m_console.workspace();
    const QString taskId = key.section(QLatin1Char(':'), 1);
    const Task *t = ws.task(taskId);
    if (!t)
        return;
    QString text;
    if (key.startsWith(QLatin1String("step:"))) {
        if (t->shareWithAccountIds.isEmpty())
            return; // taken or dropped since
        text =
            tr("Copy %1 is ready: share it with %2 here, when you are ready.")
                .arg(t->imageIds.value(0), QLocale().createSeparatedList(t->shareWithAccountIds));
    } else if (t->state == TaskState::Succeeded) {
        text = tr("Finished: %1.").arg(taskTitle(*t));
    } else if (t->state == TaskState::Failed) {
        text =
            tr("Failed: %1 — %2").arg(taskTitle(*t), RuleText::importFailureText(t->failureReason));
    } else {
        return;
    }
    m_noticeKey = key;
    m_notice->setText(QStringLiteral("%1 <a href=\"seen\">%2</a>")
                          .arg(text.toHtmlEscaped(), tr("Dismiss").toHtmlEscaped()));
    m_notice->show();
    if (announce)
        Q_EMIT notified(text);
}

void ActivityPanel::refreshSteps()
{
    const Workspace &ws = m_console.workspace();
    const QString acting = m_console.actingAccount();
    QStringList keys;
    QList<const Task *> steps;
    for (const Task &t : ws.tasks()) {
        if (t.shareWithAccountIds.isEmpty() || t.accountId != acting || t.imageIds.isEmpty())
            continue;
        const Image *copy = ws.image(t.imageIds.first());
        if (!copy)
            continue;
        const bool ready = copy->state == ImageState::Normal;
        steps.append(&t);
        keys.append(QStringLiteral("%1|%2|%3")
                        .arg(t.taskId, t.shareWithAccountIds.join(QLatin1Char(',')))
                        .arg(ready));
        if (ready && !m_readySteps.contains(t.taskId)) {
            m_readySteps.insert(t.taskId);
            // Ready while the console watched (not already when the workspace opened, nor
            // seen when switching to the account that gave it): news.
            if (m_lastStates.value(t.taskId) == TaskState::Running &&
                t.state != TaskState::Running) {
                m_unseen.insert(t.taskId);
                notice(QStringLiteral("step:") + t.taskId, true);
                Q_EMIT unseenCountChanged(unseenCount());
            }
        }
    }
    // A step announced and then taken (shared or dropped) is no longer news.
    if (m_noticeKey.startsWith(QLatin1String("step:"))) {
        const Task *announced = ws.task(m_noticeKey.mid(5));
        if (!announced || announced->shareWithAccountIds.isEmpty()) {
            m_notice->hide();
            m_noticeKey.clear();
        }
    }
    if (keys == m_stepKeys)
        return;
    m_stepKeys = keys;
    // Later, not now: this runs from a step's own button (Drop, a language switch while it
    // is pressed…).
    while (QLayoutItem *item = m_stepsLayout->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            row->setObjectName(QString()); // gone for whoever looks for the steps
            for (QWidget *child : row->findChildren<QWidget *>())
                child->setObjectName(QString());
            row->deleteLater();
        }
        delete item;
    }
    for (const Task *t : std::as_const(steps)) {
        const QString taskId = t->taskId;
        const QString copyId = t->imageIds.first();
        const Image *copy = ws.image(copyId);
        const bool ready = copy->state == ImageState::Normal;
        auto *row = new QFrame(m_steps);
        row->setObjectName(QStringLiteral("pendingStep"));
        row->setProperty("taskId", taskId);
        row->setFrameShape(QFrame::StyledPanel);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(6, 2, 6, 2);
        QStringList accounts;
        for (const QString &id : t->shareWithAccountIds) {
            const QString name = ws.accountName(id);
            accounts.append(name.isEmpty() ? id : tr("%1 (%2)").arg(id, name));
        }
        const QString region = RuleText::regionName(ws.region(copy->region), copy->region);
        auto *label =
            new QLabel(ready ? tr("Share copy %1 (%2) with %3")
                                   .arg(copyId, region, QLocale().createSeparatedList(accounts))
                             : tr("When copy %1 (%2) is ready: share it with %3")
                                   .arg(copyId, region, QLocale().createSeparatedList(accounts)),
                       row);
        label->setObjectName(QStringLiteral("pendingStepText"));
        label->setWordWrap(true);
        auto *share = new QPushButton(Icons::icon(Icons::Share), tr("Share…"), row);
        share->setObjectName(QStringLiteral("shareStepButton"));
        share->setEnabled(ready);
        share->setToolTip(ready ? tr("Open the share dialog for the copy, with these accounts")
                                : tr("The copy is still being made: %1%")
                                      .arg(QLocale().toString(copy->syncPercent.value_or(0))));
        auto *drop = new QPushButton(Icons::icon(Icons::Drop), tr("Drop"), row);
        drop->setObjectName(QStringLiteral("dropStepButton"));
        drop->setToolTip(tr("Do not share the copy: forget this step (it can be undone)"));
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(share);
        rowLayout->addWidget(drop);
        connect(share, &QPushButton::clicked, this, [this, taskId] {
            if (m_unseen.remove(taskId))
                Q_EMIT unseenCountChanged(unseenCount());
            Q_EMIT shareStepRequested(taskId);
        });
        connect(drop, &QPushButton::clicked, this, [this, taskId] {
            m_unseen.remove(taskId);
            m_console.run([&](Operations &ops, const OperationContext &ctx) {
                return ops.dropShareStep(ctx, taskId);
            });
            Q_EMIT unseenCountChanged(unseenCount());
        });
        m_stepsLayout->addWidget(row);
    }
    m_steps->setVisible(!steps.isEmpty());
}

void ActivityPanel::refresh()
{
    const Workspace &ws = m_console.workspace();
    const QString acting = m_console.actingAccount();

    // Announce what finished or failed since the last look, then remember every state. Of
    // several at once, a failure is said last, so that it is the one left on show.
    QStringList finished;
    QStringList failed;
    for (const Task &t : ws.tasks()) {
        const auto it = m_lastStates.constFind(t.taskId);
        const bool wasRunning = it == m_lastStates.cend() || *it == TaskState::Running;
        if (wasRunning && !t.isRunning() && t.accountId == acting &&
            t.shareWithAccountIds.isEmpty()) {
            m_unseen.insert(t.taskId);
            (t.state == TaskState::Failed ? failed : finished).append(t.taskId);
        }
    }
    for (const QString &taskId : finished + failed)
        notice(QStringLiteral("done:") + taskId, true);
    if (!finished.isEmpty() || !failed.isEmpty())
        Q_EMIT unseenCountChanged(unseenCount());
    refreshSteps();
    for (const Task &t : ws.tasks())
        m_lastStates.insert(t.taskId, t.state);

    QList<const Task *> tasks;
    for (const Task &t : ws.tasks()) {
        if (t.accountId == acting)
            tasks.append(&t);
    }
    std::sort(tasks.begin(), tasks.end(), [](const Task *a, const Task *b) {
        if (a->isRunning() != b->isRunning())
            return a->isRunning();
        return a->startedTime != b->startedTime ? a->startedTime > b->startedTime
                                                : a->taskId < b->taskId;
    });
    const QLocale locale;
    const QDateTime now = m_console.session().clock().now();
    m_tasks->clear();
    for (const Task *t : std::as_const(tasks)) {
        auto *item = new QTreeWidgetItem(m_tasks);
        item->setText(TaskColumn, taskTitle(*t));
        item->setData(TaskColumn, kTaskIdRole, t->taskId);
        item->setToolTip(TaskColumn, t->taskId);
        QStringList images;
        for (const QString &id : t->imageIds) {
            const Image *img = ws.image(id);
            images.append(img ? QStringLiteral("%1 (%2)").arg(id, img->region) : id);
        }
        item->setText(ImagesColumn, images.join(QStringLiteral(", ")));
        if (t->isRunning()) {
            item->setData(ProgressColumn, kProgressRole, t->percent());
            item->setText(ProgressColumn, tr("%1%").arg(locale.toString(t->percent())));
            // Time moves the task on only while a console or server has the workspace open:
            // the estimate is from now, with what is left of its duration.
            const int left = qMax(0, t->durationSeconds - t->elapsedSeconds);
            item->setText(FinishColumn,
                          tr("about %1 (%2 left)")
                              .arg(RuleText::timeText(now.addSecs(left)), durationText(left)));
            item->setToolTip(
                FinishColumn,
                tr("Estimated from its duration of %1").arg(durationText(t->durationSeconds)));
        } else if (t->state == TaskState::Succeeded) {
            item->setText(ProgressColumn, tr("Finished"));
            item->setText(FinishColumn, RuleText::timeText(t->finishedTime));
        } else {
            item->setText(ProgressColumn,
                          tr("Failed: %1").arg(RuleText::importFailureText(t->failureReason)));
            item->setText(FinishColumn, RuleText::timeText(t->finishedTime));
        }
        item->setText(StartedColumn, RuleText::timeText(t->startedTime));
        if (m_unseen.contains(t->taskId)) {
            QFont bold = item->font(TaskColumn);
            bold.setBold(true);
            for (int c = 0; c < ColumnCount; ++c) {
                item->setFont(c, bold);
                item->setBackground(c, QColor(0xff, 0xf4, 0xc8));
            }
        }
    }
}

} // namespace cvm::ui

#include "ActivityPanel.h"

#include "Console.h"
#include "ProgressDelegate.h"
#include "RuleText.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cvm::ui {
namespace {
constexpr int kProgressRole = Qt::UserRole + 1;
enum Column
{
    TaskColumn,
    ImagesColumn,
    ProgressColumn,
    StartedColumn,
    ColumnCount
};
} // namespace

ActivityPanel::ActivityPanel(Console &console, QWidget *parent)
    : QWidget(parent), m_console(console)
{
    setObjectName(QStringLiteral("activityPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tasks = new QTreeWidget(this);
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_tasks->setRootIsDecorated(false);
    m_tasks->setColumnCount(ColumnCount);
    m_tasks->setItemDelegateForColumn(ProgressColumn, new ProgressDelegate(kProgressRole, m_tasks));
    m_tasks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tasks);
    connect(&console.workspace(), &Workspace::changed, this, [this](const WorkspaceDelta &d) {
        if (!d.tasks.isEmpty())
            refresh();
    });
    retranslate();
}

void ActivityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ActivityPanel::retranslate()
{
    m_tasks->setHeaderLabels({tr("Task"), tr("Images"), tr("Progress"), tr("Started")});
    refresh();
}

void ActivityPanel::refresh()
{
    const Workspace &ws = m_console.workspace();
    const QString acting = m_console.actingAccount();
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
    m_tasks->clear();
    for (const Task *t : std::as_const(tasks)) {
        auto *item = new QTreeWidgetItem(m_tasks);
        QString what;
        switch (t->kind) {
        case TaskKind::Sync:
            what = tr("Copy %1").arg(t->sourceImageId);
            break;
        case TaskKind::Create:
            what = tr("Create image from %1").arg(t->instanceId);
            break;
        case TaskKind::Import:
            what = tr("Import image");
            break;
        case TaskKind::Export:
            what = tr("Export to a COS bucket");
            break;
        }
        item->setText(TaskColumn, what);
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
        } else if (t->state == TaskState::Succeeded) {
            item->setText(ProgressColumn, tr("Finished"));
        } else {
            item->setText(ProgressColumn,
                          tr("Failed: %1").arg(RuleText::importFailureText(t->failureReason)));
        }
        item->setText(StartedColumn,
                      RuleText::timeText(t->startedTime));
    }
}

} // namespace cvm::ui

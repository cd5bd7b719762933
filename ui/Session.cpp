#include "Session.h"

namespace cvm::ui {

Session::Session(std::unique_ptr<Workspace> workspace, const QString &fileName,
                 std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_clock(std::move(clock))
{
    m_operations = std::make_unique<Operations>(*m_workspace, *m_clock, m_ids);
    m_document = std::make_unique<Document>(*m_workspace, fileName);
    connect(m_document.get(), &Document::fileNameChanged, this, &Session::fileNameChanged);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Session::tick);
    m_timer.start();
    tick();
}

Session::~Session() = default;

void Session::tick()
{
    if (m_workspace->runningTasks().isEmpty())
        return;
    m_advancing = true;
    const WorkspaceDelta delta = m_operations->advanceTasks();
    m_advancing = false;
    m_document->tasksAdvanced(delta);
}

void Session::setTicking(bool on)
{
    if (on)
        m_timer.start();
    else
        m_timer.stop();
}

} // namespace cvm::ui

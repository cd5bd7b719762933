#include "Session.h"

namespace cvm::ui {

Session::Session(std::unique_ptr<Workspace> workspace, const QString &fileName,
                 std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_clock(std::move(clock)),
      m_fileName(fileName)
{
    m_operations = std::make_unique<Operations>(*m_workspace, *m_clock, m_ids);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Session::tick);
    m_timer.start();
    tick();
}

Session::~Session() = default;

void Session::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

void Session::tick()
{
    if (!m_workspace->runningTasks().isEmpty())
        m_operations->advanceTasks();
}

void Session::setTicking(bool on)
{
    if (on)
        m_timer.start();
    else
        m_timer.stop();
}

} // namespace cvm::ui

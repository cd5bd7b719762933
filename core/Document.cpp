#include "Document.h"

#include "WorkspaceFile.h"

#include <QCoreApplication>

namespace cvm {

Document::Document(Workspace &workspace, const QString &fileName, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_fileName(fileName)
{
    m_taskSaveTimer.setSingleShot(true);
    connect(&m_taskSaveTimer, &QTimer::timeout, this, &Document::saveTaskChanges);
}

Document::~Document() = default;

void Document::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

void Document::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

bool Document::save(QString *error)
{
    if (isUntitled()) {
        if (error)
            *error = QCoreApplication::translate("cvm::Document",
                                                 "The workspace has no file to be saved to.");
        return false;
    }
    if (!WorkspaceFile::save(m_workspace, m_fileName, error))
        return false;
    ++m_saves;
    m_sinceSave.start();
    // Everything in memory is on disk now, task changes waiting to be saved too.
    m_pendingTaskSave = false;
    m_taskSaveTimer.stop();
    setModified(false);
    Q_EMIT saved();
    return true;
}

void Document::setSavesTaskChanges(bool on, int intervalMs)
{
    m_savesTaskChanges = on;
    m_taskSaveIntervalMs = qMax(0, intervalMs);
    if (!on) {
        m_pendingTaskSave = false;
        m_taskSaveTimer.stop();
    }
}

bool Document::changesTaskState(const WorkspaceDelta &delta)
{
    for (const auto &c : delta.tasks) {
        if (!c.before || !c.after || c.before->state != c.after->state)
            return true;
    }
    for (const auto &c : delta.images) {
        if (!c.before || !c.after || c.before->state != c.after->state)
            return true;
    }
    return !delta.instances.isEmpty() || !delta.snapshots.isEmpty() || !delta.accounts.isEmpty();
}

void Document::tasksAdvanced(const WorkspaceDelta &delta)
{
    if (!m_savesTaskChanges || isUntitled() || !changesTaskState(delta))
        return;
    m_pendingTaskSave = true;
    if (m_taskSaveTimer.isActive())
        return; // one save covers every change until it runs
    const qint64 since = m_sinceSave.isValid() ? m_sinceSave.elapsed() : m_taskSaveIntervalMs;
    m_taskSaveTimer.start(int(qMax<qint64>(0, m_taskSaveIntervalMs - since)));
}

bool Document::flushPendingSave(QString *error)
{
    if (!m_pendingTaskSave)
        return true;
    m_taskSaveTimer.stop();
    QString why;
    if (save(&why))
        return true;
    if (error)
        *error = why;
    return false;
}

void Document::saveTaskChanges()
{
    if (!m_pendingTaskSave)
        return;
    QString error;
    if (!save(&error)) {
        // Reported, and tried again later (or at the next save) rather than every tick.
        m_taskSaveTimer.start(qMax(m_taskSaveIntervalMs, kTaskSaveRetryMs));
        Q_EMIT saveFailed(error);
    }
}

} // namespace cvm

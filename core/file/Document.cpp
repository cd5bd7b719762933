#include "Document.h"

#include "WorkspaceFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <unistd.h>

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
    if (!archiveJournal(error) || !WorkspaceFile::save(m_workspace, m_fileName, error))
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

bool Document::archiveJournal(QString *error)
{
    const int limit = m_workspace.policy().journalLimit;
    const int size = int(m_workspace.journal().size());
    // A tenth of slack, so that a busy endpoint appends to the archive now and then, not at
    // every save.
    if (limit <= 0 || size <= limit + limit / 10)
        return true;
    const int count = size - limit;
    QByteArray lines;
    for (int i = 0; i < count; ++i) {
        lines += QJsonDocument(WorkspaceFile::journalToJson(m_workspace.journal().at(i)))
                     .toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    // On disk (synced) before the entries leave the workspace: a crash in between can only
    // leave an entry in both places, never in neither.
    const QString name = journalArchiveName(m_fileName);
    QFile archive(name);
    if (!archive.open(QIODevice::WriteOnly | QIODevice::Append) ||
        archive.write(lines) != lines.size() || !archive.flush() ||
        ::fsync(archive.handle()) != 0) {
        if (error)
            *error = QCoreApplication::translate("cvm::Document",
                                                 "The journal archive %1 cannot be written: %2")
                         .arg(name, archive.errorString());
        return false;
    }
    archive.close();
    m_workspace.takeJournalHead(count);
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

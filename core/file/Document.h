#pragma once

#include "Workspace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace cvm {

// One open workspace as a document: its records, the file it lives in, whether memory holds
// changes the file does not, and every save. The console and the API endpoint both save
// through it, so a Save As moves the endpoint's saves too, and a save by either one is a
// save of the whole document.
class Document final : public QObject
{
    Q_OBJECT

public:
    // At most one save for changes of tasks in this time, however fast tasks move.
    static constexpr int kTaskSaveIntervalMs = 2000;
    // A task save that failed is tried again after this long.
    static constexpr int kTaskSaveRetryMs = 30000;

    Document(Workspace &workspace, const QString &fileName, QObject *parent = nullptr);
    ~Document() override;
    Q_DISABLE_COPY_MOVE(Document)

    Workspace &workspace() const { return m_workspace; }
    const QString &fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    // A new workspace or the bundled sample: it has no file until it is saved as one.
    bool isUntitled() const { return m_fileName.isEmpty(); }

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Writes the whole workspace to fileName(), atomically, keeping the previous file as the
    // backup. False (and the reason in `error`) when nothing could be saved; the file on disk
    // is then as it was. A journal longer than the policy's journalLimit (plus a tenth) first
    // moves its oldest entries to the journal archive, so that the file stays bounded and no
    // entry is ever dropped.
    bool save(QString *error = nullptr);
    // `<file>.journal-archive.jsonl`: older journal entries, one JSON object per line, oldest
    // first, appended to and never rewritten.
    static QString journalArchiveName(const QString &fileName)
    {
        return fileName + QStringLiteral(".journal-archive.jsonl");
    }

    // While the document saves itself (a served workspace), the passing of task time is saved
    // when a task or an image changes state, never for a mere percentage, and at most once
    // per `intervalMs`. Failures are reported by saveFailed().
    void setSavesTaskChanges(bool on, int intervalMs = kTaskSaveIntervalMs);
    bool savesTaskChanges() const { return m_savesTaskChanges; }
    // Tasks moved on by `delta`; saves (now or soon) if that matters and the document saves
    // task changes.
    void tasksAdvanced(const WorkspaceDelta &delta);
    // Whether `delta` from moving tasks on changes a state that a reader of the file relies
    // on (a task finished, an image became Normal or failed, a record came or went).
    static bool changesTaskState(const WorkspaceDelta &delta);

    // Saves that are due now (a pending task save); for tests and for closing.
    bool flushPendingSave(QString *error = nullptr);
    bool hasPendingSave() const { return m_pendingTaskSave; }
    quint64 saveCount() const { return m_saves; }

Q_SIGNALS:
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);
    void saved();
    void saveFailed(const QString &error);

private:
    void saveTaskChanges();
    bool archiveJournal(QString *error);

    Workspace &m_workspace;
    QString m_fileName;
    bool m_modified = false;
    bool m_savesTaskChanges = false;
    bool m_pendingTaskSave = false;
    int m_taskSaveIntervalMs = kTaskSaveIntervalMs;
    QTimer m_taskSaveTimer;
    QElapsedTimer m_sinceSave;
    quint64 m_saves = 0;
};

} // namespace cvm

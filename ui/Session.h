#pragma once

#include "Clock.h"
#include "Document.h"
#include "IdGenerator.h"
#include "Operations.h"
#include "Workspace.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace cvm::ui {

// One open workspace: its state, the operations on it, the document that owns its file and
// its saves, and the clock that moves its tasks on while the console runs.
class Session final : public QObject
{
    Q_OBJECT

public:
    Session(std::unique_ptr<Workspace> workspace, const QString &fileName,
            std::unique_ptr<Clock> clock = std::make_unique<SystemClock>(),
            QObject *parent = nullptr);
    ~Session() override;

    Workspace &workspace() const { return *m_workspace; }
    Operations &operations() const { return *m_operations; }
    Document &document() const { return *m_document; }
    const Clock &clock() const { return *m_clock; }
    const QString &fileName() const { return m_document->fileName(); }
    void setFileName(const QString &fileName) { m_document->setFileName(fileName); }
    // True for the bundled sample (or a new workspace): Save asks for a file name.
    bool isUntitled() const { return m_document->isUntitled(); }

    // Moves tasks on now (the timer does it every second).
    void tick();
    void setTicking(bool on);
    // True while tick() moves tasks on: those changes are the passing of time, not the
    // operator's.
    bool isAdvancingTasks() const { return m_advancing; }

Q_SIGNALS:
    void fileNameChanged(const QString &fileName);

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Clock> m_clock;
    IdGenerator m_ids;
    std::unique_ptr<Operations> m_operations;
    std::unique_ptr<Document> m_document;
    QTimer m_timer;
    bool m_advancing = false;
};

} // namespace cvm::ui

#pragma once

#include "ApiCredentials.h"
#include "Operations.h"
#include "Session.h"

#include <QHostAddress>
#include <QObject>
#include <QUndoStack>
#include <functional>
#include <memory>

namespace cvm::api {
class HttpEndpoint;
}

namespace cvm::ui {

// The console's controller: the open session, the account the operator acts as, and the
// undo stack. Every change from the GUI goes through run(), which calls a core operation
// and puts an applied one on the undo stack.
class Console final : public QObject
{
    Q_OBJECT

public:
    using Call = std::function<OperationResult(Operations &, const OperationContext &)>;

    explicit Console(std::unique_ptr<Session> session, QObject *parent = nullptr);
    ~Console() override;

    Session &session() const { return *m_session; }
    Workspace &workspace() const { return m_session->workspace(); }
    QUndoStack &undoStack() { return m_undo; }

    const QString &actingAccount() const { return m_acting; }
    void setActingAccount(const QString &accountId);
    OperationContext context(const QSet<QString> &acknowledged = {}) const;

    OperationResult run(const Call &call, const QSet<QString> &acknowledged = {});
    // Undo and redo of the operation next on the stack, as core decides them: refused while
    // acting as another account than the one that did it (the stack stays as it is), or when
    // what it changed was changed since or the rules refuse the result (the command is then
    // obsolete and leaves the stack). Returns what happened; Refused with the verdict.
    OperationResult undo();
    OperationResult redo();

    bool isModified() const { return !m_undo.isClean() || m_changedOutsideUndo; }
    void markSaved();

    // The API endpoint over this workspace (File → Serve over API…). Changes its clients make
    // show in the views at once and are saved to the workspace file, when it has one. With a
    // certificate and its key it speaks HTTPS, and may listen beyond loopback.
    bool startServing(const QHostAddress &address, quint16 port, api::ApiCredentials credentials,
                      QString *error, const QString &tlsCertificate = QString(),
                      const QString &tlsKey = QString());
    void stopServing();
    bool isServing() const { return m_endpoint != nullptr; }
    QString servingAddress() const { return m_servingAddress; }
    quint64 servedRequests() const;

    // What an applied operation did, in words of the current language (undo texts, history).
    static QString describe(const OperationResult &result);

Q_SIGNALS:
    void actingAccountChanged(const QString &accountId);
    void modifiedChanged(bool modified);
    void applied(const cvm::OperationResult &result);
    void servingChanged();
    // A save the operator did not ask for (an API client's change) failed; the change was
    // taken back.
    void saveFailed(const QString &error);

private:
    friend class OperationCommand;
    void setModified();
    OperationResult step(bool undo);

    std::unique_ptr<Session> m_session;
    QUndoStack m_undo;
    QString m_acting;
    bool m_changedOutsideUndo = false;
    bool m_inOperation = false;
    bool m_wasModified = false;
    OperationResult m_lastStep; // what the last undo or redo of a command did
    std::unique_ptr<api::HttpEndpoint> m_endpoint;
    QString m_servingAddress;
};

} // namespace cvm::ui

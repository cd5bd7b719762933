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

    bool isModified() const { return !m_undo.isClean() || m_changedOutsideUndo; }
    void markSaved();

    // The API endpoint over this workspace (File → Serve over API…). Changes its clients make
    // show in the views at once and are saved to the workspace file, when it has one.
    bool startServing(const QHostAddress &address, quint16 port, api::ApiCredentials credentials,
                      QString *error);
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

private:
    friend class OperationCommand;
    void setModified();

    std::unique_ptr<Session> m_session;
    QUndoStack m_undo;
    QString m_acting;
    bool m_changedOutsideUndo = false;
    bool m_inOperation = false;
    bool m_wasModified = false;
    std::unique_ptr<api::HttpEndpoint> m_endpoint;
    QString m_servingAddress;
};

} // namespace cvm::ui

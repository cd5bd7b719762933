#pragma once

#include "Clock.h"
#include "IdGenerator.h"
#include "Requests.h"
#include "Verdict.h"
#include "Workspace.h"

#include <QJsonObject>
#include <functional>

namespace cvm {

struct OperationResult
{
    enum class Status
    {
        Applied,
        Refused,
        NeedsConfirmation,
        DryRunPassed
    };

    Status status = Status::Refused;
    QString action;         // the API action name
    QString accountId;      // the account that acted
    QJsonObject parameters; // the request, as journaled
    Verdict verdict;
    WorkspaceDelta delta;   // what changed; its inverse undoes the operation
    QStringList createdIds; // new images or instances
    QString taskId;
    QJsonObject result; // what the API would answer beside RequestId

    bool applied() const { return status == Status::Applied; }
    bool refused() const { return status == Status::Refused; }
};

// Everything a workspace changes from its construction until it is destroyed (or stop() is
// called), so that changes which could not be saved can be taken back as a whole.
class ChangeRecording final
{
public:
    explicit ChangeRecording(Workspace &workspace);
    ~ChangeRecording();
    Q_DISABLE_COPY_MOVE(ChangeRecording)

    void stop();
    bool isEmpty() const { return m_deltas.isEmpty(); }
    const QList<WorkspaceDelta> &deltas() const { return m_deltas; }
    // The journal entries appended while recording.
    const QList<JournalEntry> &journalEntries() const { return m_journal; }

private:
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_appended;
    QList<WorkspaceDelta> m_deltas;
    QList<JournalEntry> m_journal;
};

// The one path by which workspace state changes. Each operation asks Rules, applies its
// change all-or-nothing, appends a journal entry (refused attempts too) and returns the
// delta that undoes it.
class Operations final
{
public:
    Operations(Workspace &workspace, const Clock &clock, IdGenerator &ids);
    Q_DISABLE_COPY_MOVE(Operations)

    Workspace &workspace() const { return m_ws; }
    const Clock &clock() const { return m_clock; }

    OperationResult modifySharePermission(const OperationContext &ctx, const ShareRequest &r);
    OperationResult modifyImageAttribute(const OperationContext &ctx,
                                         const ModifyAttributeRequest &r);
    OperationResult syncImages(const OperationContext &ctx, const SyncRequest &r);
    OperationResult deleteImages(const OperationContext &ctx, const DeleteRequest &r);
    OperationResult createImage(const OperationContext &ctx, const CreateImageRequest &r);
    OperationResult importImage(const OperationContext &ctx, const ImportRequest &r);
    OperationResult runInstances(const OperationContext &ctx, const RunInstancesRequest &r);
    OperationResult resetInstance(const OperationContext &ctx, const ResetInstanceRequest &r);
    OperationResult exportImages(const OperationContext &ctx, const ExportImagesRequest &r);
    OperationResult terminateInstances(const OperationContext &ctx,
                                       const TerminateInstancesRequest &r);
    OperationResult applyImportPermission(const OperationContext &ctx);
    OperationResult setTrustedAccounts(const OperationContext &ctx,
                                       const TrustedAccountsRequest &r);
    // The operator records the state of a Windows check after fixing it on the instance.
    OperationResult setWindowsCheck(const OperationContext &ctx, const QString &instanceId,
                                    WindowsCheck check, bool passes);
    // The operator drops a give's share step (the copy stays, unshared).
    OperationResult dropShareStep(const OperationContext &ctx, const QString &taskId);
    // Images from the JSON that DescribeImages returned, for `accountId` in `regionId`.
    OperationResult importDescribeImages(const OperationContext &ctx, const QList<Image> &images,
                                         const QString &accountId, const QString &regionId);

    // Undo and redo of an applied operation, by its delta.
    OperationResult undo(const OperationContext &ctx, const OperationResult &original);
    OperationResult redo(const OperationContext &ctx, const OperationResult &original);

    // Takes back what `recording` recorded (newest first), because it could not be saved: an
    // API client is told InternalError and must find nothing changed. Each operation taken
    // back gets a journal entry that says so, with `code`.
    void takeBack(const ChangeRecording &recording, const QString &code);

    // Moves running tasks on by the time passed since the last call (or since they started,
    // if later); finishes those whose time has come.
    WorkspaceDelta advanceTasks();

private:
    class Builder;
    using Apply = std::function<void(Builder &, OperationResult &)>;

    OperationResult conclude(const OperationContext &ctx, const QString &action,
                             const QJsonObject &parameters, const Verdict &verdict,
                             const Apply &apply);
    OperationResult revert(const OperationContext &ctx, const OperationResult &original, bool undo);
    void journal(const OperationContext &ctx, const QString &action, const QJsonObject &parameters,
                 const OperationResult &result);
    QString newId(const QString &prefix);
    void createImageFromSnapshots(const OperationContext &ctx, const CreateImageRequest &r,
                                  Builder &b, OperationResult &res);

    Workspace &m_ws;
    const Clock &m_clock;
    IdGenerator &m_ids;
    QDateTime m_lastAdvance;
};

} // namespace cvm

#pragma once

#include "Clock.h"
#include "Cloud.h"
#include "IdGenerator.h"
#include "Requests.h"
#include "Verdict.h"
#include "Workspace.h"

#include <QJsonObject>
#include <functional>
#include <optional>

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
    // The same accounts shared with, or cancelled on, many images in one step: every image is
    // checked first and all are changed or none (Rules::checkShareMany). Each image is its own
    // ModifyImageSharePermission in the journal and, in a connected workspace, its own pending
    // change; the result holds them all, so one undo takes them back together. An image on
    // which nothing changes (already shared, or not shared) is left alone.
    OperationResult modifySharePermissions(const OperationContext &ctx,
                                           const ShareManyRequest &r);
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

    // --- The cloud link (see Cloud.h) ---
    // Makes a pending change again on the state just pulled: sends it through the API layer,
    // which answers with the error code when it is refused before any rule is asked.
    using Replay = std::function<std::optional<PendingRefusal>(const PendingChange &)>;
    // Lays the pulled state down: the pending changes are taken back, the records of the pulled
    // accounts and regions replaced by the cloud's, and the pending changes made again on top,
    // each asking the rules; one the rules refuse is kept as a conflict, with its reason.
    // Applied changes leave the list. Not undoable: the undo history ends here.
    RefreshSummary refresh(const PulledState &pulled, const Replay &replay);
    // The operator drops a pending change: it is undone (U1 when something made since depends
    // on it) and leaves the list.
    OperationResult dropPending(const OperationContext &ctx, int sequence);
    // The cloud carried the change out: it is marked applied with its RequestId, and the IDs the
    // cloud gave replace the provisional ones everywhere (records, later changes, journal).
    void markApplied(int sequence, const QString &requestId, const QHash<QString, QString> &ids,
                     const QJsonObject &sent, const QJsonObject &answer);
    // The cloud refused it (or the rules, checked again before sending): it stays unapplied, as a
    // conflict with the reason; the journal has both verdicts.
    void markRefused(int sequence, const PendingRefusal &refusal, const QJsonObject &sent);
    // Every provisional ID of `ids` replaced by the cloud's.
    void replaceIds(const QHash<QString, QString> &ids);

    // Moves running tasks on by the time passed since the last call (or since they started,
    // if later); finishes those whose time has come.
    WorkspaceDelta advanceTasks();
    // Task time runs this many times faster than the clock (a served cloud in tests).
    void setTimeScale(int scale) { m_timeScale = qMax(1, scale); }

private:
    class Builder;
    using Apply = std::function<void(Builder &, OperationResult &)>;

    OperationResult conclude(const OperationContext &ctx, const QString &action,
                             const QJsonObject &parameters, const Verdict &verdict,
                             const Apply &apply);
    OperationResult revert(const OperationContext &ctx, const OperationResult &original, bool undo);
    void journal(const OperationContext &ctx, const QString &action, const QJsonObject &parameters,
                 const OperationResult &result);
    // The pending change `sequence`, changed by `how`, put through the workspace as any change;
    // the change as it now is, or nullopt when there is none with that sequence.
    std::optional<PendingChange> settle(int sequence,
                                        const std::function<void(PendingChange &)> &how);
    QString newId(const QString &prefix);
    // The records a change found (its delta's before) that are different now: what the cloud
    // changed under a pending change.
    QStringList changedSince(const WorkspaceDelta &delta) const;
    // In a connected workspace, an applied change to the cloud becomes a pending change, in the
    // same delta (so that undo, redo and taking back remove and restore it too).
    void recordPending(const OperationContext &ctx, const QString &action,
                       const QJsonObject &parameters, OperationResult &result);
    void createImageFromSnapshots(const OperationContext &ctx, const CreateImageRequest &r,
                                  Builder &b, OperationResult &res);

    Workspace &m_ws;
    const Clock &m_clock;
    IdGenerator &m_ids;
    QDateTime m_lastAdvance;
    int m_timeScale = 1;
    // While a pull makes a pending change again: the change, the IDs it is to give, and the
    // verdict its operation reached.
    const PendingChange *m_replay = nullptr;
    QStringList m_replayIds;
    std::optional<Verdict> m_replayVerdict;
};

} // namespace cvm

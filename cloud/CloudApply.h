#pragma once

#include "CloudClient.h"
#include "Operations.h"

#include <QObject>
#include <QTimer>

namespace cvm::cloud {

struct ApplyOptions
{
    int pollMs = 5000;             // how often copies are looked at while they are made
    int copyTimeoutSeconds = 7200; // how long apply waits for a copy before giving up
};

// Sends a workspace's pending changes to the cloud, in order, one at a time:
//  - a change the rules refused at the last pull stops the apply at once, with its reason;
//  - a DryRun first where the action has one, then the real call;
//  - before a change that uses a copy made earlier in the same apply, DescribeImages is polled
//    until the copy is NORMAL;
//  - the IDs the cloud gives replace the provisional ones everywhere (Operations::markApplied);
//  - after each applied change the workspace is saved, so that an apply cut short keeps what
//    was applied marked applied and the rest pending;
//  - the first refusal stops the apply: the change is marked as a conflict with the cloud's
//    code and message, and the journal says what the rules had said.
class CloudApply final : public QObject
{
    Q_OBJECT

public:
    // `save` writes the workspace; false (with an error) stops the apply.
    using Save = std::function<bool(QString *error)>;
    CloudApply(CloudClient &client, Operations &operations, Save save,
               const ApplyOptions &options = {}, QObject *parent = nullptr);

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    int applied() const { return m_applied; }
    int total() const { return m_total; }
    // The change the apply stopped at (refused, or failed to send), or 0.
    int stoppedAt() const { return m_stoppedAt; }

Q_SIGNALS:
    // `sequence` is being sent; `text` says what is happening (waiting for a copy, DryRun…).
    void progress(int done, int total, int sequence, const QString &text);
    void finished(bool ok);

private:
    void next();
    void waitForCopies(const PendingChange &change);
    void dryRun(const PendingChange &change);
    void send(const PendingChange &change);
    void refused(const PendingChange &change, const CloudAnswer &answer, const QJsonObject &sent);
    // The copies of a SyncImages of several images, in the regions where the answer's IDs
    // alone do not say which copy is which, matched by name one region at a time.
    void matchCopies(int sequence, const CloudAnswer &answer, const QJsonObject &sent,
                     QHash<QString, QString> ids, const QHash<QString, QStringList> &made,
                     QStringList regions);
    // Marks the change applied with the cloud's IDs, saves, and goes on (unless told not to).
    void applied(int sequence, const CloudAnswer &answer, const QJsonObject &sent,
                 const QHash<QString, QString> &ids, bool proceed = true);
    void stop(const QString &error, int sequence);

    CloudClient &m_client;
    Operations &m_ops;
    Save m_save;
    ApplyOptions m_options;
    QHash<QString, QString> m_copies; // copies made by this apply and not yet NORMAL: ID → region
    QDateTime m_waitStarted;
    int m_applied = 0;
    int m_total = 0;
    int m_stoppedAt = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace cvm::cloud

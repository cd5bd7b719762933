#include "CloudApply.h"

#include "ApiService.h"
#include "RuleText.h"

#include <QJsonArray>

#include <algorithm>

namespace cvm::cloud {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// Every string in `value` (for the copies a change refers to).
void strings(const QJsonValue &value, QSet<QString> &out)
{
    if (value.isString())
        out.insert(value.toString());
    else if (value.isArray())
        for (const QJsonValue &v : value.toArray())
            strings(v, out);
    else if (value.isObject())
        for (const QJsonValue &v : value.toObject())
            strings(v, out);
}

} // namespace

CloudApply::CloudApply(CloudClient &client, Operations &operations, Save save,
                       const ApplyOptions &options, QObject *parent)
    : QObject(parent), m_client(client), m_ops(operations), m_save(std::move(save)),
      m_options(options)
{}

void CloudApply::start()
{
    m_total = int(m_ops.workspace().unapplied().size());
    next();
}

void CloudApply::cancel()
{
    if (m_finished)
        return;
    // Finished first, so that the requests the client ends now find nothing left to do.
    stop(tr("The apply was cancelled; what was applied is marked applied, the rest is still "
            "pending."),
         0);
    m_client.cancel();
}

void CloudApply::stop(const QString &error, int sequence)
{
    if (m_finished)
        return;
    m_error = error;
    m_stoppedAt = sequence;
    m_finished = true;
    QString saveError;
    if (!m_save(&saveError) && m_error.isEmpty())
        m_error = saveError;
    Q_EMIT finished(m_error.isEmpty());
}

void CloudApply::next()
{
    if (m_finished)
        return;
    const QList<PendingChange> left = m_ops.workspace().unapplied();
    if (left.isEmpty()) {
        stop(QString(), 0);
        return;
    }
    const PendingChange &change = left.first();
    if (change.state == PendingState::Conflict) {
        const PendingRefusal why = change.refusal.value_or(PendingRefusal{});
        const QString reason =
            why.rule.isEmpty()
                ? tr("%1 (%2)").arg(why.message, why.code)
                : tr("%1 (%2)").arg(
                      RuleText::message(Violation{why.rule, why.code, why.args, why.items}),
                      why.code);
        stop(tr("Change %1 (%2) cannot be applied: %3. Drop it, or change what it needs, and pull "
                "again.")
                 .arg(change.sequence)
                 .arg(change.action, reason),
             change.sequence);
        return;
    }
    m_waitStarted = QDateTime::currentDateTimeUtc();
    waitForCopies(change);
}

void CloudApply::waitForCopies(const PendingChange &change)
{
    QSet<QString> used;
    strings(change.parameters, used);
    QStringList waitFor;
    for (auto it = m_copies.cbegin(); it != m_copies.cend(); ++it) {
        if (used.contains(it.key()))
            waitFor.append(it.key());
    }
    if (waitFor.isEmpty()) {
        if (api::ApiService::takesDryRun(change.action))
            dryRun(change);
        else
            send(change);
        return;
    }
    if (m_waitStarted.secsTo(QDateTime::currentDateTimeUtc()) > m_options.copyTimeoutSeconds) {
        stop(tr("The copy %1 was not ready after %2 s; change %3 and those after it are still "
                "pending.")
                 .arg(waitFor.first())
                 .arg(m_options.copyTimeoutSeconds)
                 .arg(change.sequence),
             change.sequence);
        return;
    }
    Q_EMIT progress(m_applied, m_total, change.sequence,
                    tr("Waiting for the copy %1 to be ready…").arg(waitFor.first()));
    const QString copy = waitFor.first();
    const int sequence = change.sequence;
    m_client.send(CloudCall{change.accountId, m_copies.value(copy), str("DescribeImages"),
                            QJsonObject{{str("ImageIds"), QJsonArray{copy}}}},
                  [this, copy, sequence](const CloudAnswer &answer) {
                      if (m_finished)
                          return;
                      const PendingChange *c = m_ops.workspace().pendingChange(sequence);
                      if (!answer.ok() || !c) {
                          stop(tr("The copy %1 could not be looked at: %2 (%3).")
                                   .arg(copy, answer.message, answer.code),
                               sequence);
                          return;
                      }
                      const QString state = answer.response.value(str("ImageSet"))
                                                .toArray()
                                                .first()
                                                .toObject()
                                                .value(str("ImageState"))
                                                .toString();
                      if (state == QLatin1String("NORMAL")) {
                          m_copies.remove(copy);
                          waitForCopies(*c);
                          return;
                      }
                      if (state != QLatin1String("SYNCING") && state != QLatin1String("CREATING")) {
                          stop(tr("The copy %1 did not become ready (%2).").arg(copy, state),
                               sequence);
                          return;
                      }
                      const PendingChange again = *c;
                      QTimer::singleShot(m_options.pollMs, this, [this, again] {
                          if (!m_finished)
                              waitForCopies(again);
                      });
                  });
}

void CloudApply::dryRun(const PendingChange &change)
{
    QJsonObject p = callParameters(change);
    p.insert(str("DryRun"), true);
    Q_EMIT progress(
        m_applied, m_total, change.sequence,
        tr("Checking change %1 (%2) with DryRun…").arg(change.sequence).arg(change.action));
    const int sequence = change.sequence;
    m_client.send(CloudCall{change.accountId, change.region, change.action, p},
                  [this, sequence, p](const CloudAnswer &answer) {
                      if (m_finished)
                          return;
                      const PendingChange *c = m_ops.workspace().pendingChange(sequence);
                      if (!c)
                          return stop(QString(), 0);
                      // A check that passes answers with its RequestId, or (as some actions
                      // do) with DryRunOperation.
                      if (answer.ok() || answer.code == codes::DryRunOperation)
                          send(*c);
                      else
                          refused(*c, answer, p);
                  });
}

void CloudApply::send(const PendingChange &change)
{
    const QJsonObject p = callParameters(change);
    Q_EMIT progress(m_applied, m_total, change.sequence,
                    tr("Applying change %1 (%2)…").arg(change.sequence).arg(change.action));
    const int sequence = change.sequence;
    m_client.send(
        CloudCall{change.accountId, change.region, change.action, p},
        [this, sequence, p](const CloudAnswer &answer) {
            if (m_finished)
                return;
            const PendingChange *found = m_ops.workspace().pendingChange(sequence);
            if (!found)
                return stop(QString(), 0);
            const PendingChange c = *found;
            if (!answer.ok())
                return refused(c, answer, p);
            // The cloud's IDs for what the change created, in the order it created them.
            QHash<QString, QString> ids;
            QStringList real;
            if (c.action == QLatin1String("SyncImages")) {
                // The answer names each copy's region, not its source: a region that took
                // copies of several images is told apart by the copies' names, which the rules
                // keep unique there (M2).
                QHash<QString, QStringList> made;        // region → the cloud's copies
                QHash<QString, QStringList> provisional; // region → the workspace's copies
                for (const QJsonValue &v : answer.response.value(str("ImageSet")).toArray())
                    made[v.toObject().value(str("Region")).toString()].append(
                        v.toObject().value(str("ImageId")).toString());
                for (const QString &id : c.provisionalIds) {
                    if (const Image *img = m_ops.workspace().image(id))
                        provisional[img->region].append(id);
                }
                QStringList several;
                for (auto it = provisional.cbegin(); it != provisional.cend(); ++it) {
                    const QStringList &cloud = made.value(it.key());
                    if (it->size() == 1 && cloud.size() == 1) {
                        ids.insert(it->first(), cloud.first());
                        m_copies.insert(cloud.first(), it.key());
                    } else if (!cloud.isEmpty()) {
                        several.append(it.key());
                    }
                }
                if (!several.isEmpty()) {
                    std::sort(several.begin(), several.end());
                    return matchCopies(sequence, answer, p, ids, made, several);
                }
            } else if (c.action == QLatin1String("CreateImage") ||
                       c.action == QLatin1String("ImportImage")) {
                real.append(answer.response.value(str("ImageId")).toString());
            } else if (c.action == QLatin1String("RunInstances")) {
                for (const QJsonValue &v : answer.response.value(str("InstanceIdSet")).toArray())
                    real.append(v.toString());
            }
            for (int i = 0; i < real.size() && i < c.provisionalIds.size(); ++i) {
                if (!real.at(i).isEmpty() && real.at(i) != c.provisionalIds.at(i))
                    ids.insert(c.provisionalIds.at(i), real.at(i));
            }
            applied(sequence, answer, p, ids);
        });
}

void CloudApply::matchCopies(int sequence, const CloudAnswer &answer, const QJsonObject &sent,
                             QHash<QString, QString> ids,
                             const QHash<QString, QStringList> &made, QStringList regions)
{
    if (regions.isEmpty())
        return applied(sequence, answer, sent, ids);
    const QString region = regions.takeFirst();
    const PendingChange *change = m_ops.workspace().pendingChange(sequence);
    if (!change)
        return stop(QString(), 0);
    QJsonArray cloudIds;
    for (const QString &id : made.value(region))
        cloudIds.append(id);
    Q_EMIT progress(m_applied, m_total, sequence,
                    tr("Telling the copies in %1 apart…").arg(region));
    m_client.send(
        CloudCall{change->accountId, region, str("DescribeImages"),
                  QJsonObject{{str("ImageIds"), cloudIds}, {str("Limit"), 100}}},
        [this, sequence, answer, sent, ids, made, regions, region](const CloudAnswer &described) {
            if (m_finished)
                return;
            const PendingChange *c = m_ops.workspace().pendingChange(sequence);
            if (!c)
                return stop(QString(), 0);
            QHash<QString, QString> byName;
            for (const QJsonValue &v : described.response.value(str("ImageSet")).toArray())
                byName.insert(v.toObject().value(str("ImageName")).toString(),
                              v.toObject().value(str("ImageId")).toString());
            QHash<QString, QString> found = ids;
            QStringList unknown;
            for (const QString &id : c->provisionalIds) {
                const Image *img = m_ops.workspace().image(id);
                if (!img || img->region != region)
                    continue;
                const QString cloudId = byName.value(img->imageName);
                if (!described.ok() || cloudId.isEmpty()) {
                    unknown.append(id);
                    continue;
                }
                found.insert(id, cloudId);
                m_copies.insert(cloudId, region);
            }
            if (!unknown.isEmpty()) {
                // The copies were made: the change is applied, and the IDs that could not be
                // told apart stay provisional until the next pull shows the cloud's.
                applied(sequence, answer, sent, found, /*proceed=*/false);
                if (m_finished)
                    return; // the save failed, and said so
                return stop(tr("Change %1 was applied in the cloud, but its copies in %2 could "
                               "not be told apart (%3). Pull to see them.")
                                .arg(sequence)
                                .arg(region, described.ok() ? unknown.join(str(", "))
                                                            : described.message),
                            sequence);
            }
            matchCopies(sequence, answer, sent, found, made, regions);
        });
}

void CloudApply::applied(int sequence, const CloudAnswer &answer, const QJsonObject &sent,
                         const QHash<QString, QString> &ids, bool proceed)
{
    QJsonObject result = answer.response;
    result.remove(str("RequestId"));
    m_ops.markApplied(sequence, answer.requestId, ids, sent, result);
    ++m_applied;
    QString error;
    if (!m_save(&error))
        return stop(tr("Change %1 was applied in the cloud, but the workspace could not "
                       "be saved: %2")
                        .arg(sequence)
                        .arg(error),
                    sequence);
    Q_EMIT progress(m_applied, m_total, sequence, QString());
    if (proceed)
        next();
}

void CloudApply::refused(const PendingChange &change, const CloudAnswer &answer,
                         const QJsonObject &sent)
{
    PendingRefusal why;
    why.code = answer.code;
    why.message = answer.message;
    why.requestId = answer.requestId;
    // Only an answer of the cloud is its verdict; a request that never got one is left pending.
    const bool answered = !answer.code.startsWith(codes::ClientErrorPrefix);
    if (answered)
        m_ops.markRefused(change.sequence, why, sent);
    stop(answered ? tr("The cloud refused change %1 (%2), which the rules allowed: %3 (%4). It "
                       "and the changes after it are still to be applied.")
                        .arg(change.sequence)
                        .arg(change.action, answer.message, answer.code)
                  : tr("Change %1 (%2) could not be sent: %3 (%4). It and the changes after it "
                       "are still pending.")
                        .arg(change.sequence)
                        .arg(change.action, answer.message, answer.code),
         change.sequence);
}

} // namespace cvm::cloud

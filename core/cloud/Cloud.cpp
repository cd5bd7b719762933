#include "Cloud.h"

#include "WorkspaceDelta.h"
#include "WorkspaceFile.h"

#include <QJsonArray>

namespace cvm {
namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

template <typename T, typename ToJson>
QJsonArray changesToJson(const QList<RecordChange<T>> &changes, ToJson toJson)
{
    QJsonArray out;
    for (const RecordChange<T> &c : changes) {
        QJsonObject o{{str("Id"), c.id}};
        o.insert(str("Before"), c.before ? QJsonValue(toJson(*c.before)) : QJsonValue());
        o.insert(str("After"), c.after ? QJsonValue(toJson(*c.after)) : QJsonValue());
        out.append(o);
    }
    return out;
}

} // namespace

QString toString(PendingState state)
{
    switch (state) {
    case PendingState::Pending:
        return str("PENDING");
    case PendingState::Applied:
        return str("APPLIED");
    case PendingState::Conflict:
        return str("CONFLICT");
    }
    return {};
}

std::optional<PendingState> pendingStateFromString(const QString &text)
{
    for (PendingState s : {PendingState::Pending, PendingState::Applied, PendingState::Conflict}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

namespace cloud {

const QStringList &cloudChanges()
{
    static const QStringList actions = {str("ModifyImageSharePermission"),
                                        str("ModifyImageAttribute"),
                                        str("SyncImages"),
                                        str("DeleteImages"),
                                        str("CreateImage"),
                                        str("ImportImage"),
                                        str("RunInstances"),
                                        str("ResetInstance"),
                                        str("TerminateInstances"),
                                        str("ExportImages")};
    return actions;
}

bool isCloudChange(const QString &action)
{
    return cloudChanges().contains(action);
}

QJsonValue replaceIds(const QJsonValue &value, const QHash<QString, QString> &ids)
{
    if (ids.isEmpty())
        return value;
    if (value.isString()) {
        const auto it = ids.constFind(value.toString());
        return it == ids.cend() ? value : QJsonValue(*it);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(replaceIds(v, ids));
        return out;
    }
    if (value.isObject())
        return replaceIds(value.toObject(), ids);
    return value;
}

QJsonObject replaceIds(const QJsonObject &value, const QHash<QString, QString> &ids)
{
    if (ids.isEmpty())
        return value;
    QJsonObject out;
    for (auto it = value.constBegin(); it != value.constEnd(); ++it)
        out.insert(it.key(), replaceIds(it.value(), ids));
    return out;
}

QJsonObject callParameters(const PendingChange &change, const QHash<QString, QString> &ids)
{
    QJsonObject p = replaceIds(change.parameters, ids);
    // The console journals where it acted beside the parameters; the API takes the region in
    // X-TC-Region.
    if (change.action == QLatin1String("ImportImage") ||
        change.action == QLatin1String("RunInstances"))
        p.remove(str("Region"));
    // A change is journaled once; the check before it is apply's own.
    p.remove(str("DryRun"));
    if (change.action == QLatin1String("SyncImages"))
        p.insert(str("ImageSetRequired"), true); // the copies' IDs are needed at once
    return p;
}

QJsonObject effectToJson(const WorkspaceDelta &d)
{
    QJsonObject o;
    auto put = [&o](const char *key, const QJsonArray &a) {
        if (!a.isEmpty())
            o.insert(QLatin1String(key), a);
    };
    put("Accounts", changesToJson(d.accounts, WorkspaceFile::accountToJson));
    put("Images", changesToJson(d.images, WorkspaceFile::imageToJson));
    put("Instances", changesToJson(d.instances, WorkspaceFile::instanceToJson));
    put("Snapshots", changesToJson(d.snapshots, WorkspaceFile::snapshotToJson));
    put("Tasks", changesToJson(d.tasks, WorkspaceFile::taskToJson));
    return o;
}

} // namespace cloud
} // namespace cvm

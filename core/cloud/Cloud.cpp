#include "Cloud.h"

#include "WorkspaceDelta.h"
#include "WorkspaceFile.h"
#include "WorkspaceReader.h"

#include <QJsonArray>

namespace cvm {
namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// Keys of the "cloud" section (Tencent's names where the value is Tencent's).
constexpr QLatin1String kEndpoint("Endpoint");
constexpr QLatin1String kPulledTime("PulledTime");
constexpr QLatin1String kAccountIds("AccountIds");
constexpr QLatin1String kRegions("Regions");
constexpr QLatin1String kPending("Pending");
constexpr QLatin1String kSequence("Sequence");
constexpr QLatin1String kTime("Time");
constexpr QLatin1String kAccountId("AccountId");
constexpr QLatin1String kAction("Action");
constexpr QLatin1String kRegion("Region");
constexpr QLatin1String kParameters("Parameters");
constexpr QLatin1String kProvisionalIds("ProvisionalIds");
constexpr QLatin1String kState("State");
constexpr QLatin1String kRefusal("Refusal");
constexpr QLatin1String kRule("Rule");
constexpr QLatin1String kCode("Code");
constexpr QLatin1String kMessage("Message");
constexpr QLatin1String kArguments("Arguments");
constexpr QLatin1String kRequestId("RequestId");
constexpr QLatin1String kItems("Items");
constexpr QLatin1String kAppliedTime("AppliedTime");
constexpr QLatin1String kEffect("Effect");

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

QJsonObject toJson(const CloudLink &link, const QList<PendingChange> &pending)
{
    QJsonObject o;
    if (!link.endpoint.isEmpty())
        o.insert(kEndpoint, link.endpoint);
    if (link.pulledTime.isValid())
        o.insert(kPulledTime, WorkspaceFile::timeToString(link.pulledTime));
    o.insert(kAccountIds, QJsonArray::fromStringList(link.accountIds));
    o.insert(kRegions, QJsonArray::fromStringList(link.regionIds));
    QJsonArray list;
    for (const PendingChange &c : pending) {
        QJsonObject p{{kSequence, c.sequence},    {kTime, WorkspaceFile::timeToString(c.time)},
                      {kAccountId, c.accountId},  {kAction, c.action},
                      {kRegion, c.region},        {kParameters, c.parameters},
                      {kState, toString(c.state)}};
        if (!c.provisionalIds.isEmpty())
            p.insert(kProvisionalIds, QJsonArray::fromStringList(c.provisionalIds));
        if (c.refusal) {
            QJsonObject r{{kCode, c.refusal->code}};
            if (!c.refusal->rule.isEmpty())
                r.insert(kRule, c.refusal->rule);
            if (!c.refusal->message.isEmpty())
                r.insert(kMessage, c.refusal->message);
            if (!c.refusal->args.isEmpty())
                r.insert(kArguments, QJsonObject::fromVariantMap(c.refusal->args));
            if (!c.refusal->requestId.isEmpty())
                r.insert(kRequestId, c.refusal->requestId);
            if (!c.refusal->items.isEmpty())
                r.insert(kItems, QJsonArray::fromStringList(c.refusal->items));
            p.insert(kRefusal, r);
        }
        if (!c.requestId.isEmpty())
            p.insert(kRequestId, c.requestId);
        if (c.appliedTime.isValid())
            p.insert(kAppliedTime, WorkspaceFile::timeToString(c.appliedTime));
        if (!c.effect.isEmpty())
            p.insert(kEffect, c.effect);
        list.append(p);
    }
    o.insert(kPending, list);
    return o;
}

bool fromJson(const QJsonObject &o, const QString &path, CloudLink &link,
              QList<PendingChange> &pending, QList<LoadProblem> &problems)
{
    const qsizetype before = problems.size();
    auto problem = [&](const QString &where, const QJsonValue &value, Expect expect,
                       const QStringList &allowed = {}) {
        LoadProblem p;
        p.kind = value.isUndefined() ? LoadProblem::Kind::Missing : LoadProblem::Kind::Invalid;
        p.path = where;
        p.value = value.isUndefined() ? QString() : shownJsonValue(value);
        p.expect = expect;
        p.allowed = allowed;
        problems.append(p);
    };
    auto text = [&](const QJsonObject &from, QLatin1String key, const QString &where,
                    bool required) {
        const QJsonValue v = from.value(key);
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString() || (required && v.toString().isEmpty()))
            problem(where + QLatin1Char('.') + key, v,
                    required ? Expect::NonEmptyString : Expect::String);
        return v.toString();
    };
    auto time = [&](const QJsonObject &from, QLatin1String key, const QString &where,
                    bool required) {
        const QJsonValue v = from.value(key);
        if (v.isUndefined() && !required)
            return QDateTime();
        const QDateTime t = parseWorkspaceTime(v.toString());
        if (!v.isString() || !t.isValid())
            problem(where + QLatin1Char('.') + key, v, Expect::Time);
        return t;
    };
    auto strings = [&](const QJsonObject &from, QLatin1String key, const QString &where) {
        QStringList out;
        const QJsonValue v = from.value(key);
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            problem(where + QLatin1Char('.') + key, v, Expect::Array);
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                problem(QStringLiteral("%1.%2[%3]").arg(where, key).arg(i), a.at(i),
                        Expect::String);
            out.append(a.at(i).toString());
        }
        return out;
    };

    link.endpoint = text(o, kEndpoint, path, false);
    link.pulledTime = time(o, kPulledTime, path, false);
    link.accountIds = strings(o, kAccountIds, path);
    link.regionIds = strings(o, kRegions, path);
    const QJsonValue list = o.value(kPending);
    if (!list.isUndefined() && !list.isArray())
        problem(path + QLatin1Char('.') + kPending, list, Expect::Array);
    const QJsonArray items = list.toArray();
    QSet<int> sequences;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("%1.%2[%3]").arg(path, kPending).arg(i);
        if (!items.at(i).isObject()) {
            problem(where, items.at(i), Expect::Object);
            continue;
        }
        const QJsonObject p = items.at(i).toObject();
        PendingChange c;
        const QJsonValue seq = p.value(kSequence);
        if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() > 1e9 ||
            seq.toDouble() != double(seq.toInt()) || sequences.contains(seq.toInt()))
            problem(where + QLatin1Char('.') + kSequence, seq, Expect::IntegerInRange,
                    {str("1"), str("1000000000")});
        c.sequence = seq.toInt();
        sequences.insert(c.sequence);
        c.time = time(p, kTime, where, true);
        c.accountId = text(p, kAccountId, where, true);
        c.action = text(p, kAction, where, true);
        if (!c.action.isEmpty() && !isCloudChange(c.action))
            problem(where + QLatin1Char('.') + kAction, p.value(kAction), Expect::OneOf,
                    cloudChanges());
        c.region = text(p, kRegion, where, false);
        if (!p.value(kParameters).isObject())
            problem(where + QLatin1Char('.') + kParameters, p.value(kParameters), Expect::Object);
        c.parameters = p.value(kParameters).toObject();
        c.provisionalIds = strings(p, kProvisionalIds, where);
        const auto state = pendingStateFromString(p.value(kState).toString());
        if (!state)
            problem(where + QLatin1Char('.') + kState, p.value(kState), Expect::OneOf,
                    {str("PENDING"), str("APPLIED"), str("CONFLICT")});
        c.state = state.value_or(PendingState::Pending);
        if (p.contains(kRefusal)) {
            const QJsonObject r = p.value(kRefusal).toObject();
            const QString rw = where + QLatin1Char('.') + kRefusal;
            if (!p.value(kRefusal).isObject())
                problem(rw, p.value(kRefusal), Expect::Object);
            PendingRefusal refusal;
            refusal.rule = text(r, kRule, rw, false);
            refusal.code = text(r, kCode, rw, true);
            refusal.message = text(r, kMessage, rw, false);
            refusal.requestId = text(r, kRequestId, rw, false);
            refusal.args = r.value(kArguments).toObject().toVariantMap();
            refusal.items = strings(r, kItems, rw);
            c.refusal = refusal;
        }
        c.requestId = text(p, kRequestId, where, false);
        c.appliedTime = time(p, kAppliedTime, where, false);
        if (p.contains(kEffect)) {
            c.effect = p.value(kEffect).toObject();
            if (!p.value(kEffect).isObject() || !effectFromJson(c.effect))
                problem(where + QLatin1Char('.') + kEffect, p.value(kEffect), Expect::Object);
        }
        pending.append(c);
    }
    return problems.size() == before;
}

} // namespace cloud
} // namespace cvm

#pragma once

#include "Records.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What a workspace connected to Tencent Cloud knows of that connection: where and when it was
// last pulled, and the changes made since, which are pending until they are applied in the
// cloud. Credentials are never part of it (nor of the file).
namespace cvm {

struct WorkspaceDelta;

enum class PendingState
{
    Pending,  // made in the console (or over its API) since the pull; not sent yet
    Applied,  // carried out in the cloud; leaves the list at the next pull
    Conflict, // the rules refuse it against the state last pulled, or the cloud refused it
};
QString toString(PendingState state);
std::optional<PendingState> pendingStateFromString(const QString &text);

// Why a pending change cannot go on: the rules' refusal (rule, code, arguments) against the
// state just pulled, or the cloud's own answer (code and its message, RequestId).
struct PendingRefusal
{
    QString rule;      // empty when the cloud refused what the rules allowed
    QString code;      // Tencent's error code
    QString message;   // the cloud's message (for a cloud refusal)
    QVariantMap args;  // the rule's arguments (for a rules refusal)
    QStringList items; // the IDs the rule names
    QString requestId; // the refused call's (for a cloud refusal)
    bool operator==(const PendingRefusal &) const = default;
};

struct PendingChange
{
    int sequence = 0; // the order in which changes are applied
    QDateTime time;
    QString accountId;
    QString action;         // the API action, e.g. ModifyImageSharePermission
    QString region;         // X-TC-Region of the call
    QJsonObject parameters; // the call's parameters, provisional IDs included
    // IDs the console gave to what the change creates (copies, created and imported images,
    // instances); the cloud's own IDs replace them everywhere when the change is applied.
    QStringList provisionalIds;
    PendingState state = PendingState::Pending;
    std::optional<PendingRefusal> refusal;
    QString requestId;     // of the applied call
    QDateTime appliedTime; // when it was applied
    // The change's effect on the workspace (a serialized WorkspaceDelta): dropping the change
    // undoes it, and a pull takes it back before it lays the cloud's state down and makes the
    // change again on top.
    QJsonObject effect;

    QString id() const { return QString::number(sequence); }
    bool isPending() const { return state == PendingState::Pending; }
    bool operator==(const PendingChange &) const = default;
};

struct CloudLink
{
    QString endpoint;       // e.g. https://cvm.tencentcloudapi.com
    QDateTime pulledTime;   // invalid: the workspace was never pulled
    QStringList accountIds; // the accounts pulled (each has credentials outside the file)
    QStringList regionIds;  // the regions pulled

    bool isLinked() const { return pulledTime.isValid(); }
    bool covers(const QString &accountId) const
    {
        return isLinked() && accountIds.contains(accountId);
    }
    bool operator==(const CloudLink &) const = default;
};

// The file's "cloud" section: the link and the changes pending, in the order of their
// sequences. Its fields are listed in the schema (core/file/WorkspaceSchema.cpp).
struct CloudRecord : CloudLink
{
    QList<PendingChange> pending;
    bool operator==(const CloudRecord &) const = default;
};

// What a pull read from the cloud, for the accounts and regions it covers.
struct PulledState
{
    QString endpoint;
    QDateTime time;
    QList<Account> accounts; // the accounts pulled (their credentials stay outside)
    QList<Region> regions;   // the regions pulled, with their zones
    QList<Image> images;     // every image the accounts see there; own images with their shares
    QList<Instance> instances;
    std::optional<int> imageQuota; // DescribeImageQuota's ImageNumQuota
    // What DescribeImportImageOs lists that the console's own catalogue of importable systems
    // (ImportOsCatalog) does not: "OsName OsVersion" each. The import dialog and the rules use
    // the catalogue; a pull says when the cloud offers more.
    QStringList importOsUnknown;
};

// What a pull changed.
struct RefreshSummary
{
    int imagesAdded = 0;
    int imagesChanged = 0;
    int imagesRemoved = 0;
    int instancesChanged = 0;
    int replayed = 0;         // pending changes made again on the state pulled
    QList<int> conflicts;     // sequences of the changes the rules now refuse
    int appliedForgotten = 0; // applied changes the pull confirmed, dropped from the list
};

namespace cloud {

// The actions that change the cloud: made in a connected workspace, they become pending changes.
// They are the API endpoint's changes (api::ApiService::changes), which core cannot ask; a test
// holds the two to each other.
const QStringList &cloudChanges();
bool isCloudChange(const QString &action);

// The call a pending change sends: its parameters as the API takes them, with `ids` (the
// provisional IDs already given real ones) replaced.
QJsonObject callParameters(const PendingChange &change, const QHash<QString, QString> &ids = {});

// Every string of `value` equal to a key of `ids` replaced by its value.
QJsonValue replaceIds(const QJsonValue &value, const QHash<QString, QString> &ids);
QJsonObject replaceIds(const QJsonObject &value, const QHash<QString, QString> &ids);

QJsonObject effectToJson(const WorkspaceDelta &delta);
std::optional<WorkspaceDelta> effectFromJson(const QJsonObject &effect);

} // namespace cloud
} // namespace cvm

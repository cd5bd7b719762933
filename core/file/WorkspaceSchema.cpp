// The fields of each record of the workspace file. To add a field: one line in its record's
// list below (and the member in Records.h); the writer, the reader and the JSON objects
// follow. Fields are listed in the order they are read (which orders the problems of a bad
// record); the file holds them in the order of their keys.
#include "WorkspaceSchema.h"

#include "Ids.h"
#include "WorkspaceDelta.h"
#include "WorkspaceKeys.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <initializer_list>

namespace cvm::schema {
namespace {

template <typename> struct Member;
template <typename R, typename T> struct Member<T R::*>
{
    using Record = R;
    using Value = T;
};
template <auto M> using RecordOf = typename Member<decltype(M)>::Record;
template <auto M> using ValueOf = typename Member<decltype(M)>::Value;

bool nonEmptyText(const QString &s)
{
    return !s.trimmed().isEmpty();
}
bool nonEmptyId(const QString &s)
{
    return !s.isEmpty();
}
bool isWindowsCheck(const QString &s)
{
    return windowsCheckFromKey(s).has_value();
}

bool (*validFor(Expect e))(const QString &)
{
    switch (e) {
    case Expect::NonEmptyString:
        return nonEmptyText;
    case Expect::ImageId:
        return ids::isImageId;
    case Expect::InstanceId:
        return ids::isInstanceId;
    case Expect::SnapshotId:
        return ids::isSnapshotId;
    case Expect::AccountId:
        return ids::isAccountId;
    case Expect::RegionId:
        return ids::isRegionId;
    case Expect::TaskId:
        return ids::isTaskId;
    default:
        return nullptr;
    }
}

Field base(QLatin1String key, Type type, quint16 flags, Expect expect = Expect::String)
{
    Field f;
    f.key = key;
    f.type = type;
    f.flags = flags;
    f.expect = expect;
    return f;
}

// R: the record, when the member is one of a base of it (CloudRecord's of CloudLink).
template <auto M, typename R = RecordOf<M>>
Field text(QLatin1String key, Expect e = Expect::String, quint16 flags = 0)
{
    Field f = base(key, Type::Text, flags, e);
    f.valid = validFor(e);
    f.text = [](const void *r) -> const QString & { return static_cast<const R *>(r)->*M; };
    f.setText = [](void *r, QString &&v) { static_cast<R *>(r)->*M = std::move(v); };
    return f;
}

template <auto M>
Field integer(QLatin1String key, quint16 flags = 0, Expect e = Expect::NonNegativeInteger)
{
    using R = RecordOf<M>;
    Field f = base(key, Type::Integer, flags, e);
    f.integer = [](const void *r) -> std::optional<int> { return static_cast<const R *>(r)->*M; };
    f.setInteger = [](void *r, int v) { static_cast<R *>(r)->*M = v; };
    return f;
}

template <auto M> Field boolean(QLatin1String key, quint16 flags = 0)
{
    using R = RecordOf<M>;
    Field f = base(key, Type::Boolean, flags, Expect::Boolean);
    f.boolean = [](const void *r) { return static_cast<const R *>(r)->*M; };
    f.setBoolean = [](void *r, bool v) { static_cast<R *>(r)->*M = v; };
    return f;
}

template <auto M, typename R = RecordOf<M>> Field time(QLatin1String key, quint16 flags = 0)
{
    Field f = base(key, Type::Time, flags, Expect::Time);
    f.time = [](const void *r) -> const QDateTime & { return static_cast<const R *>(r)->*M; };
    f.setTime = [](void *r, QDateTime &&v) { static_cast<R *>(r)->*M = std::move(v); };
    return f;
}

template <typename E> QStringList namesOf(std::initializer_list<E> values)
{
    QStringList out;
    for (E e : values)
        out.append(toString(e));
    return out;
}

// An enumeration of Enums.h: its names by toString, read by `Parse`; `allowed` as messages
// list them.
template <auto M, auto Parse>
Field enumeration(QLatin1String key, quint16 flags,
                  std::initializer_list<typename decltype(Parse(QString()))::value_type> allowed)
{
    using R = RecordOf<M>;
    using E = typename decltype(Parse(QString()))::value_type;
    Field f = base(key, Type::Enum, flags, Expect::OneOf);
    f.enumValue = [](const void *r) { return int(static_cast<const R *>(r)->*M); };
    f.setEnum = [](void *r, int v) { static_cast<R *>(r)->*M = ValueOf<M>(v); };
    f.parse = [](const QString &s) {
        const std::optional<E> e = Parse(s);
        return e ? int(*e) : -1;
    };
    f.name = [](int v) { return toString(E(v)); };
    f.allowed = namesOf(allowed);
    return f;
}

template <auto M, typename R = RecordOf<M>>
Field textList(QLatin1String key, quint16 flags = 0, Expect element = Expect::String,
               bool (*valid)(const QString &) = nullptr)
{
    Field f = base(key, Type::TextList, flags, Expect::Array);
    f.element = element;
    f.elementValid = valid;
    f.list = [](const void *r) -> const QStringList & { return static_cast<const R *>(r)->*M; };
    f.setList = [](void *r, QStringList &&v) { static_cast<R *>(r)->*M = std::move(v); };
    return f;
}

template <auto M> Field records(QLatin1String key, const RecordSchema &child, quint16 flags = 0)
{
    using R = RecordOf<M>;
    using Child = typename ValueOf<M>::value_type;
    Field f = base(key, Type::Records, flags, Expect::Array);
    f.child = &child;
    f.count = [](const void *r) { return (static_cast<const R *>(r)->*M).size(); };
    f.at = [](const void *r, qsizetype i) -> const void * {
        return &(static_cast<const R *>(r)->*M).at(i);
    };
    f.append = [](void *r) -> void * {
        auto &list = static_cast<R *>(r)->*M;
        list.append(Child{});
        return &list.last();
    };
    return f;
}

template <auto M> Field record(QLatin1String key, const RecordSchema &child, quint16 flags = 0)
{
    using R = RecordOf<M>;
    using Child = ValueOf<M>;
    Field f = base(key, Type::Record, flags, Expect::Object);
    f.child = &child;
    f.record = [](const void *r) -> const void * { return &(static_cast<const R *>(r)->*M); };
    f.mutableRecord = [](void *r) -> void * { return &(static_cast<R *>(r)->*M); };
    f.isDefault = [](const void *r) { return static_cast<const R *>(r)->*M == Child{}; };
    return f;
}

// A record that may be absent (a std::optional): not written then, made when read.
template <auto M>
Field optionalRecord(QLatin1String key, const RecordSchema &child, quint16 flags = 0)
{
    using R = RecordOf<M>;
    using Child = typename ValueOf<M>::value_type;
    Field f = base(key, Type::Record, flags, Expect::Object);
    f.child = &child;
    f.record = [](const void *r) -> const void * {
        const std::optional<Child> &o = static_cast<const R *>(r)->*M;
        return o ? &*o : nullptr;
    };
    f.mutableRecord = [](void *r) -> void * {
        std::optional<Child> &o = static_cast<R *>(r)->*M;
        if (!o)
            o.emplace();
        return &*o;
    };
    f.isDefault = [](const void *r) {
        const std::optional<Child> &o = static_cast<const R *>(r)->*M;
        return !o || *o == Child{};
    };
    return f;
}

template <auto M> Field object(QLatin1String key, quint16 flags = 0)
{
    using R = RecordOf<M>;
    Field f = base(key, Type::Object, flags, Expect::Object);
    f.object = [](const void *r) { return static_cast<const R *>(r)->*M; };
    f.setObject = [](void *r, QJsonObject &&v) { static_cast<R *>(r)->*M = std::move(v); };
    return f;
}

// A QVariantMap (a refusal's arguments), written as the JSON object it converts to.
template <auto M> Field variantMap(QLatin1String key, quint16 flags = 0)
{
    using R = RecordOf<M>;
    Field f = base(key, Type::Object, flags, Expect::Object);
    f.object = [](const void *r) {
        return QJsonObject::fromVariantMap(static_cast<const R *>(r)->*M);
    };
    f.setObject = [](void *r, QJsonObject &&v) { static_cast<R *>(r)->*M = v.toVariantMap(); };
    return f;
}

template <typename F> Field with(Field f, F change)
{
    change(f);
    return f;
}

RecordSchema make(std::initializer_list<Field> fields, void (*finish)(void *) = nullptr,
                  void (*check)(const void *, QList<CheckProblem> &) = nullptr)
{
    RecordSchema s;
    s.fields = fields;
    s.finish = finish;
    s.check = check;
    for (int i = 0; i < s.fields.size(); ++i) {
        s.writeOrder.append(i);
        if (s.fields.at(i).required(false))
            s.requiredMask |= quint64(1) << i;
        if (s.fields.at(i).readIf || s.fields.at(i).whenAbsent)
            s.hookMask |= quint64(1) << i;
    }
    // The order QJsonDocument writes keys in: by UTF-16 code unit, for these ASCII keys
    // byte order.
    std::sort(s.writeOrder.begin(), s.writeOrder.end(), [&s](int a, int b) {
        const QLatin1String x = s.fields.at(a).key, y = s.fields.at(b).key;
        return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end());
    });
    Q_ASSERT(s.fields.size() <= 64);
    return s;
}

const Image &asImage(const void *r)
{
    return *static_cast<const Image *>(r);
}

// The key of a Windows check, kept for as long as the schema.
QLatin1String checkKey(WindowsCheck c)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> all;
        for (WindowsCheck w : allWindowsChecks())
            all.append(windowsCheckKey(w).toLatin1());
        return all;
    }();
    const QByteArray &k = keys.at(int(c));
    return QLatin1String(k.constData(), k.size());
}

const RecordSchema &snapshotRef()
{
    static const RecordSchema s = make({
        text<&SnapshotRef::snapshotId>(QLatin1String("SnapshotId"), Expect::SnapshotId, Required),
        enumeration<&SnapshotRef::diskUsage, diskUsageFromString>(
            QLatin1String("DiskUsage"), 0, {DiskUsage::SystemDisk, DiskUsage::DataDisk}),
        integer<&SnapshotRef::diskSize>(QLatin1String("DiskSize")),
    });
    return s;
}

const RecordSchema &tag()
{
    static const RecordSchema s = make({
        text<&Tag::key>(QLatin1String("Key"), Expect::String, Required),
        text<&Tag::value>(QLatin1String("Value")),
    });
    return s;
}

const RecordSchema &share()
{
    static const RecordSchema s = make({
        text<&ShareEntry::accountId>(key::AccountId, Expect::AccountId, Required | Pooled),
        time<&ShareEntry::createdTime>(key::CreatedTime, Required),
    });
    return s;
}

const RecordSchema &systemDisk()
{
    static const RecordSchema s = make({
        text<&SystemDisk::diskType>(QLatin1String("DiskType"), Expect::String, Pooled | OmitEmpty),
        text<&SystemDisk::diskId>(QLatin1String("DiskId"), Expect::String, OmitEmpty),
        integer<&SystemDisk::diskSize>(QLatin1String("DiskSize")),
    });
    return s;
}

const RecordSchema &windowsChecks()
{
    static const RecordSchema s = make({
        boolean<&WindowsChecks::agentServices>(checkKey(WindowsCheck::AgentServices), NullInvalid),
        boolean<&WindowsChecks::modulesInstaller>(checkKey(WindowsCheck::ModulesInstaller),
                                                  NullInvalid),
        boolean<&WindowsChecks::securitySoftware>(checkKey(WindowsCheck::SecuritySoftware),
                                                  NullInvalid),
        boolean<&WindowsChecks::systemPopups>(checkKey(WindowsCheck::SystemPopups), NullInvalid),
    });
    return s;
}

const RecordSchema &journalError()
{
    static const RecordSchema s = make({
        text<&JournalError::rule>(key::Rule),
        text<&JournalError::code>(QLatin1String("Code"), Expect::String, Required),
    });
    return s;
}

// Keys of the "cloud" section that its checks name.
constexpr QLatin1String kPending("Pending");
constexpr QLatin1String kSequence("Sequence");
constexpr QLatin1String kEffect("Effect");


const RecordSchema &pendingRefusal()
{
    static const RecordSchema s = make({
        text<&PendingRefusal::rule>(key::Rule, Expect::String, OmitEmpty),
        text<&PendingRefusal::code>(QLatin1String("Code"), Expect::NonEmptyString, Required),
        text<&PendingRefusal::message>(QLatin1String("Message"), Expect::String, OmitEmpty),
        variantMap<&PendingRefusal::args>(QLatin1String("Arguments"), OmitEmpty),
        text<&PendingRefusal::requestId>(QLatin1String("RequestId"), Expect::String, OmitEmpty),
        textList<&PendingRefusal::items>(QLatin1String("Items"), OmitEmpty),
    });
    return s;
}

const RecordSchema &pendingChange()
{
    static const RecordSchema s = make(
        {
            integer<&PendingChange::sequence>(kSequence, Required),
            time<&PendingChange::time>(key::Time, Required),
            text<&PendingChange::accountId>(key::AccountId, Expect::NonEmptyString, Required),
            // One of the actions that change the cloud: only those become pending changes.
            with(base(key::Action, Type::Enum, Required, Expect::OneOf),
                 [](Field &f) {
                     f.enumValue = [](const void *r) {
                         return int(cloud::cloudChanges().indexOf(
                             static_cast<const PendingChange *>(r)->action));
                     };
                     f.setEnum = [](void *r, int v) {
                         static_cast<PendingChange *>(r)->action = cloud::cloudChanges().at(v);
                     };
                     f.parse = [](const QString &name) {
                         return int(cloud::cloudChanges().indexOf(name));
                     };
                     f.name = [](int v) { return v < 0 ? QString() : cloud::cloudChanges().at(v); };
                     f.allowed = cloud::cloudChanges();
                 }),
            text<&PendingChange::region>(key::Region),
            object<&PendingChange::parameters>(key::Parameters, Required),
            textList<&PendingChange::provisionalIds>(QLatin1String("ProvisionalIds"), OmitEmpty),
            enumeration<&PendingChange::state, pendingStateFromString>(
                QLatin1String("State"), Required,
                {PendingState::Pending, PendingState::Applied, PendingState::Conflict}),
            optionalRecord<&PendingChange::refusal>(QLatin1String("Refusal"), pendingRefusal()),
            text<&PendingChange::requestId>(QLatin1String("RequestId"), Expect::String, OmitEmpty),
            time<&PendingChange::appliedTime>(QLatin1String("AppliedTime"), OmitEmpty),
            object<&PendingChange::effect>(kEffect, OmitEmpty),
        },
        nullptr,
        // A sequence from 1 up; an effect that dropping the change can undo.
        [](const void *r, QList<CheckProblem> &problems) {
            const PendingChange &c = *static_cast<const PendingChange *>(r);
            if (c.sequence < 1 || c.sequence > 1000000000)
                problems.append({kSequence, QString(), c.sequence, Expect::IntegerInRange,
                                 {QStringLiteral("1"), QStringLiteral("1000000000")}});
            if (!c.effect.isEmpty() && !cloud::effectFromJson(c.effect))
                problems.append({kEffect, QString(), c.effect, Expect::Object, {}});
        });
    return s;
}

} // namespace

const RecordSchema &account()
{
    static const RecordSchema s = make({
        text<&Account::accountId>(key::AccountId, Expect::AccountId, Required),
        text<&Account::name>(QLatin1String("Name")),
        boolean<&Account::canImportImages>(QLatin1String("CanImportImages")),
        textList<&Account::trustedAccountIds>(QLatin1String("TrustedAccountIds"), OmitEmpty,
                                              Expect::AccountId, ids::isAccountId),
    });
    return s;
}

const RecordSchema &region()
{
    static const RecordSchema s = make(
        {
            text<&Region::regionId>(key::Region, Expect::RegionId, Required),
            text<&Region::nameEn>(QLatin1String("RegionName"), Expect::NonEmptyString, Required),
            text<&Region::nameId>(QLatin1String("RegionNameId")),
            enumeration<&Region::state, regionStateFromString>(
                QLatin1String("RegionState"), 0,
                {RegionState::Available, RegionState::Unavailable}),
            boolean<&Region::supportsImageCopy>(QLatin1String("SupportsImageCopy")),
            boolean<&Region::supportsImageImport>(QLatin1String("SupportsImageImport")),
            textList<&Region::zones>(QLatin1String("Zones"), 0, Expect::NonEmptyString,
                                     nonEmptyId),
        },
        // A region without a name in Indonesian goes by its English one.
        [](void *r) {
            Region &region = *static_cast<Region *>(r);
            if (region.nameId.isEmpty())
                region.nameId = region.nameEn;
        });
    return s;
}

const RecordSchema &image()
{
    static const RecordSchema s = make({
        text<&Image::imageId>(key::ImageId, Expect::ImageId, Required),
        text<&Image::imageName>(QLatin1String("ImageName"), Expect::String, Required),
        text<&Image::imageDescription>(QLatin1String("ImageDescription")),
        // The file says what kind an image is as the API does; SHARED_IMAGE only in an answer.
        with(enumeration<&Image::kind, imageTypeFromString>(
                 key::ImageType, Required,
                 {ImageType::Public, ImageType::Private, ImageType::Shared, ImageType::Market}),
             [](Field &f) {
                 f.enumValue = [](const void *r) {
                     const ImageKind kind = asImage(r).kind;
                     return int(kind == ImageKind::Public   ? ImageType::Public
                                : kind == ImageKind::Market ? ImageType::Market
                                                            : ImageType::Private);
                 };
                 f.setEnum = [](void *r, int v) {
                     static_cast<Image *>(r)->kind = v == int(ImageType::Public) ? ImageKind::Public
                                                     : v == int(ImageType::Market)
                                                         ? ImageKind::Market
                                                         : ImageKind::Custom;
                 };
                 f.name = [](int v) { return toString(ImageType(v)); };
                 f.notInFile = int(ImageType::Shared);
             }),
        enumeration<&Image::state, imageStateFromString>(
            QLatin1String("ImageState"), Required,
            {ImageState::Creating, ImageState::Normal, ImageState::CreateFailed,
             ImageState::Syncing, ImageState::Importing, ImageState::ImportFailed}),
        // Without a source: made by an operator if custom, Tencent's own otherwise.
        with(enumeration<&Image::source, imageSourceFromString>(
                 QLatin1String("ImageSource"), 0,
                 {ImageSource::Official, ImageSource::CreateImage, ImageSource::ExternalImport}),
             [](Field &f) {
                 f.whenAbsent = [](void *r) {
                     Image &img = *static_cast<Image *>(r);
                     img.source = img.isCustom() ? ImageSource::CreateImage : ImageSource::Official;
                 };
             }),
        text<&Image::osName>(QLatin1String("OsName"), Expect::String, Pooled),
        text<&Image::platform>(QLatin1String("Platform"), Expect::String, Pooled),
        text<&Image::architecture>(QLatin1String("Architecture"), Expect::String, Pooled),
        integer<&Image::imageSize>(QLatin1String("ImageSize")),
        time<&Image::createdTime>(key::CreatedTime, RequiredInFile),
        text<&Image::imageCreator>(key::ImageCreator, Expect::String, Pooled | OmitEmpty),
        integer<&Image::syncPercent>(QLatin1String("SyncPercent"), 0, Expect::Percent),
        boolean<&Image::isSupportCloudinit>(QLatin1String("IsSupportCloudinit"), RequiredInFile),
        records<&Image::snapshots>(QLatin1String("SnapshotSet"), snapshotRef()),
        records<&Image::tags>(QLatin1String("Tags"), tag()),
        enumeration<&Image::licenseType, licenseTypeFromString>(
            QLatin1String("LicenseType"), 0, {LicenseType::TencentCloud, LicenseType::Byol}),
        text<&Image::imageFamily>(QLatin1String("ImageFamily"), Expect::String, OmitEmpty),
        boolean<&Image::imageDeprecated>(QLatin1String("ImageDeprecated"), OmitEmpty),
        // Workspace fields.
        with(text<&Image::ownerAccountId>(QLatin1String("OwnerAccountId"), Expect::AccountId,
                                          Required | FileOnly | OmitEmpty | Pooled),
             [](Field &f) { f.readIf = [](const void *r) { return asImage(r).isCustom(); }; }),
        text<&Image::region>(key::Region, Expect::RegionId, Required | FileOnly | Pooled),
        with(records<&Image::shares>(key::Shares, share(), FileOnly),
             [](Field &f) { f.writtenIf = [](const void *r) { return asImage(r).isCustom(); }; }),
        text<&Image::sourceImageId>(QLatin1String("SourceImageId"), Expect::ImageId,
                                    FileOnly | OmitEmpty),
        text<&Image::sourceRegion>(QLatin1String("SourceRegion"), Expect::RegionId,
                                   FileOnly | OmitEmpty | Pooled),
        text<&Image::createdFromInstanceId>(QLatin1String("CreatedFromInstanceId"),
                                            Expect::InstanceId, FileOnly | OmitEmpty),
        boolean<&Image::encrypted>(QLatin1String("Encrypted"), FileOnly | OmitEmpty),
        text<&Image::failureReason>(QLatin1String("FailureReason"), Expect::String,
                                    FileOnly | OmitEmpty),
        with(textList<&Image::failedChecks>(QLatin1String("FailedChecks"), FileOnly | OmitEmpty,
                                            Expect::OneOf, isWindowsCheck),
             [](Field &f) {
                 for (WindowsCheck c : allWindowsChecks())
                     f.allowed.append(windowsCheckKey(c));
             }),
    });
    return s;
}

const RecordSchema &instance()
{
    static const RecordSchema s = make({
        text<&Instance::instanceId>(QLatin1String("InstanceId"), Expect::InstanceId, Required),
        text<&Instance::instanceName>(QLatin1String("InstanceName")),
        text<&Instance::ownerAccountId>(QLatin1String("OwnerAccountId"), Expect::AccountId,
                                        Required | Pooled),
        text<&Instance::region>(key::Region, Expect::RegionId, Required | Pooled),
        text<&Instance::zone>(QLatin1String("Zone"), Expect::String, Pooled),
        text<&Instance::imageId>(key::ImageId, Expect::ImageId, Required),
        text<&Instance::osName>(QLatin1String("OsName"), Expect::String, Pooled),
        text<&Instance::platform>(QLatin1String("Platform"), Expect::String, Pooled),
        text<&Instance::instanceState>(QLatin1String("InstanceState"), Expect::String, Pooled),
        time<&Instance::createdTime>(key::CreatedTime, OmitEmpty),
        text<&Instance::instanceType>(QLatin1String("InstanceType"), Expect::String,
                                      Pooled | OmitEmpty),
        integer<&Instance::cpu>(QLatin1String("CPU"), OmitEmpty),
        integer<&Instance::memory>(QLatin1String("Memory"), OmitEmpty),
        text<&Instance::instanceChargeType>(QLatin1String("InstanceChargeType"), Expect::String,
                                            Pooled | OmitEmpty),
        textList<&Instance::privateIpAddresses>(QLatin1String("PrivateIpAddresses"), OmitEmpty,
                                                Expect::NonEmptyString),
        record<&Instance::systemDisk>(QLatin1String("SystemDisk"), systemDisk(), OmitEmpty),
        text<&Instance::uuid>(QLatin1String("Uuid"), Expect::String, OmitEmpty),
        with(record<&Instance::windowsChecks>(QLatin1String("WindowsChecks"), windowsChecks()),
             [](Field &f) {
                 f.writtenIf = [](const void *r) {
                     return static_cast<const Instance *>(r)->isWindows();
                 };
             }),
    });
    return s;
}

const RecordSchema &snapshot()
{
    static const RecordSchema s = make({
        text<&Snapshot::snapshotId>(QLatin1String("SnapshotId"), Expect::SnapshotId, Required),
        text<&Snapshot::ownerAccountId>(QLatin1String("OwnerAccountId"), Expect::AccountId,
                                        Required | Pooled),
        text<&Snapshot::region>(key::Region, Expect::RegionId, Required | Pooled),
        enumeration<&Snapshot::diskUsage, diskUsageFromString>(
            QLatin1String("DiskUsage"), 0, {DiskUsage::SystemDisk, DiskUsage::DataDisk}),
        integer<&Snapshot::diskSize>(QLatin1String("DiskSize")),
        time<&Snapshot::createdTime>(key::CreatedTime, OmitEmpty),
    });
    return s;
}

const RecordSchema &task()
{
    static const RecordSchema s = make({
        text<&Task::taskId>(QLatin1String("TaskId"), Expect::TaskId, Required),
        enumeration<&Task::kind, taskKindFromString>(
            key::Action, Required,
            {TaskKind::Sync, TaskKind::Create, TaskKind::Import, TaskKind::Export}),
        text<&Task::accountId>(key::AccountId, Expect::AccountId, Required),
        text<&Task::sourceImageId>(QLatin1String("SourceImageId"), Expect::ImageId, OmitEmpty),
        textList<&Task::imageIds>(QLatin1String("ImageIds"), 0, Expect::ImageId, ids::isImageId),
        text<&Task::instanceId>(QLatin1String("InstanceId"), Expect::InstanceId, OmitEmpty),
        time<&Task::startedTime>(QLatin1String("StartedTime"), Required),
        integer<&Task::durationSeconds>(QLatin1String("DurationSeconds"), Required),
        integer<&Task::elapsedSeconds>(QLatin1String("ElapsedSeconds")),
        enumeration<&Task::state, taskStateFromString>(
            QLatin1String("State"), Required,
            {TaskState::Running, TaskState::Succeeded, TaskState::Failed}),
        time<&Task::finishedTime>(QLatin1String("FinishedTime"), OmitEmpty),
        boolean<&Task::willFail>(QLatin1String("WillFail"), OmitEmpty),
        text<&Task::failureReason>(QLatin1String("FailureReason"), Expect::String, OmitEmpty),
        textList<&Task::failedChecks>(QLatin1String("FailedChecks"), OmitEmpty | Lenient),
        textList<&Task::shareWithAccountIds>(QLatin1String("ShareWithAccountIds"), OmitEmpty,
                                             Expect::AccountId, ids::isAccountId),
    });
    return s;
}

const RecordSchema &journalEntry()
{
    static const RecordSchema s = make({
        time<&JournalEntry::time>(key::Time, Required),
        text<&JournalEntry::accountId>(key::AccountId, Expect::String, Pooled),
        text<&JournalEntry::action>(key::Action, Expect::NonEmptyString, Required),
        text<&JournalEntry::channel>(key::Channel, Expect::String, Pooled),
        object<&JournalEntry::parameters>(key::Parameters, NullInvalid),
        // Whether the operation went through, as one of two words (an empty word: it did).
        with(base(key::Outcome, Type::Enum, Required, Expect::String),
             [](Field &f) {
                 f.enumValue = [](const void *r) {
                     return static_cast<const JournalEntry *>(r)->success ? 0 : 1;
                 };
                 f.setEnum = [](void *r, int v) { static_cast<JournalEntry *>(r)->success = v == 0; };
                 f.parse = [](const QString &word) {
                     return word.isEmpty() || word == QLatin1String("Success") ? 0
                            : word == QLatin1String("Refused")                ? 1
                                                                              : -1;
                 };
                 f.name = [](int v) {
                     return v == 0 ? QStringLiteral("Success") : QStringLiteral("Refused");
                 };
                 f.allowed = {QStringLiteral("Success"), QStringLiteral("Refused")};
             }),
        records<&JournalEntry::errors>(key::Errors, journalError(), OmitEmpty),
        object<&JournalEntry::result>(QLatin1String("Result"), OmitEmpty | Lenient),
    });
    return s;
}

const RecordSchema &policy()
{
    static const RecordSchema s = make({
        integer<&Policy::shareLimit>(QLatin1String("shareLimit")),
        integer<&Policy::customImageQuotaPerRegion>(QLatin1String("customImageQuotaPerRegion")),
        integer<&Policy::imageNameMaxLength>(QLatin1String("imageNameMaxLength")),
        integer<&Policy::imageDescriptionMaxLength>(QLatin1String("imageDescriptionMaxLength")),
        integer<&Policy::importMaxFileSizeGiB>(QLatin1String("importMaxFileSizeGiB")),
        integer<&Policy::importMaxVirtualSizeGiB>(QLatin1String("importMaxVirtualSizeGiB")),
        integer<&Policy::copyDurationSeconds>(QLatin1String("copyDurationSeconds")),
        integer<&Policy::createDurationSeconds>(QLatin1String("createDurationSeconds")),
        integer<&Policy::importDurationSeconds>(QLatin1String("importDurationSeconds")),
        integer<&Policy::journalLimit>(QLatin1String("journalLimit")),
    });
    return s;
}

const RecordSchema &cloud()
{
    static const RecordSchema s = make(
        {
            text<&CloudLink::endpoint, CloudRecord>(QLatin1String("Endpoint"), Expect::String,
                                                    OmitEmpty),
            time<&CloudLink::pulledTime, CloudRecord>(QLatin1String("PulledTime"), OmitEmpty),
            textList<&CloudLink::accountIds, CloudRecord>(QLatin1String("AccountIds")),
            textList<&CloudLink::regionIds, CloudRecord>(QLatin1String("Regions")),
            records<&CloudRecord::pending>(kPending, pendingChange()),
        },
        nullptr,
        // A change is known by its sequence: two changes cannot share one.
        [](const void *r, QList<CheckProblem> &problems) {
            const QList<PendingChange> &pending = static_cast<const CloudRecord *>(r)->pending;
            QSet<int> seen;
            for (qsizetype i = 0; i < pending.size(); ++i) {
                const int sequence = pending.at(i).sequence;
                if (seen.contains(sequence))
                    problems.append({kPending, QStringLiteral("[%1].%2").arg(i).arg(kSequence),
                                     sequence, Expect::Unique, {}});
                seen.insert(sequence);
            }
        });
    return s;
}

bool isWritten(const Field &f, const void *r)
{
    if (f.writtenIf && !f.writtenIf(r))
        return false;
    if (f.type == Type::Integer && !f.integer(r))
        return false; // an optional number without a value
    if (f.type == Type::Record && !f.record(r))
        return false; // an optional record that is absent
    if (!f.has(OmitEmpty))
        return true;
    switch (f.type) {
    case Type::Text:
        return !f.text(r).isEmpty();
    case Type::Integer:
        return *f.integer(r) > 0;
    case Type::Boolean:
        return f.boolean(r);
    case Type::Time:
        return f.time(r).isValid();
    case Type::Enum:
        return true;
    case Type::TextList:
        return !f.list(r).isEmpty();
    case Type::Records:
        return f.count(r) > 0;
    case Type::Record:
        return !f.isDefault(r);
    case Type::Object:
        return !f.object(r).isEmpty();
    }
    return true;
}

QJsonObject toJson(const RecordSchema &s, const void *r)
{
    QJsonObject o;
    for (const Field &f : s.fields) {
        if (!isWritten(f, r))
            continue;
        QJsonValue v;
        switch (f.type) {
        case Type::Text:
            v = f.text(r);
            break;
        case Type::Integer:
            v = *f.integer(r);
            break;
        case Type::Boolean:
            v = f.boolean(r);
            break;
        case Type::Time:
            v = WorkspaceFile::timeToString(f.time(r));
            break;
        case Type::Enum:
            v = f.name(f.enumValue(r));
            break;
        case Type::TextList:
            v = QJsonArray::fromStringList(f.list(r));
            break;
        case Type::Records: {
            QJsonArray a;
            for (qsizetype i = 0, n = f.count(r); i < n; ++i)
                a.append(toJson(*f.child, f.at(r, i)));
            v = a;
            break;
        }
        case Type::Record:
            v = toJson(*f.child, f.record(r));
            break;
        case Type::Object:
            v = f.object(r);
            break;
        }
        o.insert(f.key, v);
    }
    return o;
}

} // namespace cvm::schema

#include "WorkspaceReader.h"

#include "Cloud.h"
#include "WorkspaceDelta.h"

#include "Ids.h"
#include "WorkspaceFile.h"
#include "WorkspaceKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace cvm {

namespace {

QString shown(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Double: {
        // Whole numbers as integers while they have an exact integer form; the others (1e+300)
        // as doubles: converting those to an integer would be undefined.
        const double d = v.toDouble();
        return std::abs(d) < 0x1p53 && d == std::trunc(d) ? QString::number(qint64(d))
                                                          : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

template <typename E> QStringList names(std::initializer_list<E> values)
{
    QStringList out;
    for (E e : values)
        out.append(toString(e));
    return out;
}

// Where a value sits in the file ("images[42].Shares[3]"), put into words only when a
// problem is reported: writing the text for every value read would cost more than reading it.
class Where
{
public:
    Where() = default;
    explicit Where(const QString &root) : m_root(root) {}
    Where(const Where &parent, QLatin1String key) : m_parent(&parent), m_key(key) {}
    Where(const Where &parent, qsizetype index) : m_parent(&parent), m_index(index) {}

    QString text() const
    {
        if (!m_parent)
            return m_root;
        const QString base = m_parent->text();
        if (m_index >= 0)
            return base + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        return base.isEmpty() ? QString(m_key) : base + QLatin1Char('.') + m_key;
    }

private:
    const Where *m_parent = nullptr;
    QString m_root;
    QLatin1String m_key;
    qsizetype m_index = -1;
};

} // namespace

// The times the console writes ("2026-11-23T07:25:27Z") read without Qt's general ISO
// parser, which takes most of the time of a large file; anything else goes to that parser.
QDateTime parseWorkspaceTime(const QString &s)
{
    if (s.size() == 20 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' &&
        s.at(13) == u':' && s.at(16) == u':' && s.at(19) == u'Z') {
        auto number = [&](int from, int length, bool &ok) {
            int n = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = s.at(i).unicode();
                if (c < u'0' || c > u'9') {
                    ok = false;
                    return 0;
                }
                n = n * 10 + (c - u'0');
            }
            return n;
        };
        bool ok = true;
        const QDate date(number(0, 4, ok), number(5, 2, ok), number(8, 2, ok));
        const int h = number(11, 2, ok), m = number(14, 2, ok), sec = number(17, 2, ok);
        if (ok && date.isValid() && QTime::isValid(h, m, sec)) {
            const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            return QDateTime::fromSecsSinceEpoch(days * 86400 + h * 3600 + m * 60 + sec, Qt::UTC);
        }
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // a time without a zone is UTC, whatever the machine's zone
    return t.isValid() ? t.toUTC() : t;
}

// Reads a workspace object into a Workspace, collecting every problem with its path.
class WorkspaceReader
{
public:
    explicit WorkspaceReader(QList<LoadProblem> &problems) : m_problems(problems) {}

    std::unique_ptr<Workspace> read(QJsonObject root, int &migratedFrom);
    Image readImage(const QJsonObject &o, const Where &path, bool describeImages);
    std::optional<WorkspaceDelta> readEffect(const QJsonObject &o);

private:
    void invalid(const QString &path, const QJsonValue &v, Expect e,
                 const QStringList &allowed = {})
    {
        LoadProblem p;
        p.kind = LoadProblem::Kind::Invalid;
        p.path = path;
        p.value = shown(v);
        p.expect = e;
        p.allowed = allowed;
        m_problems.append(p);
    }
    void missing(const QString &path, Expect e, const QStringList &allowed = {})
    {
        LoadProblem p;
        p.kind = LoadProblem::Kind::Missing;
        p.path = path;
        p.expect = e;
        p.allowed = allowed;
        m_problems.append(p);
    }
    static QString at(const Where &path, QLatin1String k) { return Where(path, k).text(); }

    QJsonValue get(const QJsonObject &o, QLatin1String k, const Where &path, bool required,
                   Expect e)
    {
        const auto it = o.constFind(k);
        if (it == o.constEnd() || (it->isNull() && required)) {
            if (required)
                missing(at(path, k), e);
            return QJsonValue(QJsonValue::Undefined);
        }
        return *it;
    }

    QString string(const QJsonObject &o, QLatin1String k, const Where &path, bool required = true,
                   Expect e = Expect::String)
    {
        const QJsonValue v = get(o, k, path, required, e);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            invalid(at(path, k), v, e);
            return {};
        }
        const QString s = v.toString();
        bool ok = true;
        switch (e) {
        case Expect::NonEmptyString:
            ok = !s.trimmed().isEmpty();
            break;
        case Expect::ImageId:
            ok = ids::isImageId(s);
            break;
        case Expect::InstanceId:
            ok = ids::isInstanceId(s);
            break;
        case Expect::SnapshotId:
            ok = ids::isSnapshotId(s);
            break;
        case Expect::AccountId:
            ok = ids::isAccountId(s);
            break;
        case Expect::RegionId:
            ok = ids::isRegionId(s);
            break;
        case Expect::TaskId:
            ok = ids::isTaskId(s);
            break;
        default:
            break;
        }
        if (!ok) {
            invalid(at(path, k), v, e);
            return {};
        }
        return s;
    }

    QString idString(const QJsonValue &v, const Where &path, Expect e)
    {
        if (!v.isString()) {
            invalid(path.text(), v, e);
            return {};
        }
        const QString s = v.toString();
        const bool ok = e == Expect::AccountId  ? ids::isAccountId(s)
                        : e == Expect::ImageId  ? ids::isImageId(s)
                        : e == Expect::RegionId ? ids::isRegionId(s)
                                                : !s.isEmpty();
        if (!ok)
            invalid(path.text(), v, e);
        return ok ? s : QString();
    }

    bool boolean(const QJsonObject &o, QLatin1String k, const Where &path, bool fallback,
                 bool required = false)
    {
        const QJsonValue v = get(o, k, path, required, Expect::Boolean);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            invalid(at(path, k), v, Expect::Boolean);
            return fallback;
        }
        return v.toBool();
    }

    // Every whole number of the format is held in an int. A number is compared with the
    // bounds as a double, before any conversion: converting one out of range is undefined.
    std::optional<int> integer(const QJsonObject &o, QLatin1String k, const Where &path,
                               bool required, Expect e = Expect::NonNegativeInteger)
    {
        const QJsonValue v = get(o, k, path, required, e);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(-1.5);
        const double min = e == Expect::Integer ? double(std::numeric_limits<int>::min()) : 0;
        const double max = e == Expect::Percent ? 100 : double(std::numeric_limits<int>::max());
        if (!v.isDouble() || d != std::trunc(d) || (e == Expect::Percent && (d < min || d > max)) ||
            (e == Expect::NonNegativeInteger && d < 0)) {
            invalid(at(path, k), v, e);
            return std::nullopt;
        }
        if (d < min || d > max) {
            invalid(at(path, k), v, Expect::IntegerInRange,
                    {QString::number(qint64(min)), QString::number(qint64(max))});
            return std::nullopt;
        }
        return int(d);
    }

    QDateTime time(const QJsonObject &o, QLatin1String k, const Where &path, bool required = true)
    {
        const QJsonValue v = get(o, k, path, required, Expect::Time);
        if (v.isUndefined() || v.isNull())
            return {};
        const QDateTime t = v.isString() ? parseWorkspaceTime(v.toString()) : QDateTime();
        if (!t.isValid()) {
            invalid(at(path, k), v, Expect::Time);
            return {};
        }
        return t;
    }

    template <typename E>
    std::optional<E> enumeration(const QJsonObject &o, QLatin1String k, const Where &path,
                                 bool required, std::optional<E> (*parse)(const QString &),
                                 std::initializer_list<E> allowed)
    {
        const QJsonValue v = get(o, k, path, required, Expect::OneOf);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const std::optional<E> e = v.isString() ? parse(v.toString()) : std::nullopt;
        if (!e)
            invalid(at(path, k), v, Expect::OneOf, names(allowed));
        return e;
    }

    QJsonArray array(const QJsonObject &o, QLatin1String k, const Where &path, bool required)
    {
        const QJsonValue v = get(o, k, path, required, Expect::Array);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            invalid(at(path, k), v, Expect::Array);
            return {};
        }
        return v.toArray();
    }

    // Calls `each` for every object of the array, with its path.
    void objects(const QJsonArray &a, const Where &path,
                 const std::function<void(const QJsonObject &, const Where &)> &each)
    {
        for (qsizetype i = 0; i < a.size(); ++i) {
            const Where p(path, i);
            if (!a.at(i).isObject()) {
                invalid(p.text(), a.at(i), Expect::Object);
                continue;
            }
            each(a.at(i).toObject(), p);
        }
    }

    QStringList idList(const QJsonObject &o, QLatin1String k, const Where &path, Expect e)
    {
        QStringList out;
        const QJsonArray a = array(o, k, path, false);
        const Where list(path, k);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString s = idString(a.at(i), Where(list, i), e);
            if (!s.isEmpty())
                out.append(s);
        }
        return out;
    }

    void duplicate(const QString &id, const QString &path)
    {
        m_findings.append(
            Violation{QStringLiteral("F1"),
                      QStringLiteral("DuplicateId"),
                      QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("path"), path}},
                      {id}});
    }

    Policy readPolicy(const QJsonObject &o);
    Account readAccount(const QJsonObject &o, const Where &path);
    Region readRegion(const QJsonObject &o, const Where &path);
    Instance readInstance(const QJsonObject &o, const Where &path);
    Snapshot readSnapshot(const QJsonObject &o, const Where &path);
    Task readTask(const QJsonObject &o, const Where &path);
    JournalEntry readJournal(const QJsonObject &o, const Where &path);
    void migrateFromVersion1(QJsonObject &root);

    QList<LoadProblem> &m_problems;
    QList<Violation> m_findings;
};

Policy WorkspaceReader::readPolicy(const QJsonObject &o)
{
    Policy p;
    const Where root;
    const Where path(root, key::Policy);
    auto positive = [&](QLatin1String k, int &field) {
        const auto v = integer(o, k, path, false, Expect::NonNegativeInteger);
        if (v)
            field = int(*v);
    };
    positive(key::ShareLimit, p.shareLimit);
    positive(key::CustomImageQuotaPerRegion, p.customImageQuotaPerRegion);
    positive(key::ImageNameMaxLength, p.imageNameMaxLength);
    positive(key::ImageDescriptionMaxLength, p.imageDescriptionMaxLength);
    positive(key::ImportMaxFileSizeGiB, p.importMaxFileSizeGiB);
    positive(key::ImportMaxVirtualSizeGiB, p.importMaxVirtualSizeGiB);
    positive(key::CopyDurationSeconds, p.copyDurationSeconds);
    positive(key::CreateDurationSeconds, p.createDurationSeconds);
    positive(key::ImportDurationSeconds, p.importDurationSeconds);
    positive(key::JournalLimit, p.journalLimit);
    return p;
}

Account WorkspaceReader::readAccount(const QJsonObject &o, const Where &path)
{
    Account a;
    a.accountId = string(o, key::AccountId, path, true, Expect::AccountId);
    a.name = string(o, key::AccountName, path, false);
    a.canImportImages = boolean(o, key::CanImportImages, path, false);
    a.trustedAccountIds = idList(o, key::TrustedAccountIds, path, Expect::AccountId);
    return a;
}

Region WorkspaceReader::readRegion(const QJsonObject &o, const Where &path)
{
    Region r;
    r.regionId = string(o, key::Region, path, true, Expect::RegionId);
    r.nameEn = string(o, key::RegionName, path, true, Expect::NonEmptyString);
    r.nameId = string(o, key::RegionNameId, path, false);
    if (r.nameId.isEmpty())
        r.nameId = r.nameEn;
    r.state = enumeration<RegionState>(o, key::RegionState, path, false, regionStateFromString,
                                       {RegionState::Available, RegionState::Unavailable})
                  .value_or(RegionState::Available);
    r.supportsImageCopy = boolean(o, key::SupportsImageCopy, path, true);
    r.supportsImageImport = boolean(o, key::SupportsImageImport, path, true);
    const QJsonArray zones = array(o, key::Zones, path, false);
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString z =
            idString(zones.at(i), Where(Where(path, key::Zones), i), Expect::NonEmptyString);
        if (!z.isEmpty())
            r.zones.append(z);
    }
    return r;
}

Image WorkspaceReader::readImage(const QJsonObject &o, const Where &path, bool describeImages)
{
    Image img;
    img.imageId = string(o, key::ImageId, path, true, Expect::ImageId);
    img.imageName = string(o, key::ImageName, path, true);
    img.imageDescription = string(o, key::ImageDescription, path, false);
    const std::optional<ImageType> type = enumeration<ImageType>(
        o, key::ImageType, path, true, imageTypeFromString,
        {ImageType::Public, ImageType::Private, ImageType::Shared, ImageType::Market});
    if (type == ImageType::Public)
        img.kind = ImageKind::Public;
    else if (type == ImageType::Market)
        img.kind = ImageKind::Market;
    else if (type == ImageType::Shared && !describeImages)
        invalid(at(path, key::ImageType), o.value(key::ImageType), Expect::OneOf,
                names({ImageType::Public, ImageType::Private, ImageType::Market}));
    img.state = enumeration<ImageState>(o, key::ImageState, path, true, imageStateFromString,
                                        {ImageState::Creating, ImageState::Normal,
                                         ImageState::CreateFailed, ImageState::Syncing,
                                         ImageState::Importing, ImageState::ImportFailed})
                    .value_or(ImageState::Normal);
    img.source = enumeration<ImageSource>(
                     o, key::ImageSource, path, false, imageSourceFromString,
                     {ImageSource::Official, ImageSource::CreateImage, ImageSource::ExternalImport})
                     .value_or(img.kind == ImageKind::Custom ? ImageSource::CreateImage
                                                             : ImageSource::Official);
    img.osName = string(o, key::OsName, path, false);
    img.platform = string(o, key::Platform, path, false);
    const QString arch = string(o, key::Architecture, path, false);
    if (!arch.isEmpty())
        img.architecture = arch;
    img.imageSize = int(integer(o, key::ImageSize, path, false).value_or(0));
    img.createdTime = time(o, key::CreatedTime, path, !describeImages);
    img.imageCreator = string(o, key::ImageCreator, path, false);
    if (const auto p = integer(o, key::SyncPercent, path, false, Expect::Percent))
        img.syncPercent = int(*p);
    img.isSupportCloudinit = boolean(o, key::IsSupportCloudinit, path, true, !describeImages);
    objects(array(o, key::SnapshotSet, path, false), Where(path, key::SnapshotSet),
            [&](const QJsonObject &s, const Where &p) {
                SnapshotRef ref;
                ref.snapshotId = string(s, key::SnapshotId, p, true, Expect::SnapshotId);
                ref.diskUsage =
                    enumeration<DiskUsage>(s, key::DiskUsage, p, false, diskUsageFromString,
                                           {DiskUsage::SystemDisk, DiskUsage::DataDisk})
                        .value_or(DiskUsage::SystemDisk);
                ref.diskSize = int(integer(s, key::DiskSize, p, false).value_or(0));
                img.snapshots.append(ref);
            });
    objects(array(o, key::Tags, path, false), Where(path, key::Tags),
            [&](const QJsonObject &t, const Where &p) {
                img.tags.append(Tag{string(t, key::Key, p, true), string(t, key::Value, p, false)});
            });
    img.licenseType =
        enumeration<LicenseType>(o, key::LicenseType, path, false, licenseTypeFromString,
                                 {LicenseType::TencentCloud, LicenseType::Byol})
            .value_or(LicenseType::TencentCloud);
    img.imageFamily = string(o, key::ImageFamily, path, false);
    img.imageDeprecated = boolean(o, key::ImageDeprecated, path, false);
    if (describeImages)
        return img;

    if (img.kind == ImageKind::Custom)
        img.ownerAccountId = string(o, key::OwnerAccountId, path, true, Expect::AccountId);
    img.region = string(o, key::Region, path, true, Expect::RegionId);
    objects(array(o, key::Shares, path, false), Where(path, key::Shares),
            [&](const QJsonObject &s, const Where &p) {
                img.shares.append(ShareEntry{string(s, key::AccountId, p, true, Expect::AccountId),
                                             time(s, key::CreatedTime, p)});
            });
    img.sourceImageId = string(o, key::SourceImageId, path, false, Expect::ImageId);
    img.sourceRegion = string(o, key::SourceRegion, path, false, Expect::RegionId);
    img.createdFromInstanceId =
        string(o, key::CreatedFromInstanceId, path, false, Expect::InstanceId);
    img.encrypted = boolean(o, key::Encrypted, path, false);
    img.failureReason = string(o, key::FailureReason, path, false);
    const QJsonArray checks = array(o, key::FailedChecks, path, false);
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QString k = checks.at(i).toString();
        if (!windowsCheckFromKey(k)) {
            QStringList allowed;
            for (WindowsCheck c : allWindowsChecks())
                allowed.append(windowsCheckKey(c));
            invalid(Where(Where(path, key::FailedChecks), i).text(), checks.at(i), Expect::OneOf,
                    allowed);
        } else {
            img.failedChecks.append(k);
        }
    }
    return img;
}

Instance WorkspaceReader::readInstance(const QJsonObject &o, const Where &path)
{
    Instance i;
    i.instanceId = string(o, key::InstanceId, path, true, Expect::InstanceId);
    i.instanceName = string(o, key::InstanceName, path, false);
    i.ownerAccountId = string(o, key::OwnerAccountId, path, true, Expect::AccountId);
    i.region = string(o, key::Region, path, true, Expect::RegionId);
    i.zone = string(o, key::Zone, path, false);
    i.imageId = string(o, key::ImageId, path, true, Expect::ImageId);
    i.osName = string(o, key::OsName, path, false);
    i.platform = string(o, key::Platform, path, false);
    const QString state = string(o, key::InstanceState, path, false);
    if (!state.isEmpty())
        i.instanceState = state;
    i.createdTime = time(o, key::CreatedTime, path, false);
    i.instanceType = string(o, key::InstanceType, path, false);
    i.cpu = int(integer(o, key::Cpu, path, false).value_or(0));
    i.memory = int(integer(o, key::Memory, path, false).value_or(0));
    i.instanceChargeType = string(o, key::InstanceChargeType, path, false);
    const QJsonArray ips = array(o, key::PrivateIpAddresses, path, false);
    for (qsizetype n = 0; n < ips.size(); ++n) {
        if (ips.at(n).isString())
            i.privateIpAddresses.append(ips.at(n).toString());
        else
            invalid(Where(Where(path, key::PrivateIpAddresses), n).text(), ips.at(n),
                    Expect::NonEmptyString);
    }
    const QJsonValue disk = o.value(key::SystemDisk);
    if (disk.isObject()) {
        const QJsonObject d = disk.toObject();
        const Where diskPath(path, key::SystemDisk);
        i.systemDisk.diskType = string(d, key::DiskType, diskPath, false);
        i.systemDisk.diskId = string(d, key::DiskId, diskPath, false);
        i.systemDisk.diskSize = int(integer(d, key::DiskSize, diskPath, false).value_or(0));
    } else if (!disk.isUndefined() && !disk.isNull()) {
        invalid(at(path, key::SystemDisk), disk, Expect::Object);
    }
    i.uuid = string(o, key::Uuid, path, false);
    const QJsonValue checks = o.value(key::WindowsChecks);
    if (checks.isObject()) {
        const QJsonObject c = checks.toObject();
        for (WindowsCheck check : allWindowsChecks()) {
            const QString k = windowsCheckKey(check);
            const QJsonValue v = c.value(k);
            if (v.isBool())
                i.windowsChecks.set(check, v.toBool());
            else if (!v.isUndefined())
                invalid(at(path, key::WindowsChecks) + QLatin1Char('.') + k, v, Expect::Boolean);
        }
    } else if (!checks.isUndefined() && !checks.isNull()) {
        invalid(at(path, key::WindowsChecks), checks, Expect::Object);
    }
    return i;
}

Snapshot WorkspaceReader::readSnapshot(const QJsonObject &o, const Where &path)
{
    Snapshot s;
    s.snapshotId = string(o, key::SnapshotId, path, true, Expect::SnapshotId);
    s.ownerAccountId = string(o, key::OwnerAccountId, path, true, Expect::AccountId);
    s.region = string(o, key::Region, path, true, Expect::RegionId);
    s.diskUsage = enumeration<DiskUsage>(o, key::DiskUsage, path, false, diskUsageFromString,
                                         {DiskUsage::SystemDisk, DiskUsage::DataDisk})
                      .value_or(DiskUsage::SystemDisk);
    s.diskSize = int(integer(o, key::DiskSize, path, false).value_or(0));
    s.createdTime = time(o, key::CreatedTime, path, false);
    return s;
}

Task WorkspaceReader::readTask(const QJsonObject &o, const Where &path)
{
    Task t;
    t.taskId = string(o, key::TaskId, path, true, Expect::TaskId);
    t.kind = enumeration<TaskKind>(
                 o, key::Action, path, true, taskKindFromString,
                 {TaskKind::Sync, TaskKind::Create, TaskKind::Import, TaskKind::Export})
                 .value_or(TaskKind::Sync);
    t.accountId = string(o, key::AccountId, path, true, Expect::AccountId);
    t.sourceImageId = string(o, key::SourceImageId, path, false, Expect::ImageId);
    t.imageIds = idList(o, key::ImageIds, path, Expect::ImageId);
    t.instanceId = string(o, key::InstanceId, path, false, Expect::InstanceId);
    t.startedTime = time(o, key::StartedTime, path);
    t.durationSeconds = int(integer(o, key::DurationSeconds, path, true).value_or(0));
    t.elapsedSeconds = int(integer(o, key::ElapsedSeconds, path, false).value_or(0));
    t.state = enumeration<TaskState>(o, key::State, path, true, taskStateFromString,
                                     {TaskState::Running, TaskState::Succeeded, TaskState::Failed})
                  .value_or(TaskState::Running);
    t.finishedTime = time(o, key::FinishedTime, path, false);
    t.willFail = boolean(o, key::WillFail, path, false);
    t.failureReason = string(o, key::FailureReason, path, false);
    const QJsonArray checks = array(o, key::FailedChecks, path, false);
    for (const QJsonValue &v : checks)
        t.failedChecks.append(v.toString());
    t.shareWithAccountIds = idList(o, key::ShareWithAccountIds, path, Expect::AccountId);
    return t;
}

JournalEntry WorkspaceReader::readJournal(const QJsonObject &o, const Where &path)
{
    JournalEntry e;
    e.time = time(o, key::Time, path);
    e.accountId = string(o, key::AccountId, path, false);
    e.action = string(o, key::Action, path, true, Expect::NonEmptyString);
    e.channel = string(o, key::Channel, path, false);
    const QJsonValue params = o.value(key::Parameters);
    if (params.isObject())
        e.parameters = params.toObject();
    else if (!params.isUndefined())
        invalid(at(path, key::Parameters), params, Expect::Object);
    const QString outcome = string(o, key::Outcome, path, true);
    if (!outcome.isEmpty() && outcome != QLatin1String("Success") &&
        outcome != QLatin1String("Refused"))
        invalid(at(path, key::Outcome), o.value(key::Outcome), Expect::OneOf,
                {QStringLiteral("Success"), QStringLiteral("Refused")});
    e.success = outcome != QLatin1String("Refused");
    objects(array(o, key::Errors, path, false), Where(path, key::Errors),
            [&](const QJsonObject &x, const Where &p) {
                e.errors.append(
                    JournalError{string(x, key::Rule, p, false), string(x, key::Code, p, true)});
            });
    const QJsonValue result = o.value(key::Result);
    if (result.isObject())
        e.result = result.toObject();
    return e;
}

void WorkspaceReader::migrateFromVersion1(QJsonObject &root)
{
    // Version 1 kept a bare list of account IDs per image; version 2 records when each
    // share was made. The image's own creation time is the best known share time.
    QJsonArray images = root.value(key::Images).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject img = images.at(i).toObject();
        if (img.contains(key::SharedAccountIds)) {
            if (!img.value(key::SharedAccountIds).isArray()) {
                // Not silently dropped: the shares would be lost when the file is saved.
                invalid(QStringLiteral("images[%1].%2").arg(i).arg(key::SharedAccountIds),
                        img.value(key::SharedAccountIds), Expect::Array);
                continue;
            }
            QJsonArray shares;
            for (const QJsonValue &a : img.value(key::SharedAccountIds).toArray())
                shares.append(QJsonObject{{key::AccountId, a},
                                          {key::CreatedTime, img.value(key::CreatedTime)}});
            img.remove(key::SharedAccountIds);
            img.insert(key::Shares, shares);
            images[i] = img;
        }
    }
    root.insert(key::Images, images);
    root.insert(key::Version, WorkspaceFile::kVersion);
}

std::unique_ptr<Workspace> WorkspaceReader::read(QJsonObject root, int &migratedFrom)
{
    const QJsonValue format = root.value(key::Format);
    if (format.toString() != WorkspaceFile::formatMarker()) {
        LoadProblem p;
        p.kind = LoadProblem::Kind::NotAWorkspace;
        p.value = format.isUndefined() ? QStringLiteral("—") : shown(format);
        m_problems.append(p);
        return nullptr;
    }
    const Where top;
    const auto version = integer(root, key::Version, top, true, Expect::Integer);
    if (!version)
        return nullptr;
    if (*version > WorkspaceFile::kVersion) {
        LoadProblem p;
        p.kind = LoadProblem::Kind::NewerVersion;
        p.version = int(*version);
        m_problems.append(p);
        return nullptr;
    }
    if (*version < 1) {
        invalid(QString(key::Version), root.value(key::Version), Expect::OneOf,
                {QStringLiteral("1"), QStringLiteral("2")});
        return nullptr;
    }
    if (*version == 1) {
        migratedFrom = 1;
        migrateFromVersion1(root);
    }

    auto ws = std::make_unique<Workspace>();
    ws->setName(string(root, key::Name, top, false));
    const QJsonValue policy = root.value(key::Policy);
    if (policy.isObject())
        ws->setPolicy(readPolicy(policy.toObject()));
    else if (!policy.isUndefined())
        invalid(QString(key::Policy), policy, Expect::Object);

    // A record is kept the first time its ID appears; IDs of different kinds never look
    // alike (img-, ins-, snap-, …), so each kind is checked against what was read of it.
    auto firstTime = [&](const QString &id, bool seen, const Where &path) {
        if (id.isEmpty())
            return false;
        if (seen) {
            duplicate(id, path.text());
            return false;
        }
        return true;
    };
    QSet<QString> regionIds;

    objects(array(root, key::Accounts, top, true), Where(top, key::Accounts),
            [&](const QJsonObject &o, const Where &p) {
                Account a = readAccount(o, p);
                if (firstTime(a.accountId, ws->account(a.accountId) != nullptr, p)) {
                    const QString id = a.accountId; // the record is moved from below
                    ws->putAccount(id, std::move(a));
                }
            });
    QList<Region> regions;
    objects(array(root, key::Regions, top, true), Where(top, key::Regions),
            [&](const QJsonObject &o, const Where &p) {
                Region r = readRegion(o, p);
                if (firstTime(r.regionId, regionIds.contains(r.regionId), p)) {
                    regionIds.insert(r.regionId);
                    regions.append(r);
                }
            });
    ws->setRegions(regions);
    objects(array(root, key::Images, top, true), Where(top, key::Images),
            [&](const QJsonObject &o, const Where &p) {
                Image img = readImage(o, p, false);
                if (firstTime(img.imageId, ws->image(img.imageId) != nullptr, p)) {
                    const QString id = img.imageId; // the record is moved from below
                    ws->putImage(id, std::move(img));
                }
            });
    objects(array(root, key::Instances, top, false), Where(top, key::Instances),
            [&](const QJsonObject &o, const Where &p) {
                Instance i = readInstance(o, p);
                if (firstTime(i.instanceId, ws->instance(i.instanceId) != nullptr, p)) {
                    const QString id = i.instanceId; // the record is moved from below
                    ws->putInstance(id, std::move(i));
                }
            });
    objects(array(root, key::Snapshots, top, false), Where(top, key::Snapshots),
            [&](const QJsonObject &o, const Where &p) {
                Snapshot s = readSnapshot(o, p);
                if (firstTime(s.snapshotId, ws->snapshot(s.snapshotId) != nullptr, p)) {
                    const QString id = s.snapshotId; // the record is moved from below
                    ws->putSnapshot(id, std::move(s));
                }
            });
    objects(array(root, key::Tasks, top, false), Where(top, key::Tasks),
            [&](const QJsonObject &o, const Where &p) {
                Task t = readTask(o, p);
                if (firstTime(t.taskId, ws->task(t.taskId) != nullptr, p)) {
                    const QString id = t.taskId; // the record is moved from below
                    ws->putTask(id, std::move(t));
                }
            });
    QList<JournalEntry> journal;
    objects(array(root, key::Journal, top, false), Where(top, key::Journal),
            [&](const QJsonObject &o, const Where &p) { journal.append(readJournal(o, p)); });
    if (root.contains(key::Cloud)) {
        CloudLink link;
        QList<PendingChange> pending;
        if (!root.value(key::Cloud).isObject()) {
            LoadProblem p;
            p.path = key::Cloud;
            p.value = shown(root.value(key::Cloud));
            p.expect = Expect::Object;
            m_problems.append(p);
        } else if (cloud::fromJson(root.value(key::Cloud).toObject(), key::Cloud, link, pending,
                                   m_problems)) {
            ws->setCloud(link);
            for (PendingChange &c : pending) {
                const QString id = c.id();
                ws->putPending(id, std::move(c));
            }
        }
    }
    if (!m_problems.isEmpty())
        return nullptr;
    for (const JournalEntry &e : std::as_const(journal))
        ws->appendJournal(e);
    for (const Violation &f : std::as_const(m_findings))
        ws->addLoadFinding(f);
    return ws;
}

std::unique_ptr<Workspace> readWorkspace(const QJsonObject &root, int &migratedFrom,
                                         QList<LoadProblem> &problems)
{
    WorkspaceReader reader(problems);
    return reader.read(root, migratedFrom);
}

Image readDescribeImagesRecord(const QJsonObject &record, const QString &path,
                               QList<LoadProblem> &problems)
{
    WorkspaceReader reader(problems);
    return reader.readImage(record, Where(path), true);
}

QString shownJsonValue(const QJsonValue &value)
{
    return shown(value);
}

std::optional<WorkspaceDelta> WorkspaceReader::readEffect(const QJsonObject &o)
{
    WorkspaceDelta d;
    const qsizetype before = m_problems.size();
    auto changes = [&](const char *key, auto &out, auto read) {
        const QJsonArray list = o.value(QLatin1String(key)).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject c = list.at(i).toObject();
            const Where base(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i));
            typename std::remove_reference_t<decltype(out)>::value_type change;
            change.id = c.value(QLatin1String("Id")).toString();
            if (change.id.isEmpty())
                return false;
            for (const char *side : {"Before", "After"}) {
                const QJsonValue v = c.value(QLatin1String(side));
                if (v.isObject()) {
                    auto record = read(v.toObject(), Where(base, QLatin1String(side)));
                    (side[0] == 'B' ? change.before : change.after) = record;
                } else if (!v.isNull() && !v.isUndefined()) {
                    return false;
                }
            }
            out.append(change);
        }
        return true;
    };
    const bool ok =
        changes("Accounts", d.accounts,
                [this](const QJsonObject &r, const Where &w) { return readAccount(r, w); }) &&
        changes("Images", d.images,
                [this](const QJsonObject &r, const Where &w) { return readImage(r, w, false); }) &&
        changes("Instances", d.instances,
                [this](const QJsonObject &r, const Where &w) { return readInstance(r, w); }) &&
        changes("Snapshots", d.snapshots,
                [this](const QJsonObject &r, const Where &w) { return readSnapshot(r, w); }) &&
        changes("Tasks", d.tasks,
                [this](const QJsonObject &r, const Where &w) { return readTask(r, w); });
    if (!ok || m_problems.size() != before)
        return std::nullopt;
    return d;
}

namespace cloud {

std::optional<WorkspaceDelta> effectFromJson(const QJsonObject &effect)
{
    QList<LoadProblem> problems;
    WorkspaceReader reader(problems);
    return reader.readEffect(effect);
}

} // namespace cloud

} // namespace cvm

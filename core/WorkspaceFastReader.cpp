// The quick way into a workspace: the file's text read straight into records.
//
// The validating reader (WorkspaceReader.cpp) goes through a QJsonDocument: the whole file
// becomes a tree of JSON values first, then records, and holds both at once. For a file of a
// hundred thousand images that is most of the time it takes to open and most of the memory.
// This reader reads the same format in one pass, without the tree. It reads only what it
// can read with certainty: at anything else — a syntax error, a null, a value of the wrong
// type or out of range, a repeated key or ID, an older version — it gives up and the caller
// reads the file through the validating reader, which says exactly what is wrong and where.
// So a file is accepted or refused, and read into the same records, whichever reader reads it
// (tests/core/tst_workspacefile.cpp compares the two).
#include "WorkspaceFastReader.h"

#include "Cloud.h"
#include "Ids.h"
#include "JsonScanner.h"
#include "WorkspaceFile.h"
#include "WorkspaceKeys.h"
#include "WorkspaceReader.h"

#include <QJsonDocument>
#include <QStringDecoder>
#include <QVarLengthArray>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace cvm {

using fastjson::giveUp;
using fastjson::GiveUp;
using fastjson::Scanner;

namespace {

// Repeated keys in one object: the validating reader would see only one of them.
class Seen
{
public:
    void mark(int bit)
    {
        if (m_bits & (quint64(1) << bit))
            giveUp();
        m_bits |= quint64(1) << bit;
    }
    bool has(int bit) const { return m_bits & (quint64(1) << bit); }

private:
    quint64 m_bits = 0;
};

bool is(QByteArrayView k, QLatin1String name)
{
    return k.size() == name.size() && std::memcmp(k.data(), name.data(), size_t(k.size())) == 0;
}

// Puts records into the workspace on a second thread while the text is still being read:
// indexing a hundred thousand images costs about as much as reading them, and the two
// overlap on two cores. The jobs run in the order they were posted.
class Builder
{
public:
    using Job = std::function<void(Workspace &)>;

    explicit Builder(Workspace &ws) : m_ws(ws) {}
    ~Builder() { finish(); }
    Builder(const Builder &) = delete;
    Builder &operator=(const Builder &) = delete;

    void post(Job job)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_jobs.push_back(std::move(job));
        }
        m_ready.notify_one();
        if (m_inline) {
            run();
        } else if (!m_thread.joinable()) {
            try {
                m_thread = std::thread([this] { run(); });
            } catch (const std::system_error &) {
                // No second thread to be had: the jobs run here, as they are posted.
                m_inline = true;
                m_done = true;
                run();
            }
        }
    }

    // Waits for every job; true when all of them went through.
    bool finish()
    {
        if (m_thread.joinable()) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_done = true;
            }
            m_ready.notify_one();
            m_thread.join();
        }
        return !m_failed;
    }

private:
    void run()
    {
        while (true) {
            std::deque<Job> jobs;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_jobs.empty() || m_done; });
                if (m_jobs.empty())
                    return;
                jobs.swap(m_jobs);
            }
            for (Job &job : jobs) {
                if (m_failed)
                    continue;
                try {
                    job(m_ws);
                } catch (const GiveUp &) {
                    m_failed = true;
                }
            }
        }
    }

    Workspace &m_ws;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Job> m_jobs;
    bool m_done = false;
    bool m_failed = false; // the builder's own; read once it has been joined
    bool m_inline = false; // no thread could be started: jobs run as they are posted
    std::thread m_thread;
};

} // namespace

// Reads the records of each kind; the rules of each field are those of WorkspaceReader.
class WorkspaceFastReader
{
public:
    WorkspaceFastReader(Scanner &in, qsizetype textSize) : m_in(in), m_textSize(textSize) {}

    std::unique_ptr<Workspace> read();

private:
    QString string() { return m_in.string(); }
    QString checked(bool (*valid)(const QString &))
    {
        QString s = m_in.string();
        if (!valid(s))
            giveUp();
        return s;
    }
    // The values that repeat across records (regions, owners, systems, zones): one QString
    // for all the records that hold the same text, checked once. A hundred thousand images
    // in twenty regions then hold twenty region strings, not a hundred thousand.
    QString shared(bool (*valid)(const QString &))
    {
        const std::optional<std::string_view> text = m_in.plain();
        if (!text)
            return checked(valid);
        const auto it = m_pool.find(*text);
        if (it != m_pool.end()) {
            if (!(it->second.validFor & bit(valid))) {
                if (!valid(it->second.text))
                    giveUp();
                it->second.validFor |= bit(valid);
            }
            return it->second.text;
        }
        Pooled entry{QString::fromLatin1(text->data(), qsizetype(text->size())), 0};
        if (!valid(entry.text))
            giveUp();
        entry.validFor = bit(valid);
        return m_pool.emplace(*text, std::move(entry)).first->second.text;
    }
    QString shared() { return shared(anyText); }
    QString nonEmpty()
    {
        QString s = m_in.string();
        if (s.trimmed().isEmpty())
            giveUp();
        return s;
    }
    int nonNegative(qint64 max = std::numeric_limits<int>::max())
    {
        const qint64 n = m_in.integer();
        if (n < 0 || n > max)
            giveUp();
        return int(n);
    }
    QDateTime time()
    {
        const QDateTime t = parseWorkspaceTime(m_in.string());
        if (!t.isValid())
            giveUp();
        return t;
    }
    template <typename E> E enumeration(std::optional<E> (*parse)(const QString &))
    {
        const std::optional<E> e = parse(m_in.string());
        if (!e)
            giveUp();
        return *e;
    }
    QStringList idList(bool (*valid)(const QString &))
    {
        QStringList out;
        m_in.array([&] { out.append(checked(valid)); });
        return out;
    }

    static void putImage(Workspace &ws, Image &&img);
    static void putInstance(Workspace &ws, Instance &&i);
    static void putSnapshot(Workspace &ws, Snapshot &&s);

    Policy readPolicy();
    Account readAccount();
    Region readRegion();
    Image readImage();
    Instance readInstance();
    Snapshot readSnapshot();
    Task readTask();
    JournalEntry readJournal();

    static bool anyText(const QString &) { return true; }
    // Which checks a pooled text has passed, one bit per check function.
    quint32 bit(bool (*valid)(const QString &))
    {
        for (int i = 0; i < m_checks.size(); ++i) {
            if (m_checks.at(i) == valid)
                return quint32(1) << i;
        }
        m_checks.append(valid);
        return quint32(1) << (m_checks.size() - 1);
    }

    struct Pooled
    {
        QString text;
        quint32 validFor = 0;
    };
    Scanner &m_in;
    qsizetype m_textSize;
    // Views into the file's text, which outlives the reading.
    std::unordered_map<std::string_view, Pooled> m_pool;
    QVarLengthArray<bool (*)(const QString &), 8> m_checks;
};

static bool nonEmptyId(const QString &s)
{
    return !s.isEmpty();
}

Policy WorkspaceFastReader::readPolicy()
{
    Policy p;
    Seen seen;
    struct Field
    {
        QLatin1String key;
        int Policy::*member;
    };
    static const Field fields[] = {
        {key::ShareLimit, &Policy::shareLimit},
        {key::CustomImageQuotaPerRegion, &Policy::customImageQuotaPerRegion},
        {key::ImageNameMaxLength, &Policy::imageNameMaxLength},
        {key::ImageDescriptionMaxLength, &Policy::imageDescriptionMaxLength},
        {key::ImportMaxFileSizeGiB, &Policy::importMaxFileSizeGiB},
        {key::ImportMaxVirtualSizeGiB, &Policy::importMaxVirtualSizeGiB},
        {key::CopyDurationSeconds, &Policy::copyDurationSeconds},
        {key::CreateDurationSeconds, &Policy::createDurationSeconds},
        {key::ImportDurationSeconds, &Policy::importDurationSeconds},
        {key::JournalLimit, &Policy::journalLimit}};
    m_in.object([&](QByteArrayView k) {
        for (int i = 0; i < int(std::size(fields)); ++i) {
            if (is(k, fields[i].key)) {
                seen.mark(i);
                p.*fields[i].member = nonNegative();
                return;
            }
        }
        m_in.skip();
    });
    return p;
}

Account WorkspaceFastReader::readAccount()
{
    Account a;
    Seen seen;
    m_in.object([&](QByteArrayView k) {
        if (is(k, key::AccountId)) {
            seen.mark(0);
            a.accountId = checked(ids::isAccountId);
        } else if (is(k, key::AccountName)) {
            seen.mark(1);
            a.name = string();
        } else if (is(k, key::CanImportImages)) {
            seen.mark(2);
            a.canImportImages = m_in.boolean();
        } else if (is(k, key::TrustedAccountIds)) {
            seen.mark(3);
            a.trustedAccountIds = idList(ids::isAccountId);
        } else {
            m_in.skip();
        }
    });
    if (!seen.has(0))
        giveUp();
    return a;
}

Region WorkspaceFastReader::readRegion()
{
    Region r;
    Seen seen;
    m_in.object([&](QByteArrayView k) {
        if (is(k, key::Region)) {
            seen.mark(0);
            r.regionId = checked(ids::isRegionId);
        } else if (is(k, key::RegionName)) {
            seen.mark(1);
            r.nameEn = nonEmpty();
        } else if (is(k, key::RegionNameId)) {
            seen.mark(2);
            r.nameId = string();
        } else if (is(k, key::RegionState)) {
            seen.mark(3);
            r.state = enumeration(regionStateFromString);
        } else if (is(k, key::SupportsImageCopy)) {
            seen.mark(4);
            r.supportsImageCopy = m_in.boolean();
        } else if (is(k, key::SupportsImageImport)) {
            seen.mark(5);
            r.supportsImageImport = m_in.boolean();
        } else if (is(k, key::Zones)) {
            seen.mark(6);
            r.zones = idList(nonEmptyId);
        } else {
            m_in.skip();
        }
    });
    if (!seen.has(0) || !seen.has(1))
        giveUp();
    if (!seen.has(3))
        r.state = RegionState::Available;
    if (!seen.has(4))
        r.supportsImageCopy = true;
    if (!seen.has(5))
        r.supportsImageImport = true;
    if (r.nameId.isEmpty())
        r.nameId = r.nameEn;
    return r;
}

Image WorkspaceFastReader::readImage()
{
    Image img;
    Seen seen;
    std::optional<ImageType> type;
    std::optional<ImageSource> source;
    QString owner;
    m_in.object([&](QByteArrayView k) {
        if (is(k, key::ImageId)) {
            seen.mark(0);
            img.imageId = checked(ids::isImageId);
        } else if (is(k, key::ImageName)) {
            seen.mark(1);
            img.imageName = string();
        } else if (is(k, key::ImageDescription)) {
            seen.mark(2);
            img.imageDescription = string();
        } else if (is(k, key::ImageType)) {
            seen.mark(3);
            type = enumeration(imageTypeFromString);
        } else if (is(k, key::ImageState)) {
            seen.mark(4);
            img.state = enumeration(imageStateFromString);
        } else if (is(k, key::ImageSource)) {
            seen.mark(5);
            source = enumeration(imageSourceFromString);
        } else if (is(k, key::OsName)) {
            seen.mark(6);
            img.osName = shared();
        } else if (is(k, key::Platform)) {
            seen.mark(7);
            img.platform = shared();
        } else if (is(k, key::Architecture)) {
            seen.mark(8);
            const QString arch = shared();
            if (!arch.isEmpty())
                img.architecture = arch;
        } else if (is(k, key::ImageSize)) {
            seen.mark(9);
            img.imageSize = nonNegative();
        } else if (is(k, key::CreatedTime)) {
            seen.mark(10);
            img.createdTime = time();
        } else if (is(k, key::ImageCreator)) {
            seen.mark(11);
            img.imageCreator = shared();
        } else if (is(k, key::SyncPercent)) {
            seen.mark(12);
            img.syncPercent = nonNegative(100);
        } else if (is(k, key::IsSupportCloudinit)) {
            seen.mark(13);
            img.isSupportCloudinit = m_in.boolean();
        } else if (is(k, key::SnapshotSet)) {
            seen.mark(14);
            m_in.array([&] {
                SnapshotRef ref;
                Seen s;
                m_in.object([&](QByteArrayView sk) {
                    if (is(sk, key::SnapshotId)) {
                        s.mark(0);
                        ref.snapshotId = checked(ids::isSnapshotId);
                    } else if (is(sk, key::DiskUsage)) {
                        s.mark(1);
                        ref.diskUsage = enumeration(diskUsageFromString);
                    } else if (is(sk, key::DiskSize)) {
                        s.mark(2);
                        ref.diskSize = nonNegative();
                    } else {
                        m_in.skip();
                    }
                });
                if (!s.has(0))
                    giveUp();
                img.snapshots.append(ref);
            });
        } else if (is(k, key::Tags)) {
            seen.mark(15);
            m_in.array([&] {
                Tag tag;
                Seen s;
                m_in.object([&](QByteArrayView tk) {
                    if (is(tk, key::Key)) {
                        s.mark(0);
                        tag.key = string();
                    } else if (is(tk, key::Value)) {
                        s.mark(1);
                        tag.value = string();
                    } else {
                        m_in.skip();
                    }
                });
                if (!s.has(0))
                    giveUp();
                img.tags.append(tag);
            });
        } else if (is(k, key::LicenseType)) {
            seen.mark(16);
            img.licenseType = enumeration(licenseTypeFromString);
        } else if (is(k, key::OwnerAccountId)) {
            seen.mark(17);
            owner = shared(); // checked below, only for custom images
        } else if (is(k, key::Region)) {
            seen.mark(18);
            img.region = shared(ids::isRegionId);
        } else if (is(k, key::Shares)) {
            seen.mark(19);
            m_in.array([&] {
                ShareEntry share;
                Seen s;
                m_in.object([&](QByteArrayView sk) {
                    if (is(sk, key::AccountId)) {
                        s.mark(0);
                        share.accountId = shared(ids::isAccountId);
                    } else if (is(sk, key::CreatedTime)) {
                        s.mark(1);
                        share.createdTime = time();
                    } else {
                        m_in.skip();
                    }
                });
                if (!s.has(0) || !s.has(1))
                    giveUp();
                img.shares.append(share);
            });
        } else if (is(k, key::SourceImageId)) {
            seen.mark(20);
            img.sourceImageId = checked(ids::isImageId);
        } else if (is(k, key::SourceRegion)) {
            seen.mark(21);
            img.sourceRegion = shared(ids::isRegionId);
        } else if (is(k, key::CreatedFromInstanceId)) {
            seen.mark(22);
            img.createdFromInstanceId = checked(ids::isInstanceId);
        } else if (is(k, key::Encrypted)) {
            seen.mark(23);
            img.encrypted = m_in.boolean();
        } else if (is(k, key::FailureReason)) {
            seen.mark(24);
            img.failureReason = string();
        } else if (is(k, key::ImageFamily)) {
            seen.mark(26);
            img.imageFamily = string();
        } else if (is(k, key::ImageDeprecated)) {
            seen.mark(27);
            img.imageDeprecated = m_in.boolean();
        } else if (is(k, key::FailedChecks)) {
            seen.mark(25);
            m_in.array([&] {
                const QString check = string();
                if (!windowsCheckFromKey(check))
                    giveUp();
                img.failedChecks.append(check);
            });
        } else {
            m_in.skip();
        }
    });
    // Required: ImageId, ImageName, ImageType, ImageState, CreatedTime, IsSupportCloudinit, Region.
    for (int required : {0, 1, 3, 4, 10, 13, 18}) {
        if (!seen.has(required))
            giveUp();
    }
    if (type == ImageType::Public)
        img.kind = ImageKind::Public;
    else if (type == ImageType::Market)
        img.kind = ImageKind::Market;
    else if (type == ImageType::Shared)
        giveUp(); // only DescribeImages answers say SHARED_IMAGE
    img.source = source.value_or(img.kind == ImageKind::Custom ? ImageSource::CreateImage
                                                               : ImageSource::Official);
    if (img.kind == ImageKind::Custom) {
        if (!seen.has(17) || !ids::isAccountId(owner))
            giveUp();
        img.ownerAccountId = owner;
    }
    return img;
}

Instance WorkspaceFastReader::readInstance()
{
    Instance i;
    Seen seen;
    m_in.object([&](QByteArrayView k) {
        if (is(k, key::InstanceId)) {
            seen.mark(0);
            i.instanceId = checked(ids::isInstanceId);
        } else if (is(k, key::InstanceName)) {
            seen.mark(1);
            i.instanceName = string();
        } else if (is(k, key::OwnerAccountId)) {
            seen.mark(2);
            i.ownerAccountId = shared(ids::isAccountId);
        } else if (is(k, key::Region)) {
            seen.mark(3);
            i.region = shared(ids::isRegionId);
        } else if (is(k, key::Zone)) {
            seen.mark(4);
            i.zone = shared();
        } else if (is(k, key::ImageId)) {
            seen.mark(5);
            i.imageId = checked(ids::isImageId);
        } else if (is(k, key::OsName)) {
            seen.mark(6);
            i.osName = shared();
        } else if (is(k, key::Platform)) {
            seen.mark(7);
            i.platform = shared();
        } else if (is(k, key::InstanceState)) {
            seen.mark(8);
            const QString state = shared();
            if (!state.isEmpty())
                i.instanceState = state;
        } else if (is(k, key::CreatedTime)) {
            seen.mark(9);
            i.createdTime = time();
        } else if (is(k, key::WindowsChecks)) {
            seen.mark(10);
            Seen checks;
            m_in.object([&](QByteArrayView ck) {
                const std::optional<WindowsCheck> check =
                    windowsCheckFromKey(QString::fromLatin1(ck));
                if (!check) {
                    m_in.skip();
                    return;
                }
                checks.mark(int(*check));
                i.windowsChecks.set(*check, m_in.boolean());
            });
        } else if (is(k, key::InstanceType)) {
            seen.mark(11);
            i.instanceType = shared();
        } else if (is(k, key::Cpu)) {
            seen.mark(12);
            i.cpu = nonNegative();
        } else if (is(k, key::Memory)) {
            seen.mark(13);
            i.memory = nonNegative();
        } else if (is(k, key::InstanceChargeType)) {
            seen.mark(14);
            i.instanceChargeType = shared();
        } else if (is(k, key::PrivateIpAddresses)) {
            seen.mark(15);
            m_in.array([&] { i.privateIpAddresses.append(string()); });
        } else if (is(k, key::SystemDisk)) {
            seen.mark(16);
            Seen d;
            m_in.object([&](QByteArrayView dk) {
                if (is(dk, key::DiskType)) {
                    d.mark(0);
                    i.systemDisk.diskType = shared();
                } else if (is(dk, key::DiskId)) {
                    d.mark(1);
                    i.systemDisk.diskId = string();
                } else if (is(dk, key::DiskSize)) {
                    d.mark(2);
                    i.systemDisk.diskSize = nonNegative();
                } else {
                    m_in.skip();
                }
            });
        } else if (is(k, key::Uuid)) {
            seen.mark(17);
            i.uuid = string();
        } else {
            m_in.skip();
        }
    });
    for (int required : {0, 2, 3, 5}) {
        if (!seen.has(required))
            giveUp();
    }
    return i;
}

Snapshot WorkspaceFastReader::readSnapshot()
{
    Snapshot s;
    Seen seen;
    m_in.object([&](QByteArrayView k) {
        if (is(k, key::SnapshotId)) {
            seen.mark(0);
            s.snapshotId = checked(ids::isSnapshotId);
        } else if (is(k, key::OwnerAccountId)) {
            seen.mark(1);
            s.ownerAccountId = shared(ids::isAccountId);
        } else if (is(k, key::Region)) {
            seen.mark(2);
            s.region = shared(ids::isRegionId);
        } else if (is(k, key::DiskUsage)) {
            seen.mark(3);
            s.diskUsage = enumeration(diskUsageFromString);
        } else if (is(k, key::DiskSize)) {
            seen.mark(4);
            s.diskSize = nonNegative();
        } else if (is(k, key::CreatedTime)) {
            seen.mark(5);
            s.createdTime = time();
        } else {
            m_in.skip();
        }
    });
    for (int required : {0, 1, 2}) {
        if (!seen.has(required))
            giveUp();
    }
    return s;
}

Task WorkspaceFastReader::readTask()
{
    Task t;
    Seen seen;
    m_in.object([&](QByteArrayView k) {
        if (is(k, key::TaskId)) {
            seen.mark(0);
            t.taskId = checked(ids::isTaskId);
        } else if (is(k, key::Action)) {
            seen.mark(1);
            t.kind = enumeration(taskKindFromString);
        } else if (is(k, key::AccountId)) {
            seen.mark(2);
            t.accountId = checked(ids::isAccountId);
        } else if (is(k, key::SourceImageId)) {
            seen.mark(3);
            t.sourceImageId = checked(ids::isImageId);
        } else if (is(k, key::ImageIds)) {
            seen.mark(4);
            t.imageIds = idList(ids::isImageId);
        } else if (is(k, key::InstanceId)) {
            seen.mark(5);
            t.instanceId = checked(ids::isInstanceId);
        } else if (is(k, key::StartedTime)) {
            seen.mark(6);
            t.startedTime = time();
        } else if (is(k, key::DurationSeconds)) {
            seen.mark(7);
            t.durationSeconds = nonNegative();
        } else if (is(k, key::ElapsedSeconds)) {
            seen.mark(8);
            t.elapsedSeconds = nonNegative();
        } else if (is(k, key::State)) {
            seen.mark(9);
            t.state = enumeration(taskStateFromString);
        } else if (is(k, key::FinishedTime)) {
            seen.mark(10);
            t.finishedTime = time();
        } else if (is(k, key::WillFail)) {
            seen.mark(11);
            t.willFail = m_in.boolean();
        } else if (is(k, key::FailureReason)) {
            seen.mark(12);
            t.failureReason = string();
        } else if (is(k, key::FailedChecks)) {
            seen.mark(13);
            t.failedChecks = idList(anyText);
        } else if (is(k, key::ShareWithAccountIds)) {
            seen.mark(14);
            t.shareWithAccountIds = idList(ids::isAccountId);
        } else {
            m_in.skip();
        }
    });
    for (int required : {0, 1, 2, 6, 7, 9}) {
        if (!seen.has(required))
            giveUp();
    }
    return t;
}

JournalEntry WorkspaceFastReader::readJournal()
{
    JournalEntry e;
    Seen seen;
    m_in.object([&](QByteArrayView k) {
        if (is(k, key::Time)) {
            seen.mark(0);
            e.time = time();
        } else if (is(k, key::AccountId)) {
            seen.mark(1);
            e.accountId = shared();
        } else if (is(k, key::Action)) {
            seen.mark(2);
            e.action = nonEmpty();
        } else if (is(k, key::Channel)) {
            seen.mark(3);
            e.channel = shared();
        } else if (is(k, key::Parameters)) {
            seen.mark(4);
            e.parameters = m_in.jsonObject();
        } else if (is(k, key::Outcome)) {
            seen.mark(5);
            const QString outcome = string();
            if (outcome != QLatin1String("Success") && outcome != QLatin1String("Refused"))
                giveUp();
            e.success = outcome == QLatin1String("Success");
        } else if (is(k, key::Errors)) {
            seen.mark(6);
            m_in.array([&] {
                JournalError error;
                Seen s;
                m_in.object([&](QByteArrayView ek) {
                    if (is(ek, key::Rule)) {
                        s.mark(0);
                        error.rule = string();
                    } else if (is(ek, key::Code)) {
                        s.mark(1);
                        error.code = string();
                    } else {
                        m_in.skip();
                    }
                });
                if (!s.has(1))
                    giveUp();
                e.errors.append(error);
            });
        } else if (is(k, key::Result)) {
            seen.mark(7);
            e.result = m_in.jsonObject();
        } else {
            m_in.skip();
        }
    });
    for (int required : {0, 2, 5}) {
        if (!seen.has(required))
            giveUp();
    }
    return e;
}

namespace {

// Records of one kind, put into the workspace by the builder in batches.
template <typename Record> class Batches
{
public:
    using Put = void (*)(Workspace &, Record &&);

    Batches(Builder &builder, Put put) : m_builder(builder), m_put(put) { m_batch.reserve(kSize); }
    ~Batches() { flush(); }

    void add(Record &&record)
    {
        m_batch.append(std::move(record));
        if (m_batch.size() == kSize)
            flush();
    }
    void flush()
    {
        if (m_batch.isEmpty())
            return;
        m_builder.post([batch = std::move(m_batch), put = m_put](Workspace &ws) mutable {
            for (Record &r : batch)
                put(ws, std::move(r));
        });
        m_batch = {};
        m_batch.reserve(kSize);
    }

private:
    static constexpr qsizetype kSize = 512;
    Builder &m_builder;
    Put m_put;
    QList<Record> m_batch;
};

} // namespace

// A repeated ID is a finding of the validating reader, so it makes this one give up.
void WorkspaceFastReader::putImage(Workspace &ws, Image &&img)
{
    if (ws.image(img.imageId))
        giveUp();
    const QString id = img.imageId;
    ws.putImage(id, std::move(img));
}

void WorkspaceFastReader::putInstance(Workspace &ws, Instance &&i)
{
    if (ws.instance(i.instanceId))
        giveUp();
    const QString id = i.instanceId;
    ws.putInstance(id, std::move(i));
}

void WorkspaceFastReader::putSnapshot(Workspace &ws, Snapshot &&s)
{
    if (ws.snapshot(s.snapshotId))
        giveUp();
    const QString id = s.snapshotId;
    ws.putSnapshot(id, std::move(s));
}

std::unique_ptr<Workspace> WorkspaceFastReader::read()
{
    auto ws = std::make_unique<Workspace>();
    // Room for about as many images and snapshots as the text holds (an image, with its
    // share of instances, snapshots and journal, takes about 1.5 KB of it): growing the tables
    // as they fill moves every record already in them again and again. Much more room than
    // that would cost memory: tables allocate their records in blocks.
    const qsizetype room = m_textSize / 1536;
    ws->m_images.reserve(room);
    ws->m_snapshots.reserve(room);
    Seen seen;
    QString format;
    qint64 version = 0;
    QString name;
    Policy policy;
    QList<Account> accounts;
    QList<Region> regions;
    QList<Task> tasks;
    QList<JournalEntry> journal;
    CloudLink link;
    QList<PendingChange> pending;
    {
        // Declared after the workspace: if reading gives up, the builder stops before the
        // workspace it fills goes away.
        Builder builder(*ws);
        m_in.object([&](QByteArrayView k) {
            if (is(k, key::Format)) {
                seen.mark(0);
                format = string();
            } else if (is(k, key::Version)) {
                seen.mark(1);
                version = m_in.integer();
            } else if (is(k, key::Name)) {
                seen.mark(2);
                name = string();
            } else if (is(k, key::Policy)) {
                seen.mark(3);
                policy = readPolicy();
            } else if (is(k, key::Accounts)) {
                seen.mark(4);
                m_in.array([&] { accounts.append(readAccount()); });
            } else if (is(k, key::Regions)) {
                seen.mark(5);
                m_in.array([&] { regions.append(readRegion()); });
            } else if (is(k, key::Images)) {
                seen.mark(6);
                Batches<Image> images(builder, putImage);
                m_in.array([&] { images.add(readImage()); });
            } else if (is(k, key::Instances)) {
                // Instances and snapshots are put here, while the builder may still be indexing
                // images: they have tables of their own, which the builder never touches, and
                // the two threads finish closer together.
                seen.mark(7);
                m_in.array([&] { putInstance(*ws, readInstance()); });
            } else if (is(k, key::Snapshots)) {
                seen.mark(8);
                m_in.array([&] { putSnapshot(*ws, readSnapshot()); });
            } else if (is(k, key::Tasks)) {
                seen.mark(9);
                m_in.array([&] { tasks.append(readTask()); });
            } else if (is(k, key::Journal)) {
                seen.mark(10);
                m_in.array([&] { journal.append(readJournal()); });
            } else if (is(k, key::Cloud)) {
                // Small, and read as the other reader reads it.
                QList<LoadProblem> problems;
                if (!cloud::fromJson(m_in.jsonObject(), key::Cloud, link, pending, problems))
                    giveUp();
            } else {
                m_in.skip();
            }
        });
        if (!m_in.atEnd())
            giveUp();
        if (!builder.finish())
            giveUp();
    }
    // Only the current version of the format; an older one is migrated by the other reader.
    if (format != WorkspaceFile::formatMarker() || version != WorkspaceFile::kVersion ||
        !seen.has(4) || !seen.has(5) || !seen.has(6))
        giveUp();

    ws->setName(name);
    ws->setPolicy(policy);
    for (Account &a : accounts) {
        if (ws->account(a.accountId))
            giveUp();
        const QString id = a.accountId;
        ws->putAccount(id, std::move(a));
    }
    for (qsizetype i = 0; i < regions.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (regions.at(j).regionId == regions.at(i).regionId)
                giveUp();
        }
    }
    ws->setRegions(regions);
    for (Task &t : tasks) {
        if (ws->task(t.taskId))
            giveUp();
        const QString id = t.taskId;
        ws->putTask(id, std::move(t));
    }
    for (const JournalEntry &e : std::as_const(journal))
        ws->appendJournal(e);
    ws->setCloud(link);
    for (PendingChange &c : pending) {
        const QString id = c.id();
        ws->putPending(id, std::move(c));
    }
    return ws;
}

std::unique_ptr<Workspace> readWorkspaceFast(const QByteArray &json)
{
    try {
        Scanner in(json.constData(), json.constData() + json.size());
        WorkspaceFastReader reader(in, json.size());
        return reader.read();
    } catch (const GiveUp &) {
        return nullptr;
    }
}

} // namespace cvm

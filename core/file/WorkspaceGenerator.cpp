#include "WorkspaceGenerator.h"

#include "Records.h"
#include "Rules.h"
#include "WorkspaceFile.h"
#include "WorkspaceKeys.h"
#include "WorkspaceSchema.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace cvm {
namespace {

struct RegionSpec
{
    const char *id;
    const char *en;
    const char *idn;
};

// Tencent Cloud's regions, with their names in both languages.
constexpr RegionSpec kRegions[] = {
    {"ap-guangzhou", "South China (Guangzhou)", "Tiongkok Selatan (Guangzhou)"},
    {"ap-shanghai", "East China (Shanghai)", "Tiongkok Timur (Shanghai)"},
    {"ap-beijing", "North China (Beijing)", "Tiongkok Utara (Beijing)"},
    {"ap-jakarta", "Southeast Asia (Jakarta)", "Asia Tenggara (Jakarta)"},
    {"ap-singapore", "Southeast Asia (Singapore)", "Asia Tenggara (Singapura)"},
    {"ap-chengdu", "Southwest China (Chengdu)", "Tiongkok Barat Daya (Chengdu)"},
    {"ap-chongqing", "Southwest China (Chongqing)", "Tiongkok Barat Daya (Chongqing)"},
    {"ap-nanjing", "East China (Nanjing)", "Tiongkok Timur (Nanjing)"},
    {"ap-hongkong", "Hong Kong (China)", "Hong Kong (Tiongkok)"},
    {"ap-bangkok", "Southeast Asia (Bangkok)", "Asia Tenggara (Bangkok)"},
    {"ap-seoul", "Northeast Asia (Seoul)", "Asia Timur Laut (Seoul)"},
    {"ap-tokyo", "Northeast Asia (Tokyo)", "Asia Timur Laut (Tokyo)"},
    {"ap-mumbai", "South Asia (Mumbai)", "Asia Selatan (Mumbai)"},
    {"eu-frankfurt", "Europe (Frankfurt)", "Eropa (Frankfurt)"},
    {"eu-moscow", "Europe (Moscow)", "Eropa (Moskow)"},
    {"na-siliconvalley", "West US (Silicon Valley)", "AS Barat (Silicon Valley)"},
    {"na-ashburn", "East US (Virginia)", "AS Timur (Virginia)"},
    {"na-toronto", "North America (Toronto)", "Amerika Utara (Toronto)"},
    {"sa-saopaulo", "South America (São Paulo)", "Amerika Selatan (São Paulo)"},
    {"ap-shanghai-fsi", "East China (Shanghai Finance)", "Tiongkok Timur (Keuangan Shanghai)"},
};

struct OsSpec
{
    const char *name;
    const char *platform;
};

constexpr OsSpec kOs[] = {
    {"TencentOS Server 3.1 (TK4)", "TencentOS"},
    {"Ubuntu Server 22.04 LTS 64-bit", "Ubuntu"},
    {"CentOS 7.9 64-bit", "CentOS"},
    {"Debian 12.5 64-bit", "Debian"},
    {"Rocky Linux 9.3 64-bit", "Rocky Linux"},
    {"Windows Server 2022 DataCenter 64-bit English", "Windows"},
    {"Windows Server 2019 DataCenter 64-bit English", "Windows"},
};

const char *const kRoles[] = {"web", "api", "batch",   "etl",    "cache",
                              "db",  "ci",  "gateway", "worker", "report"};

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

QJsonObject WorkspaceGenerator::generate(const Options &o)
{
    QRandomGenerator rnd(o.seed);
    QSet<QString> used;
    auto newId = [&](const char *prefix) {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (;;) {
            QString id = QString::fromLatin1(prefix);
            for (int i = 0; i < 8; ++i)
                id.append(QLatin1Char(alphabet[rnd.bounded(36)]));
            if (!used.contains(id)) {
                used.insert(id);
                return id;
            }
        }
    };
    const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    auto time = [&](int maxDays) { return base.addSecs(qint64(rnd.bounded(maxDays * 86400))); };

    const int regionCount = qBound(1, o.regions, int(std::size(kRegions)));
    QList<Region> regions;
    QStringList regionIds;
    for (int r = 0; r < regionCount; ++r) {
        const QString id = str(kRegions[r].id);
        regionIds.append(id);
        Region region;
        region.regionId = id;
        region.nameEn = str(kRegions[r].en);
        region.nameId = str(kRegions[r].idn);
        region.supportsImageImport = r % 7 != 6;
        for (int z = 1; z <= 3; ++z)
            region.zones.append(QStringLiteral("%1-%2").arg(id).arg(z));
        regions.append(region);
    }
    QStringList accountIds;
    QList<Account> accounts;
    for (int a = 0; a < o.accounts; ++a) {
        const QString id = QStringLiteral("1000%1").arg(100000000 + a);
        accountIds.append(id);
    }
    for (int a = 0; a < o.accounts; ++a) {
        Account account;
        account.accountId = accountIds.at(a);
        account.name = QStringLiteral("Team %1").arg(a + 1);
        account.canImportImages = a % 3 != 0;
        for (int t = 0; t < 3; ++t) {
            const QString other = accountIds.at(rnd.bounded(o.accounts));
            if (other != accountIds.at(a) && !account.trustedAccountIds.contains(other))
                account.trustedAccountIds.append(other);
        }
        accounts.append(account);
    }

    QList<Image> images;
    QList<Snapshot> snapshots;
    QList<Instance> instances;
    QList<Task> tasks;
    QList<JournalEntry> journal;
    QList<Image> custom; // for copies and instances
    QHash<QString, QList<int>> byOwner;
    QSet<QString> names; // owner + region + name: unique, as rule M2 asks
    const int publicCount = qMin(o.images / 50, regionCount * 10);
    for (int i = 0; i < publicCount; ++i) {
        const OsSpec &os = kOs[i % int(std::size(kOs))];
        Image img;
        img.imageId = newId("img-");
        img.imageName = str(os.name);
        img.kind = i % 9 == 8 ? ImageKind::Market : ImageKind::Public;
        img.source = ImageSource::Official;
        img.osName = str(os.name);
        img.platform = str(os.platform);
        img.imageSize = 20;
        img.createdTime = time(30);
        img.region = regionIds.at(i % regionCount);
        images.append(img);
    }
    int syncing = 0;
    for (int i = int(images.size()); i < o.images; ++i) {
        const OsSpec &os = kOs[rnd.bounded(int(std::size(kOs)))];
        const QString owner = accountIds.at(rnd.bounded(o.accounts));
        const QString region = regionIds.at(rnd.bounded(regionCount));
        const QString id = newId("img-");
        const QDateTime created = time(600);
        const int size = 20 + 10 * rnd.bounded(10);
        Snapshot snap;
        snap.snapshotId = newId("snap-");
        snap.ownerAccountId = owner;
        snap.region = region;
        snap.diskSize = size;
        snap.createdTime = created;
        snapshots.append(snap);
        Image img;
        // Share lists: most none, some a few, a handful up to the limit.
        const int roll = rnd.bounded(1000);
        const int shareCount = roll < 700   ? 0
                               : roll < 950 ? 1 + rnd.bounded(5)
                               : roll < 995 ? 5 + rnd.bounded(20)
                                            : 50;
        QSet<QString> with;
        const int wanted = qMin(shareCount, o.accounts - 1);
        for (int attempt = 0; with.size() < wanted && attempt < wanted * 8; ++attempt) {
            const QString a = accountIds.at(rnd.bounded(o.accounts));
            if (a == owner || with.contains(a))
                continue;
            with.insert(a);
            img.shares.append(ShareEntry{a, created});
        }
        const bool windows = QLatin1String(os.platform) == QLatin1String("Windows");
        img.imageId = id;
        img.imageName =
            QStringLiteral("%1-%2").arg(QLatin1String(kRoles[rnd.bounded(10)]), id.mid(4));
        img.imageDescription = QStringLiteral("Generated image %1").arg(i);
        img.osName = str(os.name);
        img.platform = str(os.platform);
        img.imageSize = size;
        img.createdTime = created;
        img.imageCreator = owner;
        img.isSupportCloudinit = !windows;
        img.snapshots.append(SnapshotRef{snap.snapshotId, DiskUsage::SystemDisk, size});
        img.ownerAccountId = owner;
        img.region = region;
        // Copies: one in ten is the copy of an earlier image of the same owner, with its name.
        const QList<int> &mine = byOwner[owner];
        if (!mine.isEmpty() && rnd.bounded(10) == 0) {
            const Image &src = custom.at(mine.at(rnd.bounded(int(mine.size()))));
            // Unique per owner and region as M2 compares names.
            const QString nameKey = owner + region + Rules::nameKey(src.imageName);
            if (src.region != region && !names.contains(nameKey)) {
                img.imageName = src.imageName;
                img.sourceImageId = src.imageId;
                img.sourceRegion = src.region;
            }
        }
        names.insert(owner + region + Rules::nameKey(img.imageName));
        // A few copies still running.
        if (shareCount == 0 && syncing < 10 && rnd.bounded(1000) == 0) {
            ++syncing;
            img.state = ImageState::Syncing;
            img.syncPercent = 30;
            Task task;
            task.taskId = newId("task-");
            task.kind = TaskKind::Sync;
            task.accountId = owner;
            task.imageIds = {id};
            task.startedTime = time(600);
            task.durationSeconds = 1800;
            task.elapsedSeconds = 540;
            tasks.append(task);
        }
        byOwner[owner].append(int(custom.size()));
        custom.append(img);
        images.append(img);
        if (rnd.bounded(5) == 0) {
            Instance inst;
            inst.instanceId = newId("ins-");
            inst.instanceName =
                QStringLiteral("%1-%2").arg(QLatin1String(kRoles[rnd.bounded(10)])).arg(i);
            inst.ownerAccountId = owner;
            inst.region = region;
            inst.zone = QStringLiteral("%1-1").arg(region);
            inst.imageId = id;
            inst.osName = str(os.name);
            inst.platform = str(os.platform);
            if (windows)
                inst.windowsChecks.modulesInstaller = rnd.bounded(4) != 0;
            instances.append(inst);
        }
        if (rnd.bounded(10) == 0) {
            JournalEntry e;
            e.time = created;
            e.accountId = owner;
            e.action = QStringLiteral("CreateImage");
            e.channel = Channel::console();
            e.parameters = QJsonObject{{QStringLiteral("ImageName"), img.imageName}};
            e.result = QJsonObject{{QStringLiteral("ImageId"), id}};
            journal.append(e);
        }
    }
    QJsonObject root{{key::Format, WorkspaceFile::formatMarker()},
                     {key::Version, WorkspaceFile::kVersion},
                     {key::Name, QStringLiteral("Generated: %1 images, %2 accounts, %3 regions, seed %4")
                                     .arg(o.images)
                                     .arg(o.accounts)
                                     .arg(regionCount)
                                     .arg(o.seed)}};
    QJsonArray regionArray;
    for (const Region &r : std::as_const(regions))
        regionArray.append(schema::toJson(schema::region(), &r));
    root.insert(key::Regions, regionArray);
    QJsonArray accountArray, imageArray, instanceArray, snapshotArray, taskArray, journalArray;
    for (const Account &a : std::as_const(accounts))
        accountArray.append(WorkspaceFile::accountToJson(a));
    for (const Image &img : std::as_const(images))
        imageArray.append(WorkspaceFile::imageToJson(img));
    for (const Instance &inst : std::as_const(instances))
        instanceArray.append(WorkspaceFile::instanceToJson(inst));
    for (const Snapshot &snap : std::as_const(snapshots))
        snapshotArray.append(WorkspaceFile::snapshotToJson(snap));
    for (const Task &t : std::as_const(tasks))
        taskArray.append(WorkspaceFile::taskToJson(t));
    for (const JournalEntry &e : std::as_const(journal))
        journalArray.append(WorkspaceFile::journalToJson(e));
    root.insert(key::Accounts, accountArray);
    root.insert(key::Images, imageArray);
    root.insert(key::Instances, instanceArray);
    root.insert(key::Snapshots, snapshotArray);
    root.insert(key::Tasks, taskArray);
    root.insert(key::Journal, journalArray);
    return root;
}

} // namespace cvm

#include "WorkspaceGenerator.h"

#include "Records.h"
#include "WorkspaceFile.h"
#include "WorkspaceKeys.h"

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
    auto time = [&](int maxDays) {
        return WorkspaceFile::timeToString(base.addSecs(qint64(rnd.bounded(maxDays * 86400))));
    };

    const int regionCount = qBound(1, o.regions, int(std::size(kRegions)));
    QJsonArray regions;
    QStringList regionIds;
    for (int r = 0; r < regionCount; ++r) {
        const QString id = str(kRegions[r].id);
        regionIds.append(id);
        QJsonArray zones;
        for (int z = 1; z <= 3; ++z)
            zones.append(QStringLiteral("%1-%2").arg(id).arg(z));
        regions.append(QJsonObject{{key::Region, id},
                                   {key::RegionName, str(kRegions[r].en)},
                                   {key::RegionNameId, str(kRegions[r].idn)},
                                   {key::RegionState, QStringLiteral("AVAILABLE")},
                                   {key::SupportsImageCopy, true},
                                   {key::SupportsImageImport, r % 7 != 6},
                                   {key::Zones, zones}});
    }
    QStringList accountIds;
    QJsonArray accounts;
    for (int a = 0; a < o.accounts; ++a) {
        const QString id = QStringLiteral("1000%1").arg(100000000 + a);
        accountIds.append(id);
    }
    for (int a = 0; a < o.accounts; ++a) {
        QJsonArray trusted;
        for (int t = 0; t < 3; ++t) {
            const QString other = accountIds.at(rnd.bounded(o.accounts));
            if (other != accountIds.at(a) && !trusted.contains(other))
                trusted.append(other);
        }
        accounts.append(QJsonObject{{key::AccountId, accountIds.at(a)},
                                    {key::AccountName, QStringLiteral("Team %1").arg(a + 1)},
                                    {key::CanImportImages, a % 3 != 0},
                                    {key::TrustedAccountIds, trusted}});
    }

    QJsonArray images, snapshots, instances, tasks, journal;
    QList<QJsonObject> custom; // for copies and instances
    QHash<QString, QList<int>> byOwner;
    QSet<QString> names; // owner + region + name: unique, as rule M2 asks
    const int publicCount = qMin(o.images / 50, regionCount * 10);
    for (int i = 0; i < publicCount; ++i) {
        const OsSpec &os = kOs[i % int(std::size(kOs))];
        images.append(QJsonObject{{key::ImageId, newId("img-")},
                                  {key::ImageName, str(os.name)},
                                  {key::ImageType, i % 9 == 8 ? QStringLiteral("MARKET_IMAGE")
                                                              : QStringLiteral("PUBLIC_IMAGE")},
                                  {key::ImageState, QStringLiteral("NORMAL")},
                                  {key::ImageSource, QStringLiteral("OFFICIAL")},
                                  {key::OsName, str(os.name)},
                                  {key::Platform, str(os.platform)},
                                  {key::ImageSize, 20},
                                  {key::CreatedTime, time(30)},
                                  {key::IsSupportCloudinit, true},
                                  {key::Region, regionIds.at(i % regionCount)}});
    }
    int syncing = 0;
    for (int i = images.size(); i < o.images; ++i) {
        const OsSpec &os = kOs[rnd.bounded(int(std::size(kOs)))];
        const QString owner = accountIds.at(rnd.bounded(o.accounts));
        const QString region = regionIds.at(rnd.bounded(regionCount));
        const QString id = newId("img-");
        const QString created = time(600);
        const int size = 20 + 10 * rnd.bounded(10);
        const QString snap = newId("snap-");
        snapshots.append(QJsonObject{{key::SnapshotId, snap},
                                     {key::OwnerAccountId, owner},
                                     {key::Region, region},
                                     {key::DiskUsage, QStringLiteral("SYSTEM_DISK")},
                                     {key::DiskSize, size},
                                     {key::CreatedTime, created}});
        // Share lists: most none, some a few, a handful up to the limit.
        QJsonArray shares;
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
            shares.append(QJsonObject{{key::AccountId, a}, {key::CreatedTime, created}});
        }
        const bool windows = QLatin1String(os.platform) == QLatin1String("Windows");
        QJsonObject img{{key::ImageId, id},
                        {key::ImageName, QStringLiteral("%1-%2").arg(
                                             QLatin1String(kRoles[rnd.bounded(10)]), id.mid(4))},
                        {key::ImageDescription, QStringLiteral("Generated image %1").arg(i)},
                        {key::ImageType, QStringLiteral("PRIVATE_IMAGE")},
                        {key::ImageState, QStringLiteral("NORMAL")},
                        {key::ImageSource, QStringLiteral("CREATE_IMAGE")},
                        {key::OsName, str(os.name)},
                        {key::Platform, str(os.platform)},
                        {key::Architecture, QStringLiteral("x86_64")},
                        {key::ImageSize, size},
                        {key::CreatedTime, created},
                        {key::ImageCreator, owner},
                        {key::IsSupportCloudinit, !windows},
                        {key::SnapshotSet,
                         QJsonArray{QJsonObject{{key::SnapshotId, snap},
                                                {key::DiskUsage, QStringLiteral("SYSTEM_DISK")},
                                                {key::DiskSize, size}}}},
                        {key::LicenseType, QStringLiteral("TencentCloud")},
                        {key::OwnerAccountId, owner},
                        {key::Region, region},
                        {key::Shares, shares}};
        // Copies: one in ten is the copy of an earlier image of the same owner, with its name.
        const QList<int> &mine = byOwner[owner];
        if (!mine.isEmpty() && rnd.bounded(10) == 0) {
            const QJsonObject &src = custom.at(mine.at(rnd.bounded(int(mine.size()))));
            const QString nameKey = owner + region + src.value(key::ImageName).toString();
            if (src.value(key::Region).toString() != region && !names.contains(nameKey)) {
                img.insert(key::ImageName, src.value(key::ImageName));
                img.insert(key::SourceImageId, src.value(key::ImageId));
                img.insert(key::SourceRegion, src.value(key::Region));
            }
        }
        names.insert(owner + region + img.value(key::ImageName).toString());
        // A few copies still running.
        if (shareCount == 0 && syncing < 10 && rnd.bounded(1000) == 0) {
            ++syncing;
            img.insert(key::ImageState, QStringLiteral("SYNCING"));
            img.insert(key::SyncPercent, 30);
            tasks.append(QJsonObject{{key::TaskId, newId("task-")},
                                     {key::Action, QStringLiteral("SyncImages")},
                                     {key::AccountId, owner},
                                     {key::ImageIds, QJsonArray{id}},
                                     {key::StartedTime, time(600)},
                                     {key::DurationSeconds, 1800},
                                     {key::ElapsedSeconds, 540},
                                     {key::State, QStringLiteral("RUNNING")}});
        }
        byOwner[owner].append(int(custom.size()));
        custom.append(img);
        images.append(img);
        if (rnd.bounded(5) == 0) {
            QJsonObject inst{
                {key::InstanceId, newId("ins-")},
                {key::InstanceName,
                 QStringLiteral("%1-%2").arg(QLatin1String(kRoles[rnd.bounded(10)])).arg(i)},
                {key::OwnerAccountId, owner},
                {key::Region, region},
                {key::Zone, QStringLiteral("%1-1").arg(region)},
                {key::ImageId, id},
                {key::OsName, str(os.name)},
                {key::Platform, str(os.platform)},
                {key::InstanceState, QStringLiteral("RUNNING")}};
            if (windows)
                inst.insert(key::WindowsChecks,
                            QJsonObject{{QStringLiteral("AgentServices"), true},
                                        {QStringLiteral("ModulesInstaller"), rnd.bounded(4) != 0},
                                        {QStringLiteral("SecuritySoftware"), true},
                                        {QStringLiteral("SystemPopups"), true}});
            instances.append(inst);
        }
        if (rnd.bounded(10) == 0)
            journal.append(QJsonObject{
                {key::Time, created},
                {key::AccountId, owner},
                {key::Action, QStringLiteral("CreateImage")},
                {key::Channel, QStringLiteral("Console")},
                {key::Parameters, QJsonObject{{key::ImageName, img.value(key::ImageName)}}},
                {key::Outcome, QStringLiteral("Success")},
                {key::Result, QJsonObject{{key::ImageId, id}}}});
    }
    return QJsonObject{
        {key::Format, WorkspaceFile::formatMarker()},
        {key::Version, WorkspaceFile::kVersion},
        {key::Name, QStringLiteral("Generated: %1 images, %2 accounts, %3 regions, seed %4")
                        .arg(o.images)
                        .arg(o.accounts)
                        .arg(regionCount)
                        .arg(o.seed)},
        {key::Accounts, accounts},
        {key::Regions, regions},
        {key::Images, images},
        {key::Instances, instances},
        {key::Snapshots, snapshots},
        {key::Tasks, tasks},
        {key::Journal, journal}};
}

} // namespace cvm

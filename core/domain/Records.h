#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

// Plain records of the workspace. Image fields follow Tencent Cloud's `Image` structure;
// what the workspace needs beyond the API (owner, region, shares, lineage) sits beside them.
namespace cvm {

struct Account
{
    QString accountId;
    QString name;
    bool canImportImages = false;
    QStringList trustedAccountIds;

    bool trusts(const QString &other) const { return trustedAccountIds.contains(other); }
    bool operator==(const Account &) const = default;
};

struct Region
{
    QString regionId;
    QString nameEn;
    QString nameId;
    RegionState state = RegionState::Available;
    bool supportsImageCopy = true;
    bool supportsImageImport = true;
    QStringList zones;

    bool isAvailable() const { return state == RegionState::Available; }
    bool operator==(const Region &) const = default;
};

struct ShareEntry
{
    QString accountId;
    QDateTime createdTime;
    bool operator==(const ShareEntry &) const = default;
};

struct SnapshotRef
{
    QString snapshotId;
    DiskUsage diskUsage = DiskUsage::SystemDisk;
    int diskSize = 0;
    bool operator==(const SnapshotRef &) const = default;
};

struct Tag
{
    QString key;
    QString value;
    bool operator==(const Tag &) const = default;
};

struct Image
{
    // Tencent `Image` fields.
    QString imageId;
    QString imageName;
    QString imageDescription;
    ImageKind kind = ImageKind::Custom;
    ImageState state = ImageState::Normal;
    ImageSource source = ImageSource::CreateImage;
    QString osName;
    QString platform;
    QString architecture = QStringLiteral("x86_64");
    int imageSize = 0; // GiB
    QDateTime createdTime;
    QString imageCreator;
    std::optional<int> syncPercent;
    bool isSupportCloudinit = true;
    QList<SnapshotRef> snapshots;
    QList<Tag> tags;
    LicenseType licenseType = LicenseType::TencentCloud;
    QString imageFamily;
    bool imageDeprecated = false;

    // Workspace fields.
    QString ownerAccountId; // empty for public and marketplace images
    QString region;
    QList<ShareEntry> shares;
    QString sourceImageId; // lineage: the image this one was copied from
    QString sourceRegion;
    QString createdFromInstanceId;
    bool encrypted = false;
    QString failureReason;    // IMPORTFAILED reason or the CREATEFAILED cause
    QStringList failedChecks; // Windows checks that failed when CREATEFAILED

    bool isCustom() const { return kind == ImageKind::Custom; }
    bool isSharedWith(const QString &accountId) const
    {
        for (const ShareEntry &s : shares) {
            if (s.accountId == accountId)
                return true;
        }
        return false;
    }
    bool isWindows() const
    {
        return platform.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0;
    }
    bool operator==(const Image &) const = default;
};

enum class WindowsCheck
{
    AgentServices,
    ModulesInstaller,
    SecuritySoftware,
    SystemPopups
};

QString windowsCheckKey(WindowsCheck check);
std::optional<WindowsCheck> windowsCheckFromKey(const QString &key);
QList<WindowsCheck> allWindowsChecks();

struct WindowsChecks
{
    bool agentServices = true;    // QcloudService, WinAgent, win-agent and Win_Agent* running
    bool modulesInstaller = true; // Windows Modules Installer running
    bool securitySoftware = true; // no anti-virus tool or Safedog blocking the scripts
    bool systemPopups = true;     // no pending system pop-up

    bool passes(WindowsCheck check) const;
    void set(WindowsCheck check, bool pass);
    QList<WindowsCheck> failing() const;
    bool operator==(const WindowsChecks &) const = default;
};

// Instance.SystemDisk of the API.
struct SystemDisk
{
    QString diskType; // CLOUD_BSSD, CLOUD_PREMIUM, CLOUD_SSD, ...; empty when not known
    QString diskId;
    int diskSize = 0; // GiB
    bool operator==(const SystemDisk &) const = default;
};

struct Instance
{
    QString instanceId;
    QString instanceName;
    QString ownerAccountId;
    QString region;
    QString zone;
    QString imageId;
    QString osName;
    QString platform;
    QString instanceState = QStringLiteral("RUNNING");
    QDateTime createdTime;
    WindowsChecks windowsChecks;
    // Instance fields of the API that scripts commonly read; empty or 0 when not known.
    QString instanceType;
    int cpu = 0;
    int memory = 0; // GiB
    QString instanceChargeType;
    QStringList privateIpAddresses;
    SystemDisk systemDisk;
    QString uuid;

    bool isWindows() const
    {
        return platform.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0;
    }
    bool operator==(const Instance &) const = default;
};

struct Snapshot
{
    QString snapshotId;
    QString ownerAccountId;
    QString region;
    DiskUsage diskUsage = DiskUsage::SystemDisk;
    int diskSize = 0;
    QDateTime createdTime;
    bool operator==(const Snapshot &) const = default;
};

struct Policy
{
    int shareLimit = 50;
    int customImageQuotaPerRegion = 500;
    int imageNameMaxLength = 60;
    int imageDescriptionMaxLength = 256;
    int importMaxFileSizeGiB = 50;
    int importMaxVirtualSizeGiB = 500;
    int copyDurationSeconds = 600;
    int createDurationSeconds = 600;
    int importDurationSeconds = 900;
    // Journal entries kept in the workspace file; older ones move to the journal archive beside
    // it when the workspace is saved (0: no limit).
    int journalLimit = 10000;
    bool operator==(const Policy &) const = default;
};

struct Task
{
    QString taskId;
    TaskKind kind = TaskKind::Sync;
    QString accountId;
    QString sourceImageId; // SyncImages: the image being copied
    QStringList imageIds;  // the images the task produces
    QString instanceId;    // CreateImage: the instance
    QDateTime startedTime;
    int durationSeconds = 0;
    // Progress is counted while a console or server has the workspace open, so that a
    // workspace saved mid-task resumes where it stopped.
    int elapsedSeconds = 0;
    TaskState state = TaskState::Running;
    QDateTime finishedTime;
    // What the task ends in, decided when it starts.
    bool willFail = false;
    QString failureReason;
    QStringList failedChecks;
    // A give (copy, then share): the accounts the copy is to be shared with once it is ready.
    // The operator confirms that share step; it is cleared when the copy is shared with them
    // or the operator drops the step.
    QStringList shareWithAccountIds;

    bool isRunning() const { return state == TaskState::Running; }
    int percent() const;
    bool operator==(const Task &) const = default;
};

struct JournalError
{
    QString rule;
    QString code;
    bool operator==(const JournalError &) const = default;
};

struct JournalEntry
{
    QDateTime time;
    QString accountId;
    QString action;  // the API action name, e.g. ModifyImageSharePermission
    QString channel; // Console, API, Undo, Redo
    QJsonObject parameters;
    bool success = true;
    QList<JournalError> errors;
    QJsonObject result;
    bool operator==(const JournalEntry &) const = default;
};

namespace Channel {
inline QString console()
{
    return QStringLiteral("Console");
}
inline QString api()
{
    return QStringLiteral("API");
}
} // namespace Channel

} // namespace cvm

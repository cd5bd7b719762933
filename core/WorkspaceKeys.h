#pragma once

#include <QLatin1String>

// JSON keys of the workspace file. Image keys are Tencent Cloud's `Image` field names.
namespace cvm::key {

inline constexpr QLatin1String Format("format");
inline constexpr QLatin1String Version("version");
inline constexpr QLatin1String Name("name");
inline constexpr QLatin1String Policy("policy");
inline constexpr QLatin1String Accounts("accounts");
inline constexpr QLatin1String Regions("regions");
inline constexpr QLatin1String Images("images");
inline constexpr QLatin1String Instances("instances");
inline constexpr QLatin1String Snapshots("snapshots");
inline constexpr QLatin1String Tasks("tasks");
inline constexpr QLatin1String Journal("journal");
inline constexpr QLatin1String Cloud("cloud"); // the connection to Tencent Cloud (core/Cloud.h)

// policy
inline constexpr QLatin1String ShareLimit("shareLimit");
inline constexpr QLatin1String CustomImageQuotaPerRegion("customImageQuotaPerRegion");
inline constexpr QLatin1String ImageNameMaxLength("imageNameMaxLength");
inline constexpr QLatin1String ImageDescriptionMaxLength("imageDescriptionMaxLength");
inline constexpr QLatin1String ImportMaxFileSizeGiB("importMaxFileSizeGiB");
inline constexpr QLatin1String ImportMaxVirtualSizeGiB("importMaxVirtualSizeGiB");
inline constexpr QLatin1String CopyDurationSeconds("copyDurationSeconds");
inline constexpr QLatin1String JournalLimit("journalLimit");
inline constexpr QLatin1String CreateDurationSeconds("createDurationSeconds");
inline constexpr QLatin1String ImportDurationSeconds("importDurationSeconds");

// accounts
inline constexpr QLatin1String AccountId("AccountId");
inline constexpr QLatin1String AccountName("Name");
inline constexpr QLatin1String CanImportImages("CanImportImages");
inline constexpr QLatin1String TrustedAccountIds("TrustedAccountIds");

// regions
inline constexpr QLatin1String Region("Region");
inline constexpr QLatin1String RegionName("RegionName");
inline constexpr QLatin1String RegionNameId("RegionNameId");
inline constexpr QLatin1String RegionState("RegionState");
inline constexpr QLatin1String SupportsImageCopy("SupportsImageCopy");
inline constexpr QLatin1String SupportsImageImport("SupportsImageImport");
inline constexpr QLatin1String Zones("Zones");

// images (Tencent Image fields, then workspace fields)
inline constexpr QLatin1String ImageId("ImageId");
inline constexpr QLatin1String ImageName("ImageName");
inline constexpr QLatin1String ImageDescription("ImageDescription");
inline constexpr QLatin1String ImageType("ImageType");
inline constexpr QLatin1String ImageState("ImageState");
inline constexpr QLatin1String ImageSource("ImageSource");
inline constexpr QLatin1String OsName("OsName");
inline constexpr QLatin1String Platform("Platform");
inline constexpr QLatin1String Architecture("Architecture");
inline constexpr QLatin1String ImageSize("ImageSize");
inline constexpr QLatin1String CreatedTime("CreatedTime");
inline constexpr QLatin1String ImageCreator("ImageCreator");
inline constexpr QLatin1String SyncPercent("SyncPercent");
inline constexpr QLatin1String IsSupportCloudinit("IsSupportCloudinit");
inline constexpr QLatin1String SnapshotSet("SnapshotSet");
inline constexpr QLatin1String SnapshotId("SnapshotId");
inline constexpr QLatin1String DiskUsage("DiskUsage");
inline constexpr QLatin1String DiskSize("DiskSize");
inline constexpr QLatin1String Tags("Tags");
inline constexpr QLatin1String Key("Key");
inline constexpr QLatin1String Value("Value");
inline constexpr QLatin1String LicenseType("LicenseType");
inline constexpr QLatin1String ImageFamily("ImageFamily");
inline constexpr QLatin1String ImageDeprecated("ImageDeprecated");
inline constexpr QLatin1String OwnerAccountId("OwnerAccountId");
inline constexpr QLatin1String Shares("Shares");
inline constexpr QLatin1String SourceImageId("SourceImageId");
inline constexpr QLatin1String SourceRegion("SourceRegion");
inline constexpr QLatin1String CreatedFromInstanceId("CreatedFromInstanceId");
inline constexpr QLatin1String Encrypted("Encrypted");
inline constexpr QLatin1String FailureReason("FailureReason");
inline constexpr QLatin1String FailedChecks("FailedChecks");
inline constexpr QLatin1String SharedAccountIds("SharedAccountIds"); // version 1 only
inline constexpr QLatin1String ShareWithAccountIds("ShareWithAccountIds");

// instances
inline constexpr QLatin1String InstanceId("InstanceId");
inline constexpr QLatin1String InstanceName("InstanceName");
inline constexpr QLatin1String Zone("Zone");
inline constexpr QLatin1String InstanceState("InstanceState");
inline constexpr QLatin1String WindowsChecks("WindowsChecks");
inline constexpr QLatin1String InstanceType("InstanceType");
inline constexpr QLatin1String Cpu("CPU");
inline constexpr QLatin1String Memory("Memory");
inline constexpr QLatin1String InstanceChargeType("InstanceChargeType");
inline constexpr QLatin1String PrivateIpAddresses("PrivateIpAddresses");
inline constexpr QLatin1String SystemDisk("SystemDisk");
inline constexpr QLatin1String DiskType("DiskType");
inline constexpr QLatin1String DiskId("DiskId");
inline constexpr QLatin1String Uuid("Uuid");

// tasks
inline constexpr QLatin1String TaskId("TaskId");
inline constexpr QLatin1String Action("Action");
inline constexpr QLatin1String ImageIds("ImageIds");
inline constexpr QLatin1String StartedTime("StartedTime");
inline constexpr QLatin1String DurationSeconds("DurationSeconds");
inline constexpr QLatin1String ElapsedSeconds("ElapsedSeconds");
inline constexpr QLatin1String State("State");
inline constexpr QLatin1String FinishedTime("FinishedTime");
inline constexpr QLatin1String WillFail("WillFail");

// journal
inline constexpr QLatin1String Time("Time");
inline constexpr QLatin1String Channel("Channel");
inline constexpr QLatin1String Parameters("Parameters");
inline constexpr QLatin1String Outcome("Outcome");
inline constexpr QLatin1String Errors("Errors");
inline constexpr QLatin1String Rule("Rule");
inline constexpr QLatin1String Code("Code");
inline constexpr QLatin1String Result("Result");

// DescribeImages
inline constexpr QLatin1String Response("Response");
inline constexpr QLatin1String ImageSet("ImageSet");

} // namespace cvm::key

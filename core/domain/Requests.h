#pragma once

#include "Enums.h"
#include "Records.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace cvm {

// Who asks, through which channel, and which warnings they have acknowledged.
struct OperationContext
{
    QString accountId = {};
    QString channel = QStringLiteral("Console");
    QSet<QString> acknowledged; // rule IDs of confirmations the operator accepted (S6, N4, I2)
    bool dryRun = false;
};

enum class SharePermission
{
    Share,
    Cancel
};

struct ShareRequest
{
    QString imageId = {};
    QStringList accountIds = {};
    SharePermission permission = SharePermission::Share;
    QString region = {}; // where the caller acts (the API's X-TC-Region); empty: the image's own
};

// The console's bulk share or cancel: the same accounts on many images, made as one step. The
// API takes one image a call, so each image is its own ModifyImageSharePermission.
struct ShareManyRequest
{
    QStringList imageIds = {};
    QStringList accountIds = {};
    SharePermission permission = SharePermission::Share;
};

struct ModifyAttributeRequest
{
    QString imageId = {};
    std::optional<QString> imageName = {};
    std::optional<QString> imageDescription = {};
    QString region = {}; // where the caller acts; empty: the image's own
    std::optional<QString> imageFamily = {};
    std::optional<bool> imageDeprecated = {};
};

struct SyncRequest
{
    QStringList imageIds = {}; // SyncImages copies several images to the same regions in one request
    QStringList destinationRegions = {};
    std::optional<QString> imageName = {};
    // The give flow (C7): share the copy with these accounts once it is ready. Recorded on the
    // task, so that the step survives closing the workspace; not an API parameter.
    QStringList shareWithAccountIds = {};
    // An encrypted copy (SyncImages' Encrypt, with KmsKeyId): only within the source region.
    bool encrypt = false;
    QString kmsKeyId = {};
    QString region = {}; // where the caller acts (the source image's region); empty: its own
};

struct DeleteRequest
{
    QStringList imageIds = {};
    bool deleteBindedSnapshots = false;
    QString region = {}; // where the caller acts; empty: each image's own
};

struct CreateImageRequest
{
    QString instanceId = {};
    QString imageName = {};
    QString imageDescription = {};
    bool forcePoweroff = false;
    bool sysprep = false;
    QString region = {}; // where the caller acts; empty: the instance's own
    // From snapshots instead of an instance (exactly one of instanceId and snapshotIds).
    QStringList snapshotIds = {};
    QStringList dataDiskIds = {}; // data disks of the instance to include
    QList<Tag> tags = {};
    QString imageFamily = {};
};

// What was learned from the image file itself (its header), not from the operator.
struct ImageFileFacts
{
    QString format = {}; // RAW, VHD, QCOW2, VMDK, ISO, or what else was seen
    qint64 fileSizeBytes = 0;
    qint64 virtualSizeBytes = 0;
    QString partitionTable = {};              // MBR, GPT, NONE, or empty when unknown
    std::optional<bool> virtioInstalled = {}; // unknown unless the operator knows
    std::optional<bool> cloudInitInstalled = {};
};

struct ImportRequest
{
    QString region = {};
    QString imageName = {};
    QString imageDescription = {};
    QString osType = {};
    QString osVersion = {};
    QString architecture = {};
    QString imageUrl = {};
    bool force = false;
    LicenseType licenseType = LicenseType::TencentCloud;
    ImageFileFacts file = {};
    QList<Tag> tags = {};
    QString imageFamily = {};
    // The cloud imports only from an object store (COS) bucket; the console may also import a
    // file it reads itself.
    bool bucketOnly = false;
};

struct RunInstancesRequest
{
    QString imageId = {};
    QString region = {};
    QString zone = {};
    int count = 1;
    QString instanceName = {};
    QString instanceType = {}; // empty: the workspace's default, which runs any image
    QString instanceChargeType = {};
    SystemDisk systemDisk = {};
};

struct ResetInstanceRequest
{
    QString instanceId = {};
    QString imageId = {};
    QString region = {}; // where the caller acts; empty: the instance's own
};

struct ExportImagesRequest
{
    QStringList imageIds = {};
    QString bucketName = {}; // a COS bucket of the region: <name>-<appid>
    QString exportFormat = QStringLiteral("RAW");
    QStringList fileNamePrefixList = {}; // one per image, or none
    bool onlyExportRootDisk = false;
    QString region = {}; // where the caller acts; empty: each image's own
};

struct TerminateInstancesRequest
{
    QStringList instanceIds = {};
    QString region = {}; // where the caller acts; empty: each instance's own
};

struct TrustedAccountsRequest
{
    QStringList accountIds = {};
};

} // namespace cvm

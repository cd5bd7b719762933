#pragma once

#include <QString>
#include <optional>

// The enumerations of Tencent Cloud's CVM image API, with their wire spellings.
namespace cvm {

enum class ImageKind
{
    Public,
    Market,
    Custom
};
enum class ImageType
{
    Public,
    Private,
    Shared,
    Market
};
enum class ImageState
{
    Creating,
    Normal,
    CreateFailed,
    Syncing,
    Importing,
    ImportFailed
};
enum class ImageSource
{
    Official,
    CreateImage,
    ExternalImport
};
enum class LicenseType
{
    TencentCloud,
    Byol
};
enum class RegionState
{
    Available,
    Unavailable
};
enum class TaskKind
{
    Sync,
    Create,
    Import,
    Export
};
enum class TaskState
{
    Running,
    Succeeded,
    Failed
};
enum class DiskUsage
{
    SystemDisk,
    DataDisk
};

QString toString(ImageType v);
QString toString(ImageState v);
QString toString(ImageSource v);
QString toString(LicenseType v);
QString toString(RegionState v);
QString toString(TaskKind v);
QString toString(TaskState v);
QString toString(DiskUsage v);

std::optional<ImageType> imageTypeFromString(const QString &s);
std::optional<ImageState> imageStateFromString(const QString &s);
std::optional<ImageSource> imageSourceFromString(const QString &s);
std::optional<LicenseType> licenseTypeFromString(const QString &s);
std::optional<RegionState> regionStateFromString(const QString &s);
std::optional<TaskKind> taskKindFromString(const QString &s);
std::optional<TaskState> taskStateFromString(const QString &s);
std::optional<DiskUsage> diskUsageFromString(const QString &s);

// States in which a cloud task is still working on the image.
inline bool isTransitional(ImageState s)
{
    return s == ImageState::Creating || s == ImageState::Syncing || s == ImageState::Importing;
}

} // namespace cvm

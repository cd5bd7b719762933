#include "Enums.h"

#include <array>
#include <utility>

namespace cvm {
namespace {

template <typename E, std::size_t N>
QString lookup(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[e, s] : table) {
        if (e == v)
            return QString::fromLatin1(s);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> reverseLookup(const std::array<std::pair<E, const char *>, N> &table,
                               const QString &str)
{
    for (const auto &[e, s] : table) {
        if (str == QLatin1String(s))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ImageType, const char *>, 4> kImageTypes{{
    {ImageType::Public, "PUBLIC_IMAGE"},
    {ImageType::Private, "PRIVATE_IMAGE"},
    {ImageType::Shared, "SHARED_IMAGE"},
    {ImageType::Market, "MARKET_IMAGE"},
}};
constexpr std::array<std::pair<ImageState, const char *>, 6> kImageStates{{
    {ImageState::Creating, "CREATING"},
    {ImageState::Normal, "NORMAL"},
    {ImageState::CreateFailed, "CREATEFAILED"},
    {ImageState::Syncing, "SYNCING"},
    {ImageState::Importing, "IMPORTING"},
    {ImageState::ImportFailed, "IMPORTFAILED"},
}};
constexpr std::array<std::pair<ImageSource, const char *>, 3> kImageSources{{
    {ImageSource::Official, "OFFICIAL"},
    {ImageSource::CreateImage, "CREATE_IMAGE"},
    {ImageSource::ExternalImport, "EXTERNAL_IMPORT"},
}};
constexpr std::array<std::pair<LicenseType, const char *>, 2> kLicenseTypes{{
    {LicenseType::TencentCloud, "TencentCloud"},
    {LicenseType::Byol, "BYOL"},
}};
constexpr std::array<std::pair<RegionState, const char *>, 2> kRegionStates{{
    {RegionState::Available, "AVAILABLE"},
    {RegionState::Unavailable, "UNAVAILABLE"},
}};
constexpr std::array<std::pair<TaskKind, const char *>, 4> kTaskKinds{{
    {TaskKind::Sync, "SyncImages"},
    {TaskKind::Create, "CreateImage"},
    {TaskKind::Import, "ImportImage"},
    {TaskKind::Export, "ExportImages"},
}};
constexpr std::array<std::pair<TaskState, const char *>, 3> kTaskStates{{
    {TaskState::Running, "RUNNING"},
    {TaskState::Succeeded, "SUCCEEDED"},
    {TaskState::Failed, "FAILED"},
}};
constexpr std::array<std::pair<DiskUsage, const char *>, 2> kDiskUsages{{
    {DiskUsage::SystemDisk, "SYSTEM_DISK"},
    {DiskUsage::DataDisk, "DATA_DISK"},
}};

} // namespace

QString toString(ImageType v)
{
    return lookup(kImageTypes, v);
}
QString toString(ImageState v)
{
    return lookup(kImageStates, v);
}
QString toString(ImageSource v)
{
    return lookup(kImageSources, v);
}
QString toString(LicenseType v)
{
    return lookup(kLicenseTypes, v);
}
QString toString(RegionState v)
{
    return lookup(kRegionStates, v);
}
QString toString(TaskKind v)
{
    return lookup(kTaskKinds, v);
}
QString toString(TaskState v)
{
    return lookup(kTaskStates, v);
}
QString toString(DiskUsage v)
{
    return lookup(kDiskUsages, v);
}

std::optional<ImageType> imageTypeFromString(const QString &s)
{
    return reverseLookup(kImageTypes, s);
}
std::optional<ImageState> imageStateFromString(const QString &s)
{
    return reverseLookup(kImageStates, s);
}
std::optional<ImageSource> imageSourceFromString(const QString &s)
{
    return reverseLookup(kImageSources, s);
}
std::optional<LicenseType> licenseTypeFromString(const QString &s)
{
    return reverseLookup(kLicenseTypes, s);
}
std::optional<RegionState> regionStateFromString(const QString &s)
{
    return reverseLookup(kRegionStates, s);
}
std::optional<TaskKind> taskKindFromString(const QString &s)
{
    return reverseLookup(kTaskKinds, s);
}
std::optional<TaskState> taskStateFromString(const QString &s)
{
    return reverseLookup(kTaskStates, s);
}
std::optional<DiskUsage> diskUsageFromString(const QString &s)
{
    return reverseLookup(kDiskUsages, s);
}

} // namespace cvm

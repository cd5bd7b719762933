#include "ImageFileChecks.h"

#include <QLocale>

namespace cvm {

QList<ImageFileCheck> ImageFileChecks::run(const ImageFileReport &r, const Policy &policy)
{
    QList<ImageFileCheck> out;
    if (!r.readable())
        return out;
    const QLocale locale;
    constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;
    const bool supportedFormat = r.status == ImageFileReport::Status::Supported ||
                                 (!r.format.isEmpty() && r.problem != QLatin1String("format"));
    const bool iso = r.format == QLatin1String("ISO");
    out.append(
        {iso ? tr("Format ISO: only as a forced import") : tr("Format is RAW, VHD, QCOW2 or VMDK"),
         supportedFormat && !r.format.isEmpty()});
    out.append({tr("The file is whole and undamaged"),
                r.status != ImageFileReport::Status::Corrupt &&
                    r.status != ImageFileReport::Status::Truncated});
    out.append(
        {tr("The image stands alone (no backing or parent disk)"),
         r.problem != QLatin1String("backingFile") && r.problem != QLatin1String("differencing")});
    if (r.fileSize >= 0)
        out.append(
            {tr("File size at most %1 GiB").arg(locale.toString(policy.importMaxFileSizeGiB)),
             r.fileSize <= policy.importMaxFileSizeGiB * kGiB});
    if (r.virtualSize >= 0)
        out.append(
            {tr("Disk size at most %1 GiB").arg(locale.toString(policy.importMaxVirtualSizeGiB)),
             r.virtualSize <= policy.importMaxVirtualSizeGiB * kGiB});
    if (!r.partitionTable.isEmpty())
        out.append(
            {tr("A partition table was found (the import needs one; a Windows image needs MBR)"),
             r.partitionTable != QLatin1String("NONE")});
    return out;
}

bool ImageFileChecks::allPassed(const QList<ImageFileCheck> &checks)
{
    for (const ImageFileCheck &c : checks) {
        if (!c.passed)
            return false;
    }
    return !checks.isEmpty();
}

} // namespace cvm

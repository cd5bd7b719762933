// The image file inspector and the import checks on any bytes: the input is a whole file,
// read as the console reads one (its first 64 KiB, its last 512 bytes and its size).
#include "ImageFileChecks.h"
#include "ImageFileInspector.h"

#include <cstdint>
#include <cstdlib>

using namespace cvm;

namespace {

void check(const ImageFileReport &r)
{
    // A size is known (0 or more) or unknown (-1); never what an overflow makes of it.
    if (r.virtualSize < -1 || r.fileSize < -1)
        std::abort();
    const bool sized = r.format == QLatin1String("QCOW2") || r.format == QLatin1String("VHD") ||
                       r.format == QLatin1String("VMDK");
    if (sized && r.status == ImageFileReport::Status::Supported && r.virtualSize < 0)
        std::abort();
    (void)r.describe();
    (void)r.problemText();
    (void)ImageFileChecks::run(r, Policy{});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray head = file.left(ImageFileInspector::kHeadBytes);
    const QByteArray tail = size >= size_t(ImageFileInspector::kTailBytes)
                                ? file.right(ImageFileInspector::kTailBytes)
                                : QByteArray();
    check(ImageFileInspector::inspect(head, tail, qint64(size)));
    // Over HTTP without ranges: the head alone, the size perhaps unknown.
    check(ImageFileInspector::inspect(head, QByteArray(), -1));
    return 0;
}

#include "ImageFileInspector.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QtEndian>
#include <limits>
#include <optional>

namespace cvm {
namespace {

constexpr qint64 kSector = 512;
// The largest size a disk can have: a byte count that fits in a signed 64-bit offset, as
// qemu-img and the import service count them.
constexpr quint64 kMaxDiskBytes = quint64(std::numeric_limits<qint64>::max());

// `count` units of `unit` bytes as a disk size, or nothing when no disk can be that large.
std::optional<qint64> diskBytes(quint64 count, quint64 unit)
{
    quint64 bytes = 0;
    if (__builtin_mul_overflow(count, unit, &bytes) || bytes > kMaxDiskBytes)
        return std::nullopt;
    return qint64(bytes);
}

void impossibleSize(ImageFileReport &r)
{
    r.virtualSize = -1;
    r.status = ImageFileReport::Status::Corrupt;
    r.problem = QStringLiteral("impossibleSize");
}

quint32 be32(const QByteArray &b, int at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}
quint64 be64(const QByteArray &b, int at)
{
    return qFromBigEndian<quint64>(b.constData() + at);
}
quint32 le32(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint64 le64(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint64>(b.constData() + at);
}

// The partition table of a disk whose sector 0 (and 1) are in `disk`.
QString partitionTableOf(const QByteArray &disk)
{
    if (disk.size() < 2 * kSector)
        return {};
    const bool mbrSignature = uchar(disk.at(510)) == 0x55 && uchar(disk.at(511)) == 0xAA;
    if (disk.mid(512, 8) == "EFI PART")
        return QStringLiteral("GPT");
    if (mbrSignature) {
        // A protective MBR (type 0xEE) without a GPT header is still GPT-shaped.
        for (int p = 0; p < 4; ++p) {
            if (uchar(disk.at(446 + p * 16 + 4)) == 0xEE)
                return QStringLiteral("GPT");
        }
        return QStringLiteral("MBR");
    }
    return QStringLiteral("NONE");
}

bool allZero(const QByteArray &b)
{
    for (char c : b) {
        if (c != 0)
            return false;
    }
    return true;
}

// Names of formats the import service does not take, by their magic.
QString foreignFormat(const QByteArray &head)
{
    if (head.startsWith("vhdxfile"))
        return QStringLiteral("VHDX");
    if (head.size() >= 0x44 && le32(head, 0x40) == 0xbeda107f) // VirtualBox's signature
        return QStringLiteral("VDI");
    if (head.startsWith(QByteArray("QED\0", 4)))
        return QStringLiteral("QED");
    if (head.startsWith("LUKS\xba\xbe"))
        return QStringLiteral("LUKS");
    if (head.startsWith("\x1f\x8b"))
        return QStringLiteral("gzip");
    if (head.startsWith("PK\x03\x04"))
        return QStringLiteral("zip");
    if (head.startsWith("\xfd"
                        "7zXZ"))
        return QStringLiteral("xz");
    if (head.startsWith("BZh"))
        return QStringLiteral("bzip2");
    return {};
}

void inspectQcow2(const QByteArray &head, qint64 fileSize, ImageFileReport &r)
{
    r.format = QStringLiteral("QCOW2");
    if (head.size() < 72) {
        r.status = ImageFileReport::Status::Truncated;
        r.problem = QStringLiteral("shortHeader");
        return;
    }
    const quint32 version = be32(head, 4);
    r.variant = QString::number(version);
    if (version != 2 && version != 3) {
        r.status = ImageFileReport::Status::Corrupt;
        r.problem = QStringLiteral("qcow2Version");
        return;
    }
    const quint64 backingOffset = be64(head, 8);
    const quint32 backingSize = be32(head, 16);
    const quint32 clusterBits = be32(head, 20);
    if (clusterBits < 9 || clusterBits > 21) {
        r.status = ImageFileReport::Status::Corrupt;
        r.problem = QStringLiteral("qcow2Cluster");
        return;
    }
    const std::optional<qint64> size = diskBytes(be64(head, 24), 1);
    if (!size) {
        impossibleSize(r);
        return;
    }
    r.virtualSize = *size;
    if (backingOffset != 0) {
        if (backingOffset <= quint64(head.size()) &&
            backingSize <= quint64(head.size()) - backingOffset)
            r.backingFile = QString::fromUtf8(head.mid(int(backingOffset), int(backingSize)));
        else
            r.backingFile = QStringLiteral("?");
        r.status = ImageFileReport::Status::Unsupported;
        r.problem = QStringLiteral("backingFile");
        return;
    }
    if (fileSize >= 0 && fileSize < (qint64(1) << clusterBits)) {
        r.status = ImageFileReport::Status::Truncated;
        r.problem = QStringLiteral("shorterThanHeader");
        return;
    }
    r.status = ImageFileReport::Status::Supported;
}

bool vhdChecksumOk(const QByteArray &footer)
{
    quint32 sum = 0;
    for (int i = 0; i < 512; ++i) {
        if (i >= 64 && i < 68)
            continue;
        sum += uchar(footer.at(i));
    }
    return ~sum == be32(footer, 64);
}

void inspectVhd(const QByteArray &head, const QByteArray &footer, qint64 fileSize,
                ImageFileReport &r)
{
    r.format = QStringLiteral("VHD");
    if (!vhdChecksumOk(footer)) {
        r.status = ImageFileReport::Status::Corrupt;
        r.problem = QStringLiteral("vhdChecksum");
        return;
    }
    // A fixed disk is followed by its footer: its size plus one sector must be a file size.
    const std::optional<qint64> size = diskBytes(be64(footer, 48), 1);
    if (!size || *size > qint64(kMaxDiskBytes) - kSector) {
        impossibleSize(r);
        return;
    }
    r.virtualSize = *size;
    switch (be32(footer, 60)) {
    case 2:
        r.variant = QStringLiteral("fixed");
        // The data of a fixed disk comes first: sector 0 is the disk's own.
        r.partitionTable = partitionTableOf(head);
        if (fileSize >= 0 && fileSize < r.virtualSize + kSector) {
            r.status = ImageFileReport::Status::Truncated;
            r.problem = QStringLiteral("shorterThanDisk");
            return;
        }
        break;
    case 3:
        r.variant = QStringLiteral("dynamic");
        break;
    case 4:
        r.variant = QStringLiteral("differencing");
        r.status = ImageFileReport::Status::Unsupported;
        r.problem = QStringLiteral("differencing");
        return;
    default:
        r.variant = QString::number(be32(footer, 60));
        r.status = ImageFileReport::Status::Corrupt;
        r.problem = QStringLiteral("vhdType");
        return;
    }
    r.status = ImageFileReport::Status::Supported;
}

void inspectVmdkDescriptor(const QByteArray &text, ImageFileReport &r)
{
    static const QRegularExpression createType(QStringLiteral("createType\\s*=\\s*\"([^\"]+)\""));
    static const QRegularExpression extent(
        QStringLiteral("^\\s*(RW|RDONLY|NOACCESS)\\s+(\\d+)\\s+(\\w+)"),
        QRegularExpression::MultilineOption);
    const QString descriptor = QString::fromUtf8(text);
    const auto type = createType.match(descriptor);
    if (type.hasMatch())
        r.variant = type.captured(1);
    quint64 sectors = 0;
    bool possible = true;
    auto it = extent.globalMatch(descriptor);
    while (it.hasNext()) {
        bool ok = false;
        const quint64 n = it.next().captured(2).toULongLong(&ok);
        possible = possible && ok && !__builtin_add_overflow(sectors, n, &sectors);
    }
    if (r.virtualSize >= 0 || (possible && sectors == 0))
        return;
    const std::optional<qint64> size = possible ? diskBytes(sectors, kSector) : std::nullopt;
    if (size)
        r.virtualSize = *size;
    else
        impossibleSize(r);
}

void inspectVmdk(const QByteArray &head, ImageFileReport &r)
{
    r.format = QStringLiteral("VMDK");
    if (head.startsWith("KDMV")) {
        if (head.size() < 77) {
            r.status = ImageFileReport::Status::Truncated;
            r.problem = QStringLiteral("shortHeader");
            return;
        }
        const quint32 version = le32(head, 4);
        if (version < 1 || version > 3) {
            r.status = ImageFileReport::Status::Corrupt;
            r.problem = QStringLiteral("vmdkVersion");
            return;
        }
        const std::optional<qint64> capacity = diskBytes(le64(head, 12), kSector);
        if (!capacity) {
            impossibleSize(r);
            return;
        }
        r.virtualSize = *capacity;
        // Offset and size in sectors; read only a descriptor that lies wholly in the head.
        const quint64 headSectors = quint64(head.size()) / kSector;
        const quint64 descriptorSector = le64(head, 28);
        const quint64 descriptorSectors = le64(head, 36);
        if (descriptorSector > 0 && descriptorSector <= headSectors &&
            descriptorSectors <= headSectors - descriptorSector)
            inspectVmdkDescriptor(head.mid(qsizetype(descriptorSector * kSector),
                                           qsizetype(descriptorSectors * kSector)),
                                  r);
        if (r.variant.isEmpty())
            r.variant = QStringLiteral("monolithicSparse");
    } else {
        inspectVmdkDescriptor(head, r);
        if (r.problem == QLatin1String("impossibleSize"))
            return;
        if (r.virtualSize < 0) {
            r.status = ImageFileReport::Status::Corrupt;
            r.problem = QStringLiteral("vmdkExtents");
            return;
        }
    }
    r.status = ImageFileReport::Status::Supported;
}

QString hexOf(const QByteArray &b)
{
    return QString::fromLatin1(b.left(8).toHex(' '));
}

} // namespace

ImageFileReport ImageFileInspector::inspect(const QByteArray &head, const QByteArray &tail,
                                            qint64 fileSize)
{
    ImageFileReport r;
    r.fileSize = fileSize;
    if (head.isEmpty()) {
        r.status = ImageFileReport::Status::Truncated;
        r.problem = QStringLiteral("empty");
        return r;
    }
    if (head.startsWith("QFI\xfb")) {
        inspectQcow2(head, fileSize, r);
        return r;
    }
    const QByteArray footer = tail.size() >= kSector ? tail.right(int(kSector)) : QByteArray();
    if (footer.startsWith("conectix")) {
        inspectVhd(head, footer, fileSize, r);
        return r;
    }
    if (head.startsWith("conectix")) {
        // A dynamic VHD starts with a copy of its footer; the footer at the end is missing.
        r.format = QStringLiteral("VHD");
        r.status = ImageFileReport::Status::Truncated;
        r.problem = QStringLiteral("vhdFooter");
        return r;
    }
    if (head.startsWith("KDMV") || head.startsWith("# Disk DescriptorFile")) {
        inspectVmdk(head, r);
        return r;
    }
    if (head.size() >= 0x8006 && head.mid(0x8001, 5) == "CD001") {
        r.format = QStringLiteral("ISO");
        if (head.size() >= 0x8054)
            r.virtualSize = qint64(le32(head, 0x8050)) * 2048;
        r.status = ImageFileReport::Status::Supported;
        return r;
    }
    const QString foreign = foreignFormat(head);
    if (!foreign.isEmpty()) {
        r.seen = foreign;
        r.status = ImageFileReport::Status::Unsupported;
        r.problem = QStringLiteral("format");
        return r;
    }
    // RAW: no header of its own. Recognised by a partition table, or an empty first sector.
    const QString table = partitionTableOf(head);
    const bool emptyStart = head.size() >= kSector && allZero(head.left(int(kSector)));
    if (table == QLatin1String("MBR") || table == QLatin1String("GPT") || emptyStart) {
        r.format = QStringLiteral("RAW");
        r.partitionTable = table;
        r.virtualSize = fileSize;
        if (fileSize >= 0 && fileSize % kSector != 0) {
            r.status = ImageFileReport::Status::Truncated;
            r.problem = QStringLiteral("rawSectors");
            return r;
        }
        r.status = ImageFileReport::Status::Supported;
        return r;
    }
    r.seen = hexOf(head);
    r.status = ImageFileReport::Status::Unsupported;
    r.problem = QStringLiteral("format");
    return r;
}

ImageFileReport ImageFileInspector::inspectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImageFileReport r;
        r.status = ImageFileReport::Status::Unreadable;
        r.detail = file.errorString();
        return r;
    }
    const qint64 size = file.size();
    const QByteArray head = file.read(kHeadBytes);
    QByteArray tail;
    if (size >= kTailBytes && file.seek(size - kTailBytes))
        tail = file.read(kTailBytes);
    return inspect(head, tail, size);
}

ImageFileFacts ImageFileReport::facts() const
{
    ImageFileFacts f;
    f.format = format.isEmpty() ? seen : format;
    f.fileSizeBytes = qMax<qint64>(0, fileSize);
    f.virtualSizeBytes = qMax<qint64>(0, virtualSize);
    f.partitionTable = partitionTable;
    return f;
}

QString ImageFileReport::problemText() const
{
    if (problem == QLatin1String("empty"))
        return tr("The file is empty.");
    if (problem == QLatin1String("shortHeader"))
        return tr("The file ends inside its %1 header.").arg(format);
    if (problem == QLatin1String("shorterThanHeader"))
        return tr("The file is shorter than its first cluster: it was cut off.");
    if (problem == QLatin1String("qcow2Version"))
        return tr("QCOW2 version %1 is not a version the import service reads (2 or 3).")
            .arg(variant);
    if (problem == QLatin1String("qcow2Cluster"))
        return tr("The QCOW2 header gives an impossible cluster size.");
    if (problem == QLatin1String("backingFile"))
        return tr("The image depends on a backing file (%1); import a standalone image instead "
                  "(qemu-img convert).")
            .arg(backingFile);
    if (problem == QLatin1String("vhdChecksum"))
        return tr("The VHD footer's checksum is wrong: the file is damaged.");
    if (problem == QLatin1String("vhdType"))
        return tr("The VHD footer gives an unknown disk type (%1).").arg(variant);
    if (problem == QLatin1String("differencing"))
        return tr(
            "A differencing VHD depends on a parent disk; import a standalone image instead.");
    if (problem == QLatin1String("shorterThanDisk"))
        return tr("The fixed VHD is shorter than the disk it describes: it was cut off.");
    if (problem == QLatin1String("vhdFooter"))
        return tr("The VHD footer at the end of the file is missing: it was cut off.");
    if (problem == QLatin1String("impossibleSize"))
        return tr("The %1 header declares a disk larger than any disk can be (8 EiB): the file "
                  "is damaged.")
            .arg(format);
    if (problem == QLatin1String("vmdkVersion"))
        return tr("The VMDK header gives an unknown version.");
    if (problem == QLatin1String("vmdkExtents"))
        return tr("The VMDK descriptor lists no extents.");
    if (problem == QLatin1String("rawSectors"))
        return tr("A raw disk is a whole number of 512-byte sectors; this file is not.");
    if (problem == QLatin1String("format")) {
        // `seen` names a format the inspector knows (VDI, ZIP…), or holds the first bytes in
        // hex: those say nothing to an operator, so they stay out of the sentence.
        static const QRegularExpression hexBytes(QStringLiteral("^[0-9a-f]{2}( [0-9a-f]{2})*$"));
        if (seen.isEmpty() || hexBytes.match(seen).hasMatch())
            return tr("Unsupported format: the file does not start like a RAW, VHD, QCOW2 or VMDK "
                      "disk image.");
        return tr("Unsupported format: found %1, expected RAW, VHD, QCOW2 or VMDK.").arg(seen);
    }
    return {};
}

QStringList ImageFileReport::describe() const
{
    const QLocale locale;
    QStringList lines;
    if (status == Status::Unreadable) {
        lines.append(tr("The file cannot be read: %1").arg(detail));
        return lines;
    }
    lines.append(tr("Format: %1")
                     .arg(format.isEmpty()    ? tr("unknown")
                          : variant.isEmpty() ? format
                                              : tr("%1 (%2)").arg(format, variant)));
    if (fileSize >= 0)
        lines.append(tr("File size: %1")
                         .arg(locale.formattedDataSize(fileSize, 1, QLocale::DataSizeIecFormat)));
    if (virtualSize >= 0)
        lines.append(
            tr("Disk size: %1")
                .arg(locale.formattedDataSize(virtualSize, 1, QLocale::DataSizeIecFormat)));
    if (!partitionTable.isEmpty())
        lines.append(
            tr("Partition table: %1")
                .arg(partitionTable == QLatin1String("NONE") ? tr("none") : partitionTable));
    if (!problem.isEmpty())
        lines.append(problemText());
    return lines;
}

} // namespace cvm

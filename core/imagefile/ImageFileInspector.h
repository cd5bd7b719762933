#pragma once

#include "Requests.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cvm {

// What an image file's own header says: format, sizes, partition table, and whether the
// import service could take it. Built from the first and last bytes of the file, so that a
// file over HTTP needs only two range requests.
struct ImageFileReport
{
    Q_DECLARE_TR_FUNCTIONS(cvm::ImageFileReport)

public:
    enum class Status
    {
        Supported,
        Unsupported,
        Corrupt,
        Truncated,
        Unreadable
    };

    Status status = Status::Unreadable;
    QString format;  // QCOW2, VHD, VMDK, RAW, ISO; empty when not recognised
    QString variant; // qcow2 version, VHD disk type, VMDK create type
    QString seen;    // for an unsupported file: what was found instead
    qint64 fileSize = -1;
    qint64 virtualSize = -1;
    QString partitionTable; // MBR, GPT, NONE; empty when it cannot be read from sector 0
    QString backingFile;
    QString problem; // key of what is wrong (see problemText)
    QString detail;  // the reader's own message (unreadable)

    bool readable() const { return status != Status::Unreadable; }
    ImageFileFacts facts() const;
    // One line per finding, in the current language.
    QStringList describe() const;
    QString problemText() const;
};

class ImageFileInspector final
{
public:
    static constexpr qint64 kHeadBytes = 64 * 1024; // enough for the ISO 9660 descriptor at 0x8001
    static constexpr qint64 kTailBytes = 512;       // the VHD footer

    // `head`: the first bytes of the file (up to kHeadBytes); `tail`: its last kTailBytes
    // (empty when unknown); `fileSize`: the whole file's size, or -1 when unknown.
    static ImageFileReport inspect(const QByteArray &head, const QByteArray &tail, qint64 fileSize);
    static ImageFileReport inspectFile(const QString &path);
};

} // namespace cvm

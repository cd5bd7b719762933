// Image files as the import reads them: real files made with qemu-img in every format, cut
// off, damaged and foreign ones, from disk and from a loopback HTTP server with and without
// range support, slow, and refusing.
#include "ImageFileChecks.h"
#include "ImageFileInspector.h"
#include "RemoteImageReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtEndian>

using namespace cvm;

namespace {

QByteArray readFile(const QString &name)
{
    QFile f(name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &name, const QByteArray &data)
{
    QFile f(name);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A small HTTP/1.1 server on 127.0.0.1 for the tests: serves files, honours Range unless told
// not to, can answer slowly or with an error status.
class LoopbackServer : public QObject
{
public:
    QHash<QString, QByteArray> files;
    bool ranges = true;
    int status = 0;     // force this status (403, 404…)
    int delayMs = 0;    // wait before answering
    QString redirectTo; // answer 302 to this path
    QList<QByteArray> rangesAsked;

    LoopbackServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRequest(s); });
        });
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path));
    }

private:
    void onRequest(QTcpSocket *s)
    {
        m_buffers[s] += s->readAll();
        if (!m_buffers[s].contains("\r\n\r\n"))
            return;
        const QByteArray request = m_buffers.take(s);
        const QList<QByteArray> lines = request.split('\n');
        const QString path = QString::fromLatin1(lines.first().split(' ').value(1)).mid(1);
        QByteArray range;
        for (const QByteArray &l : lines) {
            if (l.toLower().startsWith("range:"))
                range = l.mid(6).trimmed();
        }
        rangesAsked.append(range);
        QTimer::singleShot(delayMs, s, [this, s, path, range] { answer(s, path, range); });
    }
    void answer(QTcpSocket *s, const QString &path, const QByteArray &range)
    {
        auto send = [s](int code, const QByteArray &reason, const QByteArray &body,
                        const QByteArray &extra = {}) {
            s->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + reason +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\nConnection: close\r\n" + extra + "\r\n" + body);
            s->disconnectFromHost();
        };
        if (!redirectTo.isEmpty() && path != redirectTo) {
            send(302, "Found", {}, "Location: /" + redirectTo.toLatin1() + "\r\n");
            return;
        }
        if (status) {
            send(status, status == 403 ? "Forbidden" : "Error", "no");
            return;
        }
        if (!files.contains(path)) {
            send(404, "Not Found", "missing");
            return;
        }
        const QByteArray data = files.value(path);
        if (!ranges || !range.startsWith("bytes=")) {
            send(200, "OK", data);
            return;
        }
        const QByteArray spec = range.mid(6);
        qint64 from = 0, to = data.size() - 1;
        if (spec.startsWith('-')) {
            from = qMax<qint64>(0, data.size() - spec.mid(1).toLongLong());
        } else {
            const QList<QByteArray> parts = spec.split('-');
            from = parts.value(0).toLongLong();
            if (!parts.value(1).isEmpty())
                to = qMin<qint64>(to, parts.value(1).toLongLong());
        }
        send(206, "Partial Content", data.mid(from, to - from + 1),
             "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) +
                 '/' + QByteArray::number(data.size()) + "\r\n");
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A server that honours the range of the head and nothing else: any other request is answered
// with the whole file, 200 OK, streamed as fast as the client takes it; or, trickling, with
// a byte now and then that never ends. Counts what it sent.
class StreamingServer : public QObject
{
public:
    qint64 fileSize = 300 * 1024 * 1024;
    bool trickle = false;
    bool partial = false; // the whole file as a 206 answer to the request for its end
    qint64 sent = 0;

    StreamingServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRequest(s); });
                connect(s, &QTcpSocket::bytesWritten, this, [this, s](qint64 n) {
                    sent += n;
                    more(s);
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/disk.raw").arg(m_server.serverPort()));
    }

private:
    // The file: an MBR disk, zeros after its first sector.
    static QByteArray head()
    {
        QByteArray h(65536, '\0');
        h[446 + 4] = char(0x83);
        h[510] = char(0x55);
        h[511] = char(0xAA);
        return h;
    }
    void onRequest(QTcpSocket *s)
    {
        m_buffers[s] += s->readAll();
        if (!m_buffers[s].contains("\r\n\r\n"))
            return;
        const QByteArray request = m_buffers.take(s);
        if (!trickle && request.contains("Range: bytes=0-65535")) {
            s->write("HTTP/1.1 206 Partial Content\r\nContent-Length: 65536\r\n"
                     "Content-Range: bytes 0-65535/" +
                     QByteArray::number(fileSize) + "\r\nConnection: close\r\n\r\n" + head());
            s->disconnectFromHost();
            return;
        }
        const QByteArray all =
            "0-" + QByteArray::number(fileSize - 1) + '/' + QByteArray::number(fileSize);
        s->write((partial ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + all + "\r\n"
                          : QByteArray("HTTP/1.1 200 OK\r\n")) +
                 "Content-Length: " + QByteArray::number(fileSize) +
                 "\r\nConnection: close\r\n\r\n");
        m_left[s] = fileSize;
        if (trickle) {
            auto *drip = new QTimer(s);
            connect(drip, &QTimer::timeout, s, [s] { s->write(QByteArray(1, '\0')); });
            drip->start(50);
            m_left.remove(s);
            return;
        }
        more(s);
    }
    void more(QTcpSocket *s)
    {
        if (!m_left.contains(s) || s->state() != QAbstractSocket::ConnectedState)
            return;
        static const QByteArray chunk(256 * 1024, '\0');
        while (m_left.value(s) > 0 && s->bytesToWrite() < 1024 * 1024) {
            const qint64 n = qMin<qint64>(chunk.size(), m_left.value(s));
            s->write(chunk.constData(), n);
            m_left[s] -= n;
        }
        if (m_left.value(s) == 0) {
            m_left.remove(s);
            s->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, qint64> m_left;
};

ImageFileReport fetch(const QUrl &url, int timeoutMs = 5000)
{
    net::RemoteImageReader reader;
    reader.setTimeout(timeoutMs);
    QSignalSpy spy(&reader, &net::RemoteImageReader::finished);
    reader.start(url);
    if (spy.isEmpty() && !spy.wait(timeoutMs * 3)) // an address it refuses answers at once
        return {};
    return spy.first().first().value<ImageFileReport>();
}

QString statusName(ImageFileReport::Status s)
{
    switch (s) {
    case ImageFileReport::Status::Supported:
        return QStringLiteral("Supported");
    case ImageFileReport::Status::Unsupported:
        return QStringLiteral("Unsupported");
    case ImageFileReport::Status::Corrupt:
        return QStringLiteral("Corrupt");
    case ImageFileReport::Status::Truncated:
        return QStringLiteral("Truncated");
    case ImageFileReport::Status::Unreadable:
        return QStringLiteral("Unreadable");
    }
    return {};
}

// An MBR (or GPT) disk of `size` bytes.
QByteArray partitionedDisk(qint64 size, bool gpt)
{
    QByteArray disk(int(size), '\0');
    disk[446 + 4] = gpt ? char(0xEE) : char(0x83);
    disk[510] = char(0x55);
    disk[511] = char(0xAA);
    if (gpt)
        disk.replace(512, 8, "EFI PART");
    return disk;
}

} // namespace

Q_DECLARE_METATYPE(cvm::ImageFileReport)

class TestImageFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_qemu;

    QString make(const QString &name, const QStringList &args)
    {
        const QString path = m_dir.filePath(name);
        QProcess p;
        p.start(m_qemu, QStringList{QStringLiteral("create")} + args + QStringList{path});
        p.waitForFinished(30000);
        return p.exitCode() == 0 ? path : QString();
    }
    QString withSize(const QString &name, const char *format, const char *size,
                     const QStringList &options = {})
    {
        QStringList args{QStringLiteral("-q"), QStringLiteral("-f"), QString::fromLatin1(format)};
        for (const QString &o : options)
            args << QStringLiteral("-o") << o;
        const QString path = m_dir.filePath(name);
        QProcess p;
        p.start(m_qemu, QStringList{QStringLiteral("create")} + args +
                            QStringList{path, QString::fromLatin1(size)});
        p.waitForFinished(30000);
        return p.exitCode() == 0 ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ImageFileReport>();
        QVERIFY(m_dir.isValid());
        m_qemu = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
        QVERIFY2(!m_qemu.isEmpty(), "qemu-img is missing: scripts/setup.sh installs qemu-utils");
    }

    void realFilesInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<qint64>("virtualSize");
        QTest::newRow("qcow2") << "qcow2" << QStringList{} << "QCOW2"
                               << "3" << qint64(1) * 1024 * 1024 * 1024;
        QTest::newRow("qcow2 v2") << "qcow2" << QStringList{QStringLiteral("compat=0.10")}
                                  << "QCOW2"
                                  << "2" << qint64(1) * 1024 * 1024 * 1024;
        QTest::newRow("vhd dynamic") << "vpc" << QStringList{} << "VHD"
                                     << "dynamic" << qint64(-1);
        QTest::newRow("vhd fixed")
            << "vpc" << QStringList{QStringLiteral("subformat=fixed")} << "VHD"
            << "fixed" << qint64(-1);
        QTest::newRow("vmdk sparse") << "vmdk" << QStringList{} << "VMDK"
                                     << "monolithicSparse" << qint64(1) * 1024 * 1024 * 1024;
        QTest::newRow("vmdk stream")
            << "vmdk" << QStringList{QStringLiteral("subformat=streamOptimized")} << "VMDK"
            << "streamOptimized" << qint64(1) * 1024 * 1024 * 1024;
        QTest::newRow("raw") << "raw" << QStringList{} << "RAW"
                             << "" << qint64(1) * 1024 * 1024 * 1024;
    }
    void realFilesInEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QFETCH(QString, variant);
        QFETCH(qint64, virtualSize);
        const QString path = withSize(
            QStringLiteral("disk-%1")
                .arg(QLatin1String(QTest::currentDataTag()))
                .replace(QLatin1Char(' '), QLatin1Char('-')),
            format.toLatin1().constData(),
            format == QLatin1String("vpc") && variant == QLatin1String("fixed") ? "16M" : "1G",
            options);
        QVERIFY(!path.isEmpty());
        const ImageFileReport r = ImageFileInspector::inspectFile(path);
        QCOMPARE(statusName(r.status), QStringLiteral("Supported"));
        QCOMPARE(r.format, expected);
        QCOMPARE(r.variant, variant);
        QCOMPARE(r.fileSize, QFileInfo(path).size());
        if (virtualSize > 0)
            QCOMPARE(r.virtualSize, virtualSize);
        else
            QVERIFY(r.virtualSize > 0); // VHD rounds the size to its geometry
        QVERIFY(r.problem.isEmpty());
    }

    void partitionTablesOfRawAndFixedVhd()
    {
        const QString mbr = m_dir.filePath(QStringLiteral("mbr.raw"));
        QVERIFY(writeFile(mbr, partitionedDisk(1024 * 1024, false)));
        QCOMPARE(ImageFileInspector::inspectFile(mbr).partitionTable, QStringLiteral("MBR"));
        const QString gpt = m_dir.filePath(QStringLiteral("gpt.raw"));
        QVERIFY(writeFile(gpt, partitionedDisk(1024 * 1024, true)));
        QCOMPARE(ImageFileInspector::inspectFile(gpt).partitionTable, QStringLiteral("GPT"));
        // qemu-img converts the raw disk into a fixed VHD: the data (and sector 0) comes first.
        const QString vhd = m_dir.filePath(QStringLiteral("gpt.vhd"));
        QProcess p;
        p.start(m_qemu, {QStringLiteral("convert"), QStringLiteral("-q"), QStringLiteral("-O"),
                         QStringLiteral("vpc"), QStringLiteral("-o"),
                         QStringLiteral("subformat=fixed"), gpt, vhd});
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
        const ImageFileReport r = ImageFileInspector::inspectFile(vhd);
        QCOMPARE(r.variant, QStringLiteral("fixed"));
        QCOMPARE(r.partitionTable, QStringLiteral("GPT"));
        const ImageFileFacts facts = r.facts();
        QCOMPARE(facts.partitionTable, QStringLiteral("GPT"));
        QCOMPARE(facts.format, QStringLiteral("VHD"));
    }

    void backingFilesAndDifferencingAreRefused()
    {
        const QString base = withSize(QStringLiteral("base.qcow2"), "qcow2", "64M");
        const QString child = m_dir.filePath(QStringLiteral("child.qcow2"));
        QProcess p;
        p.start(m_qemu, {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                         QStringLiteral("qcow2"), QStringLiteral("-b"), base, QStringLiteral("-F"),
                         QStringLiteral("qcow2"), child});
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
        const ImageFileReport r = ImageFileInspector::inspectFile(child);
        QCOMPARE(statusName(r.status), QStringLiteral("Unsupported"));
        QCOMPARE(r.problem, QStringLiteral("backingFile"));
        QCOMPARE(r.backingFile, base);
        QVERIFY(r.problemText().contains(base));
        QVERIFY(!ImageFileChecks::allPassed(ImageFileChecks::run(r, Policy{})));
    }

    void truncatedDamagedAndForeignFiles()
    {
        const QByteArray qcow2 = readFile(withSize(QStringLiteral("t.qcow2"), "qcow2", "64M"));
        const QByteArray vhd = readFile(withSize(QStringLiteral("t.vhd"), "vpc", "64M"));
        const QByteArray fixed = readFile(
            withSize(QStringLiteral("f.vhd"), "vpc", "8M", {QStringLiteral("subformat=fixed")}));
        QCOMPARE(statusName(ImageFileInspector::inspect(qcow2.left(40), {}, 40).status),
                 QStringLiteral("Truncated"));
        QCOMPARE(statusName(ImageFileInspector::inspect(qcow2.left(1000), {}, 1000).status),
                 QStringLiteral("Truncated"));
        // A dynamic VHD cut off: its first bytes say VHD, its footer is gone.
        const QByteArray cut = vhd.left(vhd.size() - 600);
        const ImageFileReport cutReport =
            ImageFileInspector::inspect(cut.left(65536), cut.right(512), cut.size());
        QCOMPARE(statusName(cutReport.status), QStringLiteral("Truncated"));
        QCOMPARE(cutReport.problem, QStringLiteral("vhdFooter"));
        // A fixed VHD shorter than its disk.
        QByteArray shortFixed = fixed.left(1024 * 1024) + fixed.right(512);
        QCOMPARE(statusName(ImageFileInspector::inspect(shortFixed.left(65536),
                                                        shortFixed.right(512), shortFixed.size())
                                .status),
                 QStringLiteral("Truncated"));
        // Damaged: a flipped byte in the VHD footer, an impossible qcow2 version.
        QByteArray damaged = vhd;
        damaged[damaged.size() - 512 + 50] = char(damaged.at(damaged.size() - 512 + 50) ^ 0x5A);
        QCOMPARE(statusName(ImageFileInspector::inspect(damaged.left(65536), damaged.right(512),
                                                        damaged.size())
                                .status),
                 QStringLiteral("Corrupt"));
        QByteArray v9 = qcow2;
        qToBigEndian<quint32>(9, v9.data() + 4);
        QCOMPARE(statusName(
                     ImageFileInspector::inspect(v9.left(65536), v9.right(512), v9.size()).status),
                 QStringLiteral("Corrupt"));
        // Foreign and unknown formats say what they are.
        const QByteArray vdi = readFile(withSize(QStringLiteral("t.vdi"), "vdi", "64M"));
        const ImageFileReport vdiReport =
            ImageFileInspector::inspect(vdi.left(65536), vdi.right(512), vdi.size());
        QCOMPARE(statusName(vdiReport.status), QStringLiteral("Unsupported"));
        QCOMPARE(vdiReport.seen, QStringLiteral("VDI"));
        QVERIFY(vdiReport.problemText().contains(QStringLiteral("VDI")));
        const ImageFileReport junk =
            ImageFileInspector::inspect("hello, this is not a disk", {}, 25);
        QCOMPARE(statusName(junk.status), QStringLiteral("Unsupported"));
        QVERIFY(junk.seen.startsWith(QStringLiteral("68 65 6c 6c")));
        QCOMPARE(statusName(ImageFileInspector::inspect({}, {}, 0).status),
                 QStringLiteral("Truncated"));
        QCOMPARE(
            statusName(
                ImageFileInspector::inspectFile(m_dir.filePath(QStringLiteral("absent"))).status),
            QStringLiteral("Unreadable"));
    }

    // Sizes of 2^63 bytes and more: no disk can be that large, whatever sign an overflow gives.
    void impossibleSizesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("qemuRefuses");
        QTest::newRow("qcow2 of 16 EiB") << "huge.qcow2"
                                         << "QCOW2" << true;
        QTest::newRow("vmdk of 2^55+1 sectors") << "huge.vmdk"
                                                << "VMDK" << true;
        QTest::newRow("fixed vhd of 16 EiB") << "huge.vhd"
                                             << "VHD" << false; // qemu-img sizes it by geometry
        QTest::newRow("vmdk descriptor of 2^55+1 sectors") << "huge-descriptor.vmdk"
                                                           << "VMDK" << false;
        QTest::newRow("vmdk descriptor of 2^64 sectors") << "huger-descriptor.vmdk"
                                                         << "VMDK" << false;
    }
    void impossibleSizesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        QFETCH(bool, qemuRefuses);
        const QString path = m_dir.filePath(name);
        if (name == QLatin1String("huge.qcow2")) {
            QByteArray d = readFile(withSize(QStringLiteral("small.qcow2"), "qcow2", "64M"));
            qToBigEndian<quint64>(~quint64(0) - 511, d.data() + 24); // 16 EiB - 512 bytes
            QVERIFY(writeFile(path, d));
        } else if (name == QLatin1String("huge.vmdk")) {
            QByteArray d = readFile(withSize(QStringLiteral("small.vmdk"), "vmdk", "64M"));
            qToLittleEndian<quint64>((quint64(1) << 55) + 1, d.data() + 12); // 512 bytes wrapped
            QVERIFY(writeFile(path, d));
        } else if (name == QLatin1String("huge.vhd")) {
            QByteArray d = readFile(withSize(QStringLiteral("small.vhd"), "vpc", "64K",
                                             {QStringLiteral("subformat=fixed")}));
            QVERIFY(d.size() < 100 * 1024);
            char *footer = d.data() + d.size() - 512;
            qToBigEndian<quint64>(~quint64(0) - 511, footer + 40); // original size
            qToBigEndian<quint64>(~quint64(0) - 511, footer + 48); // current size
            qToBigEndian<quint32>(0, footer + 64);
            quint32 sum = 0;
            for (int i = 0; i < 512; ++i)
                sum += uchar(footer[i]);
            qToBigEndian<quint32>(~sum, footer + 64);
            QVERIFY(writeFile(path, d));
        } else {
            const QByteArray sectors = name.startsWith(QLatin1String("huge"))
                                           ? QByteArray::number((quint64(1) << 55) + 1)
                                           : QByteArray("18446744073709551616");
            QVERIFY(
                writeFile(path, "# Disk DescriptorFile\nversion=1\ncreateType=\"monolithicFlat\"\n"
                                "RW " +
                                    sectors + " FLAT \"disk-flat.vmdk\" 0\n"));
        }
        const ImageFileReport r = ImageFileInspector::inspectFile(path);
        QCOMPARE(r.format, format);
        QCOMPARE(statusName(r.status), QStringLiteral("Corrupt"));
        QCOMPARE(r.problem, QStringLiteral("impossibleSize"));
        QVERIFY(r.problemText().contains(format));
        QVERIFY(!ImageFileChecks::allPassed(ImageFileChecks::run(r, Policy{})));
        // What an operator runs: not importable.
        QProcess inspect;
        inspect.start(QStringLiteral(IMAGECONSOLE_BINARY), {QStringLiteral("inspect"), path});
        QVERIFY(inspect.waitForFinished(30000));
        QCOMPARE(inspect.exitCode(), 1);
        QVERIFY(!inspect.readAllStandardOutput().contains("512 bytes"));
        if (qemuRefuses) {
            QProcess qemu;
            qemu.start(m_qemu, {QStringLiteral("info"), path});
            QVERIFY(qemu.waitForFinished(30000));
            QVERIFY(qemu.exitCode() != 0);
        }
    }

    void isoIsRecognised()
    {
        QByteArray iso(40 * 2048, '\0');
        iso[0x8000] = 1;
        iso.replace(0x8001, 5, "CD001");
        qToLittleEndian<quint32>(40, iso.data() + 0x8050);
        const ImageFileReport r =
            ImageFileInspector::inspect(iso.left(65536), iso.right(512), iso.size());
        QCOMPARE(r.format, QStringLiteral("ISO"));
        QCOMPARE(r.virtualSize, qint64(40 * 2048));
        const QList<ImageFileCheck> checks = ImageFileChecks::run(r, Policy{});
        QVERIFY(checks.first().text.contains(QStringLiteral("forced")));
    }

    void sizeLimitsFromThePolicy()
    {
        ImageFileReport r = ImageFileInspector::inspect(
            readFile(withSize(QStringLiteral("big.qcow2"), "qcow2", "600G")), {}, 200000);
        QCOMPARE(statusName(r.status), QStringLiteral("Supported"));
        QVERIFY(
            !ImageFileChecks::allPassed(ImageFileChecks::run(r, Policy{}))); // 600 GiB > 500 GiB
        Policy generous;
        generous.importMaxVirtualSizeGiB = 1000;
        QVERIFY(ImageFileChecks::allPassed(ImageFileChecks::run(r, generous)));
    }

    void overHttpWithRanges()
    {
        LoopbackServer server;
        // A fixed VHD larger than the head: its footer needs the second (suffix) range.
        server.files.insert(QStringLiteral("d.vhd"),
                            readFile(withSize(QStringLiteral("http.vhd"), "vpc", "1M",
                                              {QStringLiteral("subformat=fixed")})));
        const ImageFileReport r = fetch(server.url(QStringLiteral("d.vhd")));
        QCOMPARE(statusName(r.status), QStringLiteral("Supported"));
        QCOMPARE(r.format, QStringLiteral("VHD"));
        QCOMPARE(r.fileSize, qint64(server.files.value(QStringLiteral("d.vhd")).size()));
        QVERIFY(server.rangesAsked.contains("bytes=0-65535"));
        QVERIFY(server.rangesAsked.contains("bytes=-512"));
    }

    void overHttpWithoutRanges()
    {
        LoopbackServer server;
        server.ranges = false;
        QByteArray big = readFile(withSize(QStringLiteral("norange.qcow2"), "qcow2", "1G"));
        big.append(QByteArray(4 * 1024 * 1024, 'x')); // a long body: only its first bytes are read
        server.files.insert(QStringLiteral("q.qcow2"), big);
        const ImageFileReport r = fetch(server.url(QStringLiteral("q.qcow2")));
        QCOMPARE(r.format, QStringLiteral("QCOW2"));
        QCOMPARE(r.virtualSize, qint64(1) << 30);
        QCOMPARE(r.fileSize, qint64(big.size()));
        // A small file arrives whole: the VHD footer is read from it.
        server.files.insert(QStringLiteral("small.vhd"),
                            readFile(withSize(QStringLiteral("small.vhd"), "vpc", "16M")));
        QCOMPARE(fetch(server.url(QStringLiteral("small.vhd"))).format, QStringLiteral("VHD"));
    }

    void overHttpFailures()
    {
        LoopbackServer server;
        server.files.insert(QStringLiteral("a.qcow2"),
                            readFile(withSize(QStringLiteral("a.qcow2"), "qcow2", "64M")));
        const ImageFileReport missing = fetch(server.url(QStringLiteral("nothing.qcow2")));
        QCOMPARE(statusName(missing.status), QStringLiteral("Unreadable"));
        QVERIFY2(missing.detail.contains(QStringLiteral("404")), qPrintable(missing.detail));
        server.status = 403;
        const ImageFileReport forbidden = fetch(server.url(QStringLiteral("a.qcow2")));
        QVERIFY2(forbidden.detail.contains(QStringLiteral("403")), qPrintable(forbidden.detail));
        server.status = 0;
        server.delayMs = 3000;
        const ImageFileReport slow = fetch(server.url(QStringLiteral("a.qcow2")), 500);
        QCOMPARE(statusName(slow.status), QStringLiteral("Unreadable"));
        QVERIFY2(slow.detail.contains(QStringLiteral("no answer")), qPrintable(slow.detail));
        server.delayMs = 0;
        server.redirectTo = QStringLiteral("a.qcow2");
        QCOMPARE(fetch(server.url(QStringLiteral("elsewhere"))).format, QStringLiteral("QCOW2"));
        // Nobody listening: refused.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        const ImageFileReport refused =
            fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QVERIFY2(refused.detail.contains(QStringLiteral("refused")), qPrintable(refused.detail));
        QCOMPARE(statusName(fetch(QUrl(QStringLiteral("ftp://127.0.0.1/x"))).status),
                 QStringLiteral("Unreadable"));
    }

    // The request for the last 512 bytes answered with the whole 300 MB file: the reader
    // stops at once and inspects what the head tells.
    void aServerThatSendsTheWholeFileForTheTail_data()
    {
        QTest::addColumn<bool>("partial");
        QTest::newRow("200 OK") << false;
        QTest::newRow("206 with the whole file") << true;
    }
    void aServerThatSendsTheWholeFileForTheTail()
    {
        QFETCH(bool, partial);
        StreamingServer server;
        server.partial = partial;
        QElapsedTimer clock;
        clock.start();
        const ImageFileReport r = fetch(server.url(), 10000);
        QCOMPARE(statusName(r.status), QStringLiteral("Supported"));
        QCOMPARE(r.format, QStringLiteral("RAW"));
        QCOMPARE(r.fileSize, server.fileSize);
        QCOMPARE(r.partitionTable, QStringLiteral("MBR"));
        // Let the server notice the client went away, then count: at most what loopback
        // socket buffers hold, not the file.
        QTest::qWait(200);
        QVERIFY2(server.sent < 32 * 1024 * 1024, qPrintable(QString::number(server.sent)));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    // "No answer within N seconds" means N: one deadline for the whole read, which a server
    // that keeps the connection alive with a byte now and then does not stretch.
    void theTimeoutIsTheOneSaid()
    {
        StreamingServer server;
        server.trickle = true;
        QElapsedTimer clock;
        clock.start();
        const ImageFileReport r = net::RemoteImageReader::readBlocking(server.url(), 800);
        const qint64 waited = clock.elapsed();
        QCOMPARE(statusName(r.status), QStringLiteral("Unreadable"));
        QCOMPARE(r.detail, QStringLiteral("no answer within 0.8 seconds"));
        QVERIFY2(waited >= 700 && waited < 1300, qPrintable(QString::number(waited)));
        QCOMPARE(net::RemoteImageReader::kDefaultTimeoutMs, 20000);
    }

    void aBodyShorterThanAHeader()
    {
        LoopbackServer server;
        server.files.insert(QStringLiteral("short.qcow2"),
                            readFile(withSize(QStringLiteral("s.qcow2"), "qcow2", "64M")).left(30));
        const ImageFileReport r = fetch(server.url(QStringLiteral("short.qcow2")));
        QCOMPARE(statusName(r.status), QStringLiteral("Truncated"));
    }
};

QTEST_GUILESS_MAIN(TestImageFiles)
#include "tst_imagefiles.moc"

// imageconsole from the command line: check's exit codes and report, --help, --version, and
// what serve says about its credentials file and address before it starts.
#include "Fixture.h"
#include "TestCertificate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace fixture;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMAGECONSOLE_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

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

// A credentials file for the sample workspace, with the given permissions.
QString credentialsFile(const QTemporaryDir &dir, QFileDevice::Permissions permissions)
{
    const QString name = dir.filePath(QStringLiteral("credentials.json"));
    writeFile(name, R"({"credentials": [{"SecretId": "AKIDcli", "SecretKey": "cli-secret",
                       "AccountId": "100038472901"}]})");
    QFile::setPermissions(name, permissions);
    return name;
}

// Starts serve and waits until it serves; what it wrote to stderr by then, or nothing when it
// did not start. The process is stopped before returning.
std::optional<QString> stderrOfARunningServe(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMAGECONSOLE_BINARY), QStringList{QStringLiteral("serve")} + args);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("Serving") && timer.elapsed() < 30000 &&
           p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    QTest::qWait(200); // anything written before "Serving" has arrived by now
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const bool serving = out.contains("Serving");
    if (!serving)
        qWarning() << "serve did not start:" << out << err;
    p.kill();
    p.waitForFinished(5000);
    return serving ? std::optional<QString>(err) : std::nullopt;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkCleanSampleExitsZero()
    {
        const Run r = run({QStringLiteral("check"), QStringLiteral(SAMPLE_WORKSPACE)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("no problems found")));
    }

    void checkTruncatedFileExitsTwoAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("truncated.json"));
        const QByteArray sample = readFile(QStringLiteral(SAMPLE_WORKSPACE));
        const QByteArray truncated = sample.left(sample.size() / 3);
        QVERIFY(writeFile(name, truncated));
        const Run r = run({QStringLiteral("check"), name});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("Line \\d+, column \\d+"))),
                 qPrintable(r.err));
        QCOMPARE(readFile(name), truncated);
        QVERIFY(!QFile::exists(name + QStringLiteral(".bak")));
    }

    void checkFindsAnImageSharedWith51Accounts()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("over.json"));
        QJsonObject root = baseJson();
        QJsonObject img = findImage(root, QStringLiteral("img-full0050"));
        QJsonArray shares = img.value(QStringLiteral("Shares")).toArray();
        shares.append(
            QJsonObject{{QStringLiteral("AccountId"), extra(50)},
                        {QStringLiteral("CreatedTime"), QStringLiteral("2026-02-01T09:00:00Z")}});
        img.insert(QStringLiteral("Shares"), shares);
        putImage(root, img);
        QVERIFY(writeFile(name, QJsonDocument(root).toJson()));
        const Run r = run({QStringLiteral("check"), name});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("1 problem found")));
        QVERIFY(r.out.contains(QStringLiteral("[S3 OverQuota] img-full0050")));
        QVERIFY(r.out.contains(QStringLiteral("shared with 51 accounts; the limit is 50")));
    }

    void checkMissingOrNoFile()
    {
        const Run missing = run({QStringLiteral("check"), QStringLiteral("/nonexistent/ws.json")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("Cannot read")));
        QCOMPARE(run({QStringLiteral("check")}).code, 2);
        QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("check"),
                      QStringLiteral(SAMPLE_WORKSPACE)})
                     .code,
                 2);
    }

    void checkInIndonesian()
    {
        const Run r = run({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("id"),
                           QStringLiteral("/nonexistent/ws.json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("tidak dapat dibuka")), qPrintable(r.err));
        const Run clean = run({QStringLiteral("check"), QStringLiteral("--lang"),
                               QStringLiteral("id"), QStringLiteral(SAMPLE_WORKSPACE)});
        QCOMPARE(clean.code, 0);
        QVERIFY(clean.out.contains(QStringLiteral("tidak ada masalah")));
    }

    void inspectImageFiles()
    {
        QTemporaryDir dir;
        const QString qemu = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
        QVERIFY(!qemu.isEmpty());
        const QString good = dir.filePath(QStringLiteral("good.qcow2"));
        QCOMPARE(QProcess::execute(qemu, {QStringLiteral("create"), QStringLiteral("-q"),
                                          QStringLiteral("-f"), QStringLiteral("qcow2"), good,
                                          QStringLiteral("20G")}),
                 0);
        const Run ok = run({QStringLiteral("inspect"), good});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QStringLiteral("Format: QCOW2 (3)")));
        QVERIFY(ok.out.contains(QStringLiteral("Disk size: 20.0 GiB")));
        QVERIFY(ok.out.contains(QStringLiteral("[ok] Disk size at most 500 GiB")));
        const QString big = dir.filePath(QStringLiteral("big.qcow2"));
        QCOMPARE(QProcess::execute(qemu, {QStringLiteral("create"), QStringLiteral("-q"),
                                          QStringLiteral("-f"), QStringLiteral("qcow2"), big,
                                          QStringLiteral("600G")}),
                 0);
        const Run over = run({QStringLiteral("inspect"), big});
        QCOMPARE(over.code, 1);
        QVERIFY(over.out.contains(QStringLiteral("[FAIL] Disk size at most 500 GiB")));
        const QString junk = dir.filePath(QStringLiteral("junk.img"));
        QVERIFY(writeFile(junk, "not an image at all"));
        const Run unsupported = run({QStringLiteral("inspect"), junk});
        QCOMPARE(unsupported.code, 1);
        QVERIFY(unsupported.out.contains(QStringLiteral("Unsupported format")));
        QCOMPARE(
            run({QStringLiteral("inspect"), dir.filePath(QStringLiteral("absent.qcow2"))}).code, 2);
        QCOMPARE(run({QStringLiteral("inspect")}).code, 2);
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("check")));
        QVERIFY(help.out.contains(QStringLiteral("--screenshot")));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(QStringLiteral(IMAGECONSOLE_VERSION)));
    }

    void screenshotOfTheSample()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("console.png"));
        const Run r = run(
            {QStringLiteral("--screenshot"), png, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, 0);
        QVERIFY(readFile(png).startsWith("\x89PNG"));
        for (const char *dialog :
             {"share", "copy", "give", "delete", "edit", "launch", "reinstall", "trusted", "check",
              "journal", "faq", "diagnose", "create", "import", "instancechecks", "serve"}) {
            const QString file = dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(dialog)));
            const Run d = run({QStringLiteral("--screenshot"), file, QStringLiteral("--dialog"),
                               QLatin1String(dialog)});
            QVERIFY2(d.code == 0, dialog);
            QVERIFY2(readFile(file).startsWith("\x89PNG"), dialog);
        }
        QCOMPARE(run({QStringLiteral("--screenshot"), png, QStringLiteral("--dialog"),
                      QStringLiteral("nonsense")})
                     .code,
                 2);
    }

    // Issue 16.11: the warning reaches the operator while serve runs, not when it ends.
    void serveWarnsAboutCredentialsOthersCanRead()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("ws.json"));
        QVERIFY(QFile::copy(QStringLiteral(SAMPLE_WORKSPACE), workspace));
        QFile::setPermissions(workspace, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString open =
            credentialsFile(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const std::optional<QString> err = stderrOfARunningServe(
            {workspace, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--credentials"), open});
        QVERIFY2(err, "serve did not start");
        QVERIFY2(err->contains(QStringLiteral("can be read by other users")), qPrintable(*err));
        QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const std::optional<QString> quiet = stderrOfARunningServe(
            {workspace, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--credentials"), open});
        QVERIFY2(quiet, "serve did not start");
        QVERIFY2(!quiet->contains(QStringLiteral("Warning")), qPrintable(*quiet));
    }

    // Issue 16.11: a file others can change could hold their keys; serve does not start.
    void serveRefusesCredentialsOthersCanChange()
    {
        QTemporaryDir dir;
        const QString writable = credentialsFile(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::WriteGroup);
        const Run r = run({QStringLiteral("serve"), QStringLiteral(SAMPLE_WORKSPACE),
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--credentials"), writable});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("can be changed by other users")),
                 qPrintable(r.err));
    }

    // Issue 16.9: plain HTTP stays on this machine unless the operator insists.
    void serveListensBeyondLoopbackOnlyWhenForced()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("ws.json"));
        QVERIFY(QFile::copy(QStringLiteral(SAMPLE_WORKSPACE), workspace));
        QFile::setPermissions(workspace, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString credentials =
            credentialsFile(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run refused =
            run({QStringLiteral("serve"), workspace, QStringLiteral("--listen"),
                 QStringLiteral("0.0.0.0:0"), QStringLiteral("--credentials"), credentials});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--insecure-listen")),
                 qPrintable(refused.err));
        const std::optional<QString> err = stderrOfARunningServe(
            {workspace, QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
             QStringLiteral("--credentials"), credentials, QStringLiteral("--insecure-listen")});
        QVERIFY2(err, "serve did not start");
        QVERIFY2(err->contains(QStringLiteral("plain HTTP")), qPrintable(*err));
    }

    // With a certificate, serve speaks HTTPS and may listen beyond loopback; what cannot be used
    // is said.
    void serveOverHttps()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("ws.json"));
        QVERIFY(QFile::copy(QStringLiteral(SAMPLE_WORKSPACE), workspace));
        QFile::setPermissions(workspace, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString credentials =
            credentialsFile(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QCOMPARE(makeCertificate(cert, key), QString());
        const QStringList base = {workspace, QStringLiteral("--listen"),
                                  QStringLiteral("0.0.0.0:0"), QStringLiteral("--credentials"),
                                  credentials};
        const std::optional<QString> err =
            stderrOfARunningServe(base + QStringList{QStringLiteral("--tls-cert"), cert,
                                                     QStringLiteral("--tls-key"), key});
        QVERIFY2(err, "serve did not start");
        QVERIFY2(!err->contains(QStringLiteral("plain HTTP")), qPrintable(*err));

        const Run onlyCert = run(QStringList{QStringLiteral("serve")} + base +
                                 QStringList{QStringLiteral("--tls-cert"), cert});
        QCOMPARE(onlyCert.code, 2);
        QVERIFY2(onlyCert.err.contains(QStringLiteral("--tls-key")), qPrintable(onlyCert.err));
        const Run swapped =
            run(QStringList{QStringLiteral("serve")} + base +
                QStringList{QStringLiteral("--tls-cert"), key, QStringLiteral("--tls-key"), cert});
        QCOMPARE(swapped.code, 2);
        QVERIFY2(swapped.err.contains(key), qPrintable(swapped.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

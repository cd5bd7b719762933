// imageconsole pull, plan and apply as an operator runs them, against `imageconsole serve` on
// loopback: a share, a give (copy, then share of the copy) and a delete made in a pulled
// workspace reach the served one, and a second pull shows an empty plan. Exit codes as
// documented.
#include "Fixture.h"
#include "WorkspaceFile.h"
#include "WorkspaceGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;

namespace {

struct Run
{
    int code = -1;
    QString out;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(IMAGECONSOLE_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

OperationContext as(const QString &account)
{
    OperationContext c;
    c.accountId = account;
    c.acknowledged = {QStringLiteral("S6")};
    return c;
}

} // namespace

class TestCloudCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pullPlanApplyPull()
    {
        QTemporaryDir dir;
        const QString cloudFile = dir.filePath(QStringLiteral("cloud.json"));
        const QString keys = dir.filePath(QStringLiteral("keys.json"));
        const QString mine = dir.filePath(QStringLiteral("mine.json"));
        WorkspaceGenerator::Options o;
        o.images = 800;
        o.accounts = 2;
        o.regions = 3;
        o.seed = 3;
        {
            LoadResult cloud = WorkspaceFile::fromObject(WorkspaceGenerator::generate(o));
            QVERIFY(WorkspaceFile::save(*cloud.workspace, cloudFile));
            QJsonArray list;
            for (const Account &a : cloud.workspace->accounts())
                list.append(
                    QJsonObject{{QStringLiteral("AccountId"), a.accountId},
                                {QStringLiteral("SecretId"), QStringLiteral("AKID") + a.accountId},
                                {QStringLiteral("SecretKey"), QStringLiteral("k") + a.accountId}});
            QFile f(keys);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("credentials"), list}}).toJson());
            f.close();
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        const quint16 port = freePort();
        QProcess serve;
        serve.start(QStringLiteral(IMAGECONSOLE_BINARY),
                    {QStringLiteral("serve"), cloudFile, QStringLiteral("--credentials"), keys,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("--time-scale"), QStringLiteral("100000")});
        QVERIFY(serve.waitForReadyRead(20000));
        const QStringList link{
            QStringLiteral("--credentials"), keys,
            QStringLiteral("--endpoint"),    QStringLiteral("http://127.0.0.1:%1").arg(port),
            QStringLiteral("--rate"),        QStringLiteral("0")};

        // Pull into a new workspace: nothing pending.
        Run r = run(QStringList{QStringLiteral("pull"), mine} + link);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r = run({QStringLiteral("plan"), mine});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Nothing to apply")),
                 qPrintable(r.out));

        // Changes made in the pulled workspace (as the console would make them).
        QString me, other, shareId, giveId, deleteId, destination, provisional;
        {
            LoadResult loaded = WorkspaceFile::load(mine);
            QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
            Workspace &ws = *loaded.workspace;
            me = ws.accounts().at(0).accountId;
            other = ws.accounts().at(1).accountId;
            QStringList quiet;
            QStringList ids = ws.customImagesOf(me).values();
            std::sort(ids.begin(), ids.end());
            for (const QString &id : ids) {
                const Image *img = ws.image(id);
                if (img->state == ImageState::Normal && img->shares.isEmpty() &&
                    ws.copiesOf(id).isEmpty() && ws.instancesUsing(id).isEmpty() && !img->encrypted)
                    quiet.append(id);
            }
            QVERIFY(quiet.size() >= 3);
            shareId = quiet.at(0);
            giveId = quiet.at(1);
            deleteId = quiet.at(2);
            for (const Region &reg : ws.regions()) {
                if (reg.regionId != ws.image(giveId)->region && destination.isEmpty())
                    destination = reg.regionId;
            }
            ManualClock clock(
                QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC));
            IdGenerator gen(1);
            Operations ops(ws, clock, gen);
            QVERIFY(ops.modifySharePermission(as(me), {shareId, {other}}).applied());
            SyncRequest give;
            give.imageIds = {giveId};
            give.destinationRegions = {destination};
            give.shareWithAccountIds = {other};
            const OperationResult copy = ops.syncImages(as(me), give);
            QVERIFY(copy.applied());
            provisional = copy.createdIds.first();
            clock.advance(ws.policy().copyDurationSeconds + 1);
            ops.advanceTasks();
            ops.advanceTasks();
            QVERIFY(ops.modifySharePermission(as(me), {provisional, {other}}).applied());
            QVERIFY(ops.deleteImages(as(me), {{deleteId}}).applied());
            QVERIFY(WorkspaceFile::save(ws, mine));
        }
        r = run({QStringLiteral("plan"), mine});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("4 changes to apply")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("SyncImages")));
        QVERIFY(r.out.contains(QLatin1String("Allowed by the rules.")));

        // Without --yes, apply asks; "no" sends nothing.
        {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(IMAGECONSOLE_BINARY),
                    QStringList{QStringLiteral("apply"), mine} + link);
            p.write("n\n");
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 1);
            QVERIFY(QString::fromUtf8(p.readAll()).contains(QLatin1String("Nothing was sent.")));
        }
        r = run(QStringList{QStringLiteral("apply"), mine, QStringLiteral("--yes")} + link);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("4 of 4 change(s) applied.")));

        // A second pull: an empty plan, and the served cloud has all three.
        r = run(QStringList{QStringLiteral("pull"), mine} + link);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r = run({QStringLiteral("plan"), mine});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        LoadResult cloud = WorkspaceFile::load(cloudFile);
        QVERIFY2(cloud.ok(), qPrintable(cloud.errorText()));
        const Workspace &c = *cloud.workspace;
        QVERIFY(c.image(shareId)->isSharedWith(other));
        QVERIFY(!c.image(deleteId));
        bool given = false;
        for (const QString &id : c.copiesOf(giveId))
            given =
                given || (c.image(id)->region == destination && c.image(id)->isSharedWith(other));
        QVERIFY(given);
        LoadResult pulled = WorkspaceFile::load(mine);
        QVERIFY(!pulled.workspace->image(provisional));
        QVERIFY(pulled.workspace->pending().isEmpty());
    }

    void badInputIsRefusedWithAReason()
    {
        QTemporaryDir dir;
        const QString keys = dir.filePath(QStringLiteral("keys.json"));
        QFile f(keys);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"credentials":[{"AccountId":"100038472901","SecretId":"a","SecretKey":"b"}]})");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        Run r = run({QStringLiteral("pull"), dir.filePath(QStringLiteral("w.json")),
                     QStringLiteral("--credentials"), keys});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QLatin1String("chmod 600")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("w.json"))));
        // A file that is not a workspace is never replaced by a pull.
        const QString notWs = dir.filePath(QStringLiteral("notes.json"));
        QFile n(notWs);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write("{\"hello\": 1}");
        n.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        r = run({QStringLiteral("pull"), notWs, QStringLiteral("--credentials"), keys,
                 QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(r.code, 2);
        QFile again(notWs);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("{\"hello\": 1}"));
        r = run({QStringLiteral("pull"), dir.filePath(QStringLiteral("w.json")),
                 QStringLiteral("--credentials"), keys, QStringLiteral("--endpoint"),
                 QStringLiteral("ftp://x")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QLatin1String("--endpoint")));
    }
};

QTEST_GUILESS_MAIN(TestCloudCli)
#include "tst_cloudcli.moc"

// The cloud link against the endpoint on loopback, serving a generated workspace that plays the
// cloud: pull (paging, every record kind, share lists, quota), plan, apply (share, cancel, copy,
// give, rename, delete, create, import, with the provisional IDs replaced), conflicts, faults
// (rate limits, 500s, slow answers, dropped connections), interrupted pulls and applies,
// credentials sources, and the client's signature against Tencent's published vectors.
#include "ApiCredentials.h"
#include "CloudApply.h"
#include "CloudClient.h"
#include "CloudCredentials.h"
#include "CloudPull.h"
#include "CloudSync.h"
#include "HttpEndpoint.h"
#include "RuleText.h"
#include "TestCertificate.h"
#include "WorkspaceFile.h"
#include "WorkspaceGenerator.h"
#include "WorkspaceReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cvm;
using namespace cvm::cloud;

namespace {

// The served cloud: a generated workspace behind the endpoint, its tasks moving fast.
struct ServedCloud
{
    SystemClock clock;
    IdGenerator ids{7};
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<Operations> ops;
    std::unique_ptr<api::HttpEndpoint> endpoint;
    QTimer ticker;
    quint16 port = 0;
    QList<CloudCredential> credentials;

    explicit ServedCloud(int images = 3000, int regions = 6)
    {
        WorkspaceGenerator::Options o;
        o.images = images;
        o.accounts = 3;
        o.regions = regions;
        o.seed = 11;
        ws = std::move(WorkspaceFile::fromObject(WorkspaceGenerator::generate(o)).workspace);
        ops = std::make_unique<Operations>(*ws, clock, ids);
        ops->setTimeScale(100000);
        api::ApiCredentials served;
        for (const Account &a : ws->accounts()) {
            const CloudCredential c{a.accountId,
                                    "AKID" + a.accountId.toLatin1(),
                                    "key-" + a.accountId.toLatin1(),
                                    {},
                                    {}};
            credentials.append(c);
            served.add(api::ApiCredential{c.secretId, c.secretKey, c.accountId});
        }
        endpoint = std::make_unique<api::HttpEndpoint>(*ops, served, QString());
        port = endpoint->listen(QHostAddress::LocalHost, 0);
        QObject::connect(&ticker, &QTimer::timeout, [this] { ops->advanceTasks(); });
        ticker.start(20);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }
    QString account(int i) const { return ws->accounts().at(i).accountId; }
};

ClientOptions fast()
{
    ClientOptions o;
    o.setRate(0);
    o.backoffMs = 5;
    o.maxAttempts = 8;
    o.timeoutMs = 5000;
    return o;
}

// Pulls into `ws`; the pull's error, or empty.
QString pullInto(Operations &ops, CloudClient &client, RefreshSummary *summary = nullptr,
                 const QStringList &regions = {}, PulledState *pulled = nullptr)
{
    CloudPull pull(client, regions);
    QSignalSpy done(&pull, &CloudPull::finished);
    pull.start();
    if (!pull.isFinished() && !done.wait(60000))
        return QStringLiteral("timed out");
    if (!pull.succeeded())
        return pull.error();
    const RefreshSummary s = layDown(ops, pull.state());
    if (summary)
        *summary = s;
    if (pulled)
        *pulled = pull.state();
    return {};
}

QString applyAll(Operations &ops, CloudClient &client, const QString &file, int *applied = nullptr,
                 const std::function<void(CloudApply &)> &during = {})
{
    CloudApply apply(
        client, ops,
        [&](QString *error) { return WorkspaceFile::save(ops.workspace(), file, error); },
        ApplyOptions{20, 60});
    if (during)
        during(apply);
    QSignalSpy done(&apply, &CloudApply::finished);
    apply.start();
    if (!apply.isFinished() && !done.wait(60000))
        return QStringLiteral("timed out");
    if (applied)
        *applied = apply.applied();
    return apply.error();
}

// An own custom image of `account` that is NORMAL, in no task, with no shares and no copies.
const Image *quietImage(const Workspace &ws, const QString &account, const QString &notRegion = {},
                        const QStringList &skip = {})
{
    QStringList ids = ws.customImagesOf(account).values();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : ids) {
        const Image *img = ws.image(id);
        if (img->state != ImageState::Normal || !img->shares.isEmpty() || img->encrypted ||
            img->licenseType != LicenseType::TencentCloud || img->region == notRegion ||
            skip.contains(id) || !ws.copiesOf(id).isEmpty() || !ws.instancesUsing(id).isEmpty())
            continue;
        bool busy = false;
        for (const Task &t : ws.tasks())
            busy = busy || (t.isRunning() && (t.sourceImageId == id || t.imageIds.contains(id)));
        if (!busy)
            return img;
    }
    return nullptr;
}

// The console's clocks count whole seconds, as the file does.
QDateTime nowInSeconds()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

OperationContext as(const QString &account)
{
    OperationContext c;
    c.accountId = account;
    c.acknowledged = {QStringLiteral("S6"), QStringLiteral("N4"), QStringLiteral("I2")};
    return c;
}

// A served cloud, and a new workspace pulled from it with its own clock and operations.
struct Pulled
{
    ServedCloud cloud;
    CloudClient client;
    std::unique_ptr<Workspace> ws;
    ManualClock clock;
    IdGenerator ids;
    Operations ops;
    QString error; // of the first pull

    Pulled(int images, int regions, quint32 seed)
        : cloud(images, regions), client(cloud.url(), cloud.credentials, fast()),
          ws(WorkspaceFile::blank()), clock(nowInSeconds()), ids(seed), ops(*ws, clock, ids)
    {
        error = pullInto(ops, client);
    }
};

} // namespace

class TestCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureMatchesTencentsVectors()
    {
        // Vector A of the Signature v3 page, and the Node SDK's unit test vector.
        const CloudCredential a{QStringLiteral("1"),
                                "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
                                "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
                                {},
                                {}};
        const auto signedA = CloudClient::sign(
            QUrl(QStringLiteral("https://cvm.tencentcloudapi.com/")), a,
            QStringLiteral("DescribeInstances"), QStringLiteral("ap-guangzhou"),
            R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})",
            1551113065, QStringLiteral("en-US"));
        QCOMPARE(signedA.headers.first().second,
                 QByteArray(
                     "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
                     "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                     "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
        const CloudCredential d{QStringLiteral("1"), "test-secret-id", "test-secret-key", {}, {}};
        const auto signedD =
            CloudClient::sign(QUrl(QStringLiteral("https://cvm.tencentcloudapi.com")), d,
                              QStringLiteral("DescribeInstances"), {},
                              R"({"Action":"DescribeInstances","Version":"2017-03-12"})",
                              1640995200, QStringLiteral("en-US"), "application/json");
        QCOMPARE(signedD.headers.first().second,
                 QByteArray(
                     "TC3-HMAC-SHA256 Credential=test-secret-id/2022-01-01/cvm/"
                     "tc3_request, SignedHeaders=content-type;host, "
                     "Signature=96473b50fe407833672a5d6d067238d88bb44c8abcc39ef83baa3132afbfadd3"));
        // A port that is not the scheme's own is signed as the Host header carries it; a
        // session token travels as X-TC-Token.
        CloudCredential withToken = d;
        withToken.token = "session-token";
        const auto local =
            CloudClient::prepare(QUrl(QStringLiteral("http://127.0.0.1:9000")), withToken,
                                 {QStringLiteral("1"),
                                  QStringLiteral("ap-jakarta"),
                                  QStringLiteral("DescribeImages"),
                                  {}},
                                 1640995200, QStringLiteral("en-US"));
        bool host = false, token = false, region = false;
        for (const auto &[name, value] : local.headers) {
            host = host || (name == "Host" && value == "127.0.0.1:9000");
            token = token || (name == "X-TC-Token" && value == "session-token");
            region = region || (name == "X-TC-Region" && value == "ap-jakarta");
        }
        QVERIFY(host && token && region);
    }

    void answersParsedFromTencentsExamples()
    {
        const CloudAnswer sync = CloudClient::parseAnswer(
            R"({"Response":{"ImageSet":[{"Region":"ap-guangzhou","ImageId":"img-evhmf3fy"}],"RequestId":"r-1"}})");
        QVERIFY(sync.ok());
        QCOMPARE(sync.requestId, QStringLiteral("r-1"));
        QCOMPARE(sync.response.value(QStringLiteral("ImageSet"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("ImageId"))
                     .toString(),
                 QStringLiteral("img-evhmf3fy"));
        const CloudAnswer error = CloudClient::parseAnswer(
            R"({"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "The provided credentials could not be validated. Please check your signature is correct."}, "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}})");
        QCOMPARE(error.code, QStringLiteral("AuthFailure.SignatureFailure"));
        QCOMPARE(error.requestId, QStringLiteral("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
        QVERIFY(!CloudClient::parseAnswer("<html>502</html>").ok());
        // A DescribeImages record of the reference, as the pull reads it.
        QList<LoadProblem> problems;
        const auto img = WorkspaceFile::describedImage(
            QJsonDocument::fromJson(
                R"({"OsName":"CentOS 7.4 64-bit","ImageSize":20,"ImageType":"PRIVATE_IMAGE","CreatedTime":"2018-07-20T08:26:05Z","ImageState":"NORMAL","ImageSource":"CREATE_IMAGE","ImageId":"img-1wbd5a8n","ImageName":"test","ImageDescription":"","ImageCreator":"100000000000","SyncPercent":null,"Platform":"CentOS","Architecture":"x86_64","IsSupportCloudinit":true,"SnapshotSet":[],"Tags":[],"LicenseType":"TencentCloud"})")
                .object(),
            QStringLiteral("100000000000"), QStringLiteral("ImageSet[0]"), problems);
        QVERIFY2(img, qPrintable(problems.value(0).text()));
        QCOMPARE(img->ownerAccountId, QStringLiteral("100000000000"));
        const Instance ins = CloudPull::instanceFromApi(
            QJsonDocument::fromJson(
                R"({"InstanceId":"ins-xlsmP4mq","InstanceName":"web","Placement":{"Zone":"ap-guangzhou-3"},"ImageId":"img-1wbd5a8n","OsName":"Windows Server 2016","InstanceState":"RUNNING","CreatedTime":"2020-03-10T02:43:51Z","CPU":2,"Memory":4,"InstanceType":"S5.MEDIUM4","PrivateIpAddresses":["10.0.0.2"],"SystemDisk":{"DiskType":"CLOUD_PREMIUM","DiskId":"disk-a","DiskSize":50}})")
                .object(),
            QStringLiteral("100000000000"), QStringLiteral("ap-guangzhou"));
        QCOMPARE(ins.zone, QStringLiteral("ap-guangzhou-3"));
        QVERIFY(ins.isWindows());
        QCOMPARE(ins.systemDisk.diskSize, 50);
    }

    void credentialsFromEverySource()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("keys.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"credentials":[{"AccountId":"100038472901","SecretId":"AKIDa","SecretKey":"ka","Token":"t"}]})");
        f.close();
        QString error;
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QVERIFY(!CloudCredentials::fromFile(file, &error));
        QVERIFY2(error.contains(QLatin1String("chmod 600")), qPrintable(error));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const auto fromFile = CloudCredentials::fromFile(file, &error);
        QVERIFY2(fromFile, qPrintable(error));
        QCOMPARE(fromFile->first().token, QByteArray("t"));

        QProcessEnvironment env;
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDenv"));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("kenv"));
        env.insert(QStringLiteral("TENCENTCLOUD_TOKEN"), QStringLiteral("tok"));
        env.insert(QStringLiteral("TENCENTCLOUD_REGION"), QStringLiteral("ap-jakarta"));
        QVERIFY(!CloudCredentials::fromEnvironment(env, QString(), &error)); // no --account
        const auto fromEnv =
            CloudCredentials::fromEnvironment(env, QStringLiteral("100038472901"), &error);
        QVERIFY2(fromEnv, qPrintable(error));
        QCOMPARE(fromEnv->token, QByteArray("tok"));
        QCOMPARE(fromEnv->defaultRegion, QStringLiteral("ap-jakarta"));

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".tccli")));
        QFile cred(dir.filePath(QStringLiteral(".tccli/ops.credential")));
        QVERIFY(cred.open(QIODevice::WriteOnly));
        cred.write(R"({"secretId": "AKIDprof", "secretKey": "kprof"})");
        cred.close();
        QFile::setPermissions(cred.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        QFile conf(dir.filePath(QStringLiteral(".tccli/ops.configure")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(
            R"({"_sys_param": {"region": "ap-singapore", "output": "json"}, "cvm": {"endpoint": "cvm.tencentcloudapi.com"}})");
        conf.close();
        const auto fromProfile = CloudCredentials::fromProfile(
            dir.path(), QStringLiteral("ops"), QStringLiteral("100038472901"), &error);
        QVERIFY2(fromProfile, qPrintable(error));
        QCOMPARE(fromProfile->secretId, QByteArray("AKIDprof"));
        QCOMPARE(fromProfile->defaultRegion, QStringLiteral("ap-singapore"));
        QVERIFY(!CloudCredentials::fromProfile(dir.path(), QStringLiteral("nope"),
                                               QStringLiteral("100038472901"), &error));
    }

    void pullReadsEverythingAndKeepsNothingStale()
    {
        ServedCloud cloud;
        QVERIFY(cloud.port);
        CloudClient client(cloud.url(), cloud.credentials, fast());
        std::unique_ptr<Workspace> ws = WorkspaceFile::blank();
        ManualClock clock(nowInSeconds());
        IdGenerator ids(3);
        Operations ops(*ws, clock, ids);
        RefreshSummary sum;
        PulledState pulled;
        const QString error = pullInto(ops, client, &sum, {}, &pulled);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ws->cloud().isLinked());
        QCOMPARE(ws->cloud().accountIds.size(), 3);
        QCOMPARE(ws->regions().size(), cloud.ws->regions().size());
        // Every image the accounts see, with the fields and share lists the cloud has.
        int seen = 0;
        for (const Image &img : cloud.ws->images()) {
            const Image *mine = ws->image(img.imageId);
            QVERIFY2(mine, qPrintable(img.imageId));
            ++seen;
            QCOMPARE(mine->imageName, img.imageName);
            QCOMPARE(toString(mine->state), toString(img.state));
            QCOMPARE(mine->region, img.region);
            QCOMPARE(mine->ownerAccountId, img.ownerAccountId);
            QStringList a, b;
            for (const ShareEntry &s : mine->shares)
                a.append(s.accountId);
            for (const ShareEntry &s : img.shares)
                b.append(s.accountId);
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            QCOMPARE(a, b);
        }
        QVERIFY(seen > 1000); // many pages of 100
        QCOMPARE(ws->imageCount(), cloud.ws->imageCount());
        QCOMPARE(ws->instances().size(), cloud.ws->instances().size());
        for (const Instance &i : cloud.ws->instances())
            QCOMPARE(ws->instance(i.instanceId)->imageId, i.imageId);
        QCOMPARE(ws->policy().customImageQuotaPerRegion,
                 cloud.ws->policy().customImageQuotaPerRegion);
        QCOMPARE(sum.imagesAdded, cloud.ws->imageCount());
        // The served cloud imports what the console's catalogue lists, no more.
        QVERIFY2(pulled.importOsUnknown.isEmpty(),
                 qPrintable(pulled.importOsUnknown.join(QLatin1Char(','))));
        QVERIFY(ws->unapplied().isEmpty());
        for (const Region &r : ws->regions())
            QCOMPARE(r.zones, cloud.ws->region(r.regionId)->zones);

        // Pulling again changes nothing; a change in the cloud is seen.
        RefreshSummary again;
        QVERIFY(pullInto(ops, client, &again).isEmpty());
        QCOMPARE(again.imagesAdded + again.imagesChanged + again.imagesRemoved, 0);
        const Image *gone = quietImage(*cloud.ws, cloud.account(0));
        QVERIFY(gone);
        const QString goneId = gone->imageId;
        QVERIFY(cloud.ops->deleteImages(as(cloud.account(0)), {{goneId}}).applied());
        QVERIFY(pullInto(ops, client, &again).isEmpty());
        QCOMPARE(again.imagesRemoved, 1);
        QVERIFY(!ws->image(goneId));

        // Only the regions asked for; an unknown one is refused before anything changes.
        const QString region = cloud.ws->regions().first().regionId;
        std::unique_ptr<Workspace> some = WorkspaceFile::blank();
        Operations someOps(*some, clock, ids);
        QVERIFY(pullInto(someOps, client, nullptr, {region}).isEmpty());
        for (const Image &img : some->images())
            QCOMPARE(img.region, region);
        const QString unknown = pullInto(someOps, client, nullptr, {QStringLiteral("xx-nowhere")});
        QVERIFY(unknown.contains(QLatin1String("xx-nowhere")));
    }

    void planAndApplyCarryEveryChangeIntoTheCloud()
    {
        Pulled pulled(3000, 6, 5);
        QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
        auto &[cloud, client, ws, clock, ids, ops, error0] = pulled;
        const QString me = cloud.account(0), friendId = cloud.account(1);
        const OperationContext ctx = as(me);

        // Share, cancel (of an existing share), rename, delete, a give (copy then share the
        // copy), create from an instance, import.
        const Image *toShare = quietImage(*ws, me);
        QVERIFY(toShare);
        const QString shareId = toShare->imageId;
        const OperationResult renamed = ops.modifyImageAttribute(
            ctx, {shareId, QStringLiteral("renamed-by-plan"), std::nullopt});
        QVERIFY2(renamed.applied(), qPrintable(RuleText::describe(renamed.verdict)));
        QVERIFY(ops.modifySharePermission(ctx, {shareId, {friendId}}).applied());
        QString cancelId, cancelAccount;
        for (const QString &id : ws->customImagesOf(me)) {
            const Image *img = ws->image(id);
            if (img->state == ImageState::Normal && !img->shares.isEmpty() && cancelId.isEmpty()) {
                cancelId = id;
                cancelAccount = img->shares.first().accountId;
            }
        }
        QVERIFY(!cancelId.isEmpty());
        QVERIFY(ops.modifySharePermission(ctx, {cancelId, {cancelAccount}, SharePermission::Cancel})
                    .applied());
        const Image *toDelete = quietImage(*ws, me, {}, {shareId});
        QVERIFY(toDelete);
        const QString deleteId = toDelete->imageId;
        QVERIFY(ops.deleteImages(ctx, {{deleteId}}).applied());
        const Image *toGive = quietImage(*ws, me, {}, {shareId, deleteId});
        QVERIFY(toGive);
        const QString giveId = toGive->imageId;
        QString destination;
        for (const Region &r : ws->regions()) {
            if (r.regionId != toGive->region && destination.isEmpty() && r.isAvailable())
                destination = r.regionId;
        }
        SyncRequest give;
        give.imageIds = {giveId};
        give.destinationRegions = {destination};
        give.shareWithAccountIds = {friendId};
        const OperationResult copied = ops.syncImages(ctx, give);
        QVERIFY(copied.applied());
        const QString provisionalCopy = copied.createdIds.first();
        clock.advance(ws->policy().copyDurationSeconds + 1);
        ops.advanceTasks();
        ops.advanceTasks();
        QCOMPARE(toString(ws->image(provisionalCopy)->state), toString(ImageState::Normal));
        QVERIFY(ops.modifySharePermission(ctx, {provisionalCopy, {friendId}}).applied());
        QString instanceId;
        for (const QString &id : ws->instancesOf(me)) {
            const Instance *i = ws->instance(id);
            if (!i->isWindows() && i->instanceState == QLatin1String("RUNNING") &&
                (instanceId.isEmpty() || id < instanceId))
                instanceId = id;
        }
        QVERIFY(!instanceId.isEmpty());
        CreateImageRequest create;
        create.instanceId = instanceId;
        create.imageName = QStringLiteral("made-from-instance");
        const OperationResult created = ops.createImage(ctx, create);
        QVERIFY2(created.applied(), qPrintable(RuleText::describe(created.verdict)));
        // The permission to import is the cloud's to give; the workspace records it was asked.
        QVERIFY(ops.applyImportPermission(ctx).applied());
        QVERIFY(cloud.ops->applyImportPermission(ctx).applied());
        ImportRequest import;
        import.region = destination;
        import.imageName = QStringLiteral("imported-by-plan");
        import.osType = QStringLiteral("CentOS");
        import.osVersion = QStringLiteral("7");
        import.architecture = QStringLiteral("x86_64");
        import.imageUrl =
            QStringLiteral("https://b-1250000001.cos.%1.myqcloud.com/c.qcow2").arg(destination);
        import.file.format = QStringLiteral("QCOW2");
        import.file.virtualSizeBytes = qint64(20) << 30;
        import.bucketOnly = true;
        const OperationResult imported = ops.importImage(ctx, import);
        QVERIFY2(imported.applied(), qPrintable(RuleText::describe(imported.verdict)));

        // The plan: every change, in order, allowed.
        const QList<PendingChange> plan = ws->unapplied();
        QStringList actions;
        for (const PendingChange &c : plan) {
            actions.append(c.action);
            QCOMPARE(RuleText::pendingVerdict(c), RuleText::tr("Allowed by the rules."));
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("ModifyImageAttribute"),
                              QStringLiteral("ModifyImageSharePermission"),
                              QStringLiteral("ModifyImageSharePermission"),
                              QStringLiteral("DeleteImages"), QStringLiteral("SyncImages"),
                              QStringLiteral("ModifyImageSharePermission"),
                              QStringLiteral("CreateImage"), QStringLiteral("ImportImage")}));
        // ApplyImportPermission is the workspace's own: it is not a call.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pulled.json"));
        int applied = 0;
        const QString error = applyAll(ops, client, file, &applied);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(applied, 8);

        // In the cloud.
        const Workspace &c = *cloud.ws;
        QVERIFY(c.image(shareId)->isSharedWith(friendId));
        QCOMPARE(c.image(shareId)->imageName, QStringLiteral("renamed-by-plan"));
        QVERIFY(!c.image(cancelId)->isSharedWith(cancelAccount));
        QVERIFY(!c.image(deleteId));
        QString realCopy;
        for (const QString &id : c.copiesOf(giveId)) {
            if (c.image(id)->region == destination)
                realCopy = id;
        }
        QVERIFY(!realCopy.isEmpty());
        QVERIFY(c.image(realCopy)->isSharedWith(friendId));
        // The provisional IDs were replaced by the cloud's, everywhere.
        QVERIFY(!ws->image(provisionalCopy));
        QVERIFY(ws->image(realCopy));
        QCOMPARE(ws->image(realCopy)->sourceImageId, giveId);
        const QString provisionalCreated = created.createdIds.first();
        QVERIFY(!ws->image(provisionalCreated));
        QVERIFY(!ws->image(imported.createdIds.first()));
        for (const PendingChange &p : ws->pendingList()) {
            QCOMPARE(toString(p.state), toString(PendingState::Applied));
            QVERIFY(!p.requestId.isEmpty());
        }
        const QByteArray saved = WorkspaceFile::toJson(*ws);
        QVERIFY(!saved.contains(provisionalCopy.toLatin1()));
        QVERIFY(!saved.contains(provisionalCreated.toLatin1()));
        // Each call in the journal with its RequestId.
        int cloudEntries = 0;
        for (const JournalEntry &e : ws->journal()) {
            if (e.channel == QLatin1String("Cloud") && e.action != QLatin1String("Pull")) {
                ++cloudEntries;
                QVERIFY(!e.result.value(QStringLiteral("RequestId")).toString().isEmpty());
            }
        }
        QCOMPARE(cloudEntries, 8);
        // The saved file has what was applied.
        LoadResult reloaded = WorkspaceFile::load(file);
        QVERIFY2(reloaded.ok(), qPrintable(reloaded.errorText()));
        QCOMPARE(reloaded.workspace->pendingList().size(), 8);

        // A pull afterwards: an empty plan, and the workspace as the cloud has it.
        RefreshSummary sum;
        QVERIFY(pullInto(ops, client, &sum).isEmpty());
        QVERIFY(ws->pending().isEmpty());
        QCOMPARE(sum.appliedForgotten, 8);
        QVERIFY(ws->image(realCopy)->isSharedWith(friendId));
        QCOMPARE(ws->imageCount(), c.imageCount());
    }

    void pullKeepsPendingChangesAndMarksConflicts()
    {
        Pulled pulled(1500, 4, 9);
        QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
        auto &[cloud, client, ws, clock, ids, ops, error0] = pulled;
        const QString me = cloud.account(0), friendId = cloud.account(1);
        const Image *a = quietImage(*ws, me);
        const QString aId = a->imageId;
        const Image *b = quietImage(*ws, me, {}, {aId});
        const QString bId = b->imageId;
        QVERIFY(ops.modifySharePermission(as(me), {aId, {friendId}}).applied());
        QVERIFY(ops.modifySharePermission(as(me), {bId, {friendId}}).applied());
        // Meanwhile, in the cloud, b is deleted; a is renamed.
        QVERIFY(cloud.ops->deleteImages(as(me), {{bId}}).applied());
        QVERIFY(cloud.ops
                    ->modifyImageAttribute(as(me),
                                           {aId, QStringLiteral("renamed-in-cloud"), std::nullopt})
                    .applied());
        // And a third, c, is shared in the console; nothing happens to it in the cloud.
        const QString cId = quietImage(*ws, me, {}, {aId, bId})->imageId;
        QVERIFY(ops.modifySharePermission(as(me), {cId, {friendId}}).applied());
        RefreshSummary sum;
        QVERIFY(pullInto(ops, client, &sum).isEmpty());
        // a: a conflict, the cloud renamed it under the change (L1); b: a conflict, gone (the
        // rules say so); c: still pending, made again on the state pulled.
        QCOMPARE(ws->image(aId)->imageName, QStringLiteral("renamed-in-cloud"));
        QVERIFY(!ws->image(aId)->isSharedWith(friendId));
        QVERIFY(ws->image(cId)->isSharedWith(friendId));
        QCOMPARE(sum.replayed, 1);
        QCOMPARE(sum.conflicts.size(), 2);
        QList<PendingChange> plan = ws->unapplied();
        QCOMPARE(plan.size(), 3);
        QCOMPARE(toString(plan.at(0).state), toString(PendingState::Conflict));
        QCOMPARE(plan.at(0).refusal->rule, QStringLiteral("L1"));
        QCOMPARE(plan.at(0).refusal->items, QStringList{aId});
        QVERIFY(RuleText::pendingVerdict(plan.at(0)).contains(aId));
        QCOMPARE(toString(plan.at(1).state), toString(PendingState::Conflict));
        QVERIFY(plan.at(1).refusal);
        QCOMPARE(plan.at(1).refusal->code, QStringLiteral("InvalidImageId.NotFound"));
        QVERIFY(!plan.at(1).refusal->rule.isEmpty());
        QVERIFY(RuleText::pendingVerdict(plan.at(1))
                    .contains(QLatin1String("InvalidImageId.NotFound")));
        QCOMPARE(toString(plan.at(2).state), toString(PendingState::Pending));
        // The file keeps the plan, through both readers.
        const QByteArray json = WorkspaceFile::toJson(*ws);
        LoadResult fastRead = WorkspaceFile::fromJson(json);
        QVERIFY2(fastRead.ok(), qPrintable(fastRead.errorText()));
        QVERIFY(fastRead.workspace->pendingList() == ws->pendingList());
        QVERIFY(fastRead.workspace->cloud() == ws->cloud());
        LoadResult slowRead = WorkspaceFile::fromObject(QJsonDocument::fromJson(json).object());
        QVERIFY2(slowRead.ok(), qPrintable(slowRead.errorText()));
        QVERIFY(slowRead.workspace->pendingList() == ws->pendingList());
        QCOMPARE(QJsonDocument(WorkspaceFile::toObject(*ws)).toJson(), json);

        // Apply stops at the first conflict: nothing applied.
        QTemporaryDir dir;
        int applied = -1;
        QString error = applyAll(ops, client, dir.filePath(QStringLiteral("w.json")), &applied);
        QCOMPARE(applied, 0);
        QVERIFY2(error.contains(aId), qPrintable(error));
        QVERIFY(!cloud.ws->image(cId)->isSharedWith(friendId));
        // The operator drops both conflicts; c goes.
        QVERIFY(ops.dropPending(as(me), plan.at(0).sequence).applied());
        QVERIFY(ops.dropPending(as(me), plan.at(1).sequence).applied());
        error = applyAll(ops, client, dir.filePath(QStringLiteral("w.json")), &applied);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(applied, 1);
        QVERIFY(cloud.ws->image(cId)->isSharedWith(friendId));
        QVERIFY(ws->unapplied().isEmpty());
    }

    // One SyncImages of two images to the same region: the answer says only where each copy
    // is, so apply tells them apart by name, and each provisional copy gets its own cloud ID.
    void aCopyOfSeveralImagesGetsEachCopysOwnId()
    {
        Pulled pulled(600, 3, 29);
        QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
        auto &[cloud, client, ws, clock, ids, ops, error0] = pulled;
        const QString me = cloud.account(0);
        const Image *first = quietImage(*ws, me);
        QVERIFY(first);
        const Image *second = nullptr;
        QStringList skip{first->imageId};
        while (!second) {
            const Image *candidate = quietImage(*ws, me, QString(), skip);
            QVERIFY(candidate);
            if (candidate->imageName != first->imageName)
                second = candidate;
            else
                skip.append(candidate->imageId);
        }
        QString target;
        for (const Region &r : ws->regions()) {
            if (target.isEmpty() && r.isAvailable() && r.supportsImageCopy &&
                r.regionId != first->region && r.regionId != second->region)
                target = r.regionId;
        }
        QVERIFY(!target.isEmpty());
        const QStringList sources{first->imageId, second->imageId};
        SyncRequest copy;
        copy.imageIds = sources;
        copy.destinationRegions = {target};
        const OperationResult copied = ops.syncImages(as(me), copy);
        QVERIFY2(copied.applied(), qPrintable(RuleText::describe(copied.verdict)));
        QCOMPARE(ws->unapplied().size(), 1);
        QTemporaryDir dir;
        int applied = -1;
        const QString error =
            applyAll(ops, client, dir.filePath(QStringLiteral("w.json")), &applied);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(applied, 1);
        for (const QString &source : sources) {
            const QStringList copies = ws->copiesOf(source).values();
            QCOMPARE(copies.size(), 1);
            QVERIFY2(!copied.createdIds.contains(copies.first()), "still provisional");
            const Image *inCloud = cloud.ws->image(copies.first());
            QVERIFY2(inCloud, qPrintable(copies.first()));
            QCOMPARE(inCloud->sourceImageId, source);
            QCOMPARE(inCloud->region, target);
        }
        // The journal's Cloud entry is one call with both images.
        QCOMPARE(ws->journal().last().channel, QStringLiteral("Cloud"));
        QCOMPARE(ws->journal().last().parameters.value(QStringLiteral("ImageIds")).toArray().size(),
                 2);
    }

    void droppingAPendingChangeUndoesIt()
    {
        Pulled pulled(600, 3, 13);
        QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
        auto &[cloud, client, ws, clock, ids, ops, error0] = pulled;
        const QString me = cloud.account(0), friendId = cloud.account(1);
        const Image *img = quietImage(*ws, me);
        const QString id = img->imageId;
        const QString target = [&] {
            for (const Region &r : ws->regions())
                if (r.regionId != img->region)
                    return r.regionId;
            return QString();
        }();
        SyncRequest copyRequest;
        copyRequest.imageIds = {id};
        copyRequest.destinationRegions = {target};
        const OperationResult copy = ops.syncImages(as(me), copyRequest);
        QVERIFY(copy.applied());
        clock.advance(ws->policy().copyDurationSeconds + 1);
        ops.advanceTasks();
        ops.advanceTasks();
        const QString copyId = copy.createdIds.first();
        QVERIFY(ops.modifySharePermission(as(me), {copyId, {friendId}}).applied());
        const QList<PendingChange> plan = ws->unapplied();
        QCOMPARE(plan.size(), 2);
        // The copy cannot be dropped while the share of it is planned (U1) ...
        const OperationResult refused = ops.dropPending(as(me), plan.at(0).sequence);
        QVERIFY(refused.refused());
        QCOMPARE(refused.verdict.violations.first().rule, QStringLiteral("U1"));
        QVERIFY(ws->image(copyId));
        // ... the share can, then the copy, and the workspace is as pulled.
        const OperationResult droppedShare = ops.dropPending(as(me), plan.at(1).sequence);
        QVERIFY2(droppedShare.applied(),
                 qPrintable(RuleText::describe(droppedShare.verdict) +
                            droppedShare.verdict.violations.value(0).items.join(QLatin1Char(' '))));
        QVERIFY(!ws->image(copyId)->isSharedWith(friendId));
        // (after a save and a load, from the file's record of the change)
        LoadResult reloaded = WorkspaceFile::fromJson(WorkspaceFile::toJson(*ws));
        QVERIFY(reloaded.ok());
        Operations again(*reloaded.workspace, clock, ids);
        QVERIFY(again.dropPending(as(me), plan.at(0).sequence).applied());
        QVERIFY(!reloaded.workspace->image(copyId));
        QVERIFY(reloaded.workspace->unapplied().isEmpty());
        QCOMPARE(toString(reloaded.workspace->image(id)->state), toString(ImageState::Normal));
    }

    void theCloudRefusingWhatTheRulesAllowedIsJournaledWithBothVerdicts()
    {
        Pulled pulled(600, 3, 17);
        QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
        auto &[cloud, client, ws, clock, ids, ops, error0] = pulled;
        const QString me = cloud.account(0), friendId = cloud.account(1);
        const QString id = quietImage(*ws, me)->imageId;
        QVERIFY(ops.modifySharePermission(as(me), {id, {friendId}}).applied());
        // The cloud changes after the pull: the same share is made there directly.
        QVERIFY(cloud.ops->modifySharePermission(as(me), {id, {friendId}}).applied());
        QTemporaryDir dir;
        int applied = -1;
        const QString error =
            applyAll(ops, client, dir.filePath(QStringLiteral("w.json")), &applied);
        QCOMPARE(applied, 0);
        QVERIFY(error.contains(QLatin1String("which the rules allowed")));
        const PendingChange refused = ws->unapplied().first();
        QCOMPARE(toString(refused.state), toString(PendingState::Conflict));
        QVERIFY(refused.refusal->rule.isEmpty());
        QVERIFY(!refused.refusal->requestId.isEmpty());
        const JournalEntry &last = ws->journal().last();
        QCOMPARE(last.channel, QStringLiteral("Cloud"));
        QVERIFY(!last.success);
        QCOMPARE(last.result.value(QStringLiteral("RulesVerdict")).toString(),
                 QStringLiteral("Allowed"));
        QCOMPARE(last.result.value(QStringLiteral("CloudCode")).toString(), refused.refusal->code);
    }

    void faultsAreRetriedAndAFailedPullChangesNothing()
    {
        ServedCloud cloud(1500, 5);
        CloudClient clean(cloud.url(), cloud.credentials, fast());
        std::unique_ptr<Workspace> reference = WorkspaceFile::blank();
        ManualClock clock(nowInSeconds());
        IdGenerator ids(19);
        Operations refOps(*reference, clock, ids);
        QVERIFY(pullInto(refOps, clean).isEmpty());

        api::FaultPlan faults;
        faults.rateLimit = 0.1;
        faults.error = 0.05;
        faults.drop = 0.05;
        faults.slow = 0.02;
        faults.slowMs = 50;
        cloud.endpoint->setFaults(faults);
        CloudClient client(cloud.url(), cloud.credentials, fast());
        std::unique_ptr<Workspace> ws = WorkspaceFile::blank();
        Operations ops(*ws, clock, ids);
        const QString error = pullInto(ops, client);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(client.retries() > 0);
        QVERIFY(cloud.endpoint->faultsInjected() > 0);
        QCOMPARE(ws->imageCount(), reference->imageCount());
        QCOMPARE(ws->instances().size(), reference->instances().size());

        // A pull cut off halfway (one in five requests failing, no second tries): it stops,
        // and nothing it read is laid down.
        {
            std::unique_ptr<Workspace> other = WorkspaceFile::blank();
            Operations otherOps(*other, clock, ids);
            QVERIFY(pullInto(otherOps, clean).isEmpty());
            const QByteArray pulledBefore = WorkspaceFile::toJson(*other);
            QVERIFY(cloud.ops
                        ->deleteImages(as(cloud.account(0)),
                                       {{quietImage(*cloud.ws, cloud.account(0))->imageId}})
                        .applied());
            api::FaultPlan some;
            some.error = 0.2;
            some.seed = 3;
            cloud.endpoint->setFaults(some);
            ClientOptions once = fast();
            once.maxAttempts = 1;
            CloudClient fragile(cloud.url(), cloud.credentials, once);
            const QString cut = pullInto(otherOps, fragile);
            QVERIFY(cut.contains(QLatin1String("InternalError")));
            QVERIFY(fragile.requestsSent() > 10); // it had read some before it stopped
            QCOMPARE(WorkspaceFile::toJson(*other), pulledBefore);
        }

        // Every request failing: the pull stops, says what failed, and changes nothing.
        const QByteArray before = WorkspaceFile::toJson(*ws);
        faults = api::FaultPlan();
        faults.error = 1;
        cloud.endpoint->setFaults(faults);
        ClientOptions few = fast();
        few.maxAttempts = 2;
        CloudClient failing(cloud.url(), cloud.credentials, few);
        const QString failed = pullInto(ops, failing);
        QVERIFY(failed.contains(QLatin1String("DescribeRegions")));
        QVERIFY(failed.contains(QLatin1String("InternalError")));
        QCOMPARE(WorkspaceFile::toJson(*ws), before);
    }

    void anApplyCutShortKeepsWhatWasAppliedMarked()
    {
        Pulled pulled(600, 3, 23);
        QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
        auto &[cloud, client, ws, clock, ids, ops, error0] = pulled;
        const QString me = cloud.account(0), friendId = cloud.account(1);
        QStringList used;
        for (int i = 0; i < 3; ++i) {
            const QString id = quietImage(*ws, me, {}, used)->imageId;
            used.append(id);
            QVERIFY(ops.modifySharePermission(as(me), {id, {friendId}}).applied());
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("w.json"));
        ClientOptions few = fast();
        few.maxAttempts = 2;
        CloudClient breaking(cloud.url(), cloud.credentials, few);
        int applied = 0;
        // The connection to the cloud breaks after the first change.
        const QString error = applyAll(ops, breaking, file, &applied, [&](CloudApply &apply) {
            QObject::connect(&apply, &CloudApply::progress,
                             [&](int done, int, int, const QString &) {
                                 if (done == 1) {
                                     api::FaultPlan faults;
                                     faults.drop = 1;
                                     cloud.endpoint->setFaults(faults);
                                 }
                             });
        });
        QCOMPARE(applied, 1);
        QVERIFY(!error.isEmpty());
        LoadResult saved = WorkspaceFile::load(file);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        const QList<PendingChange> list = saved.workspace->pendingList();
        QCOMPARE(list.size(), 3);
        QCOMPARE(toString(list.at(0).state), toString(PendingState::Applied));
        QCOMPARE(toString(list.at(1).state),
                 toString(PendingState::Pending)); // never answered: still pending
        QCOMPARE(toString(list.at(2).state), toString(PendingState::Pending));
        QVERIFY(cloud.ws->image(used.at(0))->isSharedWith(friendId));
        QVERIFY(!cloud.ws->image(used.at(1))->isSharedWith(friendId));
        // The rest goes once the cloud answers again.
        cloud.endpoint->setFaults(api::FaultPlan());
        QVERIFY(applyAll(ops, client, file, &applied).isEmpty());
        QCOMPARE(applied, 2);
        QVERIFY(cloud.ws->image(used.at(2))->isSharedWith(friendId));
    }

    void httpsTrustsOnlyWhatItShould()
    {
        ServedCloud cloud(200, 2);
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString made = fixture::makeCertificate(cert, key, QStringLiteral("127.0.0.1"), true);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        // A second endpoint over the same cloud, speaking HTTPS.
        api::ApiCredentials served;
        for (const CloudCredential &c : cloud.credentials)
            served.add(api::ApiCredential{c.secretId, c.secretKey, c.accountId});
        api::HttpEndpoint tls(*cloud.ops, served, QString());
        QString error;
        QVERIFY2(tls.setTls(cert, key, &error), qPrintable(error));
        const quint16 port = tls.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port));
        std::unique_ptr<Workspace> ws = WorkspaceFile::blank();
        ManualClock clock(nowInSeconds());
        IdGenerator ids(29);
        Operations ops(*ws, clock, ids);
        // Not trusted: refused with the reason, never sent, nothing changed.
        CloudClient untrusting(url, cloud.credentials, fast());
        const QString refused = pullInto(ops, untrusting);
        QVERIFY2(refused.contains(CloudAnswer::tlsCode()), qPrintable(refused));
        QCOMPARE(untrusting.retries(), 0);
        QCOMPARE(tls.requestCount(), quint64(0));
        QCOMPARE(ws->imageCount(), 0);
        // Trusted by the operator's choice: the pull goes through.
        ClientOptions trusting = fast();
        trusting.caFile = cert;
        CloudClient client(url, cloud.credentials, trusting);
        const QString pulled = pullInto(ops, client);
        QVERIFY2(pulled.isEmpty(), qPrintable(pulled));
        QCOMPARE(ws->imageCount(), cloud.ws->imageCount());
    }

    void aWorkspaceWithoutAConnectionRecordsNothing()
    {
        ServedCloud cloud(300, 2);
        QVERIFY(!cloud.ws->cloud().isLinked());
        const QString me = cloud.account(0);
        const QString id = quietImage(*cloud.ws, me)->imageId;
        QVERIFY(cloud.ops->modifySharePermission(as(me), {id, {cloud.account(1)}}).applied());
        QVERIFY(cloud.ws->pending().isEmpty());
        QVERIFY(!WorkspaceFile::toJson(*cloud.ws).contains("\"cloud\""));
    }
};

QTEST_GUILESS_MAIN(TestCloud)
#include "tst_cloud.moc"

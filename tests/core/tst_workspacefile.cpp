// The workspace file: round trip, validation with paths, syntax errors with line and column,
// migration, atomic saving with a backup, and the DescribeImages import.
#include "Fixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

LoadResult loadWith(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = baseJson();
    change(root);
    return WorkspaceFile::fromObject(root);
}

int indexOf(const QJsonObject &root, const QString &id)
{
    const QJsonArray images = root.value(QStringLiteral("images")).toArray();
    for (int i = 0; i < images.size(); ++i) {
        if (images.at(i).toObject().value(QStringLiteral("ImageId")).toString() == id)
            return i;
    }
    return -1;
}

// Changes one field of one image in place (its position in the list stays).
void setImageField(QJsonObject &root, const QString &id, const QString &key, const QJsonValue &value)
{
    QJsonArray images = root.value(QStringLiteral("images")).toArray();
    const int i = indexOf(root, id);
    QJsonObject img = images.at(i).toObject();
    if (value.isUndefined())
        img.remove(key);
    else
        img.insert(key, value);
    images[i] = img;
    root.insert(QStringLiteral("images"), images);
}

bool writeFile(const QString &name, const QByteArray &data)
{
    QFile f(name);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &name)
{
    QFile f(name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char *kTencentExample =
    R"({"Response":{"TotalCount":1,"ImageSet":[{"OsName":"CentOS 7.4 64-bit","ImageSize":20,"ImageType":"PRIVATE_IMAGE",)"
    R"("CreatedTime":"2020-09-22T00:00:00+00:00","ImageDescription":"test-image","ImageSource":"CREATE_IMAGE","ImageId":"img-qlzp4oea",)"
    R"("ImageName":"test-image","ImageCreator":"3205597606","ImageState":"NORMAL","SyncPercent":null,)"
    R"("SnapshotSet":[{"SnapshotId":"snap-gqa37j2p","DiskUsage":"SYSTEM_DISK","DiskSize":20}],"Tags":[{"Value":"xx","Key":"xx"}],)"
    R"("Architecture":"x86_64","Platform":"CentOS","IsSupportCloudinit":true}],"RequestId":"5908394c-5b3f-42e0-a537-8410553890a5"}})";

} // namespace

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsIdentical()
    {
        Fixture f;
        // Make the workspace busy first: shares, copies, tasks, journal entries.
        f.ops().modifySharePermission(f.as(kOwner, {QStringLiteral("S6")}), {QStringLiteral("img-owner001"), {kFriend}});
        f.ops().syncImages(f.as(kOwner), {QStringLiteral("img-winsrv01"), {QStringLiteral("ap-beijing")}, std::nullopt});
        f.ops().deleteImages(f.as(kOwner), {{QStringLiteral("img-full0050")}, false});
        f.clock().advance(120);
        f.ops().advanceTasks();
        const QByteArray first = WorkspaceFile::toJson(f.ws());
        LoadResult again = WorkspaceFile::fromJson(first);
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QCOMPARE(WorkspaceFile::toJson(*again.workspace), first);
        QCOMPARE(again.workspace->journal(), f.ws().journal());
        QCOMPARE(again.workspace->images(), f.ws().images());
        QCOMPARE(again.workspace->tasks(), f.ws().tasks());
    }

    void sampleRoundTrips()
    {
        LoadResult sample = WorkspaceFile::load(QStringLiteral(SAMPLE_WORKSPACE));
        QVERIFY2(sample.ok(), qPrintable(sample.errorText()));
        const QByteArray saved = WorkspaceFile::toJson(*sample.workspace);
        QCOMPARE(saved, readFile(QStringLiteral(SAMPLE_WORKSPACE))); // the sample is stored in the canonical form
    }

    void validationNamesThePath_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("pathSuffix");
        QTest::addColumn<QString>("shown");
        QTest::newRow("short image ID") << "ImageId" << QJsonValue(QStringLiteral("img-12")) << ".ImageId" << "\"img-12\"";
        QTest::newRow("upper-case ID") << "ImageId" << QJsonValue(QStringLiteral("img-ABCDEFGH")) << ".ImageId" << "\"img-ABCDEFGH\"";
        QTest::newRow("state") << "ImageState" << QJsonValue(QStringLiteral("BROKEN")) << ".ImageState" << "\"BROKEN\"";
        QTest::newRow("type stored as shared") << "ImageType" << QJsonValue(QStringLiteral("SHARED_IMAGE")) << ".ImageType" << "\"SHARED_IMAGE\"";
        QTest::newRow("size as text") << "ImageSize" << QJsonValue(QStringLiteral("50")) << ".ImageSize" << "\"50\"";
        QTest::newRow("negative size") << "ImageSize" << QJsonValue(-1) << ".ImageSize" << "-1";
        QTest::newRow("time") << "CreatedTime" << QJsonValue(QStringLiteral("yesterday")) << ".CreatedTime" << "\"yesterday\"";
        QTest::newRow("percent") << "SyncPercent" << QJsonValue(150) << ".SyncPercent" << "150";
        QTest::newRow("owner") << "OwnerAccountId" << QJsonValue(QStringLiteral("QQ12345")) << ".OwnerAccountId" << "\"QQ12345\"";
        QTest::newRow("region") << "Region" << QJsonValue(QStringLiteral("Guangzhou")) << ".Region" << "\"Guangzhou\"";
        QTest::newRow("cloudinit") << "IsSupportCloudinit" << QJsonValue(QStringLiteral("yes")) << ".IsSupportCloudinit" << "\"yes\"";
        QTest::newRow("licence") << "LicenseType" << QJsonValue(QStringLiteral("GPL")) << ".LicenseType" << "\"GPL\"";
    }
    void validationNamesThePath()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, pathSuffix);
        QFETCH(QString, shown);
        QJsonObject root = baseJson();
        const int index = indexOf(root, QStringLiteral("img-owner001"));
        setImageField(root, QStringLiteral("img-owner001"), key, value);
        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY(!r.ok());
        QVERIFY(!r.workspace);
        QCOMPARE(r.problems.size(), 1);
        const LoadProblem &p = r.problems.first();
        QCOMPARE(int(p.kind), int(LoadProblem::Kind::Invalid));
        QCOMPARE(p.path, QStringLiteral("images[%1]").arg(index) + pathSuffix);
        QCOMPARE(p.value, shown);
        QVERIFY(p.text().startsWith(p.path + QStringLiteral(": ") + shown + QStringLiteral(" is not ")));
    }

    void imageIdMessageReadsWell()
    {
        QJsonObject root = baseJson();
        setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("ImageId"), QStringLiteral("img-12"));
        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY(r.problems.first().text().contains(QStringLiteral(": \"img-12\" is not a valid image ID")));
    }

    void missingRequiredFields()
    {
        const LoadResult r = loadWith([](QJsonObject &root) {
            setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("ImageName"), QJsonValue(QJsonValue::Undefined));
        });
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(int(r.problems.first().kind), int(LoadProblem::Kind::Missing));
        QVERIFY(r.problems.first().path.endsWith(QStringLiteral(".ImageName")));
        const LoadResult noAccounts = loadWith([](QJsonObject &root) { root.remove(QStringLiteral("accounts")); });
        QCOMPARE(noAccounts.problems.first().path, QStringLiteral(".accounts"));
    }

    void everyProblemIsReported()
    {
        const LoadResult r = loadWith([](QJsonObject &root) {
            setImageField(root, QStringLiteral("img-owner001"), QStringLiteral("ImageState"), QStringLiteral("BROKEN"));
            setImageField(root, QStringLiteral("img-shared01"), QStringLiteral("ImageSize"), QStringLiteral("big"));
            QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
            QJsonObject a = accounts.at(1).toObject();
            a.insert(QStringLiteral("AccountId"), QStringLiteral("not-digits"));
            accounts[1] = a;
            root.insert(QStringLiteral("accounts"), accounts);
        });
        QCOMPARE(r.problems.size(), 3);
        QCOMPARE(r.problems.first().path, QStringLiteral("accounts[1].AccountId"));
    }

    void otherRecordsAreValidatedToo()
    {
        const LoadResult inst = loadWith([](QJsonObject &root) {
            QJsonArray a = root.value(QStringLiteral("instances")).toArray();
            QJsonObject i = a.at(0).toObject();
            i.insert(QStringLiteral("InstanceId"), QStringLiteral("i-1"));
            a[0] = i;
            root.insert(QStringLiteral("instances"), a);
        });
        QCOMPARE(inst.problems.first().path, QStringLiteral("instances[0].InstanceId"));
        const LoadResult task = loadWith([](QJsonObject &root) {
            QJsonArray a = root.value(QStringLiteral("tasks")).toArray();
            QJsonObject t = a.at(0).toObject();
            t.insert(QStringLiteral("Action"), QStringLiteral("Teleport"));
            a[0] = t;
            root.insert(QStringLiteral("tasks"), a);
        });
        QCOMPARE(task.problems.first().path, QStringLiteral("tasks[0].Action"));
        QVERIFY(task.problems.first().text().contains(QStringLiteral("SyncImages")));
        const LoadResult region = loadWith([](QJsonObject &root) {
            QJsonArray a = root.value(QStringLiteral("regions")).toArray();
            QJsonObject r = a.at(0).toObject();
            r.insert(QStringLiteral("RegionState"), QStringLiteral("MAYBE"));
            a[0] = r;
            root.insert(QStringLiteral("regions"), a);
        });
        QCOMPARE(region.problems.first().path, QStringLiteral("regions[0].RegionState"));
        const LoadResult policy = loadWith([](QJsonObject &root) {
            root.insert(QStringLiteral("policy"), QJsonObject{{QStringLiteral("shareLimit"), QStringLiteral("fifty")}});
        });
        QCOMPARE(policy.problems.first().path, QStringLiteral("policy.shareLimit"));
    }

    void policyIsRead()
    {
        const LoadResult r = loadWith([](QJsonObject &root) {
            root.insert(QStringLiteral("policy"), QJsonObject{{QStringLiteral("shareLimit"), 500}, {QStringLiteral("customImageQuotaPerRegion"), 10}});
        });
        QVERIFY(r.ok());
        QCOMPARE(r.workspace->policy().shareLimit, 500);
        QCOMPARE(r.workspace->policy().customImageQuotaPerRegion, 10);
        QCOMPARE(r.workspace->policy().imageNameMaxLength, 60); // defaults for the rest
    }

    void syntaxErrorsHaveLineAndColumn()
    {
        const QByteArray full = json(baseJson());
        const QByteArray truncated = full.left(full.size() / 2);
        const LoadResult r = WorkspaceFile::fromJson(truncated);
        QCOMPARE(r.problems.size(), 1);
        const LoadProblem &p = r.problems.first();
        QCOMPARE(int(p.kind), int(LoadProblem::Kind::Syntax));
        QVERIFY(p.line > 1);
        QVERIFY(p.column >= 1);
        QVERIFY(p.text().startsWith(QStringLiteral("Line %1, column %2").arg(p.line).arg(p.column)));

        const LoadResult comma = WorkspaceFile::fromJson("{\n  \"format\": \"x\",\n  \"version\": 2,,\n}");
        QCOMPARE(comma.problems.first().line, 3);
    }

    void lineAndColumn()
    {
        const QByteArray text = "ab\ncdé\nf";
        QCOMPARE(WorkspaceFile::lineAndColumn(text, 0), std::make_pair(1, 1));
        QCOMPARE(WorkspaceFile::lineAndColumn(text, 4), std::make_pair(2, 2));
        QCOMPARE(WorkspaceFile::lineAndColumn(text, int(text.indexOf('f'))), std::make_pair(3, 1));
        QCOMPARE(WorkspaceFile::lineAndColumn(text, int(text.indexOf('\n', 4))), std::make_pair(2, 4)); // é is one character
    }

    void notAWorkspaceAndNewerVersions()
    {
        const LoadResult arr = WorkspaceFile::fromJson("[1, 2]");
        QCOMPARE(int(arr.problems.first().kind), int(LoadProblem::Kind::NotAWorkspace));
        const LoadResult marker = loadWith([](QJsonObject &root) { root.insert(QStringLiteral("format"), QStringLiteral("something-else")); });
        QCOMPARE(int(marker.problems.first().kind), int(LoadProblem::Kind::NotAWorkspace));
        QVERIFY(marker.problems.first().text().contains(QStringLiteral("something-else")));
        const LoadResult newer = loadWith([](QJsonObject &root) { root.insert(QStringLiteral("version"), 99); });
        QCOMPARE(int(newer.problems.first().kind), int(LoadProblem::Kind::NewerVersion));
        QVERIFY(newer.problems.first().text().contains(QStringLiteral("99")));
    }

    void migratesVersion1()
    {
        QJsonObject root = baseJson();
        root.insert(QStringLiteral("version"), 1);
        QJsonObject img = findImage(root, QStringLiteral("img-shared01"));
        img.remove(QStringLiteral("Shares"));
        img.insert(QStringLiteral("SharedAccountIds"), QJsonArray{kFriend, kTrusted});
        putImage(root, img);
        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.migratedFrom, 1);
        const Image *m = r.workspace->image(QStringLiteral("img-shared01"));
        QCOMPARE(m->shares.size(), 2);
        QCOMPARE(m->shares.at(1).accountId, kTrusted);
        QCOMPARE(m->shares.at(1).createdTime, m->createdTime);
        QCOMPARE(WorkspaceFile::toObject(*r.workspace).value(QStringLiteral("version")).toInt(), WorkspaceFile::kVersion);
    }

    void saveIsAtomicWithABackup()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("ws.json"));
        Fixture f;
        QString error;
        QVERIFY2(WorkspaceFile::save(f.ws(), name, &error), qPrintable(error));
        QVERIFY(!QFile::exists(WorkspaceFile::backupFileName(name)));
        const QByteArray first = readFile(name);
        f.ops().modifyImageAttribute(f.as(kOwner), {QStringLiteral("img-owner001"), QStringLiteral("renamed"), std::nullopt});
        QVERIFY(WorkspaceFile::save(f.ws(), name, &error));
        QCOMPARE(readFile(WorkspaceFile::backupFileName(name)), first);
        const LoadResult back = WorkspaceFile::load(name);
        QVERIFY(back.ok());
        QCOMPARE(back.workspace->image(QStringLiteral("img-owner001"))->imageName, QStringLiteral("renamed"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary file left
    }

    void saveToAnUnwritablePlaceFails()
    {
        Fixture f;
        QString error;
        QVERIFY(!WorkspaceFile::save(f.ws(), QStringLiteral("/nonexistent-dir/ws.json"), &error));
        QVERIFY(!error.isEmpty());
    }

    void aFileThatFailsToLoadIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("broken.json"));
        const QByteArray broken = json(baseJson()).left(500);
        QVERIFY(writeFile(name, broken));
        const LoadResult r = WorkspaceFile::load(name);
        QVERIFY(!r.ok());
        QCOMPARE(readFile(name), broken);
        QVERIFY(!QFile::exists(WorkspaceFile::backupFileName(name)));
        const LoadResult missing = WorkspaceFile::load(dir.filePath(QStringLiteral("absent.json")));
        QCOMPARE(int(missing.problems.first().kind), int(LoadProblem::Kind::Unreadable));
    }

    void duplicateIdsKeepTheFirstAndAreReported()
    {
        QJsonObject root = baseJson();
        QJsonArray images = root.value(QStringLiteral("images")).toArray();
        QJsonObject dup = findImage(root, QStringLiteral("img-owner001"));
        dup.insert(QStringLiteral("ImageName"), QStringLiteral("the second one"));
        images.append(dup);
        root.insert(QStringLiteral("images"), images);
        const LoadResult r = WorkspaceFile::fromObject(root);
        QVERIFY(r.ok());
        QCOMPARE(r.workspace->image(QStringLiteral("img-owner001"))->imageName, QStringLiteral("name-img-owner001"));
        QCOMPARE(r.workspace->loadFindings().size(), 1);
        QCOMPARE(r.workspace->loadFindings().first().code, QStringLiteral("DuplicateId"));
    }

    void describeImagesTencentExample()
    {
        QList<LoadProblem> problems;
        const QList<Image> images = WorkspaceFile::parseDescribeImages(kTencentExample, kFriend, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(images.size(), 1);
        const Image &img = images.first();
        QCOMPARE(img.imageId, QStringLiteral("img-qlzp4oea"));
        QCOMPARE(img.ownerAccountId, kFriend); // PRIVATE_IMAGE: the asking account's own
        QCOMPARE(img.createdTime, QDateTime(QDate(2020, 9, 22), QTime(0, 0), Qt::UTC));
        QCOMPARE(img.snapshots.first().snapshotId, QStringLiteral("snap-gqa37j2p"));
        QCOMPARE(img.tags.first().key, QStringLiteral("xx"));
        QVERIFY(!img.syncPercent);
    }

    void describeImagesShapes()
    {
        const QByteArray set = R"({"ImageSet":[{"ImageId":"img-9qabwvbn","ImageName":"CentOS 7.6","ImageType":"PUBLIC_IMAGE","ImageState":"NORMAL","ImageCreator":null,"IsSupportCloudinit":true,"CreatedTime":"2020-01-01T00:00:00Z"}]})";
        QList<LoadProblem> problems;
        QList<Image> images = WorkspaceFile::parseDescribeImages(set, kFriend, &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(images.first().kind == ImageKind::Public);
        QVERIFY(images.first().ownerAccountId.isEmpty());
        const QByteArray bare = R"([{"ImageId":"img-abcdefgh","ImageName":"s","ImageType":"SHARED_IMAGE","ImageState":"NORMAL","ImageCreator":"3205597606","IsSupportCloudinit":false}])";
        images = WorkspaceFile::parseDescribeImages(bare, kFriend, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(images.first().ownerAccountId, QStringLiteral("3205597606"));
    }

    void describeImagesProblemsHavePaths()
    {
        QList<LoadProblem> problems;
        const QByteArray bad = R"({"Response":{"ImageSet":[{"ImageId":"img-1","ImageName":"x","ImageType":"PRIVATE_IMAGE","ImageState":"NORMAL","IsSupportCloudinit":true}]}})";
        const QList<Image> images = WorkspaceFile::parseDescribeImages(bad, kFriend, &problems);
        QVERIFY(images.isEmpty());
        QCOMPARE(problems.first().path, QStringLiteral("Response.ImageSet[0].ImageId"));
        problems.clear();
        WorkspaceFile::parseDescribeImages(QByteArray(kTencentExample).left(100), kFriend, &problems);
        QCOMPARE(int(problems.first().kind), int(LoadProblem::Kind::Syntax));
        problems.clear();
        WorkspaceFile::parseDescribeImages(R"({"Response":{"TotalCount":0}})", kFriend, &problems);
        QCOMPARE(int(problems.first().kind), int(LoadProblem::Kind::Missing));
    }

    void theDocumentedExampleIsAValidWorkspace()
    {
        const QString doc = QFileInfo(QStringLiteral(SAMPLE_WORKSPACE)).dir().filePath(QStringLiteral("../docs/workspace-format.md"));
        const QString text = QString::fromUtf8(readFile(doc));
        const qsizetype start = text.indexOf(QStringLiteral("```json\n{\n    \"format\""));
        QVERIFY(start >= 0);
        const qsizetype from = start + 8;
        const QString example = text.mid(from, text.indexOf(QStringLiteral("\n```"), from) - from);
        const LoadResult r = WorkspaceFile::fromJson(example.toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.workspace->imageCount(), 3);
    }

    void emptyLikeKeepsRegionsAndPolicy()
    {
        Fixture f(baseJson());
        const LoadResult r = WorkspaceFile::emptyLike(f.ws(), kOwner);
        QVERIFY(r.ok());
        QCOMPARE(r.workspace->accounts().size(), 1);
        QCOMPARE(r.workspace->regions().size(), f.ws().regions().size());
        QCOMPARE(r.workspace->imageCount(), 0);
        QVERIFY(r.workspace->journal().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"

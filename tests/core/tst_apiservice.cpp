// The API 3.0 endpoint in process: signatures, the common errors, every action, and the same
// rules and error codes as the console.
#include "ApiCodes.h"
#include "ApiService.h"
#include "Cloud.h"
#include "Fixture.h"
#include "Language.h"
#include "Tc3Signature.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace cvm;
using namespace fixture;

namespace {

const QByteArray kOwnerId = "AKIDowner";
const QByteArray kOwnerKey = "owner-secret";
const QByteArray kFriendId = "AKIDfriend";
const QByteArray kFriendKey = "friend-secret";

api::ApiCredentials credentials()
{
    api::ApiCredentials c;
    c.add({kOwnerId, kOwnerKey, kOwner});
    c.add({kFriendId, kFriendKey, kFriend});
    return c;
}

class Client
{
public:
    Client(Fixture &f) : m_f(f), m_api(f.ops(), credentials()) {}

    QJsonObject call(const QString &action, const QJsonObject &params,
                     const QByteArray &id = kOwnerId, const QByteArray &key = kOwnerKey,
                     const QByteArray &region = "ap-guangzhou", qint64 skew = 0,
                     const QByteArray &language = {}, const QByteArray &version = "2017-03-12")
    {
        return send(request(action, params, id, key, region, skew, language, version));
    }
    // A request as the Node SDK signs it: content-type and host only, unless `signedNames`
    // says otherwise.
    api::ApiRequest request(const QString &action, const QJsonObject &params,
                            const QByteArray &id = kOwnerId, const QByteArray &key = kOwnerKey,
                            const QByteArray &region = "ap-guangzhou", qint64 skew = 0,
                            const QByteArray &language = {},
                            const QByteArray &version = "2017-03-12",
                            const QList<QByteArray> &signedNames = {"content-type", "host"})
    {
        api::ApiRequest r;
        r.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
        r.headers = {
            {"content-type", "application/json"},
            {"host", "127.0.0.1:9000"},
            {"x-tc-action", action.toLatin1()},
            {"x-tc-version", version},
            {"x-tc-timestamp", QByteArray::number(m_f.clock().now().toSecsSinceEpoch() + skew)}};
        if (!region.isEmpty())
            r.headers.insert("x-tc-region", region);
        if (!language.isEmpty())
            r.headers.insert("x-tc-language", language);
        Tc3Signature::Request s;
        for (const QByteArray &name : signedNames) {
            // host signed without the port
            s.headers.append(
                {name, name == "host" ? QByteArray("127.0.0.1") : r.headers.value(name)});
        }
        s.payload = r.body;
        s.timestamp = m_f.clock().now().toSecsSinceEpoch() + skew;
        s.service = "cvm";
        r.headers.insert("authorization", Tc3Signature::authorization(id, key, s));
        return r;
    }
    QJsonObject send(const api::ApiRequest &r)
    {
        const api::ApiReply reply = m_api.handle(r);
        lastChanged = reply.changed;
        if (reply.httpStatus != 200)
            return {};
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QStringLiteral("Response"))
            .toObject();
    }
    static QString error(const QJsonObject &response)
    {
        return response.value(QStringLiteral("Error"))
            .toObject()
            .value(QStringLiteral("Code"))
            .toString();
    }
    static QString message(const QJsonObject &response)
    {
        return response.value(QStringLiteral("Error"))
            .toObject()
            .value(QStringLiteral("Message"))
            .toString();
    }
    bool lastChanged = false;
    api::ApiService &service() { return m_api; }

private:
    Fixture &m_f;
    api::ApiService m_api;
};

// docs/api.md as it is, or empty when it cannot be read.
QString apiDoc()
{
    QFile file(QFileInfo(QStringLiteral(SAMPLE_WORKSPACE))
                   .dir()
                   .filePath(QStringLiteral("../docs/api.md")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The actions docs/api.md's "Actions" section documents, each with the text that documents it:
// a row of its table whose first cell names the action, or a paragraph that opens with
// "`Action` — ".
QHash<QString, QString> documentedActions()
{
    QFile file(QFileInfo(QStringLiteral(SAMPLE_WORKSPACE))
                   .dir()
                   .filePath(QStringLiteral("../docs/api.md")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("\n## Actions\n"));
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 1);
    const QString section = text.mid(start, end < 0 ? -1 : end - start);
    static const QRegularExpression name(QStringLiteral("`([A-Za-z]+)`"));
    static const QRegularExpression opening(QStringLiteral("^`([A-Za-z]+)` \u2014 "));
    QHash<QString, QString> out;
    for (const QString &paragraph : section.split(QStringLiteral("\n\n"))) {
        if (paragraph.startsWith(QLatin1Char('|'))) {
            for (const QString &row : paragraph.split(QLatin1Char('\n'))) {
                const QStringList cells = row.split(QLatin1Char('|'));
                if (cells.size() < 3)
                    continue;
                for (auto m = name.globalMatch(cells.at(1)); m.hasNext();)
                    out.insert(m.next().captured(1), row);
            }
        } else if (const auto m = opening.match(paragraph); m.hasMatch()) {
            out.insert(m.captured(1), paragraph);
        }
    }
    return out;
}

} // namespace

class TestApiService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void authentication()
    {
        Fixture f;
        Client c(f);
        QVERIFY(Client::error(c.call(QStringLiteral("DescribeRegions"), {})).isEmpty());
        QCOMPARE(
            Client::error(c.call(QStringLiteral("DescribeRegions"), {}, kOwnerId, "wrong-key")),
            QStringLiteral("AuthFailure.SignatureFailure"));
        QCOMPARE(
            Client::error(c.call(QStringLiteral("DescribeRegions"), {}, "AKIDnobody", kOwnerKey)),
            QStringLiteral("AuthFailure.SecretIdNotFound"));
        QCOMPARE(Client::error(c.call(QStringLiteral("DescribeRegions"), {}, kOwnerId, kOwnerKey,
                                      "ap-guangzhou", 301)),
                 QStringLiteral("AuthFailure.SignatureExpire"));
        QVERIFY(Client::error(c.call(QStringLiteral("DescribeRegions"), {}, kOwnerId, kOwnerKey,
                                     "ap-guangzhou", 299))
                    .isEmpty());
        api::ApiRequest bad;
        bad.headers = {{"authorization", "Basic abc"}, {"x-tc-action", "DescribeRegions"}};
        QCOMPARE(Client::error(c.send(bad)), QStringLiteral("AuthFailure.InvalidAuthorization"));
        // A body changed after signing.
        api::ApiRequest tampered;
        tampered.body = "{}";
        QCOMPARE(Client::error(c.send(tampered)),
                 QStringLiteral("AuthFailure.InvalidAuthorization"));
    }

    void commonErrors()
    {
        Fixture f;
        Client c(f);
        QCOMPARE(Client::error(c.call(QStringLiteral("LaunchRockets"), {})),
                 QStringLiteral("InvalidAction"));
        QCOMPARE(Client::error(c.call(QStringLiteral("DescribeRegions"), {}, kOwnerId, kOwnerKey,
                                      "ap-guangzhou", 0, {}, "2099-01-01")),
                 QStringLiteral("NoSuchVersion"));
        QCOMPARE(Client::error(c.call(QStringLiteral("DescribeImages"), {}, kOwnerId, kOwnerKey,
                                      "xx-nowhere")),
                 QStringLiteral("InvalidRegion.NotFound"));
        QCOMPARE(Client::error(c.call(QStringLiteral("DescribeImages"),
                                      {{QStringLiteral("Limit"), QStringLiteral("ten")}})),
                 QStringLiteral("InvalidParameter"));
        QVERIFY(Client::message(c.call(QStringLiteral("DescribeImages"),
                                       {{QStringLiteral("Limit"), QStringLiteral("ten")}}))
                    .contains(QStringLiteral("Limit")));
        QCOMPARE(Client::error(
                     c.call(QStringLiteral("DescribeImages"), {{QStringLiteral("Limit"), 101}})),
                 QStringLiteral("InvalidParameterValue.LimitExceeded"));
        QCOMPARE(
            Client::error(c.call(QStringLiteral("ModifyImageSharePermission"),
                                 {{QStringLiteral("ImageId"), QStringLiteral("img-owner001")}})),
            QStringLiteral("MissingParameter"));
        api::ApiRequest huge;
        huge.body = QByteArray(api::ApiService::kMaxBody + 1, ' ');
        QCOMPARE(Client::error(c.send(huge)), QStringLiteral("RequestSizeLimitExceeded"));
    }

    void describeImagesPagesAndFilters()
    {
        Fixture f;
        Client c(f);
        const QJsonObject all =
            c.call(QStringLiteral("DescribeImages"), {{QStringLiteral("Limit"), 100}});
        const int total = all.value(QStringLiteral("TotalCount")).toInt();
        QCOMPARE(total, 9); // what kOwner sees in ap-guangzhou: public, market, own, shared with it
        const QJsonObject page =
            c.call(QStringLiteral("DescribeImages"),
                   {{QStringLiteral("Offset"), 8}, {QStringLiteral("Limit"), 5}});
        QCOMPARE(page.value(QStringLiteral("ImageSet")).toArray().size(),
                 1); // 9 images, from the 9th
        QCOMPARE(page.value(QStringLiteral("TotalCount")).toInt(), total);
        const QJsonObject shared =
            c.call(QStringLiteral("DescribeImages"),
                   {{QStringLiteral("Filters"),
                     QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("image-type")},
                                            {QStringLiteral("Values"),
                                             QJsonArray{QStringLiteral("SHARED_IMAGE")}}}}}});
        QCOMPARE(shared.value(QStringLiteral("TotalCount")).toInt(), 1);
        QCOMPARE(shared.value(QStringLiteral("ImageSet"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("ImageId"))
                     .toString(),
                 QStringLiteral("img-strange1"));
        const QJsonObject byName =
            c.call(QStringLiteral("DescribeImages"),
                   {{QStringLiteral("Filters"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("Name"), QStringLiteral("image-name")},
                         {QStringLiteral("Values"), QJsonArray{QStringLiteral("OWNER0")}}}}}});
        QCOMPARE(byName.value(QStringLiteral("TotalCount")).toInt(), 1); // fuzzy, case-insensitive
        QCOMPARE(Client::error(c.call(
                     QStringLiteral("DescribeImages"),
                     {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}},
                      {QStringLiteral("Filters"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("Name"), QStringLiteral("platform")},
                           {QStringLiteral("Values"), QJsonArray{QStringLiteral("CentOS")}}}}}})),
                 QStringLiteral("InvalidParameter.InvalidParameterCoexistImageIdsFilters"));
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QJsonObject{{QStringLiteral("Name"), QStringLiteral("platform")},
                                      {QStringLiteral("Values"), QJsonArray{QStringLiteral("x")}}});
        QCOMPARE(Client::error(c.call(QStringLiteral("DescribeImages"),
                                      {{QStringLiteral("Filters"), eleven}})),
                 QStringLiteral("InvalidFilterValue.LimitExceeded"));
        // V1: another account's private image is not there, not even by ID.
        Client other(f);
        const QJsonObject none =
            other.call(QStringLiteral("DescribeImages"),
                       {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}}},
                       kFriendId, kFriendKey);
        QCOMPARE(none.value(QStringLiteral("TotalCount")).toInt(), 0);
        QCOMPARE(
            Client::error(other.call(QStringLiteral("DescribeImageSharePermission"),
                                     {{QStringLiteral("ImageId"), QStringLiteral("img-owner001")}},
                                     kFriendId, kFriendKey)),
            QStringLiteral("InvalidImageId.NotFound"));
        // The recipient sees the shared image as SHARED_IMAGE.
        const QJsonObject mine =
            other.call(QStringLiteral("DescribeImages"),
                       {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-shared01")}}},
                       kFriendId, kFriendKey);
        QCOMPARE(mine.value(QStringLiteral("ImageSet"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("ImageType"))
                     .toString(),
                 QStringLiteral("SHARED_IMAGE"));
    }

    void shareUpToTheLimitThenOverQuota()
    {
        Fixture f;
        Client c(f);
        auto share = [&](const QString &image, const QStringList &accounts,
                         const QString &permission = QStringLiteral("SHARE")) {
            return c.call(QStringLiteral("ModifyImageSharePermission"),
                          {{QStringLiteral("ImageId"), image},
                           {QStringLiteral("AccountIds"), QJsonArray::fromStringList(accounts)},
                           {QStringLiteral("Permission"), permission}});
        };
        QStringList fifty;
        for (int n = 0; n < 50; ++n)
            fifty.append(extra(n));
        QVERIFY(Client::error(share(QStringLiteral("img-owner001"), fifty)).isEmpty());
        QVERIFY(c.lastChanged);
        QCOMPARE(f.ws().image(QStringLiteral("img-owner001"))->shares.size(), 50);
        const QJsonObject over = share(QStringLiteral("img-owner001"), {extra(55)});
        QCOMPARE(Client::error(over), QStringLiteral("OverQuota"));
        QVERIFY(Client::message(over).contains(QStringLiteral("50")));
        QVERIFY(!c.lastChanged);
        QCOMPARE(f.ws().journal().last().channel, QStringLiteral("API"));
        const QJsonObject perms =
            c.call(QStringLiteral("DescribeImageSharePermission"),
                   {{QStringLiteral("ImageId"), QStringLiteral("img-owner001")}});
        QCOMPARE(perms.value(QStringLiteral("SharePermissionSet")).toArray().size(), 50);
        // Deleting is blocked while shared; cancel, then delete.
        QCOMPARE(Client::error(c.call(
                     QStringLiteral("DeleteImages"),
                     {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}}})),
                 QStringLiteral("InvalidImageId.InShared"));
        QVERIFY(
            Client::error(share(QStringLiteral("img-owner001"), fifty, QStringLiteral("CANCEL")))
                .isEmpty());
        // A DryRun that would pass answers a plain success, the RequestId only, as CVM does.
        const QJsonObject dry =
            c.call(QStringLiteral("DeleteImages"),
                   {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}},
                    {QStringLiteral("DryRun"), true}});
        QCOMPARE(dry.keys(), QStringList{QStringLiteral("RequestId")});
        QVERIFY(!c.lastChanged);
        QVERIFY(f.ws().image(QStringLiteral("img-owner001")));
        QVERIFY(Client::error(c.call(QStringLiteral("DeleteImages"),
                                     {{QStringLiteral("ImageIds"),
                                       QJsonArray{QStringLiteral("img-owner001")}}}))
                    .isEmpty());
        QVERIFY(!f.ws().image(QStringLiteral("img-owner001")));
    }

    void syncCreateRunResetDescribe()
    {
        Fixture f;
        Client c(f);
        const QJsonObject sync = c.call(
            QStringLiteral("SyncImages"),
            {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}},
             {QStringLiteral("DestinationRegions"), QJsonArray{QStringLiteral("ap-beijing")}},
             {QStringLiteral("ImageSetRequired"), true}});
        QVERIFY(Client::error(sync).isEmpty());
        const QString copy = sync.value(QStringLiteral("ImageSet"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("ImageId"))
                                 .toString();
        QCOMPARE(toString(f.ws().image(copy)->state), QStringLiteral("SYNCING"));
        QCOMPARE(Client::error(c.call(
                     QStringLiteral("SyncImages"),
                     {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-public01")}},
                      {QStringLiteral("DestinationRegions"),
                       QJsonArray{QStringLiteral("ap-beijing")}}})),
                 QStringLiteral("InvalidParameterValue.InvalidImageId"));
        const QJsonObject created =
            c.call(QStringLiteral("CreateImage"),
                   {{QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                    {QStringLiteral("ImageName"), QStringLiteral("from-api")}});
        QVERIFY(
            created.value(QStringLiteral("ImageId")).toString().startsWith(QLatin1String("img-")));
        const QJsonObject run =
            c.call(QStringLiteral("RunInstances"),
                   {{QStringLiteral("ImageId"), QStringLiteral("img-public01")},
                    {QStringLiteral("Placement"),
                     QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-4")}}},
                    {QStringLiteral("InstanceCount"), 2}});
        QCOMPARE(run.value(QStringLiteral("InstanceIdSet")).toArray().size(), 2);
        QVERIFY(
            Client::error(c.call(QStringLiteral("ResetInstance"),
                                 {{QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                                  {QStringLiteral("ImageId"), QStringLiteral("img-public01")}}))
                .isEmpty());
        const QJsonObject instances =
            c.call(QStringLiteral("DescribeInstances"), {{QStringLiteral("Limit"), 100}});
        QCOMPARE(instances.value(QStringLiteral("TotalCount")).toInt(),
                 3); // ins-linux001 and the two new ones
        QCOMPARE(c.call(QStringLiteral("DescribeImageQuota"), {})
                     .value(QStringLiteral("ImageNumQuota"))
                     .toInt(),
                 500);
        QCOMPARE(c.call(QStringLiteral("DescribeRegions"), {})
                     .value(QStringLiteral("TotalCount"))
                     .toInt(),
                 6);
        QVERIFY(c.call(QStringLiteral("DescribeImportImageOs"), {})
                    .value(QStringLiteral("ImportImageOsVersionSet"))
                    .toArray()
                    .size() > 10);
        QVERIFY(Client::error(c.call(QStringLiteral("ModifyImageAttribute"),
                                     {{QStringLiteral("ImageId"), QStringLiteral("img-byol0001")},
                                      {QStringLiteral("ImageName"), QStringLiteral("renamed")}}))
                    .isEmpty());
        QCOMPARE(f.ws().image(QStringLiteral("img-byol0001"))->imageName,
                 QStringLiteral("renamed"));
        const QJsonObject import =
            c.call(QStringLiteral("ImportImage"),
                   {{QStringLiteral("Architecture"), QStringLiteral("x86_64")},
                    {QStringLiteral("OsType"), QStringLiteral("CentOS")},
                    {QStringLiteral("OsVersion"), QStringLiteral("7")},
                    {QStringLiteral("ImageUrl"),
                     QStringLiteral("https://b-1250000001.cos.ap-guangzhou.myqcloud.com/c.qcow2")},
                    {QStringLiteral("ImageName"), QStringLiteral("imported")}});
        QVERIFY2(Client::error(import).isEmpty(), qPrintable(Client::message(import)));
    }

    // X-TC-Region is enforced by every action: an image or instance of another region is not
    // found there, as in the cloud; nothing changes.
    void everyActionActsInTheRegionItNames_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("code");
        const QString img = QStringLiteral("img-owner001"); // in ap-guangzhou
        const QString ins = QStringLiteral("ins-linux001"); // in ap-guangzhou
        const QString imageGone = QStringLiteral("InvalidImageId.NotFound");
        const QString instanceGone = QStringLiteral("InvalidInstanceId.NotFound");
        QTest::newRow("DescribeImageSharePermission")
            << QStringLiteral("DescribeImageSharePermission")
            << QJsonObject{{QStringLiteral("ImageId"), img}} << imageGone;
        QTest::newRow("ModifyImageSharePermission")
            << QStringLiteral("ModifyImageSharePermission")
            << QJsonObject{{QStringLiteral("ImageId"), img},
                           {QStringLiteral("AccountIds"), QJsonArray{kFriend}},
                           {QStringLiteral("Permission"), QStringLiteral("SHARE")}}
            << imageGone;
        QTest::newRow("ModifyImageAttribute")
            << QStringLiteral("ModifyImageAttribute")
            << QJsonObject{{QStringLiteral("ImageId"), img},
                           {QStringLiteral("ImageName"), QStringLiteral("elsewhere")}}
            << imageGone;
        QTest::newRow("SyncImages") << QStringLiteral("SyncImages")
                                    << QJsonObject{{QStringLiteral("ImageIds"), QJsonArray{img}},
                                                   {QStringLiteral("DestinationRegions"),
                                                    QJsonArray{QStringLiteral("ap-beijing")}}}
                                    << imageGone;
        QTest::newRow("DeleteImages")
            << QStringLiteral("DeleteImages")
            << QJsonObject{{QStringLiteral("ImageIds"), QJsonArray{img}}} << imageGone;
        QTest::newRow("CreateImage")
            << QStringLiteral("CreateImage")
            << QJsonObject{{QStringLiteral("InstanceId"), ins},
                           {QStringLiteral("ImageName"), QStringLiteral("elsewhere")}}
            << instanceGone;
        QTest::newRow("ResetInstance")
            << QStringLiteral("ResetInstance") << QJsonObject{{QStringLiteral("InstanceId"), ins}}
            << instanceGone;
        QTest::newRow("DescribeImages by ID")
            << QStringLiteral("DescribeImages")
            << QJsonObject{{QStringLiteral("ImageIds"), QJsonArray{img}}} << QString();
    }
    void everyActionActsInTheRegionItNames()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, params);
        QFETCH(QString, code);
        Fixture f;
        Client c(f);
        const int journal = int(f.ws().journal().size());
        const QJsonObject away = c.call(action, params, kOwnerId, kOwnerKey, "ap-shanghai");
        QCOMPARE(Client::error(away), code);
        QVERIFY(!c.lastChanged);
        if (code.isEmpty()) // a read finds nothing there
            QCOMPARE(away.value(QStringLiteral("TotalCount")).toInt(), 0);
        else
            QVERIFY2(Client::message(away).contains(QStringLiteral("ap-guangzhou")),
                     qPrintable(Client::message(away)));
        QVERIFY(f.ws().journal().size() <= journal + 1);
        // In its own region the same request goes through (signed again: a signature serves
        // one region).
        Client again(f);
        const QJsonObject home = again.call(action, params, kOwnerId, kOwnerKey, "ap-guangzhou");
        QVERIFY2(Client::error(home).isEmpty(), qPrintable(Client::message(home)));
    }

    // DryRun as CVM documents it: plain success when it would pass, for every action that has
    // one; the real refusal when it would not; nothing changes either way.
    void dryRunAnswersAsTheCloudDoes_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("inShanghai"); // the refusal the same request meets there
        QTest::newRow("SyncImages")
            << QStringLiteral("SyncImages")
            << QJsonObject{{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}},
                           {QStringLiteral("DestinationRegions"),
                            QJsonArray{QStringLiteral("ap-beijing")}},
                           {QStringLiteral("ImageSetRequired"), true}}
            << QStringLiteral("InvalidImageId.NotFound");
        QTest::newRow("CreateImage")
            << QStringLiteral("CreateImage")
            << QJsonObject{{QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                           {QStringLiteral("ImageName"), QStringLiteral("dry")}}
            << QStringLiteral("InvalidInstanceId.NotFound");
        QTest::newRow("ImportImage")
            << QStringLiteral("ImportImage")
            << QJsonObject{{QStringLiteral("Architecture"), QStringLiteral("x86_64")},
                           {QStringLiteral("OsType"), QStringLiteral("CentOS")},
                           {QStringLiteral("OsVersion"), QStringLiteral("7")},
                           {QStringLiteral("ImageUrl"),
                            QStringLiteral(
                                "https://b-1250000001.cos.ap-guangzhou.myqcloud.com/c.qcow2")},
                           {QStringLiteral("ImageName"), QStringLiteral("dry")}}
            << QStringLiteral("InvalidParameter.InvalidParameterUrlError");
        QTest::newRow("RunInstances")
            << QStringLiteral("RunInstances")
            << QJsonObject{{QStringLiteral("ImageId"), QStringLiteral("img-public01")},
                           {QStringLiteral("Placement"),
                            QJsonObject{
                                {QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-4")}}}}
            << QStringLiteral("InvalidZone.MismatchRegion");
    }
    void dryRunAnswersAsTheCloudDoes()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, params);
        QFETCH(QString, inShanghai);
        Fixture f;
        Client c(f);
        const int images = f.ws().imageCount();
        const int instances = int(f.ws().instances().size());
        QJsonObject dry = params;
        dry.insert(QStringLiteral("DryRun"), true);
        const QJsonObject passed = c.call(action, dry);
        QCOMPARE(passed.keys(), QStringList{QStringLiteral("RequestId")});
        QVERIFY(!c.lastChanged);
        QCOMPARE(f.ws().imageCount(), images);
        QCOMPARE(int(f.ws().instances().size()), instances);
        // Would fail: the real refusal.
        Client again(f); // signed again: a signature serves one region
        const QJsonObject failed = again.call(action, dry, kOwnerId, kOwnerKey, "ap-shanghai");
        QCOMPARE(Client::error(failed), inShanghai);
        QVERIFY(!again.lastChanged);
        QCOMPARE(f.ws().imageCount(), images);
    }

    // Every documented parameter is read or refused with its documented code; any other one
    // is unknown.
    void parametersAreReadOrRefused()
    {
        Fixture f;
        Client c(f);
        const QJsonObject unknown =
            c.call(QStringLiteral("DescribeImages"), {{QStringLiteral("Limt"), 5}});
        QCOMPARE(Client::error(unknown), QStringLiteral("UnknownParameter"));
        QCOMPARE(Client::message(unknown),
                 QStringLiteral("The parameter `Limt` is not recognized."));
        QCOMPARE(Client::error(
                     c.call(QStringLiteral("DescribeRegions"), {{QStringLiteral("Offset"), 0}})),
                 QStringLiteral("UnknownParameter"));
        // Documented, but about what a workspace does not hold: refused, not ignored.
        const QJsonObject login =
            c.call(QStringLiteral("RunInstances"),
                   {{QStringLiteral("ImageId"), QStringLiteral("img-public01")},
                    {QStringLiteral("Placement"),
                     QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}}},
                    {QStringLiteral("LoginSettings"),
                     QJsonObject{{QStringLiteral("Password"), QStringLiteral("x")}}}});
        QCOMPARE(Client::error(login), QStringLiteral("UnsupportedOperation"));
        QVERIFY(Client::message(login).contains(QStringLiteral("LoginSettings")));
        QVERIFY(!c.lastChanged);
        // Placement is required (there is no launch template).
        QCOMPARE(
            Client::error(c.call(QStringLiteral("RunInstances"),
                                 {{QStringLiteral("ImageId"), QStringLiteral("img-public01")}})),
            QStringLiteral("MissingParameter"));
        // Limit above 100, as DescribeImages documents it.
        QCOMPARE(Client::error(
                     c.call(QStringLiteral("DescribeImages"), {{QStringLiteral("Limit"), 101}})),
                 QStringLiteral("InvalidParameterValue.LimitExceeded"));
        QCOMPARE(Client::error(
                     c.call(QStringLiteral("DescribeInstances"), {{QStringLiteral("Limit"), 101}})),
                 QStringLiteral("InvalidParameterValue.LimitExceeded"));
        // A public image has no share list: it is not the caller's (DescribeImageSharePermission
        // lists no other code for it).
        QCOMPARE(
            Client::error(c.call(QStringLiteral("DescribeImageSharePermission"),
                                 {{QStringLiteral("ImageId"), QStringLiteral("img-public01")}})),
            QStringLiteral("UnauthorizedOperation.ImageNotBelongToAccount"));
    }

    void instanceTypesAndArchitectures()
    {
        Fixture f;
        Client c(f);
        auto describe = [&](const QString &type) {
            return c.call(QStringLiteral("DescribeImages"),
                          {{QStringLiteral("InstanceType"), type}, {QStringLiteral("Limit"), 100}});
        };
        QCOMPARE(
            describe(QStringLiteral("SA5.MEDIUM4")).value(QStringLiteral("TotalCount")).toInt(),
            9); // every image of the fixture is x86_64
        QCOMPARE(
            describe(QStringLiteral("SR1.MEDIUM4")).value(QStringLiteral("TotalCount")).toInt(),
            0); // an arm type runs none of them
        QCOMPARE(Client::error(describe(QStringLiteral("sa5-medium"))),
                 QStringLiteral("InvalidInstanceType.Malformed"));
        QCOMPARE(Client::error(describe(QStringLiteral("ZZ9.MEDIUM4"))),
                 QStringLiteral("InvalidParameterValue.InstanceTypeNotFound"));
        const QJsonObject placement{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}};
        QCOMPARE(
            Client::error(c.call(QStringLiteral("RunInstances"),
                                 {{QStringLiteral("ImageId"), QStringLiteral("img-public01")},
                                  {QStringLiteral("Placement"), placement},
                                  {QStringLiteral("InstanceType"), QStringLiteral("SR1.LARGE8")}})),
            QStringLiteral("InvalidParameterValue.InvalidImageForGivenInstanceType"));
        const QJsonObject run =
            c.call(QStringLiteral("RunInstances"),
                   {{QStringLiteral("ImageId"), QStringLiteral("img-public01")},
                    {QStringLiteral("Placement"), placement},
                    {QStringLiteral("InstanceType"), QStringLiteral("SA5.2XLARGE32")},
                    {QStringLiteral("InstanceChargeType"), QStringLiteral("POSTPAID_BY_HOUR")},
                    {QStringLiteral("SystemDisk"),
                     QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_BSSD")},
                                 {QStringLiteral("DiskSize"), 80}}}});
        QVERIFY2(Client::error(run).isEmpty(), qPrintable(Client::message(run)));
        const QString id = run.value(QStringLiteral("InstanceIdSet")).toArray().first().toString();
        const Instance *made = f.ws().instance(id);
        QCOMPARE(made->instanceType, QStringLiteral("SA5.2XLARGE32"));
        QCOMPARE(made->cpu, 8);
        QCOMPARE(made->memory, 32);
        // DescribeInstances: filters, and the Instance fields scripts read.
        const QJsonObject found = c.call(
            QStringLiteral("DescribeInstances"),
            {{QStringLiteral("Filters"),
              QJsonArray{
                  QJsonObject{
                      {QStringLiteral("Name"), QStringLiteral("zone")},
                      {QStringLiteral("Values"), QJsonArray{QStringLiteral("ap-guangzhou-3")}}},
                  QJsonObject{{QStringLiteral("Name"), QStringLiteral("instance-state")},
                              {QStringLiteral("Values"), QJsonArray{QStringLiteral("RUNNING")}}},
                  QJsonObject{
                      {QStringLiteral("Name"), QStringLiteral("image-id")},
                      {QStringLiteral("Values"), QJsonArray{QStringLiteral("img-public01")}}}}}});
        QCOMPARE(found.value(QStringLiteral("TotalCount")).toInt(), 1);
        const QJsonObject instance =
            found.value(QStringLiteral("InstanceSet")).toArray().first().toObject();
        QCOMPARE(instance.value(QStringLiteral("InstanceId")).toString(), id);
        QCOMPARE(instance.value(QStringLiteral("CPU")).toInt(), 8);
        QCOMPARE(instance.value(QStringLiteral("Memory")).toInt(), 32);
        QCOMPARE(instance.value(QStringLiteral("InstanceChargeType")).toString(),
                 QStringLiteral("POSTPAID_BY_HOUR"));
        QCOMPARE(instance.value(QStringLiteral("SystemDisk"))
                     .toObject()
                     .value(QStringLiteral("DiskSize"))
                     .toInt(),
                 80);
        QCOMPARE(instance.value(QStringLiteral("PrivateIpAddresses")).toArray().size(), 1);
        QVERIFY(!instance.value(QStringLiteral("Uuid")).toString().isEmpty());
        QCOMPARE(Client::error(c.call(
                     QStringLiteral("DescribeInstances"),
                     {{QStringLiteral("InstanceIds"), QJsonArray{QStringLiteral("i-123")}}})),
                 QStringLiteral("InvalidInstanceId.Malformed"));
        QCOMPARE(Client::error(c.call(
                     QStringLiteral("DescribeInstances"),
                     {{QStringLiteral("Filters"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("Name"), QStringLiteral("colour")},
                           {QStringLiteral("Values"), QJsonArray{QStringLiteral("red")}}}}}})),
                 QStringLiteral("InvalidFilter"));
    }

    void tagsFamiliesSnapshotsAndImports()
    {
        Fixture f;
        Client c(f);
        const QJsonArray tags{QJsonObject{
            {QStringLiteral("ResourceType"), QStringLiteral("image")},
            {QStringLiteral("Tags"),
             QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                    {QStringLiteral("Value"), QStringLiteral("web")}}}}}};
        const QJsonObject created =
            c.call(QStringLiteral("CreateImage"),
                   {{QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                    {QStringLiteral("ImageName"), QStringLiteral("tagged")},
                    {QStringLiteral("TagSpecification"), tags},
                    {QStringLiteral("ImageFamily"), QStringLiteral("web-daily")}});
        QVERIFY2(Client::error(created).isEmpty(), qPrintable(Client::message(created)));
        const QString image = created.value(QStringLiteral("ImageId")).toString();
        QCOMPARE(f.ws().image(image)->tags,
                 (QList<Tag>{{QStringLiteral("team"), QStringLiteral("web")}}));
        auto filter = [&](const QString &name, const QString &value) {
            return c.call(
                QStringLiteral("DescribeImages"),
                {{QStringLiteral("Filters"),
                  QJsonArray{QJsonObject{{QStringLiteral("Name"), name},
                                         {QStringLiteral("Values"), QJsonArray{value}}}}}});
        };
        QCOMPARE(filter(QStringLiteral("tag-key"), QStringLiteral("team"))
                     .value(QStringLiteral("TotalCount"))
                     .toInt(),
                 1);
        QCOMPARE(filter(QStringLiteral("tag-value"), QStringLiteral("web"))
                     .value(QStringLiteral("TotalCount"))
                     .toInt(),
                 1);
        QCOMPARE(filter(QStringLiteral("tag:team"), QStringLiteral("web"))
                     .value(QStringLiteral("TotalCount"))
                     .toInt(),
                 1);
        QCOMPARE(filter(QStringLiteral("tag:team"), QStringLiteral("db"))
                     .value(QStringLiteral("TotalCount"))
                     .toInt(),
                 0);
        QCOMPARE(filter(QStringLiteral("platform"), QStringLiteral("cent"))
                     .value(QStringLiteral("TotalCount"))
                     .toInt(),
                 filter(QStringLiteral("platform"), QStringLiteral("CentOS"))
                     .value(QStringLiteral("TotalCount"))
                     .toInt());
        // Family: set while shared (it is neither name nor description), found, deprecated.
        QVERIFY(
            Client::error(c.call(QStringLiteral("ModifyImageAttribute"),
                                 {{QStringLiteral("ImageId"), QStringLiteral("img-shared01")},
                                  {QStringLiteral("ImageFamily"), QStringLiteral("web-daily")}}))
                .isEmpty());
        QCOMPARE(Client::error(c.call(QStringLiteral("ModifyImageAttribute"),
                                      {{QStringLiteral("ImageId"), QStringLiteral("img-shared01")},
                                       {QStringLiteral("ImageName"), QStringLiteral("renamed")}})),
                 QStringLiteral("InvalidImageId.InShared")); // the seeds' rule: see docs/api.md
        QCOMPARE(
            Client::error(c.call(QStringLiteral("ModifyImageAttribute"),
                                 {{QStringLiteral("ImageId"), QStringLiteral("img-owner001")},
                                  {QStringLiteral("ImageFamily"), QStringLiteral("9 lives")}})),
            QStringLiteral("InvalidParameterValue.InvalidImageFamily"));
        const QJsonObject shown =
            c.call(QStringLiteral("DescribeImages"),
                   {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-shared01")}}});
        QCOMPARE(shown.value(QStringLiteral("ImageSet"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("ImageFamily"))
                     .toString(),
                 QStringLiteral("web-daily"));
        f.clock().advance(f.ws().policy().createDurationSeconds);
        f.ops().advanceTasks(); // the created image is NORMAL now, and newer
        const QJsonObject fromFamily =
            c.call(QStringLiteral("DescribeImageFromFamily"),
                   {{QStringLiteral("ImageFamily"), QStringLiteral("web-daily")}});
        QCOMPARE(fromFamily.value(QStringLiteral("Image"))
                     .toObject()
                     .value(QStringLiteral("ImageId"))
                     .toString(),
                 image);
        QVERIFY(Client::error(c.call(QStringLiteral("ModifyImageAttribute"),
                                     {{QStringLiteral("ImageId"), image},
                                      {QStringLiteral("ImageDeprecated"), true}}))
                    .isEmpty());
        QVERIFY(f.ws().image(image)->imageDeprecated);
        QCOMPARE(c.call(QStringLiteral("DescribeImageFromFamily"),
                        {{QStringLiteral("ImageFamily"), QStringLiteral("web-daily")}})
                     .value(QStringLiteral("Image"))
                     .toObject()
                     .value(QStringLiteral("ImageId"))
                     .toString(),
                 QStringLiteral("img-shared01"));
        // CreateImage from snapshots: exactly one of InstanceId and SnapshotIds.
        const QJsonObject fromSnapshot =
            c.call(QStringLiteral("CreateImage"),
                   {{QStringLiteral("SnapshotIds"), QJsonArray{QStringLiteral("snap-owner001")}},
                    {QStringLiteral("ImageName"), QStringLiteral("from-snapshot")}});
        QVERIFY2(Client::error(fromSnapshot).isEmpty(), qPrintable(Client::message(fromSnapshot)));
        QCOMPARE(f.ws()
                     .image(fromSnapshot.value(QStringLiteral("ImageId")).toString())
                     ->snapshots.size(),
                 1);
        QCOMPARE(Client::error(c.call(
                     QStringLiteral("CreateImage"),
                     {{QStringLiteral("SnapshotIds"), QJsonArray{QStringLiteral("snap-owner001")}},
                      {QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                      {QStringLiteral("ImageName"), QStringLiteral("both")}})),
                 QStringLiteral("InvalidParameterConflict"));
        QCOMPARE(Client::error(c.call(QStringLiteral("CreateImage"),
                                      {{QStringLiteral("ImageName"), QStringLiteral("neither")}})),
                 QStringLiteral("InvalidParameter.SpecifyOneParameter"));
        QCOMPARE(Client::error(c.call(
                     QStringLiteral("CreateImage"),
                     {{QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                      {QStringLiteral("DataDiskIds"), QJsonArray{QStringLiteral("disk-zzzzzzzz")}},
                      {QStringLiteral("ImageName"), QStringLiteral("disks")}})),
                 QStringLiteral("InvalidParameter.DataDiskNotBelongSpecifiedInstance"));
        // ImportImage: an object-store URL, a licence and a boot mode CVM knows; tags applied.
        QJsonObject import{
            {QStringLiteral("Architecture"), QStringLiteral("x86_64")},
            {QStringLiteral("OsType"), QStringLiteral("CentOS")},
            {QStringLiteral("OsVersion"), QStringLiteral("7")},
            {QStringLiteral("ImageUrl"), QStringLiteral("https://example.com/c.qcow2")},
            {QStringLiteral("ImageName"), QStringLiteral("imported")}};
        QCOMPARE(Client::error(c.call(QStringLiteral("ImportImage"), import)),
                 QStringLiteral("InvalidParameter.InvalidParameterUrlError"));
        import.insert(QStringLiteral("ImageUrl"),
                      QStringLiteral("https://b-1250000001.cos.ap-guangzhou.myqcloud.com/c.qcow2"));
        import.insert(QStringLiteral("LicenseType"), QStringLiteral("GPL"));
        QCOMPARE(Client::error(c.call(QStringLiteral("ImportImage"), import)),
                 QStringLiteral("InvalidParameterValue.InvalidLicenseType"));
        import.insert(QStringLiteral("LicenseType"), QStringLiteral("BYOL"));
        import.insert(QStringLiteral("BootMode"), QStringLiteral("Coreboot"));
        QCOMPARE(Client::error(c.call(QStringLiteral("ImportImage"), import)),
                 QStringLiteral("InvalidParameterValue.InvalidBootMode"));
        import.insert(QStringLiteral("BootMode"), QStringLiteral("UEFI"));
        import.insert(QStringLiteral("TagSpecification"), tags);
        const QJsonObject imported = c.call(QStringLiteral("ImportImage"), import);
        QVERIFY2(Client::error(imported).isEmpty(), qPrintable(Client::message(imported)));
        const Image *importedImage =
            f.ws().image(imported.value(QStringLiteral("ImageId")).toString());
        QVERIFY(importedImage->licenseType == LicenseType::Byol);
        QCOMPARE(importedImage->tags.size(), 1);
    }

    void encryptedCopiesStayInTheSourceRegion()
    {
        Fixture f;
        Client c(f);
        const QString img = QStringLiteral("img-owner001");
        QCOMPARE(Client::error(c.call(QStringLiteral("SyncImages"),
                                      {{QStringLiteral("ImageIds"), QJsonArray{img}},
                                       {QStringLiteral("DestinationRegions"),
                                        QJsonArray{QStringLiteral("ap-beijing")}},
                                       {QStringLiteral("Encrypt"), true}})),
                 QStringLiteral("InvalidParameterValue.InvalidRegion"));
        QCOMPARE(Client::error(c.call(QStringLiteral("SyncImages"),
                                      {{QStringLiteral("ImageIds"), QJsonArray{img}},
                                       {QStringLiteral("DestinationRegions"),
                                        QJsonArray{QStringLiteral("ap-beijing")}},
                                       {QStringLiteral("KmsKeyId"),
                                        QStringLiteral("0a1b2c3d-0000-1111-2222-333344445555")}})),
                 QStringLiteral("InvalidParameter.InvalidKmsKeyId"));
        const QJsonObject copy = c.call(
            QStringLiteral("SyncImages"),
            {{QStringLiteral("ImageIds"), QJsonArray{img}},
             {QStringLiteral("DestinationRegions"), QJsonArray{QStringLiteral("ap-guangzhou")}},
             {QStringLiteral("Encrypt"), true},
             {QStringLiteral("KmsKeyId"), QStringLiteral("0a1b2c3d-0000-1111-2222-333344445555")},
             {QStringLiteral("ImageName"), QStringLiteral("owner001-encrypted")},
             {QStringLiteral("ImageSetRequired"), true}});
        QVERIFY2(Client::error(copy).isEmpty(), qPrintable(Client::message(copy)));
        const Image *made = f.ws().image(copy.value(QStringLiteral("ImageSet"))
                                             .toArray()
                                             .first()
                                             .toObject()
                                             .value(QStringLiteral("ImageId"))
                                             .toString());
        QVERIFY(made->encrypted);
        QCOMPARE(made->region, QStringLiteral("ap-guangzhou"));
    }

    void zonesAndTerminatingInstances()
    {
        Fixture f;
        Client c(f);
        const QJsonObject zones = c.call(QStringLiteral("DescribeZones"), {});
        QCOMPARE(zones.value(QStringLiteral("TotalCount")).toInt(), 3);
        const QJsonObject zone =
            zones.value(QStringLiteral("ZoneSet")).toArray().first().toObject();
        QCOMPARE(zone.value(QStringLiteral("Zone")).toString(), QStringLiteral("ap-guangzhou-3"));
        QCOMPARE(zone.value(QStringLiteral("ZoneName")).toString(),
                 QStringLiteral("Guangzhou Zone 3"));
        QCOMPARE(zone.value(QStringLiteral("ZoneState")).toString(), QStringLiteral("AVAILABLE"));
        // TerminateInstances: the instance's own region only; then it is gone.
        // ins-linux001 is busy: an image is being created from it (the fixture's task).
        const QJsonObject ids{
            {QStringLiteral("InstanceIds"), QJsonArray{QStringLiteral("ins-linux001")}}};
        QCOMPARE(Client::error(c.call(QStringLiteral("TerminateInstances"), ids)),
                 QStringLiteral("OperationDenied.InstanceOperationInProgress"));
        f.clock().advance(f.ws().policy().createDurationSeconds);
        f.ops().advanceTasks();
        Client shanghai(f);
        QCOMPARE(Client::error(shanghai.call(QStringLiteral("TerminateInstances"), ids, kOwnerId,
                                             kOwnerKey, "ap-shanghai")),
                 QStringLiteral("InvalidInstanceId.NotFound"));
        QCOMPARE(Client::error(c.call(QStringLiteral("TerminateInstances"),
                                      {{QStringLiteral("InstanceIds"),
                                        QJsonArray{QStringLiteral("ins-friend01")}}})),
                 QStringLiteral("InvalidInstanceId.NotFound"));
        Client later(f); // signed anew, after the wait
        QVERIFY(Client::error(later.call(QStringLiteral("TerminateInstances"), ids)).isEmpty());
        QVERIFY(later.lastChanged);
        QVERIFY(!f.ws().instance(QStringLiteral("ins-linux001")));
        QCOMPARE(f.ws().journal().last().action, QStringLiteral("TerminateInstances"));
        QCOMPARE(Client::error(later.call(QStringLiteral("TerminateInstances"),
                                          {{QStringLiteral("InstanceIds"),
                                            QJsonArray{QStringLiteral("ins-linux001"),
                                                       QStringLiteral("ins-zzzzzzzz")}}})),
                 QStringLiteral("InvalidInstanceId.NotFound"));
    }

    // ExportImages: a task that writes custom images to a COS bucket, like an import in
    // reverse; the image cannot be deleted meanwhile.
    void exportImagesToABucket()
    {
        Fixture f;
        Client c(f);
        const QJsonObject exported =
            c.call(QStringLiteral("ExportImages"),
                   {{QStringLiteral("BucketName"), QStringLiteral("images-1250000001")},
                    {QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}},
                    {QStringLiteral("ExportFormat"), QStringLiteral("QCOW2")}});
        QVERIFY2(Client::error(exported).isEmpty(), qPrintable(Client::message(exported)));
        const QString taskId = exported.value(QStringLiteral("TaskId")).toString();
        QVERIFY(f.ws().task(taskId)->kind == TaskKind::Export);
        QCOMPARE(exported.value(QStringLiteral("CosPaths")).toArray().first().toString(),
                 QStringLiteral("https://images-1250000001.cos.ap-guangzhou.myqcloud.com/"
                                "img-owner001_system.qcow2"));
        QCOMPARE(toString(f.ws().image(QStringLiteral("img-owner001"))->state),
                 QStringLiteral("NORMAL"));
        QCOMPARE(Client::error(c.call(
                     QStringLiteral("DeleteImages"),
                     {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}}})),
                 QStringLiteral("MutexOperation.TaskRunning"));
        auto refusal = [&](const QString &image, const QString &bucket) {
            return Client::error(c.call(QStringLiteral("ExportImages"),
                                        {{QStringLiteral("BucketName"), bucket},
                                         {QStringLiteral("ImageIds"), QJsonArray{image}}}));
        };
        QCOMPARE(refusal(QStringLiteral("img-public01"), QStringLiteral("images-1250000001")),
                 QStringLiteral("UnsupportedOperation.PublicImageExportUnsupported"));
        QCOMPARE(refusal(QStringLiteral("img-strange1"), QStringLiteral("images-1250000001")),
                 QStringLiteral("UnsupportedOperation.SharedImageExportUnsupported"));
        QCOMPARE(refusal(QStringLiteral("img-encr0001"), QStringLiteral("images-1250000001")),
                 QStringLiteral("UnsupportedOperation.EncryptedImagesNotSupported"));
        QCOMPARE(refusal(QStringLiteral("img-shared01"), QStringLiteral("no bucket")),
                 QStringLiteral("InvalidParameterValue.BucketNotFound"));
        // Done: the task has finished, the image is deleted as usual.
        f.clock().advance(f.ws().policy().importDurationSeconds);
        f.ops().advanceTasks();
        QVERIFY(f.ws().task(taskId)->state == TaskState::Succeeded);
        Client later(f);
        QVERIFY(Client::error(later.call(QStringLiteral("DeleteImages"),
                                         {{QStringLiteral("ImageIds"),
                                           QJsonArray{QStringLiteral("img-owner001")}}}))
                    .isEmpty());
    }

    void messagesInTheCallersLanguage()
    {
        Fixture f;
        Client c(f);
        const QJsonObject id =
            c.call(QStringLiteral("DeleteImages"),
                   {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-full0050")}}},
                   kOwnerId, kOwnerKey, "ap-guangzhou", 0, "id-ID");
        QCOMPARE(Client::error(id), QStringLiteral("InvalidImageId.InShared"));
        QVERIFY2(Client::message(id).contains(QStringLiteral("dibagikan dengan 50 akun")),
                 qPrintable(Client::message(id)));
        const QJsonObject en =
            c.call(QStringLiteral("DeleteImages"),
                   {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-full0050")}}},
                   kOwnerId, kOwnerKey, "ap-guangzhou", 0, "en-US");
        QVERIFY(Client::message(en).contains(QStringLiteral("shared with 50 accounts")));
        QCOMPARE(Language::current(),
                 QStringLiteral("en")); // the console's own language is left as it was
    }

    // Issue 16.9: the signature covers what it must, and covers only headers that are sent.
    void signedHeadersMustCoverHostAndContentType()
    {
        Fixture f;
        Client c(f);
        const QString region = QStringLiteral("DescribeRegions");
        // Tencent's own extra signed header is welcome.
        QVERIFY(
            Client::error(c.send(c.request(region, {}, kOwnerId, kOwnerKey, "ap-guangzhou", 0, {},
                                           "2017-03-12", {"content-type", "host", "x-tc-action"})))
                .isEmpty());
        // Neither host nor content-type signed.
        const QJsonObject bare = c.send(c.request(region, {}, kOwnerId, kOwnerKey, "ap-guangzhou",
                                                  1, {}, "2017-03-12", {"x-tc-action"}));
        QCOMPARE(Client::error(bare), QStringLiteral("AuthFailure.InvalidAuthorization"));
        QVERIFY(Client::message(bare).contains(QStringLiteral("content-type and host")));
        QCOMPARE(Client::error(c.send(c.request(region, {}, kOwnerId, kOwnerKey, "ap-guangzhou", 2,
                                                {}, "2017-03-12", {"host"}))),
                 QStringLiteral("AuthFailure.InvalidAuthorization"));
        // A signed header that is not sent (it would be signed as empty).
        const QJsonObject absent =
            c.send(c.request(region, {}, kOwnerId, kOwnerKey, "ap-guangzhou", 3, {}, "2017-03-12",
                             {"content-type", "host", "x-tc-nothing"}));
        QCOMPARE(Client::error(absent), QStringLiteral("AuthFailure.InvalidAuthorization"));
        QVERIFY(Client::message(absent).contains(QStringLiteral("x-tc-nothing")));
    }

    // Issue 16.9: a captured request cannot be sent again as another action, nor a change twice.
    void replayedSignaturesAreRefused()
    {
        Fixture f;
        Client c(f);
        const QJsonObject ids{
            {QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-byol0001")}}};
        const api::ApiRequest describe = c.request(QStringLiteral("DescribeImages"), ids);
        QCOMPARE(c.send(describe).value(QStringLiteral("TotalCount")).toInt(), 1);
        // The SDK signs neither the action nor the region: the same signature as DeleteImages.
        api::ApiRequest asDelete = describe;
        asDelete.headers.insert("x-tc-action", "DeleteImages");
        const QJsonObject refused = c.send(asDelete);
        QCOMPARE(Client::error(refused), QStringLiteral("AuthFailure.SignatureFailure"));
        QVERIFY(Client::message(refused).contains(QStringLiteral("already used")));
        QVERIFY(f.ws().image(QStringLiteral("img-byol0001")));
        // Nor as a change in another region.
        asDelete.headers.insert("x-tc-region", "ap-beijing");
        QCOMPARE(Client::error(c.send(asDelete)), QStringLiteral("AuthFailure.SignatureFailure"));
        // Reads change nothing: the same read again is answered, and so is another read or one
        // in another region with the same signature (an honest client's reads of one body in
        // one second carry the same signature).
        QCOMPARE(c.send(describe).value(QStringLiteral("TotalCount")).toInt(), 1);
        api::ApiRequest elsewhere = describe;
        elsewhere.headers.insert("x-tc-region", "ap-beijing");
        QCOMPARE(c.send(elsewhere).value(QStringLiteral("TotalCount")).toInt(), 0);
        // A change runs once, however often it is sent.
        const int before = int(f.ws().instancesUsing(QStringLiteral("img-public01")).size());
        const api::ApiRequest run =
            c.request(QStringLiteral("RunInstances"),
                      {{QStringLiteral("ImageId"), QStringLiteral("img-public01")},
                       {QStringLiteral("Placement"),
                        QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}}},
                       {QStringLiteral("InstanceCount"), 1}});
        QVERIFY(Client::error(c.send(run)).isEmpty());
        QCOMPARE(Client::error(c.send(run)), QStringLiteral("AuthFailure.SignatureFailure"));
        QCOMPARE(Client::error(c.send(run)), QStringLiteral("AuthFailure.SignatureFailure"));
        QCOMPARE(int(f.ws().instancesUsing(QStringLiteral("img-public01")).size()), before + 1);
        // Signed again a second later, it is a new request.
        f.clock().advance(1);
        QVERIFY(
            Client::error(
                c.call(QStringLiteral("RunInstances"),
                       {{QStringLiteral("ImageId"), QStringLiteral("img-public01")},
                        {QStringLiteral("Placement"),
                         QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}}},
                        {QStringLiteral("InstanceCount"), 1}}))
                .isEmpty());
        QCOMPARE(int(f.ws().instancesUsing(QStringLiteral("img-public01")).size()), before + 2);
        // A change that was refused did not run: the same request may come again, once.
        f.clock().advance(1);
        const api::ApiRequest remove =
            c.request(QStringLiteral("DeleteImages"),
                      {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-full0050")}}});
        QCOMPARE(Client::error(c.send(remove)), QStringLiteral("InvalidImageId.InShared"));
        QCOMPARE(Client::error(c.send(remove)), QStringLiteral("InvalidImageId.InShared"));
        QJsonArray sharedWith;
        for (const ShareEntry &share : f.ws().image(QStringLiteral("img-full0050"))->shares)
            sharedWith.append(share.accountId);
        QVERIFY(Client::error(c.call(QStringLiteral("ModifyImageSharePermission"),
                                     {{QStringLiteral("ImageId"), QStringLiteral("img-full0050")},
                                      {QStringLiteral("AccountIds"), sharedWith},
                                      {QStringLiteral("Permission"), QStringLiteral("CANCEL")}}))
                    .isEmpty());
        QVERIFY(Client::error(c.send(remove)).isEmpty());
        QVERIFY(!f.ws().image(QStringLiteral("img-full0050")));
        QCOMPARE(Client::error(c.send(remove)), QStringLiteral("AuthFailure.SignatureFailure"));
        api::ApiRequest check = remove; // delete, then look: the same body in the same second
        check.headers.insert("x-tc-action", "DescribeImages");
        QCOMPARE(c.send(check).value(QStringLiteral("TotalCount")).toInt(), 0);
        // Past the window the captured request has expired, and its signature is forgotten.
        f.clock().advance(api::ApiService::kMaxClockSkew);
        QCOMPARE(Client::error(c.send(run)), QStringLiteral("AuthFailure.SignatureExpire"));
    }

    void replayMemoryIsBounded()
    {
        Fixture f;
        Client c(f);
        c.service().setReplayCapacity(3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(Client::error(
                        c.call(QStringLiteral("DescribeImages"), {{QStringLiteral("Offset"), i}}))
                        .isEmpty());
        QCOMPARE(c.service().rememberedSignatures(), 3);
        QCOMPARE(Client::error(
                     c.call(QStringLiteral("DescribeImages"), {{QStringLiteral("Offset"), 3}})),
                 QStringLiteral("RequestLimitExceeded"));
        // Signatures leave the memory when their timestamp leaves the window.
        f.clock().advance(api::ApiService::kMaxClockSkew + 1);
        QVERIFY(
            Client::error(c.call(QStringLiteral("DescribeImages"), {{QStringLiteral("Offset"), 3}}))
                .isEmpty());
        QCOMPARE(c.service().rememberedSignatures(), 1);
    }

    // Issue 16.9: now - timestamp must not overflow into "within five minutes".
    void aTimestampFarInThePastHasExpired()
    {
        Fixture f;
        Client c(f);
        QCOMPARE(Client::error(c.call(QStringLiteral("DescribeRegions"), {}, kOwnerId, kOwnerKey,
                                      "ap-guangzhou", std::numeric_limits<qint64>::min())),
                 QStringLiteral("AuthFailure.SignatureExpire"));
        QCOMPARE(Client::error(c.call(QStringLiteral("DescribeRegions"), {}, kOwnerId, kOwnerKey,
                                      "ap-guangzhou", std::numeric_limits<qint64>::max() / 2)),
                 QStringLiteral("AuthFailure.SignatureExpire"));
    }

    // Issue 16.14: numbers out of range are refused, never converted.
    void numbersOutOfRange_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("code");
        const QString images = QStringLiteral("DescribeImages");
        QTest::newRow("Limit 1e300") << images << "Limit" << 1e300 << "InvalidParameterValue";
        QTest::newRow("Limit -1e300") << images << "Limit" << -1e300 << "InvalidParameterValue";
        QTest::newRow("Limit 2^63")
            << images << "Limit" << 9223372036854775808.0 << "InvalidParameterValue";
        QTest::newRow("Limit -1") << images << "Limit" << -1.0 << "InvalidParameterValue";
        QTest::newRow("Limit 2.5") << images << "Limit" << 2.5 << "InvalidParameter";
        QTest::newRow("Offset 1e19") << images << "Offset" << 1e19 << "InvalidParameterValue";
        QTest::newRow("Offset -0.5") << images << "Offset" << -0.5 << "InvalidParameter";
        QTest::newRow("InstanceCount 1e300") << QStringLiteral("RunInstances") << "InstanceCount"
                                             << 1e300 << "InvalidParameterValue";
        QTest::newRow("DescribeInstances Limit 1e300")
            << QStringLiteral("DescribeInstances") << "Limit" << 1e300 << "InvalidParameterValue";
    }
    void numbersOutOfRange()
    {
        QFETCH(QString, action);
        QFETCH(QString, name);
        QFETCH(double, value);
        QFETCH(QString, code);
        Fixture f;
        Client c(f);
        QJsonObject params{{name, value}};
        if (action == QLatin1String("RunInstances"))
            params.insert(QStringLiteral("ImageId"), QStringLiteral("img-public01"));
        const QJsonObject r = c.call(action, params);
        QCOMPARE(Client::error(r), code);
        QVERIFY2(Client::message(r).startsWith(name + QLatin1Char(':')),
                 qPrintable(Client::message(r)));
        QVERIFY(!c.lastChanged);
    }

    // Issue 16.10: list parameters are capped as Tencent documents them.
    void listParametersAreCapped_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("limit");
        QTest::newRow("DescribeImages ImageIds")
            << QStringLiteral("DescribeImages") << "ImageIds" << 100;
        QTest::newRow("DeleteImages ImageIds")
            << QStringLiteral("DeleteImages") << "ImageIds" << 100;
        QTest::newRow("SyncImages DestinationRegions")
            << QStringLiteral("SyncImages") << "DestinationRegions" << 100;
        QTest::newRow("DescribeInstances InstanceIds")
            << QStringLiteral("DescribeInstances") << "InstanceIds" << 100;
        QTest::newRow("ModifyImageSharePermission AccountIds")
            << QStringLiteral("ModifyImageSharePermission") << "AccountIds" << 500;
    }
    void listParametersAreCapped()
    {
        QFETCH(QString, action);
        QFETCH(QString, name);
        QFETCH(int, limit);
        Fixture f;
        Client c(f);
        QJsonArray many;
        for (int i = 0; i <= limit; ++i)
            many.append(QStringLiteral("img-%1").arg(i, 8, 10, QLatin1Char('0')));
        QJsonObject params{
            {QStringLiteral("ImageId"), QStringLiteral("img-owner001")},
            {QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}},
            {QStringLiteral("DestinationRegions"), QJsonArray{QStringLiteral("ap-beijing")}},
            {QStringLiteral("AccountIds"), QJsonArray{kTrusted}},
            {QStringLiteral("Permission"), QStringLiteral("SHARE")},
            {QStringLiteral("DryRun"), true}};
        // Only what the action documents: any other parameter is unknown to it.
        const QHash<QString, QStringList> documented{
            {QStringLiteral("DescribeImages"), {QStringLiteral("ImageIds")}},
            {QStringLiteral("DescribeInstances"), {}},
            {QStringLiteral("DeleteImages"),
             {QStringLiteral("ImageIds"), QStringLiteral("DryRun")}},
            {QStringLiteral("SyncImages"),
             {QStringLiteral("ImageIds"), QStringLiteral("DestinationRegions"),
              QStringLiteral("DryRun")}},
            {QStringLiteral("ModifyImageSharePermission"),
             {QStringLiteral("ImageId"), QStringLiteral("AccountIds"),
              QStringLiteral("Permission")}}};
        QVERIFY(documented.contains(action));
        for (const QString &key : params.keys()) {
            if (!documented.value(action).contains(key))
                params.remove(key);
        }
        params.insert(name, many);
        const QJsonObject r = c.call(action, params);
        QCOMPARE(Client::error(r), QStringLiteral("InvalidParameterValue.LimitExceeded"));
        QVERIFY2(Client::message(r).startsWith(name + QLatin1Char(':')),
                 qPrintable(Client::message(r)));
        // At the limit the request is read (and answered by the rules).
        many.removeLast();
        params.insert(name, many);
        f.clock().advance(1);
        QVERIFY(Client::error(c.call(action, params)) !=
                QStringLiteral("InvalidParameterValue.LimitExceeded"));
        // Filters: at most 10, of at most 5 values.
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(QStringLiteral("x%1").arg(i));
        QCOMPARE(Client::error(c.call(
                     QStringLiteral("DescribeImages"),
                     {{QStringLiteral("Filters"),
                       QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("platform")},
                                              {QStringLiteral("Values"), six}}}}})),
                 QStringLiteral("InvalidFilterValue.LimitExceeded"));
    }

    // Issue 16.11: a credentials file others could change is not trusted.
    void credentialsFileOthersCanChange()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("credentials.json"));
        {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"credentials": [{"SecretId": "AKIDx", "SecretKey": "k",
                        "AccountId": "100038472901"}]})");
        }
        const auto own = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QVERIFY(QFile::setPermissions(name, own));
        QString error;
        QVERIFY2(api::ApiCredentials::load(name, &error), qPrintable(error));
        QVERIFY(!api::ApiCredentials::readableByOthers(name));
        QVERIFY(QFile::setPermissions(name, own | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(api::ApiCredentials::readableByOthers(name));
        QVERIFY(
            api::ApiCredentials::load(name, &error)); // read by others: a warning, not a refusal
        for (const auto writable : {QFileDevice::WriteGroup, QFileDevice::WriteOther}) {
            QVERIFY(QFile::setPermissions(name, own | writable));
            QVERIFY(!api::ApiCredentials::load(name, &error));
            QVERIFY2(error.contains(QStringLiteral("can be changed by other users")),
                     qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(name, own));
#ifdef Q_OS_UNIX
        if (::geteuid() != 0)
            return; // only root can give the file to another user
        QCOMPARE(::chown(QFile::encodeName(name).constData(), 65534, 65534), 0);
        QVERIFY(!api::ApiCredentials::load(name, &error));
        QVERIFY2(error.contains(QStringLiteral("belongs to another user")), qPrintable(error));
#endif
    }

    // Every action of the endpoint's table is reached by a signed request and by perform(),
    // through the same checks: both answer it the same, and neither with InvalidAction.
    void everyActionIsAnsweredAlikeByRequestAndPerform()
    {
        const QStringList actions = api::ApiService::actions();
        QVERIFY(actions.contains(QStringLiteral("DescribeImages")));
        QCOMPARE(QSet<QString>(actions.begin(), actions.end()).size(), actions.size());
        Fixture f;
        const int journal = int(f.ws().journal().size());
        api::ApiService service(f.ops(), credentials());
        for (const QString &action : actions) {
            Client c(f); // a signature of its own for each action
            QJsonObject signedAnswer = c.call(action, {});
            const QString code = Client::error(signedAnswer);
            QVERIFY2(code != QLatin1String("InvalidAction"), qPrintable(action));
            QVERIFY(!c.lastChanged);
            const auto performed =
                service.perform(kOwner, QStringLiteral("ap-guangzhou"), action, {});
            QCOMPARE(performed.errorCode, code);
            QCOMPARE(performed.errorMessage, Client::message(signedAnswer));
            signedAnswer.remove(QStringLiteral("RequestId"));
            if (performed.ok())
                QCOMPARE(performed.result, signedAnswer);
            // The parameters the table documents for it are known to it, any other is not.
            for (const QString &name : api::ApiService::parameters(action)) {
                const auto known = service.perform(kOwner, QStringLiteral("ap-guangzhou"), action,
                                                   {{name, QJsonValue(QJsonValue::Null)}});
                QVERIFY2(known.errorCode != QLatin1String("UnknownParameter"),
                         qPrintable(action + QLatin1Char('.') + name));
            }
            QCOMPARE(service
                         .perform(kOwner, QStringLiteral("ap-guangzhou"), action,
                                  {{QStringLiteral("NoSuchParameter"), 1}})
                         .errorCode,
                     QStringLiteral("UnknownParameter"));
        }
        QCOMPARE(int(f.ws().journal().size()), journal); // nothing was asked to change
        // What is not in the table is no action, whichever way it comes.
        Client c(f);
        QCOMPARE(Client::error(c.call(QStringLiteral("DescribeRockets"), {})),
                 QStringLiteral("InvalidAction"));
        QCOMPARE(service
                     .perform(kOwner, QStringLiteral("ap-guangzhou"),
                              QStringLiteral("DescribeRockets"), {})
                     .errorCode,
                 QStringLiteral("InvalidAction"));
        QCOMPARE(
            service
                .perform(kOwner, QStringLiteral("xx-nowhere"), QStringLiteral("DescribeImages"), {})
                .errorCode,
            QStringLiteral("InvalidRegion.NotFound"));
    }

    // The table's changes are the Describe-less actions (as docs/api.md's replay guard says),
    // and the changes the cloud link journals as pending (core's list, which cannot ask api).
    void theTableAgreesWithTheCloudLink()
    {
        const QStringList actions = api::ApiService::actions();
        QStringList changes;
        for (const QString &action : actions) {
            QCOMPARE(api::ApiService::changes(action),
                     !action.startsWith(QLatin1String("Describe")));
            QCOMPARE(cloud::isCloudChange(action), api::ApiService::changes(action));
            if (api::ApiService::changes(action))
                changes.append(action);
            else // a read has nothing to check first: apply sends only changes with DryRun
                QVERIFY2(!api::ApiService::takesDryRun(action), qPrintable(action));
        }
        QStringList cloudChanges = cloud::cloudChanges();
        cloudChanges.sort();
        changes.sort();
        QCOMPARE(changes, cloudChanges);
        QVERIFY(!api::ApiService::changes(QStringLiteral("LaunchRockets")));
        QVERIFY(api::ApiService::takesDryRun(QStringLiteral("DeleteImages")));
        QVERIFY(!api::ApiService::takesDryRun(QStringLiteral("ModifyImageSharePermission")));
    }
    // Every code the endpoint answers besides the rules' (api::codes::kAll, those of the
    // signature, the request and its parameters, the server) is in docs/api.md, and those an
    // action answers whatever it is, in its "Error codes" section.
    void everyEndpointCodeIsDocumented()
    {
        const QString doc = apiDoc();
        QVERIFY(!doc.isEmpty());
        const qsizetype start = doc.indexOf(QStringLiteral("\n## Error codes\n"));
        QVERIFY(start >= 0);
        const qsizetype end = doc.indexOf(QStringLiteral("\n## "), start + 1);
        const QString section = doc.mid(start, end < 0 ? -1 : end - start);
        // Answered by one action only, and documented in its row of the Actions table.
        const QStringList oneAction = {
            QString(api::codes::InvalidParameterValueInvalidBootMode),
            QString(api::codes::InvalidParameterValueInvalidLicenseType)};
        QSet<QString> seen;
        for (const QLatin1String code : api::codes::kAll) {
            const QString quoted = QStringLiteral("`%1`").arg(code);
            QVERIFY2(!seen.contains(code), qPrintable(QString(code)));
            seen.insert(code);
            QVERIFY2((oneAction.contains(code) ? doc : section).contains(quoted),
                     qPrintable(quoted + QStringLiteral(" is not in docs/api.md")));
        }
        // A rule's code the endpoint answers itself, for a parameter, is one constant too.
        for (const QLatin1String code :
             {api::codes::MissingParameter, api::codes::InvalidParameterValue,
              api::codes::UnsupportedOperation})
            QVERIFY2(section.contains(QStringLiteral("`%1`").arg(code)), qPrintable(QString(code)));
    }

    // docs/api.md documents every action of the table, with every parameter it reads, and no
    // action the endpoint does not answer.
    void everyActionIsDocumented()
    {
        const QHash<QString, QString> documented = documentedActions();
        QStringList names = documented.keys();
        names.sort();
        QStringList actions = api::ApiService::actions();
        actions.sort();
        QCOMPARE(names, actions);
        for (const QString &action : std::as_const(actions)) {
            for (const QString &name : api::ApiService::parameters(action))
                QVERIFY2(
                    documented.value(action).contains(QLatin1Char('`') + name + QLatin1Char('`')),
                    qPrintable(action + QStringLiteral(" does not document ") + name));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiService)
#include "tst_apiservice.moc"

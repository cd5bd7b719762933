// Every signing style of the official clients, as raw requests to the endpoint: TC3-HMAC-SHA256
// with the host as the Go and Python SDKs sign it (with its port) and as the Node SDK signs it
// (without), with an unsigned payload, as GET, and the older HmacSHA256 and HmacSHA1 signatures
// with their parameters in a form or a query string. The requests are signed here from
// Tencent's Signature v3 and v1 documents, not with the product's own signer, and the signer is
// checked against the documents' test vectors first.
#include "ApiService.h"
#include "Fixture.h"
#include "FormParameters.h"
#include "HmacSignature.h"
#include "Language.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrl>
#include <map>

using namespace cvm;
using namespace fixture;

namespace {

const QByteArray kId = "AKIDowner";
const QByteArray kKey = "owner-secret";

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Signature v3, step by step as the document writes it: content-type and host signed.
QByteArray tc3Authorization(const QByteArray &id, const QByteArray &key, const QByteArray &method,
                            const QByteArray &host, const QByteArray &contentType,
                            const QByteArray &query, const QByteArray &hashedPayloadInput,
                            qint64 timestamp, const QByteArray &service)
{
    const QByteArray canonical = method + "\n/\n" + query + "\ncontent-type:" + contentType +
                                 "\nhost:" + host + "\n\ncontent-type;host\n" +
                                 sha256Hex(hashedPayloadInput);
    const QByteArray date = QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC)
                                .toString(QStringLiteral("yyyy-MM-dd"))
                                .toLatin1();
    const QByteArray scope = date + '/' + service + "/tc3_request";
    const QByteArray toSign = "TC3-HMAC-SHA256\n" + QByteArray::number(timestamp) + '\n' + scope +
                              '\n' + sha256Hex(canonical);
    const QByteArray signingKey =
        hmacSha256(hmacSha256(hmacSha256("TC3" + key, date), service), "tc3_request");
    return "TC3-HMAC-SHA256 Credential=" + id + '/' + scope +
           ", SignedHeaders=content-type;host, Signature=" + hmacSha256(signingKey, toSign).toHex();
}

// Signature v1: METHOD + host + path + '?' + the sorted parameters, neither of them encoded.
QByteArray v1Signature(const QByteArray &key, bool sha256, const QByteArray &method,
                       const QByteArray &host, const std::map<QByteArray, QByteArray> &params)
{
    QByteArray toSign = method + host + "/?";
    for (const auto &[k, v] : params)
        toSign += k + '=' + v + '&';
    toSign.chop(1);
    return QMessageAuthenticationCode::hash(
               toSign, key, sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1)
        .toBase64();
}

// As Python's urlencode and Go's url.Values.Encode write a parameter.
QByteArray encoded(const std::map<QByteArray, QByteArray> &params)
{
    QByteArray out;
    for (const auto &[k, v] : params)
        out += QUrl::toPercentEncoding(QString::fromUtf8(k), " ").replace(' ', '+') + '=' +
               QUrl::toPercentEncoding(QString::fromUtf8(v), " ").replace(' ', '+') + '&';
    out.chop(1);
    return out;
}

QJsonObject response(const api::ApiReply &reply)
{
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(QStringLiteral("Response"))
        .toObject();
}

QString error(const api::ApiReply &reply)
{
    return response(reply)
        .value(QStringLiteral("Error"))
        .toObject()
        .value(QStringLiteral("Code"))
        .toString();
}

} // namespace

class TestSigningStyles : public QObject
{
    Q_OBJECT

    qint64 now(Fixture &f) { return f.clock().now().toSecsSinceEpoch(); }

    api::ApiService service(Fixture &f)
    {
        api::ApiCredentials c;
        c.add({kId, kKey, kOwner});
        return api::ApiService(f.ops(), c);
    }

    // A TC3 request as the Go and Python SDKs send it: Host with its port, signed as sent.
    api::ApiRequest tc3(Fixture &f, const QByteArray &action, const QByteArray &body,
                        const QByteArray &host = "127.0.0.1:9000")
    {
        api::ApiRequest r;
        r.body = body;
        r.headers = {{"content-type", "application/json"},
                     {"host", host},
                     {"x-tc-action", action},
                     {"x-tc-version", "2017-03-12"},
                     {"x-tc-region", "ap-guangzhou"},
                     {"x-tc-timestamp", QByteArray::number(now(f))}};
        r.headers.insert(
            "authorization",
            tc3Authorization(kId, kKey, "POST", host, "application/json", {}, body, now(f), "cvm"));
        return r;
    }

    // The common parameters of the older signature, as the Python SDK sends them.
    std::map<QByteArray, QByteArray> v1Params(Fixture &f, const QByteArray &action,
                                              const QByteArray &method, qint64 nonce = 4711)
    {
        return {{"Action", action},
                {"Version", "2017-03-12"},
                {"Region", "ap-guangzhou"},
                {"Timestamp", QByteArray::number(now(f))},
                {"Nonce", QByteArray::number(nonce)},
                {"SecretId", kId},
                {"SignatureMethod", method},
                {"RequestClient", "SDK_PYTHON_3.0.0"},
                {"Language", "en-US"}};
    }

    api::ApiRequest v1(const QByteArray &httpMethod, std::map<QByteArray, QByteArray> params,
                       bool sha256, const QByteArray &host = "127.0.0.1:9000")
    {
        params["Signature"] = v1Signature(kKey, sha256, httpMethod, host, params);
        api::ApiRequest r;
        r.method = httpMethod;
        r.headers = {{"host", host}};
        if (httpMethod == "GET") {
            r.query = encoded(params);
        } else {
            r.headers.insert("content-type", "application/x-www-form-urlencoded");
            r.body = encoded(params);
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    // The test's signers against the documents: Signature v3 vector A, Signature v1's example.
    void signersMatchTheDocuments()
    {
        QCOMPARE(
            tc3Authorization(
                "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "POST",
                "cvm.tencentcloudapi.com", "application/json; charset=utf-8", {},
                R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})",
                1551113065, "cvm"),
            QByteArray(
                "TC3-HMAC-SHA256 "
                "Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
                "tc3_request, SignedHeaders=content-type;host, "
                "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
        const std::map<QByteArray, QByteArray> example = {
            {"Action", "DescribeInstances"},
            {"InstanceIds.0", "ins-09dx96dg"},
            {"Limit", "20"},
            {"Nonce", "11886"},
            {"Offset", "0"},
            {"Region", "ap-guangzhou"},
            {"SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"},
            {"Timestamp", "1465185768"},
            {"Version", "2017-03-12"}};
        QCOMPARE(v1Signature("Gu5t9xGARNpq86cd98joQYCN3*******", false, "GET",
                             "cvm.tencentcloudapi.com", example),
                 QByteArray("zmmjn35mikh6pM3V7sUEuX4wyYM="));
        // The product's v1 signer gives the document's signature too.
        QList<QPair<QByteArray, QByteArray>> list;
        for (const auto &[k, v] : example)
            list.prepend({k, v}); // in any order
        QCOMPARE(HmacSignature::signature(
                     "Gu5t9xGARNpq86cd98joQYCN3*******", HmacSignature::Method::HmacSha1,
                     HmacSignature::stringToSign("GET", "cvm.tencentcloudapi.com", "/", list)),
                 QByteArray("zmmjn35mikh6pM3V7sUEuX4wyYM="));
    }

    // Go (Host = request.GetDomain()) and Python (Host = endpoint) sign the host with its port;
    // Node signs the host name alone. Both are accepted; another host is not.
    void tc3HostAsEachSdkSignsIt()
    {
        Fixture f;
        api::ApiService api = service(f);
        const QByteArray ids = R"({"ImageIds":["img-owner001"]})";
        api::ApiReply r = api.handle(tc3(f, "DescribeImages", ids));
        QVERIFY2(error(r).isEmpty(), r.body.constData());
        QCOMPARE(response(r).value(QStringLiteral("TotalCount")).toInt(), 1);

        api::ApiRequest node = tc3(f, "DescribeImages", R"({"Limit":1})", "127.0.0.1");
        node.headers.insert("host", "127.0.0.1:9000"); // sent with the port, signed without
        r = api.handle(node);
        QVERIFY2(error(r).isEmpty(), r.body.constData());

        api::ApiRequest other = tc3(f, "DescribeImages", R"({"Limit":2})", "127.0.0.1:9001");
        other.headers.insert("host", "127.0.0.1:9000");
        QCOMPARE(error(api.handle(other)), QStringLiteral("AuthFailure.SignatureFailure"));
    }

    // X-TC-Content-SHA256: UNSIGNED-PAYLOAD (the Go and Python SDKs' unsignedPayload).
    void tc3UnsignedPayload()
    {
        Fixture f;
        api::ApiService api = service(f);
        const QByteArray body = R"({"ImageIds":["img-byol0001"]})";
        api::ApiRequest r = tc3(f, "DeleteImages", body);
        r.headers.insert("x-tc-content-sha256", "UNSIGNED-PAYLOAD");
        r.headers.insert("authorization",
                         tc3Authorization(kId, kKey, "POST", "127.0.0.1:9000", "application/json",
                                          {}, "UNSIGNED-PAYLOAD", now(f), "cvm"));
        const api::ApiReply done = api.handle(r);
        QVERIFY2(error(done).isEmpty(), done.body.constData());
        QVERIFY(!f.ws().image(QStringLiteral("img-byol0001")));
        // The same change again is not taken twice.
        QCOMPARE(error(api.handle(r)), QStringLiteral("AuthFailure.SignatureFailure"));
        // Every request of one second carries this signature: an honest client's next ones (a
        // read, another change) are answered.
        r.body = R"({"ImageIds":["img-owner001"]})";
        QVERIFY2(error(api.handle(r)).isEmpty(), "another change in the same second");
        QVERIFY(!f.ws().image(QStringLiteral("img-owner001")));
        api::ApiRequest read = r;
        read.headers.insert("x-tc-action", "DescribeImages");
        read.body = "{}";
        QVERIFY2(error(api.handle(read)).isEmpty(), "a read in the same second");
        // Without the header the same signature does not hold: the payload is hashed.
        f.clock().advance(1);
        api::ApiRequest plain = tc3(f, "DescribeImages", "{}");
        plain.headers.insert("authorization", tc3Authorization(kId, kKey, "POST", "127.0.0.1:9000",
                                                               "application/json", {},
                                                               "UNSIGNED-PAYLOAD", now(f), "cvm"));
        QCOMPARE(error(api.handle(plain)), QStringLiteral("AuthFailure.SignatureFailure"));
        plain.headers.insert("x-tc-content-sha256", "abc");
        QCOMPARE(error(api.handle(plain)), QStringLiteral("AuthFailure.InvalidAuthorization"));
    }

    // GET with TC3: the parameters flattened in the query string, which is signed as sent, and
    // the empty payload hashed.
    void tc3Get()
    {
        Fixture f;
        api::ApiService api = service(f);
        const QByteArray query = encoded({{"Filters.0.Name", "image-id"},
                                          {"Filters.0.Values.0", "img-owner001"},
                                          {"Filters.0.Values.1", "img-shared01"},
                                          {"Limit", "1"}});
        api::ApiRequest r;
        r.method = "GET";
        r.query = query;
        r.headers = {{"content-type", "application/x-www-form-urlencoded"},
                     {"host", "127.0.0.1:9000"},
                     {"x-tc-action", "DescribeImages"},
                     {"x-tc-version", "2017-03-12"},
                     {"x-tc-region", "ap-guangzhou"},
                     {"x-tc-timestamp", QByteArray::number(now(f))}};
        r.headers.insert("authorization", tc3Authorization(kId, kKey, "GET", "127.0.0.1:9000",
                                                           "application/x-www-form-urlencoded",
                                                           query, {}, now(f), "cvm"));
        api::ApiReply reply = api.handle(r);
        QVERIFY2(error(reply).isEmpty(), reply.body.constData());
        QCOMPARE(response(reply).value(QStringLiteral("TotalCount")).toInt(), 2);
        QCOMPARE(response(reply).value(QStringLiteral("ImageSet")).toArray().size(), 1); // Limit
        // The query is signed: another one is refused.
        r.query = query + "&Offset=1";
        QCOMPARE(error(api.handle(r)), QStringLiteral("AuthFailure.SignatureFailure"));
    }

    void hmacSignatures_data()
    {
        QTest::addColumn<QByteArray>("httpMethod");
        QTest::addColumn<bool>("sha256");
        QTest::newRow("POST HmacSHA256") << QByteArray("POST") << true;
        QTest::newRow("POST HmacSHA1") << QByteArray("POST") << false;
        QTest::newRow("GET HmacSHA256") << QByteArray("GET") << true;
        QTest::newRow("GET HmacSHA1") << QByteArray("GET") << false;
    }

    // The older signature: common parameters in the form or query, nested parameters flattened
    // (ImageIds.0, Filters.0.Values.0) and read back as the JSON the actions take.
    void hmacSignatures()
    {
        QFETCH(QByteArray, httpMethod);
        QFETCH(bool, sha256);
        Fixture f;
        api::ApiService api = service(f);
        const QByteArray method = sha256 ? "HmacSHA256" : "HmacSHA1";

        auto describe = v1Params(f, "DescribeImages", method, 1);
        describe["Filters.0.Name"] = "image-name";
        describe["Filters.0.Values.0"] = "a name that is nowhere";
        describe["Filters.0.Values.1"] = "";
        describe["Limit"] = "5";
        api::ApiReply r = api.handle(v1(httpMethod, describe, sha256));
        QVERIFY2(error(r).isEmpty(), r.body.constData());

        auto ids = v1Params(f, "DescribeImages", method, 2);
        ids["ImageIds.0"] = "img-owner001";
        ids["ImageIds.1"] = "img-shared01";
        r = api.handle(v1(httpMethod, ids, sha256));
        QVERIFY2(error(r).isEmpty(), r.body.constData());
        QCOMPARE(response(r).value(QStringLiteral("TotalCount")).toInt(), 2);

        // Booleans as Python writes them ("True"), typed again for the action.
        auto dryRun = v1Params(f, "DeleteImages", method, 3);
        dryRun["ImageIds.0"] = "img-byol0001";
        dryRun["DryRun"] = "True";
        // A DryRun that would pass is a plain success, as CVM documents.
        r = api.handle(v1(httpMethod, dryRun, sha256));
        QVERIFY2(error(r).isEmpty(), r.body.constData());
        QVERIFY(response(r).contains(QStringLiteral("RequestId")));
        QVERIFY(f.ws().image(QStringLiteral("img-byol0001")));

        // A change runs once per signature (the Nonce and Timestamp are signed).
        auto remove = v1Params(f, "DeleteImages", method, 4);
        remove["ImageIds.0"] = "img-byol0001";
        const api::ApiRequest removeRequest = v1(httpMethod, remove, sha256);
        r = api.handle(removeRequest);
        QVERIFY2(error(r).isEmpty(), r.body.constData());
        QVERIFY(!f.ws().image(QStringLiteral("img-byol0001")));
        QCOMPARE(error(api.handle(removeRequest)), QStringLiteral("AuthFailure.SignatureFailure"));

        // A parameter changed after signing; the wrong key; no Nonce; a stale Timestamp.
        api::ApiRequest tampered = v1(httpMethod, ids, sha256);
        (httpMethod == "GET" ? tampered.query : tampered.body)
            .replace("img-shared01", "img-strange1");
        QCOMPARE(error(api.handle(tampered)), QStringLiteral("AuthFailure.SignatureFailure"));
        auto wrongKey = v1Params(f, "DescribeImages", method, 5);
        wrongKey["Signature"] =
            v1Signature("wrong", sha256, httpMethod, "127.0.0.1:9000", wrongKey);
        api::ApiRequest w = v1(httpMethod, v1Params(f, "DescribeImages", method, 5), sha256);
        (httpMethod == "GET" ? w.query : w.body) = encoded(wrongKey);
        QCOMPARE(error(api.handle(w)), QStringLiteral("AuthFailure.SignatureFailure"));
        auto noNonce = v1Params(f, "DescribeImages", method);
        noNonce.erase("Nonce");
        QCOMPARE(error(api.handle(v1(httpMethod, noNonce, sha256))),
                 QStringLiteral("AuthFailure.InvalidAuthorization"));
        auto stale = v1Params(f, "DescribeImages", method, 6);
        stale["Timestamp"] = QByteArray::number(now(f) - 301);
        QCOMPARE(error(api.handle(v1(httpMethod, stale, sha256))),
                 QStringLiteral("AuthFailure.SignatureExpire"));
        auto unknownKey = v1Params(f, "DescribeImages", method, 7);
        unknownKey["SecretId"] = "AKIDnobody";
        QCOMPARE(error(api.handle(v1(httpMethod, unknownKey, sha256))),
                 QStringLiteral("AuthFailure.SecretIdNotFound"));
    }

    // The older signature's Language parameter words the answer, as X-TC-Language does.
    void hmacLanguage()
    {
        Fixture f;
        api::ApiService api = service(f);
        auto p = v1Params(f, "DeleteImages", "HmacSHA256");
        p["Language"] = "id-ID";
        p["ImageIds.0"] = "img-full0050";
        const api::ApiReply r = api.handle(v1("POST", p, true));
        QCOMPARE(error(r), QStringLiteral("InvalidImageId.InShared"));
        QVERIFY2(QString::fromUtf8(r.body).contains(QStringLiteral("dibagikan dengan 50 akun")),
                 r.body.constData());
    }

    // Sizes as API 3.0 documents them: a TC3 POST up to 10 MB, a form up to 1 MB.
    void bodySizes()
    {
        Fixture f;
        api::ApiService api = service(f);
        QCOMPARE(api::ApiService::kMaxBody, 10 * 1024 * 1024);
        api::ApiRequest big = tc3(f, "DescribeImages", QByteArray(2 * 1024 * 1024, ' ') + "{}");
        QVERIFY2(error(api.handle(big)).isEmpty(), "a 2 MB TC3 body is within the limit");
        api::ApiRequest form;
        form.headers = {{"content-type", "application/x-www-form-urlencoded"}};
        form.body = QByteArray(api::ApiService::kMaxFormBody + 1, 'a');
        QCOMPARE(error(api.handle(form)), QStringLiteral("RequestSizeLimitExceeded"));
        api::ApiRequest huge;
        huge.body = QByteArray(api::ApiService::kMaxBody + 1, ' ');
        QCOMPARE(error(api.handle(huge)), QStringLiteral("RequestSizeLimitExceeded"));
    }

    void formParametersNestAgain()
    {
        QString why;
        const auto decoded = api::FormParameters::decode(
            "ImageIds.0=img-a&ImageIds.1=img-b&Filters.0.Name=image-name&Filters.0.Values.0=a+b"
            "%26c&Placement.Zone=ap-guangzhou-3&Limit=20&DryRun=true&ImageName=2024",
            &why);
        QVERIFY(decoded);
        const auto json = api::FormParameters::toJson(*decoded, &why);
        QVERIFY2(json, qPrintable(why));
        QCOMPARE(
            QJsonDocument(*json).toJson(QJsonDocument::Compact),
            QByteArray(R"({"DryRun":true,"Filters":[{"Name":"image-name","Values":["a b&c"]}],)"
                       R"("ImageIds":["img-a","img-b"],"ImageName":"2024","Limit":20,)"
                       R"("Placement":{"Zone":"ap-guangzhou-3"}})"));
        QVERIFY(!api::FormParameters::decode("A=1&A=2", &why));
        QVERIFY(!api::FormParameters::toJson({{"A", "1"}, {"A.0", "2"}}, &why));
        QVERIFY(!api::FormParameters::toJson({{"A.0", "1"}, {"A.2", "2"}}, &why));
    }
};

QTEST_GUILESS_MAIN(TestSigningStyles)
#include "tst_signingstyles.moc"

// TC3-HMAC-SHA256: the four test vectors of the Tencent Cloud documentation and SDKs.
#include "Tc3Signature.h"

#include <QCryptographicHash>
#include <QTest>

using namespace cvm;

namespace {

const QByteArray kBody =
    R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";

Tc3Signature::Request docRequest(bool withAction)
{
    Tc3Signature::Request r;
    r.headers = {{"Content-Type", "application/json; charset=utf-8"},
                 {"Host", "cvm.tencentcloudapi.com"}};
    if (withAction)
        r.headers.append(qMakePair(QByteArray("X-TC-Action"), QByteArray("DescribeInstances")));
    r.payload = kBody;
    r.timestamp = 1551113065;
    r.service = "cvm";
    return r;
}

} // namespace

class TestTc3Signature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectorA()
    {
        const Tc3Signature::Request r = docRequest(false);
        QCOMPARE(Tc3Signature::date(r.timestamp), QByteArray("2019-02-25")); // UTC, not UTC+8
        QCOMPARE(
            Tc3Signature::canonicalRequest(r),
            QByteArray("POST\n/\n\ncontent-type:application/json; "
                       "charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n"
                       "content-type;"
                       "host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(Tc3Signature::stringToSign(r),
                 QByteArray("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                            "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
        QCOMPARE(Tc3Signature::signature("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", r),
                 QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
        QCOMPARE(Tc3Signature::authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
                                             "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", r),
                 QByteArray(
                     "TC3-HMAC-SHA256 "
                     "Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                     "SignedHeaders=content-type;host, "
                     "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    }

    void vectorB()
    {
        QCOMPARE(Tc3Signature::signature("Gu5t9xGARNpq86cd98joQYCN3*******", docRequest(false)),
                 QByteArray("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c"));
    }

    void vectorC()
    {
        const Tc3Signature::Request r = docRequest(true);
        QVERIFY(Tc3Signature::canonicalRequest(r).contains(
            "x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n"));
        QCOMPARE(
            QCryptographicHash::hash(Tc3Signature::canonicalRequest(r), QCryptographicHash::Sha256)
                .toHex(),
            QByteArray("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"));
        QCOMPARE(Tc3Signature::signature("Gu5t9xGARNpq86cd98joQYCN3*******", r),
                 QByteArray("be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3"));
        QCOMPARE(Tc3Signature::signature("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", r),
                 QByteArray("644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26"));
    }

    void vectorD()
    {
        Tc3Signature::Request r;
        r.headers = {{"content-type", "application/json"}, {"host", "cvm.tencentcloudapi.com"}};
        r.payload = R"({"Action":"DescribeInstances","Version":"2017-03-12"})";
        r.timestamp = 1640995200;
        r.service = "cvm";
        QCOMPARE(Tc3Signature::authorization("test-secret-id", "test-secret-key", r),
                 QByteArray(
                     "TC3-HMAC-SHA256 Credential=test-secret-id/2022-01-01/cvm/tc3_request, "
                     "SignedHeaders=content-type;host, "
                     "Signature=96473b50fe407833672a5d6d067238d88bb44c8abcc39ef83baa3132afbfadd3"));
    }

    void parsesTheHeader()
    {
        const auto a =
            Tc3Signature::parse(Tc3Signature::authorization("AKID", "key", docRequest(true)));
        QVERIFY(a);
        QCOMPARE(a->secretId, QByteArray("AKID"));
        QCOMPARE(a->date, QByteArray("2019-02-25"));
        QCOMPARE(a->service, QByteArray("cvm"));
        QCOMPARE(a->signedHeaders, (QList<QByteArray>{"content-type", "host", "x-tc-action"}));
        QCOMPARE(a->signature.size(), 64);
        QVERIFY(!Tc3Signature::parse("Bearer abc"));
        QVERIFY(!Tc3Signature::parse(
            "TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm, SignedHeaders=host, Signature=00"));
        QVERIFY(!Tc3Signature::parse("TC3-HMAC-SHA256 SignedHeaders=host"));
    }

    void anyChangeBreaksTheSignature()
    {
        const QByteArray good = Tc3Signature::signature("key", docRequest(false));
        Tc3Signature::Request r = docRequest(false);
        r.payload += ' ';
        QVERIFY(Tc3Signature::signature("key", r) != good);
        r = docRequest(false);
        r.timestamp += 1;
        QVERIFY(Tc3Signature::signature("key", r) != good);
        QVERIFY(Tc3Signature::signature("kez", docRequest(false)) != good);
    }

    // X-TC-Content-SHA256: UNSIGNED-PAYLOAD: the literal is hashed, so the body is not signed.
    void unsignedPayload()
    {
        Tc3Signature::Request r = docRequest(false);
        r.unsignedPayload = true;
        QVERIFY(Tc3Signature::canonicalRequest(r).endsWith(
            QCryptographicHash::hash("UNSIGNED-PAYLOAD", QCryptographicHash::Sha256).toHex()));
        const QByteArray signature = Tc3Signature::signature("key", r);
        r.payload = "{}";
        QCOMPARE(Tc3Signature::signature("key", r), signature);
    }

    // GET: the query string is signed as sent, the empty payload hashed.
    void getSignsTheQueryString()
    {
        Tc3Signature::Request r = docRequest(false);
        r.method = "GET";
        r.canonicalQuery = "Limit=1&Offset=0";
        r.payload.clear();
        QVERIFY(Tc3Signature::canonicalRequest(r).startsWith("GET\n/\nLimit=1&Offset=0\n"));
        QVERIFY(Tc3Signature::canonicalRequest(r).endsWith(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
};

QTEST_APPLESS_MAIN(TestTc3Signature)
#include "tst_tc3signature.moc"

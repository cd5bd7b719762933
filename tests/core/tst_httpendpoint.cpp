// The endpoint over HTTP on loopback, with QNetworkAccessManager: signed requests, a change
// saved before its answer arrives, several clients at once; and with raw sockets: the limits
// on what one client may send.
#include "Fixture.h"
#include "TestCertificate.h"
#include "HttpEndpoint.h"
#include "Language.h"
#include "Tc3Signature.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestHttpEndpoint : public QObject
{
    Q_OBJECT

private:
    // Over HTTPS when `tls` is given, trusting what it trusts.
    QNetworkReply *post(QNetworkAccessManager &nam, quint16 port, const QByteArray &action,
                        const QJsonObject &params, const QDateTime &now,
                        const QSslConfiguration *tls = nullptr)
    {
        const QByteArray body = QJsonDocument(params).toJson(QJsonDocument::Compact);
        QNetworkRequest request(
            QUrl(QStringLiteral("%1://127.0.0.1:%2/")
                     .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                     .arg(port)));
        if (tls)
            request.setSslConfiguration(*tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-TC-Action", action);
        request.setRawHeader("X-TC-Version", "2017-03-12");
        request.setRawHeader("X-TC-Region", "ap-guangzhou");
        request.setRawHeader("X-TC-Timestamp", QByteArray::number(now.toSecsSinceEpoch()));
        Tc3Signature::Request s;
        s.headers = {{"content-type", "application/json"}, {"host", "127.0.0.1"}};
        s.payload = body;
        s.timestamp = now.toSecsSinceEpoch();
        s.service = "cvm";
        request.setRawHeader("Authorization",
                             Tc3Signature::authorization("AKIDowner", "owner-secret", s));
        return nam.post(request, body);
    }

    // What a raw client receives until the endpoint closes the connection (or `ms` pass).
    static QByteArray receiveUntilClosed(QTcpSocket &socket, int ms = 5000)
    {
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < ms) {
            QTest::qWait(10);
            received += socket.readAll();
        }
        return received + socket.readAll();
    }
    static bool connectTo(QTcpSocket &socket, quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        QElapsedTimer timer;
        timer.start();
        while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < 5000)
            QTest::qWait(5);
        return socket.state() == QAbstractSocket::ConnectedState;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void changesAreSavedBeforeTheAnswer()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        Fixture f;
        QVERIFY(WorkspaceFile::save(f.ws(), file));
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, file);
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        QNetworkAccessManager nam;
        QNetworkReply *reply = post(nam, port, "ModifyImageSharePermission",
                                    {{QStringLiteral("ImageId"), QStringLiteral("img-owner001")},
                                     {QStringLiteral("AccountIds"), QJsonArray{kTrusted}},
                                     {QStringLiteral("Permission"), QStringLiteral("SHARE")}},
                                    f.clock().now());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject response = QJsonDocument::fromJson(reply->readAll())
                                         .object()
                                         .value(QStringLiteral("Response"))
                                         .toObject();
        QVERIFY(!response.contains(QStringLiteral("Error")));
        QVERIFY(!response.value(QStringLiteral("RequestId")).toString().isEmpty());
        // The file on disk already has the share.
        LoadResult saved = WorkspaceFile::load(file);
        QVERIFY(saved.ok());
        QVERIFY(saved.workspace->image(QStringLiteral("img-owner001"))->isSharedWith(kTrusted));
        QCOMPARE(endpoint.requestCount(), quint64(1));
        reply->deleteLater();
    }

    void severalClientsAtOnce()
    {
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QList<QNetworkAccessManager *> clients;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            auto *nam = new QNetworkAccessManager(this);
            clients.append(nam);
            // Each its own request: the same one, signed in the same second, runs once.
            replies.append(
                post(*nam, port, "RunInstances",
                     {{QStringLiteral("ImageId"), QStringLiteral("img-public01")},
                      {QStringLiteral("Placement"),
                       QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}}},
                      {QStringLiteral("InstanceCount"), 1},
                      {QStringLiteral("InstanceName"), QStringLiteral("i%1").arg(i)}},
                     f.clock().now()));
        }
        for (QNetworkReply *r : std::as_const(replies)) {
            if (!r->isFinished())
                QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(5000));
        }
        QCOMPARE(f.ws().instancesUsing(QStringLiteral("img-public01")).size(),
                 9); // ins-friend01 and eight new ones
        QCOMPARE(endpoint.requestCount(), quint64(8));
        qDeleteAll(clients);
    }

    // Every action once, over HTTP, with valid parameters.
    void everyActionOverHttp_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("expectKey");
        auto o = [](std::initializer_list<std::pair<QString, QJsonValue>> l) {
            QJsonObject out;
            for (const auto &[k, v] : l)
                out.insert(k, v);
            return out;
        };
        QTest::newRow("DescribeImages")
            << QByteArray("DescribeImages") << o({{QStringLiteral("Limit"), 2}}) << "ImageSet";
        QTest::newRow("DescribeImageSharePermission")
            << QByteArray("DescribeImageSharePermission")
            << o({{QStringLiteral("ImageId"), QStringLiteral("img-shared01")}})
            << "SharePermissionSet";
        QTest::newRow("ModifyImageSharePermission")
            << QByteArray("ModifyImageSharePermission")
            << o({{QStringLiteral("ImageId"), QStringLiteral("img-owner001")},
                  {QStringLiteral("AccountIds"), QJsonArray{kTrusted}},
                  {QStringLiteral("Permission"), QStringLiteral("SHARE")}})
            << "RequestId";
        QTest::newRow("SyncImages")
            << QByteArray("SyncImages")
            << o({{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}},
                  {QStringLiteral("DestinationRegions"), QJsonArray{QStringLiteral("ap-beijing")}},
                  {QStringLiteral("ImageSetRequired"), true}})
            << "ImageSet";
        QTest::newRow("DeleteImages")
            << QByteArray("DeleteImages")
            << o({{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-byol0001")}}})
            << "RequestId";
        QTest::newRow("ModifyImageAttribute")
            << QByteArray("ModifyImageAttribute")
            << o({{QStringLiteral("ImageId"), QStringLiteral("img-encr0001")},
                  {QStringLiteral("ImageDescription"), QStringLiteral("over HTTP")}})
            << "RequestId";
        QTest::newRow("CreateImage")
            << QByteArray("CreateImage")
            << o({{QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                  {QStringLiteral("ImageName"), QStringLiteral("http-image")}})
            << "ImageId";
        QTest::newRow("ImportImage")
            << QByteArray("ImportImage")
            << o({{QStringLiteral("Architecture"), QStringLiteral("x86_64")},
                  {QStringLiteral("OsType"), QStringLiteral("Ubuntu")},
                  {QStringLiteral("OsVersion"), QStringLiteral("22")},
                  {QStringLiteral("ImageUrl"),
                   QStringLiteral("https://b-1250000001.cos.ap-guangzhou.myqcloud.com/u.vmdk")},
                  {QStringLiteral("ImageName"), QStringLiteral("http-import")}})
            << "ImageId";
        QTest::newRow("DescribeImportImageOs")
            << QByteArray("DescribeImportImageOs") << QJsonObject() << "ImportImageOsListSupported";
        QTest::newRow("DescribeImageQuota")
            << QByteArray("DescribeImageQuota") << QJsonObject() << "ImageNumQuota";
        QTest::newRow("DescribeRegions")
            << QByteArray("DescribeRegions") << QJsonObject() << "RegionSet";
        QTest::newRow("RunInstances")
            << QByteArray("RunInstances")
            << o({{QStringLiteral("ImageId"), QStringLiteral("img-public01")},
                  {QStringLiteral("Placement"),
                   QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")}}}})
            << "InstanceIdSet";
        QTest::newRow("ResetInstance")
            << QByteArray("ResetInstance")
            << o({{QStringLiteral("InstanceId"), QStringLiteral("ins-linux001")},
                  {QStringLiteral("ImageId"), QStringLiteral("img-public01")}})
            << "RequestId";
        QTest::newRow("DescribeInstances")
            << QByteArray("DescribeInstances") << QJsonObject() << "InstanceSet";
    }
    void everyActionOverHttp()
    {
        QFETCH(QByteArray, action);
        QFETCH(QJsonObject, params);
        QFETCH(QString, expectKey);
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QNetworkAccessManager nam;
        QNetworkReply *reply = post(nam, port, action, params, f.clock().now());
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        const QJsonObject response = QJsonDocument::fromJson(reply->readAll())
                                         .object()
                                         .value(QStringLiteral("Response"))
                                         .toObject();
        QVERIFY2(!response.contains(QStringLiteral("Error")),
                 QJsonDocument(response).toJson(QJsonDocument::Compact).constData());
        QVERIFY(response.contains(expectKey));
        reply->deleteLater();
    }

    void errorsAreHttp200()
    {
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            post(nam, port, "DeleteImages",
                 {{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-full0050")}}},
                 f.clock().now());
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject error = QJsonDocument::fromJson(reply->readAll())
                                      .object()
                                      .value(QStringLiteral("Response"))
                                      .toObject()
                                      .value(QStringLiteral("Error"))
                                      .toObject();
        QCOMPARE(error.value(QStringLiteral("Code")).toString(),
                 QStringLiteral("InvalidImageId.InShared"));
        reply->deleteLater();
    }

    // Issue 16.10: a body over the limit is refused from its Content-Length, unread.
    void anOversizedBodyIsRefusedBeforeItIsRead()
    {
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QTcpSocket client;
        QVERIFY(connectTo(client, port));
        // 50 MB announced; not one byte of it is sent, and none is waited for.
        client.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     "Content-Length: 52428800\r\n\r\n");
        const QByteArray answer = receiveUntilClosed(client);
        QVERIFY2(answer.contains("RequestSizeLimitExceeded"), answer.constData());
        QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(endpoint.requestCount(), quint64(0));
    }

    // The body limits API 3.0 documents, from Content-Length: 10 MB signed with TC3, 1 MB as a
    // form (the older signature). A TC3 body over the old 1 MB is read and answered.
    void bodyLimitsFollowTheSignature()
    {
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QTcpSocket form;
        QVERIFY(connectTo(form, port));
        form.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   "Content-Type: application/x-www-form-urlencoded\r\n"
                   "Content-Length: 1048577\r\n\r\n");
        QVERIFY(receiveUntilClosed(form).contains("RequestSizeLimitExceeded"));
        QTcpSocket tc3;
        QVERIFY(connectTo(tc3, port));
        tc3.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Authorization: TC3-HMAC-SHA256 x\r\nContent-Length: 10485761\r\n\r\n");
        QVERIFY(receiveUntilClosed(tc3).contains("RequestSizeLimitExceeded"));
        QCOMPARE(endpoint.requestCount(), quint64(0));
        // 2 MB, signed: answered.
        QNetworkAccessManager nam;
        QJsonObject big{{QStringLiteral("ImageIds"), QJsonArray{QStringLiteral("img-owner001")}},
                        {QStringLiteral("ImageName"), QString(2 * 1024 * 1024, QLatin1Char('x'))}};
        QNetworkReply *reply = post(nam, port, "DescribeImages", big, f.clock().now());
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QVERIFY(!reply->readAll().contains("RequestSizeLimitExceeded"));
        QCOMPARE(endpoint.requestCount(), quint64(1));
        reply->deleteLater();
    }

    // GET with the older signature, as the Go and Python SDKs send it: the parameters in the query
    // string, the host signed with its port.
    void getWithTheOlderSignature()
    {
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        const QList<QPair<QByteArray, QByteArray>> params = {
            {"Action", "DescribeImages"},
            {"ImageIds.0", "img-owner001"},
            {"Nonce", "12345"},
            {"Region", "ap-guangzhou"},
            {"SecretId", "AKIDowner"},
            {"SignatureMethod", "HmacSHA256"},
            {"Timestamp", QByteArray::number(f.clock().now().toSecsSinceEpoch())},
            {"Version", "2017-03-12"}};
        const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
        QByteArray toSign = "GET" + host + "/?";
        QByteArray query;
        for (const auto &[k, v] : params) {
            toSign += k + '=' + v + '&';
            query += k + '=' + v + '&';
        }
        toSign.chop(1);
        const QByteArray signature =
            QMessageAuthenticationCode::hash(toSign, "owner-secret", QCryptographicHash::Sha256)
                .toBase64();
        query += "Signature=" + signature.toPercentEncoding();
        QNetworkAccessManager nam;
        QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        const QByteArray answer = reply->readAll();
        QVERIFY2(answer.contains("\"TotalCount\":1"), answer.constData());
        reply->deleteLater();
    }

    void tooLongOrTooManyHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("one long line") << "X-Long: " + QByteArray(64 * 1024, 'a') + "\r\n";
        QByteArray many;
        for (int i = 0; i < 1000; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("1000 headers") << many;
    }
    void tooLongOrTooManyHeadersAreRefused()
    {
        QFETCH(QByteArray, headers);
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QTcpSocket client;
        QVERIFY(connectTo(client, port));
        client.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers +
                     "Content-Length: 2\r\n\r\n{}");
        const QByteArray answer = receiveUntilClosed(client);
        QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(200).constData());
        QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(endpoint.requestCount(), quint64(0));
    }

    void anIdleConnectionIsClosed()
    {
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        api::HttpLimits limits;
        limits.requestTimeoutMs = 200;
        endpoint.setLimits(limits);
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QTcpSocket idle;
        QVERIFY(connectTo(idle, port));
        // Half a request, then nothing: it is closed too.
        QTcpSocket slow;
        QVERIFY(connectTo(slow, port));
        slow.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 3000);
        QTRY_COMPARE(endpoint.connectionCount(), 0);
    }

    void connectionsAreCapped()
    {
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        api::HttpLimits limits;
        limits.maxConnections = 2;
        endpoint.setLimits(limits);
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QTcpSocket first, second, third;
        QVERIFY(connectTo(first, port));
        QVERIFY(connectTo(second, port));
        QTRY_COMPARE(endpoint.connectionCount(), 2);
        third.connectToHost(QHostAddress::LocalHost, port); // answered and closed at once
        const QByteArray answer = receiveUntilClosed(third);
        QVERIFY2(answer.startsWith("HTTP/1.1 503 ") && answer.contains("RequestLimitExceeded"),
                 answer.constData());
        QCOMPARE(endpoint.connectionCount(), 2);
        // A place that is given up is taken again.
        first.disconnectFromHost();
        QTRY_COMPARE(endpoint.connectionCount(), 1);
        QTcpSocket fourth;
        QVERIFY(connectTo(fourth, port));
        QTRY_COMPARE(endpoint.connectionCount(), 2);
    }

    // Several requests, one after another, on one kept-alive connection.
    void requestsOnOneConnection()
    {
        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QTcpSocket client;
        QVERIFY(connectTo(client, port));
        const QByteArray request = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        client.write(request + request);
        QTRY_COMPARE(endpoint.requestCount(), quint64(2));
        QTRY_COMPARE(int(client.peek(1 << 20).count("HTTP/1.1 200 OK")), 2);
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
        QVERIFY(client.readAll().contains("AuthFailure.InvalidAuthorization"));
    }

    // HTTPS with a certificate made for the test; a plain-HTTP client to it is turned away.
    void servesHttps()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QCOMPARE(makeCertificate(cert, key, QStringLiteral("127.0.0.1"), true), QString());

        Fixture f;
        api::ApiCredentials credentials;
        credentials.add({"AKIDowner", "owner-secret", kOwner});
        api::HttpEndpoint endpoint(f.ops(), credentials, QString());
        QString error;
        QVERIFY2(endpoint.setTls(cert, key, &error), qPrintable(error));
        QVERIFY(endpoint.isTls());
        const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);

        // A client that trusts the certificate.
        QNetworkAccessManager nam;
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(QSslCertificate::fromPath(cert));
        auto https = [&](const QByteArray &action) {
            return post(nam, port, action, {}, f.clock().now(), &trusting);
        };
        QNetworkReply *reply = https("DescribeRegions");
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->readAll().contains("RegionSet"));
        reply->deleteLater();

        // Plain HTTP to the HTTPS port: no answer, the connection closed, nothing handled.
        QTcpSocket plain;
        QVERIFY(connectTo(plain, port));
        plain.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    "Content-Length: 2\r\n\r\n{}");
        const QByteArray answer = receiveUntilClosed(plain);
        QVERIFY2(!answer.contains("HTTP/1.1"), answer.constData());
        QCOMPARE(plain.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(endpoint.requestCount(), quint64(1));

        // A client that does not trust the certificate is not answered.
        QNetworkAccessManager stranger;
        const QSslConfiguration defaults = QSslConfiguration::defaultConfiguration();
        QNetworkReply *untrusting =
            post(stranger, port, "DescribeRegions", {}, f.clock().now(), &defaults);
        QVERIFY(QSignalSpy(untrusting, &QNetworkReply::finished).wait(10000));
        QCOMPARE(untrusting->error(), QNetworkReply::SslHandshakeFailedError);
        untrusting->deleteLater();

        // Still serving; and over HTTPS it may listen beyond loopback.
        reply = https("DescribeImageQuota");
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
        api::HttpEndpoint wide(f.ops(), credentials, QString());
        QVERIFY(wide.setTls(cert, key, &error));
        QVERIFY(wide.listen(QHostAddress::AnyIPv4, 0) > 0);

        // What cannot be used is said, naming the file.
        api::HttpEndpoint bad(f.ops(), credentials, QString());
        const QString missing = dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(!bad.setTls(missing, key, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
        QVERIFY(!bad.setTls(key, key, &error)); // a key where the certificate should be
        QVERIFY2(error.contains(QStringLiteral("no certificate")), qPrintable(error));
        QVERIFY(!bad.setTls(cert, cert, &error)); // a certificate where the key should be
        QVERIFY2(error.contains(QStringLiteral("no private key")), qPrintable(error));
        QProcess other;
        const QString otherKey = dir.filePath(QStringLiteral("other-key.pem"));
        other.start(QStringLiteral("openssl"),
                    {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-out"), otherKey});
        QVERIFY(other.waitForFinished(30000) && other.exitCode() == 0);
        QVERIFY(!bad.setTls(cert, otherKey, &error)); // another certificate's key
        QVERIFY2(error.contains(otherKey), qPrintable(error));
        QVERIFY(!bad.isTls());
    }

    // Plain HTTP leaves this machine only when that is asked for.
    void listensOnLoopbackUnlessAllowed()
    {
        Fixture f;
        api::HttpEndpoint endpoint(f.ops(), api::ApiCredentials(), QString());
        QCOMPARE(endpoint.listen(QHostAddress::AnyIPv4, 0), quint16(0));
        QVERIFY(api::HttpEndpoint::isLoopback(QHostAddress::LocalHostIPv6));
        QVERIFY(!api::HttpEndpoint::isLoopback(QHostAddress(QStringLiteral("192.0.2.1"))));
        endpoint.setInsecureListenAllowed(true);
        QVERIFY(endpoint.listen(QHostAddress::AnyIPv4, 0) > 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpEndpoint)
#include "tst_httpendpoint.moc"

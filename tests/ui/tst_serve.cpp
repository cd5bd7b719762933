// File → Serve over API: the console serves its workspace, and its views follow what an API
// client changes; it serves on loopback only.
#include "Fixture.h"
#include "TestCertificate.h"
#include "ImageTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "RefusalLabel.h"
#include "ServeDialog.h"
#include "Tc3Signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void servesAndTheViewsFollow()
    {
        QTemporaryDir dir;
        const QString credentials = dir.filePath(QStringLiteral("credentials.json"));
        QFile f(credentials);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"credentials":[{"SecretId":"AKIDowner","SecretKey":"owner-secret","AccountId":"100000000001"}]})");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        LoadResult r = WorkspaceFile::fromObject(baseJson());
        QVERIFY(WorkspaceFile::save(*r.workspace, file));
        auto clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        const qint64 now = clock->now().toSecsSinceEpoch();
        ui::MainWindow w(
            std::make_unique<ui::Session>(std::move(r.workspace), file, std::move(clock)));
        w.session().setTicking(false);

        auto *dialog = qobject_cast<ui::ServeDialog *>(w.openDialog(QStringLiteral("serve")));
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(0); // any free port
        dialog->findChild<QLineEdit *>(QStringLiteral("credentialsFile"))->setText(credentials);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        QVERIFY(w.console().isServing());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("serveStatus"))
                    ->text()
                    .contains(QStringLiteral("Serving on http://127.0.0.1:")));

        const QString url = w.console().servingAddress();
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("ImageId"), QStringLiteral("img-owner001")},
                            {QStringLiteral("ImageName"), QStringLiteral("renamed-by-api")}})
                .toJson(QJsonDocument::Compact);
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-TC-Action", "ModifyImageAttribute");
        request.setRawHeader("X-TC-Version", "2017-03-12");
        request.setRawHeader("X-TC-Region", "ap-guangzhou");
        request.setRawHeader("X-TC-Timestamp", QByteArray::number(now));
        Tc3Signature::Request s;
        s.headers = {{"content-type", "application/json"}, {"host", "127.0.0.1"}};
        s.payload = body;
        s.timestamp = now;
        s.service = "cvm";
        request.setRawHeader("Authorization",
                             Tc3Signature::authorization("AKIDowner", "owner-secret", s));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(request, body);
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        reply->deleteLater();

        // The table shows the new name at once, the file has it, and the status counts the request.
        ui::ImageTableModel *m = w.imageModel();
        QCOMPARE(m->index(m->rowOf(QStringLiteral("img-owner001")), ui::ImageTableModel::NameColumn)
                     .data()
                     .toString(),
                 QStringLiteral("renamed-by-api"));
        QCOMPARE(
            WorkspaceFile::load(file).workspace->image(QStringLiteral("img-owner001"))->imageName,
            QStringLiteral("renamed-by-api"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("servingLabel"))
                    ->text()
                    .contains(QStringLiteral("1 request")));
        QCOMPARE(w.console().session().workspace().journal().last().channel, QStringLiteral("API"));

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stopButton")),
                          Qt::LeftButton);
        QVERIFY(!w.console().isServing());
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("servingLabel"))->text(), QString());
        w.console().markSaved();
    }

    // Plain HTTP stays on this machine: another address is refused, and the dialog says why.
    void servesOnLoopbackOnly()
    {
        QTemporaryDir dir;
        const QString credentials = dir.filePath(QStringLiteral("credentials.json"));
        QFile f(credentials);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"credentials":[{"SecretId":"AKIDowner","SecretKey":"owner-secret","AccountId":"100000000001"}]})");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        LoadResult r = WorkspaceFile::fromObject(baseJson());
        QVERIFY(WorkspaceFile::save(*r.workspace, file));
        ui::MainWindow w(std::make_unique<ui::Session>(
            std::move(r.workspace), file,
            std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc())));
        w.session().setTicking(false);

        auto *dialog = qobject_cast<ui::ServeDialog *>(w.openDialog(QStringLiteral("serve")));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("address"))
            ->setText(QStringLiteral("0.0.0.0"));
        dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(0);
        dialog->findChild<QLineEdit *>(QStringLiteral("credentialsFile"))->setText(credentials);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        QVERIFY(!w.console().isServing());
        const QString problem = dialog->findChild<ui::RefusalLabel *>()->text();
        QVERIFY2(problem.contains(QStringLiteral("plain HTTP")), qPrintable(problem));
        w.console().markSaved();
    }

    // With a certificate and its key the console serves HTTPS, beyond loopback too.
    void servesHttpsWithACertificate()
    {
        QTemporaryDir dir;
        const QString credentials = dir.filePath(QStringLiteral("credentials.json"));
        QFile f(credentials);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"credentials":[{"SecretId":"AKIDowner","SecretKey":"owner-secret","AccountId":"100000000001"}]})");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QCOMPARE(makeCertificate(cert, key), QString());
        const QString file = dir.filePath(QStringLiteral("ws.json"));
        LoadResult r = WorkspaceFile::fromObject(baseJson());
        QVERIFY(WorkspaceFile::save(*r.workspace, file));
        ui::MainWindow w(std::make_unique<ui::Session>(
            std::move(r.workspace), file,
            std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc())));
        w.session().setTicking(false);

        auto *dialog = qobject_cast<ui::ServeDialog *>(w.openDialog(QStringLiteral("serve")));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("address"))
            ->setText(QStringLiteral("0.0.0.0"));
        dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(0);
        dialog->findChild<QLineEdit *>(QStringLiteral("credentialsFile"))->setText(credentials);
        dialog->findChild<QLineEdit *>(QStringLiteral("tlsCertificate"))->setText(cert);
        // The certificate alone is not enough.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        QVERIFY(!w.console().isServing());
        QVERIFY(dialog->findChild<ui::RefusalLabel *>()->text().contains(
            QStringLiteral("private key")));
        dialog->findChild<QLineEdit *>(QStringLiteral("tlsKey"))->setText(key);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        QVERIFY2(w.console().isServing(),
                 qPrintable(dialog->findChild<ui::RefusalLabel *>()->text()));
        QVERIFY(w.console().servingAddress().startsWith(QStringLiteral("https://0.0.0.0:")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("serveStatus"))
                    ->text()
                    .contains(QStringLiteral("https://")));
        w.console().stopServing();
        w.console().markSaved();
    }
};

QTEST_MAIN(TestServe)
#include "tst_serve.moc"

// The Cloud panel and File → Connect to cloud…: the connection chosen and tested, a pull into
// the window's workspace, pending changes listed with their verdicts, dropped, applied, in both
// languages. The cloud is the endpoint on loopback over a second workspace.
#include "ApiCredentials.h"
#include "CloudConnectDialog.h"
#include "CloudPanel.h"
#include "Console.h"
#include "HttpEndpoint.h"
#include "Language.h"
#include "MainWindow.h"
#include "RuleText.h"
#include "Session.h"
#include "WorkspaceFile.h"
#include "WorkspaceGenerator.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace cvm;

class TestCloudPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Workspace> m_cloud;
    SystemClock m_clock;
    IdGenerator m_ids{5};
    std::unique_ptr<Operations> m_ops;
    std::unique_ptr<api::HttpEndpoint> m_endpoint;
    quint16 m_port = 0;
    QTemporaryDir m_dir;
    QString m_keys;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
        WorkspaceGenerator::Options o;
        o.images = 400;
        o.accounts = 2;
        o.regions = 3;
        o.seed = 5;
        m_cloud = std::move(WorkspaceFile::fromObject(WorkspaceGenerator::generate(o)).workspace);
        m_ops = std::make_unique<Operations>(*m_cloud, m_clock, m_ids);
        api::ApiCredentials served;
        QJsonArray list;
        for (const Account &a : m_cloud->accounts()) {
            served.add(
                {"AKID" + a.accountId.toLatin1(), "key" + a.accountId.toLatin1(), a.accountId});
            list.append(
                QJsonObject{{QStringLiteral("AccountId"), a.accountId},
                            {QStringLiteral("SecretId"), QStringLiteral("AKID") + a.accountId},
                            {QStringLiteral("SecretKey"), QStringLiteral("key") + a.accountId}});
        }
        m_endpoint = std::make_unique<api::HttpEndpoint>(*m_ops, served, QString());
        m_port = m_endpoint->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port);
        m_keys = m_dir.filePath(QStringLiteral("keys.json"));
        QFile f(m_keys);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("credentials"), list}}).toJson());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void connectDialogTestsTheConnection()
    {
        ui::CloudConnection c;
        c.source.file = m_keys;
        c.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        ui::CloudConnectDialog dialog(c);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("endpoint"))->currentIndex(), 2);
        dialog.testConnection();
        QVERIFY2(dialog.testResult().contains(QLatin1String("connected, 3 regions")),
                 qPrintable(dialog.testResult()));
        // A key file others can read is refused, with the way out.
        QFile::setPermissions(m_keys, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadOther);
        dialog.testConnection();
        QVERIFY(dialog.testResult().contains(QLatin1String("chmod 600")));
        QFile::setPermissions(m_keys, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // The environment's keys need an account.
        dialog.findChild<QRadioButton *>(QStringLiteral("sourceEnvironment"))->setChecked(true);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("accountId"))->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("credentialsFile"))->isEnabled());
        QVERIFY(dialog.connection().source.kind == cloud::CredentialSource::Kind::Environment);
        // Switching language retranslates it in place.
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Hubungkan ke cloud"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Connect to cloud"));
    }

    void pullPlanDropApplyFromTheWindow()
    {
        const QString file = m_dir.filePath(QStringLiteral("mine.json"));
        ui::MainWindow w(std::make_unique<ui::Session>(WorkspaceFile::blank(), file));
        w.session().setTicking(false);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionConnectCloud")));
        auto *panel = w.findChild<ui::CloudPanel *>(QStringLiteral("cloudPanel"));
        QVERIFY(panel);
        auto *status = panel->findChild<QLabel *>(QStringLiteral("cloudStatus"));
        QVERIFY2(status->text().startsWith(QLatin1String("Not connected")),
                 qPrintable(status->text()));
        auto *apply = panel->findChild<QPushButton *>(QStringLiteral("cloudApply"));
        QVERIFY(!apply->isEnabled());

        ui::CloudConnection c;
        c.source.file = m_keys;
        c.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        panel->setConnection(c);
        const QString pulled = panel->pull();
        QVERIFY2(pulled.isEmpty(), qPrintable(pulled));
        Workspace &ws = w.console().workspace();
        QCOMPARE(ws.imageCount(), m_cloud->imageCount());
        QVERIFY(status->text().startsWith(QLatin1String("Pulled from http://127.0.0.1")));
        QVERIFY(ws.account(w.console().actingAccount()));
        QVERIFY(w.console().isModified());
        QVERIFY(w.console().undoStack().count() == 0);

        // A share made in the window is a pending change, listed with its verdict.
        const QString me = m_cloud->accounts().at(0).accountId;
        const QString other = m_cloud->accounts().at(1).accountId;
        w.console().setActingAccount(me);
        QString imageId;
        for (const QString &id : ws.customImagesOf(me)) {
            const Image *img = ws.image(id);
            if (img->state == ImageState::Normal && img->shares.isEmpty() &&
                (imageId.isEmpty() || id < imageId))
                imageId = id;
        }
        QVERIFY(!imageId.isEmpty());
        const OperationResult shared = w.console().run(
            [&](Operations &ops, const OperationContext &ctx) {
                return ops.modifySharePermission(ctx, {imageId, {other}});
            },
            {QStringLiteral("S6")});
        QVERIFY(shared.applied());
        auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("pendingList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(
            list->topLevelItem(0)->text(4).startsWith(QLatin1String("ModifyImageSharePermission")));
        QCOMPARE(list->topLevelItem(0)->text(5), RuleText::tr("Allowed by the rules."));
        QVERIFY(status->text().contains(QLatin1String("1 change pending")));
        // Undo takes the pending change with it; redo brings it back.
        w.console().undo();
        QCOMPARE(list->topLevelItemCount(), 0);
        w.console().redo();
        QCOMPARE(list->topLevelItemCount(), 1);
        // Drop undoes it.
        list->topLevelItem(0)->setSelected(true);
        auto *drop = panel->findChild<QPushButton *>(QStringLiteral("cloudDrop"));
        QVERIFY(drop->isEnabled());
        drop->click();
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!ws.image(imageId)->isSharedWith(other));

        // Made again, saved, applied: the cloud has it.
        QVERIFY(w.console()
                    .run(
                        [&](Operations &ops, const OperationContext &ctx) {
                            return ops.modifySharePermission(ctx, {imageId, {other}});
                        },
                        {QStringLiteral("S6")})
                    .applied());
        QVERIFY(apply->isEnabled());
        QString error;
        QVERIFY2(w.session().document().save(&error), qPrintable(error));
        const QString applied = panel->apply();
        QVERIFY2(applied.isEmpty(), qPrintable(applied));
        QVERIFY(m_cloud->image(imageId)->isSharedWith(other));
        QCOMPARE(list->topLevelItem(0)->text(1), RuleText::tr("Applied"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(panel->pull().isEmpty());
        QCOMPARE(list->topLevelItemCount(), 0);

        // In Indonesian, in place.
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_VERIFY(status->text().startsWith(QLatin1String("Ditarik dari")));
        QCOMPARE(apply->text(), QStringLiteral("Terapkan"));
        QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("cloudDock"))->windowTitle(),
                 QStringLiteral("Cloud"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(apply->text(), QStringLiteral("Apply"));
    }

    void applyOfAnUntitledWorkspaceAsksForASaveFirst()
    {
        ui::MainWindow w(std::make_unique<ui::Session>(WorkspaceFile::blank(), QString()));
        w.session().setTicking(false);
        auto *panel = w.findChild<ui::CloudPanel *>(QStringLiteral("cloudPanel"));
        ui::CloudConnection c;
        c.source.file = m_keys;
        c.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        panel->setConnection(c);
        QVERIFY(panel->pull().isEmpty());
        const QString refused = panel->apply();
        QVERIFY2(refused.startsWith(QLatin1String("Save the workspace first")),
                 qPrintable(refused));
        // A pull that cannot reach the cloud says so and changes nothing.
        const int before = w.console().workspace().imageCount();
        c.endpoint = QStringLiteral("http://127.0.0.1:1");
        panel->setConnection(c);
        const QString failed = panel->pull();
        QVERIFY2(failed.contains(QLatin1String("unchanged")), qPrintable(failed));
        QCOMPARE(w.console().workspace().imageCount(), before);
    }
};

QTEST_MAIN(TestCloudPanel)
#include "tst_cloudpanel.moc"

// Making images: from a Windows instance with the seed's four checks (each failing alone, all
// passing, going ahead anyway, diagnosing, fixing and trying again), and importing a real
// image file read from disk.
#include "Console.h"
#include "CreateImageDialog.h"
#include "Fixture.h"
#include "ImportImageDialog.h"
#include "InstanceChecksDialog.h"
#include "Language.h"
#include "WindowsChecksView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cvm;
using namespace fixture;

namespace {

QJsonObject withChecks(const QString &instanceId, const QJsonObject &checks)
{
    QJsonObject root = baseJson();
    QJsonArray instances = root.value(QStringLiteral("instances")).toArray();
    for (qsizetype i = 0; i < instances.size(); ++i) {
        QJsonObject o = instances.at(i).toObject();
        if (o.value(QStringLiteral("InstanceId")).toString() == instanceId) {
            o.insert(QStringLiteral("WindowsChecks"), checks);
            instances[i] = o;
        }
    }
    root.insert(QStringLiteral("instances"), instances);
    return root;
}

} // namespace

class TestImageCreation : public QObject
{
    Q_OBJECT

private:
    ManualClock *m_clock = nullptr;

    std::unique_ptr<ui::Console> makeConsole(const QJsonObject &json = baseJson(),
                                             const QString &acting = kOwner)
    {
        LoadResult r = WorkspaceFile::fromObject(json);
        auto clock = std::make_unique<ManualClock>(kStart);
        m_clock = clock.get();
        auto session =
            std::make_unique<ui::Session>(std::move(r.workspace), QString(), std::move(clock));
        session->setTicking(false);
        auto console = std::make_unique<ui::Console>(std::move(session));
        console->setActingAccount(acting);
        return console;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void eachFailingCheckAloneNeedsConfirmation_data()
    {
        QTest::addColumn<QString>("check");
        for (WindowsCheck c : allWindowsChecks())
            QTest::newRow(qPrintable(windowsCheckKey(c))) << windowsCheckKey(c);
    }
    void eachFailingCheckAloneNeedsConfirmation()
    {
        QFETCH(QString, check);
        QJsonObject checks{{QStringLiteral("AgentServices"), true},
                           {QStringLiteral("ModulesInstaller"), true},
                           {QStringLiteral("SecuritySoftware"), true},
                           {QStringLiteral("SystemPopups"), true}};
        checks.insert(check, false);
        auto console = makeConsole(withChecks(QStringLiteral("ins-win00001"), checks));
        ui::CreateImageDialog dialog(*console, QStringLiteral("ins-win00001"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("imageName")),
                         QStringLiteral("win-new"));
        auto *view = dialog.findChild<QTreeWidget *>(QStringLiteral("windowsChecks"));
        QVERIFY(!view->isHidden());
        int failed = 0;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = view->topLevelItem(i);
            const bool isIt = item->data(0, Qt::UserRole).toString() == check;
            QCOMPARE(item->text(1), isIt ? QStringLiteral("Failed") : QStringLiteral("Passed"));
            QCOMPARE(item->text(2).isEmpty(), !isIt); // what to do, for the failing one only
            failed += isIt;
        }
        QCOMPARE(failed, 1);
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        auto *goAhead = dialog.findChild<QCheckBox *>(QStringLiteral("goAhead"));
        QVERIFY(!goAhead->isHidden());
        QVERIFY(!ok->isEnabled());
        goAhead->setChecked(true);
        QVERIFY(ok->isEnabled());
    }

    void allChecksPassing()
    {
        auto console = makeConsole();
        ui::CreateImageDialog dialog(*console, QStringLiteral("ins-win00001"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("imageName")),
                         QStringLiteral("win-good"));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("goAhead"))->isHidden());
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(console->workspace().journal().last().action, QStringLiteral("CreateImage"));
        const QString id = console->workspace()
                               .journal()
                               .last()
                               .result.value(QStringLiteral("ImageId"))
                               .toString();
        m_clock->advance(console->workspace().policy().createDurationSeconds);
        console->session().tick();
        QCOMPARE(toString(console->workspace().image(id)->state), QStringLiteral("NORMAL"));
    }

    void goingAheadFailsThenDiagnoseFixAndRetry()
    {
        auto console = makeConsole();
        Workspace &ws = console->workspace();
        {
            ui::CreateImageDialog dialog(*console, QStringLiteral("ins-winbad01"));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("imageName")),
                             QStringLiteral("win-bad"));
            dialog.findChild<QCheckBox *>(QStringLiteral("goAhead"))->setChecked(true);
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")),
                              Qt::LeftButton);
        }
        const QString failed =
            ws.journal().last().result.value(QStringLiteral("ImageId")).toString();
        m_clock->advance(ws.policy().createDurationSeconds);
        console->session().tick();
        QCOMPARE(toString(ws.image(failed)->state), QStringLiteral("CREATEFAILED"));
        QCOMPARE(ws.image(failed)->failedChecks, QStringList{QStringLiteral("ModulesInstaller")});

        ui::DiagnoseDialog diagnose(*console, failed);
        QVERIFY(diagnose.findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("The Windows checks failed")));
        auto *view = diagnose.findChild<QTreeWidget *>(QStringLiteral("windowsChecks"));
        QCOMPARE(view->topLevelItem(1)->text(1), QStringLiteral("Failed"));
        QVERIFY(
            view->topLevelItem(1)->text(2).contains(QStringLiteral("Windows Modules Installer")));
        QVERIFY(diagnose.findChild<QLabel *>(QStringLiteral("nowLabel"))
                    ->text()
                    .contains(QStringLiteral("ins-winbad01 still fails 1 check.")));

        // The operator fixes the service on the instance and records it.
        ui::InstanceChecksDialog checks(*console, QStringLiteral("ins-winbad01"));
        auto *box = checks.findChild<QCheckBox *>(QStringLiteral("checkModulesInstaller"));
        QVERIFY(!box->isChecked());
        box->setChecked(true);
        QTest::mouseClick(checks.findChild<QPushButton *>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        QVERIFY(ws.instance(QStringLiteral("ins-winbad01"))->windowsChecks.failing().isEmpty());
        QCOMPARE(ws.journal().last().action, QStringLiteral("ModifyInstanceChecks"));

        ui::CreateImageDialog retry(*console, QStringLiteral("ins-winbad01"));
        QTest::keyClicks(retry.findChild<QLineEdit *>(QStringLiteral("imageName")),
                         QStringLiteral("win-bad-2"));
        QVERIFY(retry.findChild<QCheckBox *>(QStringLiteral("goAhead"))->isHidden());
        QTest::mouseClick(retry.findChild<QPushButton *>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        const QString good = ws.journal().last().result.value(QStringLiteral("ImageId")).toString();
        m_clock->advance(ws.policy().createDurationSeconds);
        console->session().tick();
        QCOMPARE(toString(ws.image(good)->state), QStringLiteral("NORMAL"));
    }

    void quotaIsCheckedFirst()
    {
        QJsonObject root = baseJson();
        root.insert(QStringLiteral("policy"),
                    QJsonObject{{QStringLiteral("customImageQuotaPerRegion"), 1}});
        auto console = makeConsole(root);
        ui::CreateImageDialog dialog(*console, QStringLiteral("ins-win00001"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("imageName")),
                         QStringLiteral("x"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("refusal"))
                    ->text()
                    .contains(QStringLiteral("quota")));
    }

    void importARealFile()
    {
        QTemporaryDir dir;
        const QString qemu = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
        QVERIFY(!qemu.isEmpty());
        const QString file = dir.filePath(QStringLiteral("centos.qcow2"));
        QCOMPARE(QProcess::execute(qemu, {QStringLiteral("create"), QStringLiteral("-q"),
                                          QStringLiteral("-f"), QStringLiteral("qcow2"), file,
                                          QStringLiteral("40G")}),
                 0);
        auto console = makeConsole();
        ui::ImportImageDialog dialog(*console);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))
                    ->isHidden()); // kOwner may import
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("imageLocation")), file);
        QVERIFY(!ok->isEnabled()); // not read yet
        dialog.readFile();
        auto *findings = dialog.findChild<QListWidget *>(QStringLiteral("findings"));
        QVERIFY(findings->item(0)->text().contains(QStringLiteral("QCOW2")));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("imageName")),
                         QStringLiteral("legacy"));
        auto *os = dialog.findChild<QComboBox *>(QStringLiteral("osType"));
        os->setCurrentIndex(os->findData(QStringLiteral("CentOS")));
        auto *version = dialog.findChild<QComboBox *>(QStringLiteral("osVersion"));
        version->setCurrentIndex(version->findData(QStringLiteral("7")));
        QVERIFY2(ok->isEnabled(),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("refusal"))->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
        const JournalEntry &e = console->workspace().journal().last();
        QCOMPARE(e.action, QStringLiteral("ImportImage"));
        const Image *img =
            console->workspace().image(e.result.value(QStringLiteral("ImageId")).toString());
        QCOMPARE(toString(img->state), QStringLiteral("IMPORTING"));
        QCOMPARE(img->imageSize, 40);
    }

    void importNeedsPermissionFirst()
    {
        auto console = makeConsole(baseJson(), kFriend);
        ui::ImportImageDialog dialog(*console);
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(!apply->isHidden());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("permissionLabel"))
                    ->text()
                    .contains(QStringLiteral("apply for it first")));
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(console->workspace().account(kFriend)->canImportImages);
        QVERIFY(apply->isHidden());
    }

    void importRefusesAForeignFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are notes, not a disk");
        f.close();
        auto console = makeConsole();
        ui::ImportImageDialog dialog(*console);
        dialog.findChild<QLineEdit *>(QStringLiteral("imageLocation"))->setText(file);
        dialog.readFile();
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("refusal"))
                    ->text()
                    .contains(QStringLiteral("is not supported")));
    }
};

QTEST_MAIN(TestImageCreation)
#include "tst_imagecreation.moc"

// The small things an operator notices: the FAQ's rules in words and the seed's links, JSON
// errors in the operator's language, confirmations that name whom they are about, forms that
// do not open in red, instances in launch order, recent files with their folder, Browse for an
// image file, and a workspace that breaks rules saying so when it opens.
#include "CheckDialog.h"
#include "ConsoleFixture.h"
#include "CreateImageDialog.h"
#include "Faq.h"
#include "FaqDialog.h"
#include "Fixture.h"
#include "ImportImageDialog.h"
#include "Language.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "RecentFiles.h"
#include "RuleText.h"
#include "Session.h"
#include "ShareDialog.h"
#include "WorkspaceFile.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace cvm;
using namespace fixture;

class TestFinishing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> makeWindow(const QJsonObject &root = baseJson())
    {
        LoadResult r = WorkspaceFile::fromObject(root);
        if (!r.ok())
            qFatal("%s", qPrintable(r.errorText()));
        auto session = std::make_unique<ui::Session>(std::move(r.workspace), QString(),
                                                     std::make_unique<ManualClock>(kStart));
        session->setTicking(false);
        auto w = std::make_unique<ui::MainWindow>(std::move(session));
        w->setActingAccount(kOwner);
        return w;
    }

    static QString faqText(ui::FaqDialog &faq, const QString &entry)
    {
        faq.showEntry(entry);
        return faq.findChild<QTextBrowser *>(QStringLiteral("faqAnswer"))->toPlainText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
    }
    void cleanup() { QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en"))); }

    // The rules under an answer are sentences, never bare IDs; the seed's links are there.
    void faqShowsRulesInWordsAndTheSeedsLinks()
    {
        for (const Faq::Entry &e : Faq::entries()) {
            for (const QString &rule : e.rules)
                QVERIFY2(RuleText::ruleTitle(rule) != rule, qPrintable(rule));
        }
        ui::FaqDialog faq;
        const QString quota = faqText(faq, QStringLiteral("shared-quota"));
        QVERIFY2(quota.contains(RuleText::ruleTitle(QStringLiteral("S7"))), qPrintable(quota));
        QVERIFY(!quota.contains(QStringLiteral("\nS7")));
        QVERIFY(faqText(faq, QStringLiteral("owner-create-instances"))
                    .contains(QStringLiteral("The owner can still create instances")));
        QVERIFY(faqText(faq, QStringLiteral("share-limit"))
                    .contains(QStringLiteral("at most 50 accounts")));
        faq.setShareLimit(500);
        QVERIFY(faqText(faq, QStringLiteral("share-limit"))
                    .contains(QStringLiteral("at most 500 accounts")));

        const QString give = faqText(faq, QStringLiteral("cross-region-other-account"));
        for (const char *title :
             {"Copying Images", "Sharing Custom Images", "Cancelling Image Sharing"})
            QVERIFY2(give.contains(QString::fromLatin1(title)), title);
        const QString html = faq.findChild<QTextBrowser *>(QStringLiteral("faqAnswer"))->toHtml();
        for (const char *page : {"213/4943", "213/4944", "213/7148"})
            QVERIFY2(html.contains(QString::fromLatin1(page)), page);
        QVERIFY(faqText(faq, QStringLiteral("import-preparations"))
                    .contains(QStringLiteral("Import Image")));
        QVERIFY(faq.findChild<QTextBrowser *>(QStringLiteral("faqAnswer"))->openExternalLinks());

        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QTRY_VERIFY(faqText(faq, QStringLiteral("cross-region-other-account"))
                        .contains(QStringLiteral("Menyalin Citra")));
        const QString id = faqText(faq, QStringLiteral("cross-region-other-account"));
        QVERIFY(id.contains(QStringLiteral("Berbagi Citra Kustom")));
        QVERIFY(id.contains(QStringLiteral("Membatalkan Berbagi Citra")));
    }

    // A JSON syntax error is said in the operator's language.
    void jsonSyntaxErrorsInIndonesian()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"cvm-image-console-workspace\", \"images\": [1, 2\n");
        f.close();
        const QString english = WorkspaceFile::load(file).errorText();
        QVERIFY2(english.contains(QStringLiteral("a list is not closed with ]")),
                 qPrintable(english));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        const QString indonesian = WorkspaceFile::load(file).errorText();
        QVERIFY2(!indonesian.contains(QStringLiteral("unterminated")), qPrintable(indonesian));
        QVERIFY2(!indonesian.contains(QStringLiteral("not closed")), qPrintable(indonesian));
        QVERIFY2(indonesian.contains(QStringLiteral("]")), qPrintable(indonesian));
        // Every parser error has words of its own.
        for (int e = QJsonParseError::UnterminatedObject; e <= QJsonParseError::GarbageAtEnd; ++e)
            QVERIFY(!LoadProblem::syntaxErrorText(e).isEmpty());
    }

    // "Cancel sharing with …?" names the accounts.
    void cancelSharingConfirmationNamesTheAccounts()
    {
        auto console = makeConsole();
        ui::ShareDialog dialog(*console, QStringLiteral("img-shared01"));
        auto *current = dialog.findChild<QTableWidget *>(QStringLiteral("currentShares"));
        current->selectRow(0);
        ui::Prompt::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelSelected")),
                          Qt::LeftButton);
        const QString asked = ui::Prompt::lastText();
        QVERIFY2(asked.contains(QStringLiteral("%1 (Friend)").arg(kFriend)), qPrintable(asked));
        QVERIFY(console->workspace().image(QStringLiteral("img-shared01"))->isSharedWith(kFriend));

        ui::ShareDialog full(*console, QStringLiteral("img-full0050"));
        ui::Prompt::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(full.findChild<QPushButton *>(QStringLiteral("cancelAll")),
                          Qt::LeftButton);
        const QString all = ui::Prompt::lastText();
        QVERIFY2(all.contains(extra(0)), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("40 more")));
        QVERIFY(!all.contains(extra(49)));
    }

    // A form does not open in red: the empty name is said once the operator has typed.
    void noRedBeforeTheOperatorTypes()
    {
        auto console = makeConsole();
        ui::CreateImageDialog create(*console, QStringLiteral("ins-linux001"));
        auto *refusal = create.findChild<QLabel *>(QStringLiteral("refusal"));
        auto *name = create.findChild<QLineEdit *>(QStringLiteral("imageName"));
        auto *ok = create.findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!refusal->text().contains(QStringLiteral("cannot be empty")));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(name, QStringLiteral("x"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(refusal->text().contains(QStringLiteral("The image name cannot be empty.")));
        QVERIFY(!ok->isEnabled());

        ui::ImportImageDialog import(*console);
        auto *importRefusal = import.findChild<QLabel *>(QStringLiteral("refusal"));
        QVERIFY2(!importRefusal->text().contains(QStringLiteral("cannot be empty")),
                 qPrintable(importRefusal->text()));
    }

    // Instances of an image are listed in the order they were launched.
    void instancesInLaunchOrder()
    {
        LoadResult loaded = WorkspaceFile::fromObject(baseJson());
        auto clock = std::make_unique<ManualClock>(kStart);
        ManualClock *time = clock.get();
        auto session =
            std::make_unique<ui::Session>(std::move(loaded.workspace), QString(), std::move(clock));
        session->setTicking(false);
        ui::MainWindow w(std::move(session));
        w.setActingAccount(kOwner);
        const auto launch = [&](int count, const QString &name) {
            RunInstancesRequest r;
            r.imageId = QStringLiteral("img-owner001");
            r.region = QStringLiteral("ap-guangzhou");
            r.count = count;
            r.instanceName = name;
            QVERIFY(w.console()
                        .run([&](Operations &ops, const OperationContext &ctx) {
                            return ops.runInstances(ctx, r);
                        })
                        .applied());
        };
        time->advance(3600); // after the fixture's own instances
        launch(12, QStringLiteral("web"));
        time->advance(60);
        launch(1, QStringLiteral("api"));
        w.selectImages({QStringLiteral("img-owner001")});
        auto *table = w.findChild<QTableWidget *>(QStringLiteral("instanceTable"));
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r)
            names.append(table->item(r, 1)->text());
        QStringList expected;
        for (int n = 1; n <= 12; ++n)
            expected.append(QStringLiteral("web-%1").arg(n));
        expected.append(QStringLiteral("api"));
        QVERIFY(names.size() >= 13);
        QCOMPARE(names.mid(names.size() - 13), expected);
        w.console().markSaved();
    }

    // Open Recent shows each file's folder.
    void recentFilesShowTheirFolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("prod/workspace.json"));
        ui::RecentFiles::add(file);
        auto w = makeWindow();
        QMenu *recent = w->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        const QString text = recent->actions().first()->text();
        QVERIFY2(text.startsWith(QStringLiteral("workspace.json — ")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("prod")), qPrintable(text));
    }

    // Import: Browse chooses a local file and reads it; an unknown format is not shown as
    // bytes.
    void importBrowsesAndSaysNoHex()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notes.img"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("hello, this is not a disk image").repeated(40));
        f.close();
        auto console = makeConsole();
        ui::ImportImageDialog dialog(*console);
        auto *browse = dialog.findChild<QPushButton *>(QStringLiteral("browseButton"));
        QVERIFY(browse);
        QCOMPARE(browse->text(), QStringLiteral("Browse…"));
        ui::Prompt::setNextFileName(file);
        QTest::mouseClick(browse, Qt::LeftButton);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("imageLocation"))->text(),
                 QDir::toNativeSeparators(file));
        auto *findings = dialog.findChild<QListWidget *>(QStringLiteral("findings"));
        QVERIFY(findings->count() > 0);
        QString all;
        for (int i = 0; i < findings->count(); ++i)
            all += findings->item(i)->text() + QLatin1Char('\n');
        QVERIFY2(all.contains(QStringLiteral("Unsupported format")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("68 65 6c")), qPrintable(all));
    }

    // The permission line and the Serve menu entry read naturally in Indonesian.
    void indonesianReadsNaturally()
    {
        auto console = makeConsole();
        ui::ImportImageDialog dialog(*console);
        auto *permission = dialog.findChild<QLabel *>(QStringLiteral("permissionLabel"));
        QCOMPARE(permission->text(),
                 QStringLiteral("Account %1 has been granted import permission.").arg(kOwner));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QTRY_COMPARE(permission->text(),
                     QStringLiteral("Akun %1 telah mendapat izin mengimpor citra.").arg(kOwner));
        auto w = makeWindow();
        QCOMPARE(w->action(QStringLiteral("actionServe"))->text(),
                 QStringLiteral("Jalankan endpoint &API…"));
    }

    // A workspace that breaks rules says so as soon as the window has shown its images, above
    // the table; Check opens the check.
    void brokenRulesShowWhenOpened()
    {
        auto clean = makeWindow();
        clean->show();
        QSignalSpy cleanPainted(clean.get(), &ui::MainWindow::firstPainted);
        QVERIFY(cleanPainted.wait());
        QVERIFY(clean->findChild<QFrame *>(QStringLiteral("brokenRulesBar"))->isHidden());

        QJsonObject root = baseJson();
        QJsonObject full = findImage(root, QStringLiteral("img-full0050"));
        QJsonArray shares = full.value(QStringLiteral("Shares")).toArray();
        shares.append(
            QJsonObject{{QStringLiteral("AccountId"), extra(55)},
                        {QStringLiteral("CreatedTime"), QStringLiteral("2026-02-01T09:00:00Z")}});
        full.insert(QStringLiteral("Shares"), shares);
        putImage(root, full);
        auto w = makeWindow(root);
        auto *bar = w->findChild<QFrame *>(QStringLiteral("brokenRulesBar"));
        // The check waits for the first paint: opening a large workspace shows its images
        // without waiting for it.
        QSignalSpy painted(w.get(), &ui::MainWindow::firstPainted);
        w->show();
        QVERIFY(bar->isHidden());
        QVERIFY(painted.wait());
        QVERIFY(!bar->isHidden());
        auto *text = w->findChild<QLabel *>(QStringLiteral("brokenRulesText"));
        QVERIFY2(text->text().startsWith(QStringLiteral("This workspace breaks 1 rule ")),
                 qPrintable(text->text()));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QTRY_VERIFY(text->text().startsWith(QStringLiteral("Ruang kerja ini")));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(text->text().startsWith(QStringLiteral("This workspace")));
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("brokenRulesCheck")),
                          Qt::LeftButton);
        auto *check = w->findChild<ui::CheckDialog *>();
        QVERIFY(check);
        check->reject();
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("brokenRulesDismiss")),
                          Qt::LeftButton);
        QVERIFY(bar->isHidden());
    }
};

QTEST_MAIN(TestFinishing)
#include "tst_finishing.moc"

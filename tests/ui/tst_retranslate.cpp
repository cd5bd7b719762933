// Live retranslation has one mechanism, the retranslate hook (ui/Retranslator.h): the window,
// its panels and the windows that are not operation dialogs (check, journal, FAQ, diagnose)
// re-word on a switch to Indonesian and again on the switch back; every console widget carries
// the hook, and no widget of ui/ reacts to QEvent::LanguageChange on its own.
#include "Console.h"
#include "Dialogs.h"
#include "Fixture.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Retranslator.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <functional>

using namespace cvm;
using namespace fixture;

namespace {

// One text of a widget. With a source, its English and Indonesian are known exactly (the
// catalogue's); without, it must differ in Indonesian and come back in English.
struct Probe
{
    QString what;
    std::function<QString()> text;
    const char *context = nullptr;
    const char *source = nullptr;
};

template <typename T>
T *child(QObject *root, const char *name)
{
    T *found = root->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

bool switchTo(const QString &code)
{
    return ui::LanguageManager::instance().setLanguage(code);
}

} // namespace

class TestRetranslate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> makeSampleWindow()
    {
        LoadResult sample = WorkspaceFile::load(QStringLiteral(SAMPLE_WORKSPACE));
        if (!sample.ok())
            return nullptr;
        auto session = std::make_unique<ui::Session>(std::move(sample.workspace), QString(),
                                                     std::make_unique<ManualClock>(kStart));
        session->setTicking(false);
        auto w = std::make_unique<ui::MainWindow>(std::move(session));
        w->show();
        return w;
    }

    // A failed image of the acting account, for the diagnose window.
    static QString failedImage(const ui::MainWindow &w)
    {
        for (const Image &img : w.console().workspace().images()) {
            if (img.ownerAccountId == w.actingAccount() && img.state == ImageState::CreateFailed)
                return img.imageId;
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(switchTo(QStringLiteral("en")));
    }

    void cleanup() { switchTo(QStringLiteral("en")); }

    void theWindowAndItsWindowsRewordBothWays()
    {
        auto w = makeSampleWindow();
        QVERIFY(w);
        const QString failed = failedImage(*w);
        QVERIFY(!failed.isEmpty());
        w->selectImages({failed});
        QDialog *diagnose = w->openDialog(QStringLiteral("diagnose"));
        QDialog *check = w->openDialog(QStringLiteral("check"));
        QDialog *journal = w->openDialog(QStringLiteral("journal"));
        QDialog *faq = w->openDialog(QStringLiteral("faq"));
        QVERIFY(diagnose && check && journal && faq);
        QCoreApplication::processEvents();

        ui::MainWindow *window = w.get();
        auto *checksView = child<QTreeWidget>(diagnose, "windowsChecks");
        auto *questions = child<QListWidget>(faq, "faqQuestions");
        auto *details = child<QTabWidget>(window, "detailsPane");
        auto *tasks = child<QTreeWidget>(window, "taskList");
        QVERIFY(checksView && questions && details && tasks);
        const QList<Probe> probes{
            // The window, its filter bar, panels and account picker.
            {QStringLiteral("Share action"),
             [=] { return window->action(QStringLiteral("actionShare"))->text(); },
             "cvm::ui::MainWindow", "&Share…"},
            {QStringLiteral("filter bar search"),
             [=] { return child<QLineEdit>(window, "search")->placeholderText(); },
             "cvm::ui::ImageFilterBar", "Search by image ID, name or operating system"},
            {QStringLiteral("filter bar type tooltip"),
             [=] { return child<QWidget>(window, "typeFilter")->toolTip(); },
             "cvm::ui::ImageFilterBar", "Only the images of this type"},
            {QStringLiteral("acting-as search"),
             [=] { return child<QLineEdit>(window, "actingAsSearch")->placeholderText(); },
             "cvm::ui::AccountPicker", "Account ID or name"},
            {QStringLiteral("details tab"), [=] { return details->tabText(0); },
             "cvm::ui::DetailsPane", "Overview"},
            {QStringLiteral("activity header"), [=] { return tasks->headerItem()->text(0); },
             "cvm::ui::ActivityPanel", "Task"},
            {QStringLiteral("cloud Pull"),
             [=] { return child<QPushButton>(window, "cloudPull")->text(); },
             "cvm::ui::CloudPanel", "Pull"},
            {QStringLiteral("quota note"),
             [=] { return child<QLabel>(window, "quotaNote")->text(); }},
            {QStringLiteral("shared-with-me summary"),
             [=] { return child<QLabel>(window, "sharedWithMeSummary")->text(); }},
            // The check window.
            {QStringLiteral("check title"), [=] { return check->windowTitle(); },
             "cvm::ui::CheckDialog", "Check workspace"},
            {QStringLiteral("check again"),
             [=] { return child<QPushButton>(check, "recheckButton")->text(); },
             "cvm::ui::CheckDialog", "Check again"},
            // The journal.
            {QStringLiteral("journal title"), [=] { return journal->windowTitle(); },
             "cvm::ui::JournalDialog", "Journal"},
            {QStringLiteral("journal search"),
             [=] { return child<QLineEdit>(journal, "journalSearch")->placeholderText(); },
             "cvm::ui::JournalDialog", "Search the journal"},
            {QStringLiteral("journal close"),
             [=] { return child<QPushButton>(journal, "closeButton")->text(); },
             "cvm::ui::JournalDialog", "Close"},
            // The FAQ.
            {QStringLiteral("FAQ title"), [=] { return faq->windowTitle(); },
             "cvm::ui::FaqDialog", "Image FAQ"},
            {QStringLiteral("FAQ first question"), [=] { return questions->item(0)->text(); }},
            // The diagnose window and its Windows checks.
            {QStringLiteral("diagnose title"), [=] { return diagnose->windowTitle(); }},
            {QStringLiteral("Windows checks header"),
             [=] { return checksView->headerItem()->text(0); }, "cvm::ui::WindowsChecksView",
             "Check"},
        };

        QStringList english;
        for (const Probe &p : probes) {
            english.append(p.text());
            if (p.source)
                QCOMPARE(english.last(), QString::fromUtf8(p.source));
            QVERIFY2(!english.last().isEmpty(), qPrintable(p.what));
        }

        QVERIFY(switchTo(QStringLiteral("id")));
        for (int i = 0; i < probes.size(); ++i) {
            const Probe &p = probes.at(i);
            QTRY_VERIFY2(p.text() != english.at(i), qPrintable(p.what));
            if (p.source)
                QCOMPARE(p.text(), QCoreApplication::translate(p.context, p.source));
        }

        QVERIFY(switchTo(QStringLiteral("en")));
        for (int i = 0; i < probes.size(); ++i)
            QTRY_COMPARE(probes.at(i).text(), english.at(i));

        for (QDialog *d : {diagnose, check, journal, faq})
            d->close();
        w->console().markSaved();
    }

    // Every widget class of the console, in the window and in every dialog, words itself through
    // the hook. The exception is worded by the window that holds it.
    void everyConsoleWidgetCarriesTheHook()
    {
        const QStringList wordedByTheirWindow{QStringLiteral("cvm::ui::RegionList")};
        auto w = makeSampleWindow();
        QVERIFY(w);
        QSet<QString> seen;
        auto verify = [&](QWidget *root) {
            QList<QWidget *> widgets = root->findChildren<QWidget *>();
            widgets.prepend(root);
            for (QWidget *widget : std::as_const(widgets)) {
                const QString cls = QString::fromLatin1(widget->metaObject()->className());
                if (!cls.startsWith(QLatin1String("cvm::ui::")) ||
                    wordedByTheirWindow.contains(cls))
                    continue;
                seen.insert(cls);
                const auto hooks = widget->findChildren<ui::Retranslator *>(
                    QString(), Qt::FindDirectChildrenOnly);
                QVERIFY2(hooks.size() == 1, qPrintable(cls));
            }
        };
        verify(w.get());
        QString image;
        for (const Image &img : w->console().workspace().images()) {
            if (img.ownerAccountId == w->actingAccount() && !img.shares.isEmpty() &&
                img.state == ImageState::Normal)
                image = img.imageId;
        }
        QVERIFY(!image.isEmpty());
        const QString failed = failedImage(*w);
        for (const QString &name : ui::dialogNames()) {
            w->selectImages({name == QLatin1String("diagnose") ? failed : image});
            QDialog *d = w->openDialog(name);
            QVERIFY2(d, qPrintable(name));
            verify(d);
            d->close();
        }
        // The check saw the window's parts and the dialogs, not just a few of them.
        for (const char *cls :
             {"cvm::ui::MainWindow", "cvm::ui::ImageFilterBar", "cvm::ui::DetailsPane",
              "cvm::ui::ActivityPanel", "cvm::ui::CloudPanel", "cvm::ui::QuotaPanel",
              "cvm::ui::SharedWithMePanel", "cvm::ui::AccountPicker", "cvm::ui::RefusalLabel",
              "cvm::ui::WindowsChecksView", "cvm::ui::CheckDialog", "cvm::ui::JournalDialog",
              "cvm::ui::FaqDialog", "cvm::ui::DiagnoseDialog", "cvm::ui::ShareDialog"})
            QVERIFY2(seen.contains(QLatin1String(cls)), cls);
        w->console().markSaved();
    }

    // The hook is the one way: no other file of ui/ handles QEvent::LanguageChange.
    void noWidgetHandlesLanguageChangeItself()
    {
        const QDir dir(QStringLiteral(PROJECT_SOURCE_DIR "/ui"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
        QVERIFY(files.size() > 40);
        for (const QString &name : files) {
            if (name.startsWith(QLatin1String("Retranslator.")))
                continue;
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("QEvent::LanguageChange"), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestRetranslate)
#include "tst_retranslate.moc"

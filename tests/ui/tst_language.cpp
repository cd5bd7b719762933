// English and Indonesian: a walk over the window and every dialog in Indonesian finds no text
// left in English; switching while a dialog is open re-words it, refusals included; plurals,
// numbers and dates follow the language.
#include "Console.h"
#include "Dialogs.h"
#include "Faq.h"
#include "FaqDialog.h"
#include "Fixture.h"
#include "ImageTableModel.h"
#include "Language.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "RefusalLabel.h"
#include "RuleText.h"
#include "ShareDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace cvm;
using namespace fixture;

namespace {

// English sources whose Indonesian translation differs: seen in Indonesian, they are a miss.
QSet<QString> untranslatedIfSeen(const QString &tsFile)
{
    QSet<QString> out;
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!t.isEmpty() && t != source)
                out.insert(source);
        }
    }
    return out;
}

void collect(QWidget *root, QStringList &texts)
{
    texts.append(root->windowTitle());
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *l = qobject_cast<QLabel *>(w))
            texts.append(l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts.append(b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            texts.append(g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            texts.append(e->placeholderText());
        if (auto *e = qobject_cast<QPlainTextEdit *>(w))
            texts.append(e->placeholderText());
        if (auto *t = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                texts.append(t->tabText(i));
        }
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                texts.append(c->itemText(i));
        }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c)
                texts.append(m->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < qMin(m->rowCount(), 60); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    texts.append(m->index(r, c).data().toString());
                    texts.append(m->index(r, c).data(Qt::ToolTipRole).toString());
                }
            }
        }
        if (auto *menu = qobject_cast<QMenu *>(w))
            texts.append(menu->title());
        for (QAction *a : w->actions()) {
            texts.append(a->text());
            texts.append(a->toolTip());
        }
    }
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> makeWindow(const QJsonObject &json)
    {
        LoadResult r = WorkspaceFile::fromObject(json);
        auto session = std::make_unique<ui::Session>(std::move(r.workspace), QString(),
                                                     std::make_unique<ManualClock>(kStart));
        session->setTicking(false);
        auto w = std::make_unique<ui::MainWindow>(std::move(session));
        w->show();
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
    }
    void cleanup() { ui::LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void indonesianWalkFindsNoEnglish()
    {
        QSet<QString> english = untranslatedIfSeen(
            QStringLiteral(PROJECT_SOURCE_DIR "/translations/imageconsole_id.ts"));
        english += untranslatedIfSeen(QStringLiteral(PROJECT_SOURCE_DIR "/translations/qt_id.ts"));
        QVERIFY(english.size() > 300);

        LoadResult sample = WorkspaceFile::load(QStringLiteral(SAMPLE_WORKSPACE));
        QVERIFY(sample.ok());
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QCoreApplication::processEvents();
        auto w = makeWindow(WorkspaceFile::toObject(*sample.workspace));
        QStringList texts;
        collect(w.get(), texts);
        // Every dialog, opened on a sensible selection.
        const Workspace &ws = w->console().workspace();
        auto ownShared = [&]() {
            for (const Image &img : ws.images()) {
                if (img.ownerAccountId == w->actingAccount() && !img.shares.isEmpty() &&
                    img.state == ImageState::Normal)
                    return img.imageId;
            }
            return QString();
        };
        const QString image = ownShared();
        QVERIFY(!image.isEmpty());
        int dialogs = 0;
        QString failed;
        for (const Image &img : ws.images()) {
            if (img.ownerAccountId == w->actingAccount() && img.state == ImageState::CreateFailed)
                failed = img.imageId;
        }
        for (const QString &name : ui::dialogNames()) {
            w->selectImages({name == QLatin1String("diagnose") ? failed : image});
            QDialog *d = w->openDialog(name);
            QVERIFY2(d, qPrintable(name));
            QCoreApplication::processEvents();
            collect(d, texts);
            d->close();
            ++dialogs;
        }
        QCOMPARE(dialogs, 20);
        QStringList misses;
        for (const QString &t : std::as_const(texts)) {
            if (english.contains(t) && !misses.contains(t))
                misses.append(t);
        }
        QVERIFY2(misses.isEmpty(), qPrintable(QStringLiteral("Still English: ") +
                                              misses.join(QStringLiteral(" | "))));
        // And the words are really Indonesian.
        QVERIFY(texts.contains(QStringLiteral("&Berkas")));
        QVERIFY(texts.contains(QStringLiteral("Wilayah")));
        w->console().markSaved();
    }

    void switchingWhileADialogIsOpenRewordsIt()
    {
        auto w = makeWindow(baseJson());
        w->selectImages({QStringLiteral("img-full0050")});
        auto *dialog = qobject_cast<ui::ShareDialog *>(w->openDialog(QStringLiteral("share")));
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("accountInput"))
            ->setPlainText(extra(55));
        auto *refusal = dialog->findChild<ui::RefusalLabel *>(QStringLiteral("refusal"));
        QVERIFY(refusal->text().contains(QStringLiteral("can be shared with at most 50 accounts")));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Share image img-full0050"));

        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Bagikan citra img-full0050"));
        QTRY_VERIFY(refusal->text().contains(
            QStringLiteral("dapat dibagikan dengan paling banyak 50 akun")));
        QVERIFY(refusal->text().contains(QStringLiteral("Mengapa?")));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("50 dibagikan + 1 baru > 50: tersisa 0 tempat"));
        QCOMPARE(w->action(QStringLiteral("actionShare"))->text(), QStringLiteral("&Bagikan…"));
        QCOMPARE(w->imageModel()
                     ->headerData(ui::ImageTableModel::RegionColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Wilayah"));

        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Share image img-full0050"));
        QTRY_VERIFY(
            refusal->text().contains(QStringLiteral("can be shared with at most 50 accounts")));
        dialog->close();
    }

    void refusalLinksToTheFaq()
    {
        auto w = makeWindow(baseJson());
        auto *label = new ui::RefusalLabel(w.get());
        label->setViolations(
            {Violation{QStringLiteral("S3"),
                       QStringLiteral("OverQuota"),
                       {{QStringLiteral("imageId"), QStringLiteral("img-full0050")},
                        {QStringLiteral("limit"), 50},
                        {QStringLiteral("shared"), 50},
                        {QStringLiteral("requested"), 1},
                        {QStringLiteral("left"), 0}},
                       {}}});
        QVERIFY(label->text().contains(QStringLiteral("href=\"rule:S3\"")));
        Q_EMIT label->linkActivated(QStringLiteral("rule:S3"));
        auto *faq = w->findChild<ui::FaqDialog *>();
        QVERIFY(faq);
        QCOMPARE(faq->currentEntry(), QStringLiteral("share-limit"));
        QVERIFY(faq->findChild<QTextEdit *>(QStringLiteral("faqAnswer"))
                    ->toPlainText()
                    .contains(QStringLiteral("50.")));
        // The Indonesian FAQ carries the seed's own words.
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QTRY_VERIFY(faq->findChild<QTextEdit *>(QStringLiteral("faqAnswer"))
                        ->toPlainText()
                        .contains(QStringLiteral("50 pengguna.")));
        faq->showEntry(QStringLiteral("risk-sharing"));
        QVERIFY(faq->findChild<QTextEdit *>(QStringLiteral("faqAnswer"))
                    ->toPlainText()
                    .contains(QStringLiteral("kebocoran data")));
    }

    void everyRuleWithARefusalHasAnAnswer()
    {
        for (const char *rule :
             {"S2", "S3", "S6", "M1", "C2", "D1", "D2", "I2", "P1", "N1", "N4", "Q1"})
            QVERIFY2(!Faq::entryForRule(QLatin1String(rule)).isEmpty(), rule);
    }

    void pluralsInBothLanguages()
    {
        const Violation one{
            QStringLiteral("D2"),
            QStringLiteral("InvalidImageId.InShared"),
            {{QStringLiteral("imageId"), QStringLiteral("img-a")}, {QStringLiteral("count"), 1}},
            {}};
        Violation many = one;
        many.args.insert(QStringLiteral("count"), 1234);
        QVERIFY(RuleText::message(one).contains(QStringLiteral("shared with 1 account:")));
        QVERIFY(RuleText::message(many).contains(QStringLiteral("shared with 1,234 accounts:")));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QVERIFY(RuleText::message(one).contains(QStringLiteral("dibagikan dengan 1 akun:")));
        QVERIFY(RuleText::message(many).contains(QStringLiteral("dibagikan dengan 1.234 akun:")));
    }

    void numbersAndDatesFollowTheLanguage()
    {
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        auto w = makeWindow(baseJson());
        ui::ImageTableModel *m = w->imageModel();
        const int row = m->rowOf(QStringLiteral("img-owner001"));
        // The locale's short format, with the whole year.
        QString format = QLocale(QLocale::Indonesian).dateTimeFormat(QLocale::ShortFormat);
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        QCOMPARE(m->index(row, ui::ImageTableModel::CreatedColumn).data().toString(),
                 QLocale(QLocale::Indonesian)
                     .toString(QDateTime(QDate(2026, 1, 10), QTime(10, 0), Qt::UTC).toLocalTime(),
                               format));
        QCOMPARE(m->index(row, ui::ImageTableModel::TypeColumn).data().toString(),
                 QStringLiteral("Kustom"));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(m->index(row, ui::ImageTableModel::TypeColumn).data().toString(),
                     QStringLiteral("Custom"));
    }

    void theChoiceIsRemembered()
    {
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QCOMPARE(ui::LanguageManager::savedLanguage(), QStringLiteral("id"));
        QVERIFY(!ui::LanguageManager::instance().setLanguage(QStringLiteral("xx")));
        QCOMPARE(ui::LanguageManager::instance().language(), QStringLiteral("id"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"

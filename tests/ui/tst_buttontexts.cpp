// Every dialog keeps its own button texts across a live language switch. On a language change a
// QDialogButtonBox re-sets the texts of its standard buttons to Qt's own ("OK", "Cancel",
// "Close"); a dialog that named a standard button "Copy" in its retranslate() then showed "OK"
// whenever the box got the event after the dialog. The dialogs use their own buttons in the
// standard roles instead; this test switches English → Indonesian → English with each dialog
// open and compares every button's text with the catalogue.
#include "Console.h"
#include "ConsoleFixture.h"
#include "Dialogs.h"
#include "Fixture.h"
#include "ImportDescribeImagesDialog.h"
#include "Language.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestButtonTexts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QDialog *makeDialog(const QString &name, ui::Console &console)
    {
        if (name == QLatin1String("importdescribe")) // not one of the factory's dialogs
            return new ui::ImportDescribeImagesDialog(console,
                                                      m_dir.filePath(QStringLiteral("none.json")));
        return ui::createDialog(name, console, {QStringLiteral("img-owner001")}, nullptr);
    }

    // The translation of a button's English text, in the context of the nearest widget (the
    // button's parents up to the dialog) or base class of it (a dialog's base makes its
    // Cancel/Close button) whose catalogue has it; empty when none has it, or when the
    // catalogue's Indonesian equals the English.
    static QString indonesianOf(const QPushButton *button, const QDialog *dialog,
                                const QString &english)
    {
        for (const QWidget *w = button->parentWidget(); w; w = w->parentWidget()) {
            for (const QMetaObject *m = w->metaObject(); m; m = m->superClass()) {
                const QString t =
                    QCoreApplication::translate(m->className(), english.toUtf8().constData());
                if (t != english)
                    return t;
            }
            if (w == dialog)
                break;
        }
        return QString();
    }

    static bool inButtonBox(const QPushButton *button)
    {
        return qobject_cast<const QDialogButtonBox *>(button->parentWidget()) != nullptr;
    }

    static bool isAcceptButton(const QPushButton *button)
    {
        const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
        return box &&
               box->buttonRole(const_cast<QPushButton *>(button)) == QDialogButtonBox::AcceptRole;
    }

    // Switches the language as the window's language menu does and lets every widget see the
    // change.
    static void switchTo(const QString &code)
    {
        QVERIFY(Language::apply(code));
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void keepsItsOwnTexts_data()
    {
        QTest::addColumn<QString>("name");
        QStringList names = ui::dialogNames();
        names.append(QStringLiteral("importdescribe"));
        for (const QString &name : std::as_const(names))
            QTest::newRow(qPrintable(name)) << name;
    }

    void keepsItsOwnTexts()
    {
        QFETCH(QString, name);
        auto console = makeConsole();
        std::unique_ptr<QDialog> dialog(makeDialog(name, *console));
        QVERIFY(dialog);
        dialog->show();
        QCoreApplication::processEvents();

        const QString englishTitle = dialog->windowTitle();
        const QList<QPushButton *> found = dialog->findChildren<QPushButton *>();
        QList<QPointer<QPushButton>> buttons;
        QStringList english;
        int inBoxes = 0;
        for (QPushButton *b : found) {
            buttons.append(b);
            english.append(b->text());
            QVERIFY2(!b->text().isEmpty(), qPrintable(b->objectName()));
            if (inButtonBox(b))
                ++inBoxes;
        }
        QVERIFY(inBoxes > 0);
        const QString qtOkEnglish = QCoreApplication::translate("QPlatformTheme", "OK");

        switchTo(QStringLiteral("id"));
        QTRY_VERIFY(dialog->windowTitle() != englishTitle);
        const QString qtOkIndonesian = QCoreApplication::translate("QPlatformTheme", "OK");
        QCOMPARE(dialog->findChildren<QPushButton *>().size(), buttons.size());
        for (int i = 0; i < buttons.size(); ++i) {
            QPushButton *b = buttons.at(i);
            QVERIFY2(b, qPrintable(english.at(i)));
            const QString what =
                QStringLiteral("%1 (%2): \"%3\"").arg(b->objectName(), english.at(i), b->text());
            const QString expected = indonesianOf(b, dialog.get(), english.at(i));
            if (!expected.isEmpty()) {
                QVERIFY2(b->text() == expected,
                         qPrintable(what + QStringLiteral(", expected \"%1\"").arg(expected)));
            } else {
                // The box's buttons all have an Indonesian text of their own in the catalogue.
                QVERIFY2(!inButtonBox(b),
                         qPrintable(what + QStringLiteral(" has no Indonesian in the catalogue")));
            }
            if (isAcceptButton(b) && english.at(i) != qtOkEnglish)
                QVERIFY2(b->text() != qtOkIndonesian, qPrintable(what));
        }

        switchTo(QStringLiteral("en"));
        QTRY_COMPARE(dialog->windowTitle(), englishTitle);
        QCOMPARE(dialog->findChildren<QPushButton *>().size(), buttons.size());
        for (int i = 0; i < buttons.size(); ++i) {
            QPushButton *b = buttons.at(i);
            QVERIFY2(b, qPrintable(english.at(i)));
            QVERIFY2(b->text() == english.at(i),
                     qPrintable(QStringLiteral("%1: \"%2\", expected \"%3\"")
                                    .arg(b->objectName(), b->text(), english.at(i))));
        }
        dialog->close();
    }
};

QTEST_MAIN(TestButtonTexts)
#include "tst_buttontexts.moc"

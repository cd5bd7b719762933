#include "Console.h"
#include "ConsoleFixture.h"
#include "EditImageDialog.h"
#include "Fixture.h"
#include "Language.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestEditDialog : public QObject
{
    Q_OBJECT

private:
    struct View
    {
        QLineEdit *name = nullptr;
        QPlainTextEdit *description = nullptr;
        QLabel *nameCounter = nullptr;
        QLabel *descriptionCounter = nullptr;
        QLabel *refusal = nullptr;
        QPushButton *ok = nullptr;
    };

    static View viewOf(const ui::EditImageDialog &dialog)
    {
        View v;
        v.name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        v.description = dialog.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
        v.nameCounter = dialog.findChild<QLabel *>(QStringLiteral("nameCounter"));
        v.descriptionCounter = dialog.findChild<QLabel *>(QStringLiteral("descriptionCounter"));
        v.refusal = dialog.findChild<QLabel *>(QStringLiteral("refusal"));
        v.ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        return v;
    }

    static bool isRed(const QLabel *label)
    {
        return label->styleSheet().contains(QStringLiteral("#b00020"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void prefilledWithCounters()
    {
        auto console = makeConsole();
        ui::EditImageDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        QVERIFY(v.name && v.description && v.nameCounter && v.descriptionCounter && v.refusal &&
                v.ok);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit image img-owner001"));
        QCOMPARE(v.ok->text(), QStringLiteral("Save"));
        QCOMPARE(v.name->text(), QStringLiteral("name-img-owner001"));
        QCOMPARE(v.description->toPlainText(), QString());
        QCOMPARE(v.nameCounter->text(), QStringLiteral("17 / 60"));
        QCOMPARE(v.descriptionCounter->text(), QStringLiteral("0 / 256"));
        QVERIFY(!isRed(v.nameCounter) && !isRed(v.descriptionCounter));
        QVERIFY(v.name->isEnabled() && v.description->isEnabled());
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(!v.ok->isEnabled()); // nothing changed yet

        QTest::keyClicks(v.description, QStringLiteral("Base"));
        QCOMPARE(v.descriptionCounter->text(), QStringLiteral("4 / 256"));
        QVERIFY(v.ok->isEnabled());
        // Typing the old text back is no change.
        v.description->clear();
        QVERIFY(!v.ok->isEnabled());
    }

    void countersFollowThePolicy()
    {
        QJsonObject json = baseJson();
        QJsonObject policy = json.value(QStringLiteral("policy")).toObject();
        policy.insert(QStringLiteral("imageNameMaxLength"), 20);
        policy.insert(QStringLiteral("imageDescriptionMaxLength"), 10);
        json.insert(QStringLiteral("policy"), policy);
        auto console = makeConsole(json);
        ui::EditImageDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        QCOMPARE(v.nameCounter->text(), QStringLiteral("17 / 20"));
        QCOMPARE(v.descriptionCounter->text(), QStringLiteral("0 / 10"));
        QTest::keyClicks(v.description, QStringLiteral("eleven char"));
        QCOMPARE(v.descriptionCounter->text(), QStringLiteral("11 / 10"));
        QVERIFY(isRed(v.descriptionCounter));
        QVERIFY2(v.refusal->text().contains(
                     QStringLiteral("The description has 11 characters; at most 10 are allowed.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
        QTest::keyClick(v.description, Qt::Key_Backspace);
        QVERIFY(!isRed(v.descriptionCounter));
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());
    }

    void nameTooLongRefused()
    {
        auto console = makeConsole();
        ui::EditImageDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        v.name->clear();
        QTest::keyClicks(v.name, QString(60, QLatin1Char('a')));
        QCOMPARE(v.nameCounter->text(), QStringLiteral("60 / 60"));
        QVERIFY(!isRed(v.nameCounter));
        QVERIFY(v.ok->isEnabled());
        QTest::keyClicks(v.name, QStringLiteral("b"));
        QCOMPARE(v.nameCounter->text(), QStringLiteral("61 / 60"));
        QVERIFY(isRed(v.nameCounter));
        QVERIFY2(v.refusal->text().contains(
                     QStringLiteral("The name has 61 characters; at most 60 are allowed.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());

        v.name->clear();
        QVERIFY(v.refusal->text().contains(QStringLiteral("The image name cannot be empty.")));
        QVERIFY(!v.ok->isEnabled());
        QCOMPARE(console->workspace().image(QStringLiteral("img-owner001"))->imageName,
                 QStringLiteral("name-img-owner001"));
    }

    void duplicateNameRefused()
    {
        auto console = makeConsole();
        ui::EditImageDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        v.name->clear();
        QTest::keyClicks(v.name, QStringLiteral("name-img-byol0001"));
        QVERIFY2(v.refusal->text().contains(
                     QStringLiteral("You already have an image named \"name-img-byol0001\" in "
                                    "ap-guangzhou (img-byol0001).")),
                 qPrintable(v.refusal->text()));
        QVERIFY(v.refusal->text().contains(QStringLiteral("Choose another name.")));
        QVERIFY(!v.ok->isEnabled());
        // The same name in another region is no clash: img-winsrv01 is in ap-shanghai.
        v.name->setText(QStringLiteral("name-img-winsrv01"));
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());
    }

    void renameIsSavedJournaledAndUndone()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::EditImageDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        v.name->selectAll();
        QTest::keyClicks(v.name, QStringLiteral("web-base-2026"));
        QCOMPARE(v.nameCounter->text(), QStringLiteral("13 / 60"));
        QVERIFY(v.ok->isEnabled());
        const int journal = int(ws.journal().size());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws.image(QStringLiteral("img-owner001"))->imageName,
                 QStringLiteral("web-base-2026"));
        QCOMPARE(ws.image(QStringLiteral("img-owner001"))->imageDescription, QString());

        QCOMPARE(int(ws.journal().size()), journal + 1);
        const JournalEntry &entry = ws.journal().last();
        QCOMPARE(entry.action, QStringLiteral("ModifyImageAttribute"));
        QCOMPARE(entry.accountId, kOwner);
        QVERIFY(entry.success);
        QCOMPARE(entry.parameters.value(QStringLiteral("ImageId")).toString(),
                 QStringLiteral("img-owner001"));
        QCOMPARE(entry.parameters.value(QStringLiteral("ImageName")).toString(),
                 QStringLiteral("web-base-2026"));
        // Only what changed is sent.
        QVERIFY(!entry.parameters.contains(QStringLiteral("ImageDescription")));

        console->undoStack().undo();
        QCOMPARE(ws.image(QStringLiteral("img-owner001"))->imageName,
                 QStringLiteral("name-img-owner001"));
    }

    void descriptionOnlyIsSent()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::EditImageDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        QTest::keyClicks(v.description, QStringLiteral("Golden image"));
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(ws.image(QStringLiteral("img-owner001"))->imageDescription,
                 QStringLiteral("Golden image"));
        const JournalEntry &entry = ws.journal().last();
        QCOMPARE(entry.parameters.value(QStringLiteral("ImageDescription")).toString(),
                 QStringLiteral("Golden image"));
        QVERIFY(!entry.parameters.contains(QStringLiteral("ImageName")));
    }

    void sharedImageCannotBeChangedByItsOwner()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::EditImageDialog dialog(*console, QStringLiteral("img-shared01"));
        const View v = viewOf(dialog);
        QVERIFY2(v.refusal->text().contains(
                     QStringLiteral("Image img-shared01 is shared with 1 account: the name and "
                                    "description of a shared image cannot be changed.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(v.refusal->text().contains(
            QStringLiteral("Cancel all sharing of the image first, then change it.")));
        QVERIFY(!v.name->isEnabled());
        QVERIFY(!v.description->isEnabled());
        QVERIFY(!v.ok->isEnabled());
        const int journal = int(ws.journal().size());
        v.name->setText(QStringLiteral("changed anyway"));
        QVERIFY(!v.ok->isEnabled());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(ws.image(QStringLiteral("img-shared01"))->imageName,
                 QStringLiteral("name-img-shared01"));
        QCOMPARE(int(ws.journal().size()), journal);

        // Once all sharing is cancelled, the open dialog lets the owner edit.
        const OperationResult r = console->run([](Operations &ops, const OperationContext &ctx) {
            return ops.modifySharePermission(
                ctx,
                ShareRequest{QStringLiteral("img-shared01"), {kFriend}, SharePermission::Cancel});
        });
        QVERIFY(r.applied());
        QVERIFY(v.name->isEnabled());
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());
    }

    void recipientCannotChangeASharedImage()
    {
        auto console = makeConsole(baseJson(), kFriend);
        ui::EditImageDialog dialog(*console, QStringLiteral("img-shared01"));
        const View v = viewOf(dialog);
        QVERIFY2(v.refusal->text().contains(
                     QStringLiteral("Image img-shared01 was shared with you: the name and "
                                    "description of a shared image cannot be changed.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.name->isEnabled());
        QVERIFY(!v.description->isEnabled());
        QVERIFY(!v.ok->isEnabled());
    }

    void transitionalImageWaits()
    {
        auto console = makeConsole();
        ui::EditImageDialog dialog(*console, QStringLiteral("img-creating"));
        const View v = viewOf(dialog);
        QVERIFY2(
            v.refusal->text().contains(QStringLiteral("wait until the task on it has finished")),
            qPrintable(v.refusal->text()));
        QVERIFY(!v.name->isEnabled());
        QVERIFY(!v.ok->isEnabled());
    }

    void retranslateSetsEveryText()
    {
        auto console = makeConsole();
        ui::EditImageDialog dialog(*console, QStringLiteral("img-owner001"));
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->objectName() == QLatin1String("refusal"))
                continue;
            QVERIFY2(!label->text().isEmpty(), qPrintable(label->objectName()));
        }
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            QVERIFY(!button->text().isEmpty());
        QVERIFY(!dialog.windowTitle().isEmpty());
    }
};

QTEST_MAIN(TestEditDialog)
#include "tst_editdialog.moc"

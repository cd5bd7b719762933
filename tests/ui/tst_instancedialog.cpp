// The launch and reinstall dialog (N1–N4) driven through its widgets: zones and counts checked
// by core and refused inline, the N4 confirmation for an untrusted sharer only, the instances
// and journal after OK, undo, and a language switch with a refusal on display.
#include "Console.h"
#include "ConsoleFixture.h"
#include "Dialogs.h"
#include "Fixture.h"
#include "InstanceDialog.h"
#include "Language.h"
#include "RuleText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace cvm;
using namespace fixture;
using Mode = ui::InstanceDialog::Mode;

class TestInstanceDialog : public QObject
{
    Q_OBJECT

private:
    struct View
    {
        QLabel *summary = nullptr;
        QLabel *regionNote = nullptr;
        QComboBox *zone = nullptr;
        QSpinBox *count = nullptr;
        QLineEdit *name = nullptr;
        QComboBox *instance = nullptr;
        QLabel *warning = nullptr;
        QCheckBox *confirm = nullptr;
        QLabel *refusal = nullptr;
        QPushButton *ok = nullptr;
        QPushButton *cancel = nullptr;
    };

    static View viewOf(const QDialog &dialog)
    {
        View v;
        v.summary = dialog.findChild<QLabel *>(QStringLiteral("imageSummary"));
        v.regionNote = dialog.findChild<QLabel *>(QStringLiteral("regionNote"));
        v.zone = dialog.findChild<QComboBox *>(QStringLiteral("zoneCombo"));
        v.count = dialog.findChild<QSpinBox *>(QStringLiteral("countSpin"));
        v.name = dialog.findChild<QLineEdit *>(QStringLiteral("instanceName"));
        v.instance = dialog.findChild<QComboBox *>(QStringLiteral("instanceCombo"));
        v.warning = dialog.findChild<QLabel *>(QStringLiteral("sharedWarning"));
        v.confirm = dialog.findChild<QCheckBox *>(QStringLiteral("confirmUntrusted"));
        v.refusal = dialog.findChild<QLabel *>(QStringLiteral("refusal"));
        v.ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        v.cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        return v;
    }

    static QLabel *labelFor(const QDialog &dialog, QWidget *field)
    {
        for (QFormLayout *form : dialog.findChildren<QFormLayout *>()) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
                return label;
        }
        return nullptr;
    }

    // The operator replaces what the field holds by typing.
    static void typeInto(QWidget *field, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(field);
        if (!edit)
            edit = field->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static QStringList sorted(QSet<QString> set)
    {
        QStringList out = set.values();
        out.sort();
        return out;
    }

    static QString untrustedConfirmation(const QString &imageId, const QString &ownerId)
    {
        return RuleText::confirmation(
            Violation{QStringLiteral("N4"),
                      QString(),
                      {{QStringLiteral("imageId"), imageId}, {QStringLiteral("ownerId"), ownerId}},
                      {imageId}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void builtByName()
    {
        auto console = makeConsole();
        std::unique_ptr<QDialog> launch(ui::createDialog(
            QStringLiteral("launch"), *console, {QStringLiteral("img-owner001")}, nullptr));
        std::unique_ptr<QDialog> reinstall(ui::createDialog(
            QStringLiteral("reinstall"), *console, {QStringLiteral("img-owner001")}, nullptr));
        QVERIFY(qobject_cast<ui::InstanceDialog *>(launch.get()));
        QVERIFY(qobject_cast<ui::InstanceDialog *>(reinstall.get()));
        QCOMPARE(launch->objectName(), QStringLiteral("launchDialog"));
        QCOMPARE(reinstall->objectName(), QStringLiteral("reinstallDialog"));
        QVERIFY(viewOf(*launch).zone && !viewOf(*launch).instance);
        QVERIFY(viewOf(*reinstall).instance && !viewOf(*reinstall).zone);
        // One image only.
        QVERIFY(!ui::createDialog(QStringLiteral("launch"), *console,
                                  {QStringLiteral("img-owner001"), QStringLiteral("img-shared01")},
                                  nullptr));
    }

    void launchFromOwnImageInItsRegion()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::InstanceDialog dialog(*console, Mode::Launch, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        QVERIFY(v.summary && v.regionNote && v.zone && v.count && v.name && v.warning &&
                v.confirm && v.refusal && v.ok && v.cancel);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Launch instances from img-owner001"));
        QCOMPARE(v.ok->text(), QStringLiteral("Launch"));
        QCOMPARE(v.cancel->text(), QStringLiteral("Cancel"));
        QCOMPARE(labelFor(dialog, v.zone)->text(), QStringLiteral("Availability &zone:"));
        QCOMPARE(labelFor(dialog, v.count)->text(), QStringLiteral("Number of &instances:"));
        QCOMPARE(labelFor(dialog, v.name)->text(), QStringLiteral("Instance &name:"));
        // Each label is its field's buddy: Alt and the underlined letter go to the field.
        for (QWidget *field : {static_cast<QWidget *>(v.zone), static_cast<QWidget *>(v.count),
                               static_cast<QWidget *>(v.name)})
            QCOMPARE(labelFor(dialog, field)->buddy(), field);
        QCOMPARE(v.summary->text(),
                 QStringLiteral("img-owner001 — name-img-owner001 (CentOS 7.9 64-bit)"));
        QCOMPARE(v.regionNote->text(),
                 QStringLiteral("An image launches and reinstalls instances only in its own "
                                "region: South China (Guangzhou)."));
        // The zones of the image's region only, the first chosen.
        QStringList zones;
        for (int i = 0; i < v.zone->count(); ++i)
            zones.append(v.zone->itemText(i));
        QCOMPARE(zones,
                 (QStringList{QStringLiteral("ap-guangzhou-3"), QStringLiteral("ap-guangzhou-4"),
                              QStringLiteral("ap-guangzhou-6")}));
        QCOMPARE(v.zone->currentText(), QStringLiteral("ap-guangzhou-3"));
        QCOMPARE(v.count->value(), 1);
        QCOMPARE(v.name->text(), QStringLiteral("name-img-owner001"));
        // Own image: no warning, nothing to confirm.
        QVERIFY(v.warning->isHidden());
        QVERIFY(v.confirm->isHidden());
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());

        v.zone->setCurrentIndex(1);
        typeInto(v.count, QStringLiteral("3"));
        QCOMPARE(v.count->value(), 3);
        typeInto(v.name, QStringLiteral("web"));
        QVERIFY(v.ok->isEnabled());

        const QSet<QString> before = ws.instancesUsing(QStringLiteral("img-owner001"));
        QCOMPARE(before, QSet<QString>{QStringLiteral("ins-linux001")});
        const int instances = int(ws.instances().size());
        const int journal = int(ws.journal().size());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(int(ws.instances().size()), instances + 3);
        const QSet<QString> created = ws.instancesUsing(QStringLiteral("img-owner001")) - before;
        QCOMPARE(created.size(), 3);
        QStringList names;
        for (const QString &id : created) {
            const Instance *i = ws.instance(id);
            QVERIFY(i);
            QCOMPARE(i->ownerAccountId, kOwner);
            QCOMPARE(i->region, QStringLiteral("ap-guangzhou"));
            QCOMPARE(i->zone, QStringLiteral("ap-guangzhou-4"));
            QCOMPARE(i->imageId, QStringLiteral("img-owner001"));
            QCOMPARE(i->osName, QStringLiteral("CentOS 7.9 64-bit"));
            QCOMPARE(i->instanceState, QStringLiteral("RUNNING"));
            names.append(i->instanceName);
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2"),
                                     QStringLiteral("web-3")}));

        QCOMPARE(int(ws.journal().size()), journal + 1);
        const JournalEntry &entry = ws.journal().last();
        QCOMPARE(entry.action, QStringLiteral("RunInstances"));
        QCOMPARE(entry.accountId, kOwner);
        QVERIFY(entry.success);
        QCOMPARE(entry.parameters.value(QStringLiteral("ImageId")).toString(),
                 QStringLiteral("img-owner001"));
        QCOMPARE(entry.parameters.value(QStringLiteral("Region")).toString(),
                 QStringLiteral("ap-guangzhou"));
        QCOMPARE(entry.parameters.value(QStringLiteral("Placement"))
                     .toObject()
                     .value(QStringLiteral("Zone"))
                     .toString(),
                 QStringLiteral("ap-guangzhou-4"));
        QCOMPARE(entry.parameters.value(QStringLiteral("InstanceCount")).toInt(), 3);
        QCOMPARE(entry.parameters.value(QStringLiteral("InstanceName")).toString(),
                 QStringLiteral("web"));
        QStringList resultIds;
        for (const QJsonValue &x : entry.result.value(QStringLiteral("InstanceIdSet")).toArray())
            resultIds.append(x.toString());
        resultIds.sort();
        QCOMPARE(resultIds, sorted(created));

        console->undoStack().undo();
        QCOMPARE(int(ws.instances().size()), instances);
        QCOMPARE(ws.instancesUsing(QStringLiteral("img-owner001")), before);
        console->undoStack().redo();
        QCOMPARE(ws.instancesUsing(QStringLiteral("img-owner001")) - before, created);
    }

    void wrongZoneAndCountRefusedInline()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::InstanceDialog dialog(*console, Mode::Launch, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        QVERIFY(v.ok->isEnabled());

        // A zone of another region, typed or pasted.
        typeInto(v.zone, QStringLiteral("ap-shanghai-2"));
        QCOMPARE(v.zone->currentText(), QStringLiteral("ap-shanghai-2"));
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("Zone ap-shanghai-2 is not in region ap-guangzhou.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.refusal->isHidden());
        QVERIFY(!v.ok->isEnabled());
        typeInto(v.zone, QStringLiteral("ap-guangzhou-9"));
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("Zone ap-guangzhou-9 is not in region ap-guangzhou.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
        v.zone->setCurrentIndex(2);
        QCOMPARE(v.zone->currentText(), QStringLiteral("ap-guangzhou-6"));
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());

        // Counts outside 1..100, in core's words.
        typeInto(v.count, QStringLiteral("101"));
        QCOMPARE(v.count->value(), 101);
        QVERIFY2(v.refusal->text().startsWith(QStringLiteral(
                     "Between 1 and 100 instances can be launched at once, not 101.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
        typeInto(v.count, QStringLiteral("0"));
        QCOMPARE(v.count->value(), 0);
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("Between 1 and 100 instances can be launched at once, not 0.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
        typeInto(v.count, QStringLiteral("100"));
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());

        // Both at once: both said.
        typeInto(v.zone, QStringLiteral("ap-beijing-3"));
        typeInto(v.count, QStringLiteral("250"));
        QVERIFY(v.refusal->text().contains(
            QStringLiteral("Zone ap-beijing-3 is not in region ap-guangzhou.")));
        QVERIFY(v.refusal->text().contains(QStringLiteral("not 250.")));
        QVERIFY(!v.ok->isEnabled());

        // Nothing was launched or attempted.
        QCOMPARE(ws.instancesUsing(QStringLiteral("img-owner001")),
                 QSet<QString>{QStringLiteral("ins-linux001")});
        QVERIFY(ws.journal().isEmpty());
    }

    void imageNotNormalRefused()
    {
        auto console = makeConsole();
        ui::InstanceDialog dialog(*console, Mode::Launch, QStringLiteral("img-creating"));
        const View v = viewOf(dialog);
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("Image img-creating is %1: only an image in the Normal state "
                                    "can launch or reinstall "
                                    "instances. Wait until the image is Normal.")
                         .arg(RuleText::imageStateName(ImageState::Creating))),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
    }

    void untrustedSharerNeedsTheConfirmation()
    {
        auto console = makeConsole(); // kOwner trusts kTrusted only
        const Workspace &ws = console->workspace();
        ui::InstanceDialog dialog(*console, Mode::Launch, QStringLiteral("img-strange1"));
        const View v = viewOf(dialog);
        QCOMPARE(v.regionNote->text(),
                 QStringLiteral("A shared image is used only in the region of its source image: "
                                "South China (Guangzhou)."));
        QVERIFY(!v.warning->isHidden());
        QCOMPARE(
            v.warning->text(),
            QStringLiteral(
                "This image was shared with you by Stranger (%1). Tencent Cloud does not guarantee "
                "the "
                "integrity and security of images shared by other users; choose images shared by "
                "trusted accounts.")
                .arg(kStranger));
        QVERIFY(!v.confirm->isHidden());
        QCOMPARE(v.confirm->text(), QStringLiteral("I trust this image and want to use it"));
        QCOMPARE(v.confirm->toolTip(),
                 untrustedConfirmation(QStringLiteral("img-strange1"), kStranger));
        QVERIFY(!v.confirm->isChecked());
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(!v.ok->isEnabled());

        QTest::mouseClick(v.confirm, Qt::LeftButton);
        QVERIFY(v.confirm->isChecked());
        QVERIFY(v.ok->isEnabled());
        QTest::mouseClick(v.confirm, Qt::LeftButton);
        QVERIFY(!v.ok->isEnabled());
        QTest::mouseClick(v.confirm, Qt::LeftButton);
        QVERIFY(v.ok->isEnabled());

        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QSet<QString> created = ws.instancesUsing(QStringLiteral("img-strange1"));
        QCOMPARE(created.size(), 1);
        const Instance *i = ws.instance(*created.begin());
        QCOMPARE(i->ownerAccountId, kOwner);
        QCOMPARE(i->region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(i->zone, QStringLiteral("ap-guangzhou-3"));
        QCOMPARE(i->instanceName, QStringLiteral("name-img-strange1"));
        QCOMPARE(ws.journal().last().action, QStringLiteral("RunInstances"));
        QVERIFY(ws.journal().last().success);
        // The owner's image is used, not changed.
        QCOMPARE(ws.image(QStringLiteral("img-strange1"))->ownerAccountId, kStranger);
    }

    void trustedSharerNeedsNoConfirmation()
    {
        auto console = makeConsole(baseJson(), kFriend); // trusts kOwner, not kTrusted
        const Workspace &ws = console->workspace();
        {
            ui::InstanceDialog dialog(*console, Mode::Launch, QStringLiteral("img-shared01"));
            const View v = viewOf(dialog);
            QVERIFY(!v.warning->isHidden()); // the platform's warning is always shown (N4)
            QVERIFY(v.warning->text().startsWith(
                QStringLiteral("This image was shared with you by Owner (%1).").arg(kOwner)));
            QVERIFY(v.confirm->isHidden());
            QVERIFY(v.ok->isEnabled());
            QTest::mouseClick(v.ok, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            const QSet<QString> created = ws.instancesUsing(QStringLiteral("img-shared01"));
            QCOMPARE(created.size(), 1);
            QCOMPARE(ws.instance(*created.begin())->ownerAccountId, kFriend);
        }
        {
            ui::InstanceDialog dialog(*console, Mode::Launch, QStringLiteral("img-trusted1"));
            const View v = viewOf(dialog);
            QVERIFY(!v.confirm->isHidden());
            QCOMPARE(v.confirm->toolTip(),
                     untrustedConfirmation(QStringLiteral("img-trusted1"), kTrusted));
            QVERIFY(!v.ok->isEnabled());
        }
    }

    void invisibleImageShowsNothing()
    {
        auto console = makeConsole(); // img-trusted1 is not shared with kOwner
        ui::InstanceDialog dialog(*console, Mode::Launch, QStringLiteral("img-trusted1"));
        const View v = viewOf(dialog);
        QVERIFY(!v.summary->text().contains(QStringLiteral("name-img-trusted1")));
        QCOMPARE(v.summary->text(), QStringLiteral("Image img-trusted1 no longer exists."));
        QCOMPARE(v.zone->count(), 0);
        QVERIFY(v.warning->isHidden());
        QVERIFY(v.confirm->isHidden());
        QVERIFY(!v.ok->isEnabled());
    }

    void imageDeletedWhileOpen()
    {
        auto console = makeConsole();
        ui::InstanceDialog dialog(*console, Mode::Launch, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        QVERIFY(v.ok->isEnabled());
        QVERIFY(console
                    ->run([](Operations &ops, const OperationContext &ctx) {
                        return ops.deleteImages(
                            ctx, DeleteRequest{{QStringLiteral("img-owner001")}, false});
                    })
                    .applied());
        QCOMPARE(v.summary->text(), QStringLiteral("Image img-owner001 no longer exists."));
        QVERIFY(!v.ok->isEnabled());
        console->undoStack().undo();
        QVERIFY(v.ok->isEnabled());
    }

    void reinstallAnInstance()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        const Instance before = *ws.instance(QStringLiteral("ins-linux001"));
        QCOMPARE(before.imageId, QStringLiteral("img-owner001"));
        ui::InstanceDialog dialog(*console, Mode::Reinstall, QStringLiteral("img-shared01"));
        const View v = viewOf(dialog);
        QVERIFY(v.instance && v.ok);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Reinstall an instance with img-shared01"));
        QCOMPARE(v.ok->text(), QStringLiteral("Reinstall"));
        QCOMPARE(labelFor(dialog, v.instance)->text(), QStringLiteral("&Instance:"));
        // Only the acting account's instances in the image's region.
        QCOMPARE(v.instance->count(), 1);
        QCOMPARE(v.instance->itemData(0).toString(), QStringLiteral("ins-linux001"));
        QCOMPARE(v.instance->itemText(0),
                 QStringLiteral("ins-linux001 — ins-linux001 (CentOS 7.9 64-bit)"));
        QVERIFY(v.confirm->isHidden());
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());

        const int journal = int(ws.journal().size());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws.instance(QStringLiteral("ins-linux001"))->imageId,
                 QStringLiteral("img-shared01"));
        QCOMPARE(ws.instancesUsing(QStringLiteral("img-shared01")),
                 QSet<QString>{QStringLiteral("ins-linux001")});
        QVERIFY(ws.instancesUsing(QStringLiteral("img-owner001")).isEmpty());
        QCOMPARE(int(ws.instances().size()), 4);
        QCOMPARE(int(ws.journal().size()), journal + 1);
        const JournalEntry &entry = ws.journal().last();
        QCOMPARE(entry.action, QStringLiteral("ResetInstance"));
        QVERIFY(entry.success);
        QCOMPARE(entry.parameters.value(QStringLiteral("InstanceId")).toString(),
                 QStringLiteral("ins-linux001"));
        QCOMPARE(entry.parameters.value(QStringLiteral("ImageId")).toString(),
                 QStringLiteral("img-shared01"));

        console->undoStack().undo();
        QCOMPARE(*ws.instance(QStringLiteral("ins-linux001")), before);
    }

    void reinstallChoosesAmongSeveralInstances()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::InstanceDialog dialog(*console, Mode::Reinstall, QStringLiteral("img-winsrv01"));
        const View v = viewOf(dialog);
        QCOMPARE(v.instance->count(), 2);
        QCOMPARE(v.instance->itemData(0).toString(), QStringLiteral("ins-win00001"));
        QCOMPARE(v.instance->itemData(1).toString(), QStringLiteral("ins-winbad01"));
        v.instance->setCurrentIndex(1);
        QVERIFY(v.ok->isEnabled());
        // An instance launched while the dialog is open can be chosen; the choice is kept.
        const OperationResult launched =
            console->run([&](Operations &ops, const OperationContext &ctx) {
                return ops.runInstances(ctx, {QStringLiteral("img-winsrv01"),
                                              ws.image(QStringLiteral("img-winsrv01"))->region,
                                              {},
                                              1,
                                              QStringLiteral("late")});
            });
        QVERIFY(launched.applied());
        QCOMPARE(v.instance->count(), 3);
        QVERIFY(v.instance->findData(launched.createdIds.value(0)) >= 0);
        QCOMPARE(v.instance->currentData().toString(), QStringLiteral("ins-winbad01"));
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(ws.journal().last().parameters.value(QStringLiteral("InstanceId")).toString(),
                 QStringLiteral("ins-winbad01"));
        QCOMPARE(ws.journal().last().action, QStringLiteral("ResetInstance"));
    }

    void reinstallWithAnUntrustedSharersImage()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::InstanceDialog dialog(*console, Mode::Reinstall, QStringLiteral("img-strange1"));
        const View v = viewOf(dialog);
        QCOMPARE(v.instance->count(), 1);
        QVERIFY(!v.warning->isHidden());
        QVERIFY(!v.confirm->isHidden());
        QVERIFY(!v.ok->isEnabled());
        QTest::mouseClick(v.confirm, Qt::LeftButton);
        QVERIFY(v.ok->isEnabled());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws.instance(QStringLiteral("ins-linux001"))->imageId,
                 QStringLiteral("img-strange1"));
        QCOMPARE(ws.journal().last().action, QStringLiteral("ResetInstance"));
    }

    void reinstallWithNoInstanceInTheRegion()
    {
        QJsonObject json = baseJson();
        putImage(json, image(QStringLiteral("img-beijing1"), kOwner, QStringLiteral("ap-beijing")));
        auto console = makeConsole(json);
        ui::InstanceDialog dialog(*console, Mode::Reinstall, QStringLiteral("img-beijing1"));
        const View v = viewOf(dialog);
        QCOMPARE(v.instance->count(), 0);
        QCOMPARE(v.refusal->text(),
                 QStringLiteral("You have no instance in North China (Beijing) to reinstall."));
        QVERIFY(!v.ok->isEnabled());
        QVERIFY(console->workspace().journal().isEmpty());
    }

    void followsTheLanguage()
    {
        auto console = makeConsole();
        ui::InstanceDialog dialog(*console, Mode::Launch, QStringLiteral("img-strange1"));
        const View v = viewOf(dialog);
        typeInto(v.zone, QStringLiteral("ap-shanghai-2"));
        QVERIFY(v.refusal->text().startsWith(
            QStringLiteral("Zone ap-shanghai-2 is not in region ap-guangzhou.")));
        QVERIFY(v.confirm->isHidden()); // nothing to confirm while refused

        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Buat instans dari img-strange1"));
        QCOMPARE(v.ok->text(), QStringLiteral("Buat"));
        QCOMPARE(v.cancel->text(), QStringLiteral("Batal"));
        QCOMPARE(labelFor(dialog, v.zone)->text(), QStringLiteral("&Zona ketersediaan:"));
        QCOMPARE(labelFor(dialog, v.count)->text(), QStringLiteral("Jumlah &instans:"));
        QCOMPARE(labelFor(dialog, v.name)->text(), QStringLiteral("&Nama instans:"));
        QCOMPARE(v.regionNote->text(),
                 QStringLiteral("Citra yang dibagikan hanya digunakan di wilayah citra sumbernya: "
                                "Tiongkok Selatan (Guangzhou)."));
        QVERIFY2(v.warning->text().startsWith(
                     QStringLiteral("Citra ini dibagikan kepada Anda oleh Stranger (%1).")
                         .arg(kStranger)),
                 qPrintable(v.warning->text()));
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("Zona ap-shanghai-2 tidak berada di wilayah ap-guangzhou.")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());

        // The zone put right, the confirmation appears in Indonesian.
        v.zone->setCurrentIndex(0);
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(!v.confirm->isHidden());
        QCOMPARE(v.confirm->text(),
                 QStringLiteral("Saya memercayai citra ini dan ingin menggunakannya"));
        QVERIFY2(v.confirm->toolTip().startsWith(
                     QStringLiteral("Citra img-strange1 dibagikan oleh akun %1, yang tidak ada "
                                    "dalam daftar akun tepercaya Anda.")
                         .arg(kStranger)),
                 qPrintable(v.confirm->toolTip()));

        typeInto(v.count, QStringLiteral("101"));
        QVERIFY2(v.refusal->text().startsWith(
                     QStringLiteral("Antara 1 dan 100 instans dapat dibuat sekaligus, bukan 101.")),
                 qPrintable(v.refusal->text()));

        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Launch instances from img-strange1"));
        QCOMPARE(v.ok->text(), QStringLiteral("Launch"));
        QVERIFY2(v.refusal->text().startsWith(QStringLiteral(
                     "Between 1 and 100 instances can be launched at once, not 101.")),
                 qPrintable(v.refusal->text()));
        QCOMPARE(v.confirm->text(), QStringLiteral("I trust this image and want to use it"));
    }

    void reinstallFollowsTheLanguage()
    {
        QJsonObject json = baseJson();
        putImage(json, image(QStringLiteral("img-beijing1"), kOwner, QStringLiteral("ap-beijing")));
        auto console = makeConsole(json);
        ui::InstanceDialog dialog(*console, Mode::Reinstall, QStringLiteral("img-beijing1"));
        const View v = viewOf(dialog);
        QVERIFY(Language::apply(QStringLiteral("id")));
        QTRY_COMPARE(dialog.windowTitle(),
                     QStringLiteral("Instal ulang instans dengan img-beijing1"));
        QCOMPARE(v.ok->text(), QStringLiteral("Instal ulang"));
        QCOMPARE(labelFor(dialog, v.instance)->text(), QStringLiteral("&Instans:"));
        QCOMPARE(
            v.refusal->text(),
            QStringLiteral(
                "Anda tidak memiliki instans di Tiongkok Utara (Beijing) untuk diinstal ulang."));
    }
};

QTEST_MAIN(TestInstanceDialog)
#include "tst_instancedialog.moc"

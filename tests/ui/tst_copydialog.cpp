#include "Console.h"
#include "ConsoleFixture.h"
#include "CopyDialog.h"
#include "Fixture.h"
#include "Language.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestCopyDialog : public QObject
{
    Q_OBJECT

private:
    struct View
    {
        QListWidget *regions = nullptr;
        QLineEdit *name = nullptr;
        QLabel *counter = nullptr;
        QLabel *refusal = nullptr;
        QPushButton *ok = nullptr;
        QComboBox *account = nullptr;
    };

    static View viewOf(const ui::CopyDialog &dialog)
    {
        View v;
        v.regions = dialog.findChild<QListWidget *>(QStringLiteral("regionChecklist"));
        v.name = dialog.findChild<QLineEdit *>(QStringLiteral("copyName"));
        v.counter = dialog.findChild<QLabel *>(QStringLiteral("nameCounter"));
        v.refusal = dialog.findChild<QLabel *>(QStringLiteral("refusal"));
        v.ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        v.account = dialog.findChild<QComboBox *>(QStringLiteral("targetAccount"));
        return v;
    }

    static QListWidgetItem *regionItem(QListWidget *list, const QString &regionId)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == regionId)
                return list->item(i);
        }
        return nullptr;
    }

    static bool enabled(const QListWidgetItem *item)
    {
        return item->flags().testFlag(Qt::ItemIsEnabled) &&
               item->flags().testFlag(Qt::ItemIsUserCheckable);
    }

    // The operator ticks a region's box (copy), or chooses the region (give: a single choice).
    static void check(QListWidget *list, const QString &regionId, bool on = true)
    {
        QListWidgetItem *item = regionItem(list, regionId);
        QVERIFY2(item, qPrintable(regionId));
        if (list->selectionMode() == QAbstractItemView::SingleSelection) {
            if (on)
                list->setCurrentItem(item);
            else
                item->setSelected(false);
            return;
        }
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }

    static QStringList copiesOf(const Workspace &ws, const QString &sourceId)
    {
        QStringList ids = ws.copiesOf(sourceId).values();
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void showsRegionsWithQuotaAndReasons()
    {
        QJsonObject json = baseJson();
        QJsonObject policy = json.value(QStringLiteral("policy")).toObject();
        policy.insert(QStringLiteral("customImageQuotaPerRegion"),
                      1); // ap-shanghai holds img-winsrv01
        json.insert(QStringLiteral("policy"), policy);
        auto console = makeConsole(json);
        ui::CopyDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        QVERIFY(v.regions && v.name && v.counter && v.refusal && v.ok);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Copy image img-owner001 to regions"));
        QCOMPARE(v.ok->text(), QStringLiteral("Copy"));
        QCOMPARE(v.regions->count(), int(console->workspace().regions().size()));

        // The source region, with the reason.
        QListWidgetItem *gz = regionItem(v.regions, QStringLiteral("ap-guangzhou"));
        QVERIFY(gz && !enabled(gz));
        QVERIFY2(gz->text().startsWith(QStringLiteral("South China (Guangzhou) (ap-guangzhou)")),
                 qPrintable(gz->text()));
        QVERIFY2(gz->text().contains(QStringLiteral("already in ap-guangzhou")),
                 qPrintable(gz->text()));

        QListWidgetItem *moscow = regionItem(v.regions, QStringLiteral("eu-moscow"));
        QVERIFY(moscow && !enabled(moscow));
        QVERIFY2(moscow->text().contains(QStringLiteral("Region eu-moscow is unavailable")),
                 qPrintable(moscow->text()));

        QListWidgetItem *chongqing = regionItem(v.regions, QStringLiteral("ap-chongqing"));
        QVERIFY(chongqing && !enabled(chongqing));
        QVERIFY2(chongqing->text().contains(QStringLiteral("does not support copying images")),
                 qPrintable(chongqing->text()));

        QListWidgetItem *shanghai = regionItem(v.regions, QStringLiteral("ap-shanghai"));
        QVERIFY(shanghai && !enabled(shanghai));
        QVERIFY2(shanghai->text().contains(QStringLiteral("quota: 0 of 1 left")),
                 qPrintable(shanghai->text()));
        QVERIFY2(
            shanghai->text().contains(QStringLiteral("quota in ap-shanghai is full: 1 of 1 used")),
            qPrintable(shanghai->text()));
        QVERIFY(!shanghai->toolTip().isEmpty());

        for (const char *open : {"ap-beijing", "ap-jakarta"}) {
            QListWidgetItem *item = regionItem(v.regions, QString::fromLatin1(open));
            QVERIFY(item && enabled(item));
            QVERIFY2(item->text().endsWith(QStringLiteral("quota: 1 of 1 left")),
                     qPrintable(item->text()));
        }

        // Name field and counter from the policy; nothing chosen yet, so nothing to copy.
        QCOMPARE(v.name->text(), QStringLiteral("name-img-owner001"));
        QCOMPARE(v.counter->text(), QStringLiteral("17 / 60"));
        QVERIFY(!v.ok->isEnabled());
        QVERIFY(v.refusal->text().isEmpty());
    }

    void quotaShownForTheActingAccount()
    {
        auto console = makeConsole();
        ui::CopyDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        QVERIFY(regionItem(v.regions, QStringLiteral("ap-shanghai"))
                    ->text()
                    .endsWith(QStringLiteral("quota: 499 of 500 left")));
        QVERIFY(regionItem(v.regions, QStringLiteral("ap-beijing"))
                    ->text()
                    .endsWith(QStringLiteral("quota: 500 of 500 left")));
    }

    void copiesToTwoRegionsAndUndoes()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::CopyDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        check(v.regions, QStringLiteral("ap-beijing"));
        QVERIFY(v.ok->isEnabled());
        check(v.regions, QStringLiteral("ap-jakarta"));
        QVERIFY(v.ok->isEnabled());
        QVERIFY(v.refusal->text().isEmpty());
        // Clicking a disabled region does nothing.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QListWidgetItem *gz = regionItem(v.regions, QStringLiteral("ap-guangzhou"));
        QTest::mouseClick(v.regions->viewport(), Qt::LeftButton, {},
                          v.regions->visualItemRect(gz).center());
        QCOMPARE(gz->checkState(), Qt::Unchecked);

        const int journal = int(ws.journal().size());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QStringList copies = copiesOf(ws, QStringLiteral("img-owner001"));
        QCOMPARE(copies.size(), 2);
        QStringList regions;
        for (const QString &id : copies) {
            const Image *copy = ws.image(id);
            QVERIFY(copy);
            QCOMPARE(cvm::toString(copy->state), QStringLiteral("SYNCING"));
            QCOMPARE(copy->ownerAccountId, kOwner);
            QCOMPARE(copy->imageName, QStringLiteral("name-img-owner001"));
            QCOMPARE(copy->sourceImageId, QStringLiteral("img-owner001"));
            QCOMPARE(copy->sourceRegion, QStringLiteral("ap-guangzhou"));
            regions.append(copy->region);
        }
        regions.sort();
        QCOMPARE(regions,
                 (QStringList{QStringLiteral("ap-beijing"), QStringLiteral("ap-jakarta")}));
        QCOMPARE(cvm::toString(ws.image(QStringLiteral("img-owner001"))->state),
                 QStringLiteral("SYNCING"));

        // Journaled, without ImageName since the name was not changed.
        QCOMPARE(int(ws.journal().size()), journal + 1);
        const JournalEntry &entry = ws.journal().last();
        QCOMPARE(entry.action, QStringLiteral("SyncImages"));
        QVERIFY(entry.success);
        QVERIFY(!entry.parameters.contains(QStringLiteral("ImageName")));

        // While the source is copying, the open dialog says so and refuses another copy.
        QVERIFY(!v.ok->isEnabled());

        console->undoStack().undo();
        QVERIFY(copiesOf(ws, QStringLiteral("img-owner001")).isEmpty());
        for (const QString &id : copies)
            QVERIFY(!ws.image(id));
        QCOMPARE(cvm::toString(ws.image(QStringLiteral("img-owner001"))->state),
                 QStringLiteral("NORMAL"));
    }

    void changedNameIsSent()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::CopyDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        v.name->clear();
        QTest::keyClicks(v.name, QStringLiteral("web-base"));
        QCOMPARE(v.counter->text(), QStringLiteral("8 / 60"));
        check(v.regions, QStringLiteral("ap-shanghai"));
        QVERIFY(v.ok->isEnabled());
        QTest::mouseClick(v.ok, Qt::LeftButton);
        const QStringList copies = copiesOf(ws, QStringLiteral("img-owner001"));
        QCOMPARE(copies.size(), 1);
        QCOMPARE(ws.image(copies.first())->imageName, QStringLiteral("web-base"));
        QCOMPARE(ws.journal().last().parameters.value(QStringLiteral("ImageName")).toString(),
                 QStringLiteral("web-base"));
    }

    void duplicateNameRefusedInline()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::CopyDialog dialog(*console, QStringLiteral("img-owner001"));
        const View v = viewOf(dialog);
        check(v.regions, QStringLiteral("ap-beijing"));
        check(v.regions, QStringLiteral("ap-shanghai"));
        QVERIFY(v.ok->isEnabled());
        // img-winsrv01 in ap-shanghai already has this name.
        v.name->clear();
        QTest::keyClicks(v.name, QStringLiteral("name-img-winsrv01"));
        QVERIFY2(v.refusal->text().contains(QStringLiteral(
                     "You already have an image named \"name-img-winsrv01\" in ap-shanghai")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
        // Unchecking the region with the clash allows the rest.
        check(v.regions, QStringLiteral("ap-shanghai"), false);
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());
        check(v.regions, QStringLiteral("ap-shanghai"));
        QVERIFY(!v.ok->isEnabled());

        // A name over the limit and an empty name are refused too.
        v.name->setText(QString(61, QLatin1Char('n')));
        QCOMPARE(v.counter->text(), QStringLiteral("61 / 60"));
        QVERIFY(v.counter->styleSheet().contains(QStringLiteral("#b00020")));
        QVERIFY2(v.refusal->text().contains(QStringLiteral("61 characters")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
        v.name->clear();
        QVERIFY(v.refusal->text().contains(QStringLiteral("cannot be empty")));
        QVERIFY(!v.ok->isEnabled());

        QVERIFY(copiesOf(ws, QStringLiteral("img-owner001")).isEmpty());
    }

    void recipientCopiesOnlyIntoTheSourceRegion()
    {
        auto console = makeConsole(baseJson(), kFriend);
        const Workspace &ws = console->workspace();
        ui::CopyDialog dialog(*console, QStringLiteral("img-shared01"));
        const View v = viewOf(dialog);
        for (int i = 0; i < v.regions->count(); ++i) {
            QListWidgetItem *item = v.regions->item(i);
            const QString regionId = item->data(Qt::UserRole).toString();
            if (regionId == QLatin1String("ap-guangzhou")) {
                QVERIFY(enabled(item));
                continue;
            }
            QVERIFY2(!enabled(item), qPrintable(regionId));
            QVERIFY2(item->text().contains(QStringLiteral(
                         "was shared with you: it cannot be copied to other regions")),
                     qPrintable(item->text()));
            QVERIFY2(item->text().contains(QStringLiteral("(not to %1)").arg(regionId)),
                     qPrintable(item->text()));
        }
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("imageSummary"))
                    ->text()
                    .contains(QStringLiteral("Shared with you by Owner")));

        check(v.regions, QStringLiteral("ap-guangzhou"));
        QVERIFY2(v.ok->isEnabled(), qPrintable(v.refusal->text()));
        QTest::mouseClick(v.ok, Qt::LeftButton);
        const QStringList copies = copiesOf(ws, QStringLiteral("img-shared01"));
        QCOMPARE(copies.size(), 1);
        const Image *copy = ws.image(copies.first());
        QCOMPARE(copy->ownerAccountId, kFriend);
        QCOMPARE(copy->region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(cvm::toString(copy->state), QStringLiteral("SYNCING"));
        // The owner's image is not the recipient's to mark as copying.
        QCOMPARE(cvm::toString(ws.image(QStringLiteral("img-shared01"))->state),
                 QStringLiteral("NORMAL"));
    }

    void imageThatCannotBeCopied()
    {
        auto console = makeConsole();
        ui::CopyDialog dialog(*console, QStringLiteral("img-creating"));
        const View v = viewOf(dialog);
        QVERIFY2(v.refusal->text().contains(
                     QStringLiteral("only an image in the Normal state can be copied")),
                 qPrintable(v.refusal->text()));
        for (int i = 0; i < v.regions->count(); ++i)
            QVERIFY(!enabled(v.regions->item(i)));
        QVERIFY(!v.ok->isEnabled());
    }

    void guidedCopyThenShare()
    {
        auto console = makeConsole();
        const Workspace &ws = console->workspace();
        ui::CopyDialog dialog(*console, QStringLiteral("img-owner001"), true);
        QVERIFY(dialog.isGuided());
        const View v = viewOf(dialog);
        QVERIFY(v.account);
        QCOMPARE(dialog.windowTitle(),
                 QStringLiteral("Give image img-owner001 to another account"));
        QCOMPARE(v.ok->text(), QStringLiteral("Copy, then share"));
        auto *explanation = dialog.findChild<QLabel *>(QStringLiteral("explanation"));
        QVERIFY(explanation && explanation->text().contains(QStringLiteral("as your own image")));

        // Every account but the acting one, as "Name (ID)"; none chosen for the operator.
        QCOMPARE(v.account->count(), int(ws.accounts().size()) - 1);
        QCOMPARE(v.account->findData(kOwner), -1);
        QCOMPARE(v.account->itemText(v.account->findData(kFriend)),
                 QStringLiteral("Friend (%1)").arg(kFriend));
        QCOMPARE(v.account->currentIndex(), -1);

        // One region only, a single choice: no check boxes, and choosing a second region
        // replaces the first.
        QCOMPARE(v.regions->selectionMode(), QAbstractItemView::SingleSelection);
        for (int i = 0; i < v.regions->count(); ++i)
            QVERIFY(!v.regions->item(i)->data(Qt::CheckStateRole).isValid());
        check(v.regions, QStringLiteral("ap-beijing"));
        check(v.regions, QStringLiteral("ap-jakarta"));
        QVERIFY(!regionItem(v.regions, QStringLiteral("ap-beijing"))->isSelected());
        QVERIFY(regionItem(v.regions, QStringLiteral("ap-jakarta"))->isSelected());
        QVERIFY(!v.ok->isEnabled()); // no account yet

        // An account the workspace does not know is refused inline.
        v.account->setEditText(QStringLiteral("999999999"));
        QVERIFY2(v.refusal->text().contains(QStringLiteral("Account 999999999 is not known")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
        v.account->setEditText(QStringLiteral("12ab"));
        QVERIFY2(v.refusal->text().contains(QStringLiteral("is not an account ID")),
                 qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
        // A pasted ID of a known account will do.
        v.account->setEditText(kTrusted);
        QVERIFY2(v.ok->isEnabled(), qPrintable(v.refusal->text()));

        v.account->setCurrentIndex(v.account->findData(kFriend));
        QVERIFY(v.refusal->text().isEmpty());
        QVERIFY(v.ok->isEnabled());

        QSignalSpy spy(&dialog, &ui::CopyDialog::guidedCopyStarted);
        QTest::mouseClick(v.ok, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        const QString copyId = spy.first().at(0).toString();
        QCOMPARE(spy.first().at(1).toString(), kFriend);
        const Image *copy = ws.image(copyId);
        QVERIFY(copy);
        QCOMPARE(copy->region, QStringLiteral("ap-jakarta"));
        QCOMPARE(cvm::toString(copy->state), QStringLiteral("SYNCING"));
        QCOMPARE(copy->sourceImageId, QStringLiteral("img-owner001"));
        QCOMPARE(copiesOf(ws, QStringLiteral("img-owner001")), QStringList{copyId});
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void guidedRefusesWhatCannotBeSharedLater()
    {
        auto console = makeConsole();
        ui::CopyDialog dialog(*console, QStringLiteral("img-byol0001"), true);
        const View v = viewOf(dialog);
        v.account->setCurrentIndex(v.account->findData(kFriend));
        check(v.regions, QStringLiteral("ap-beijing"));
        QVERIFY2(v.refusal->text().contains(QStringLiteral("BYOL")), qPrintable(v.refusal->text()));
        QVERIFY(!v.ok->isEnabled());
        // The same image may still be copied in the plain dialog.
        ui::CopyDialog plain(*console, QStringLiteral("img-byol0001"));
        const View p = viewOf(plain);
        check(p.regions, QStringLiteral("ap-beijing"));
        QVERIFY(p.ok->isEnabled());
    }

    void retranslateSetsEveryText()
    {
        auto console = makeConsole();
        ui::CopyDialog dialog(*console, QStringLiteral("img-owner001"), true);
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->objectName() == QLatin1String("refusal") || label->buddy() == nullptr)
                continue;
            QVERIFY2(!label->text().isEmpty(), qPrintable(label->objectName()));
        }
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            QVERIFY(!button->text().isEmpty());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("imageSummary"))->text().isEmpty());
        for (int i = 0; i < viewOf(dialog).regions->count(); ++i)
            QVERIFY(!viewOf(dialog).regions->item(i)->text().isEmpty());
    }
};

QTEST_MAIN(TestCopyDialog)
#include "tst_copydialog.moc"

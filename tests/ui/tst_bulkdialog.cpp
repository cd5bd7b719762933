#include "BulkDialog.h"
#include "Console.h"
#include "ConsoleFixture.h"
#include "Dialogs.h"
#include "Fixture.h"
#include "ImageActionStates.h"
#include "Language.h"
#include "OperationCommand.h"
#include "Prompt.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace cvm;
using namespace fixture;

// Share, cancel and copy on many images at once: each image's verdict before OK, all or
// nothing, one undo step.
class TestBulkDialog : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ui::BulkDialog> open(ui::Console &console, const char *name,
                                                const QStringList &ids)
    {
        auto *d = qobject_cast<ui::BulkDialog *>(
            ui::createDialog(QLatin1String(name), console, ids, nullptr));
        return std::unique_ptr<ui::BulkDialog>(d);
    }
    // The verdict column, by image ID.
    static QHash<QString, QString> verdicts(const ui::BulkDialog &d)
    {
        auto *table = d.findChild<QTableWidget *>(QStringLiteral("imageVerdicts"));
        QHash<QString, QString> out;
        for (int row = 0; row < table->rowCount(); ++row)
            out.insert(table->item(row, 0)->text(), table->item(row, 3)->text());
        return out;
    }
    // The undo step as the Edit menu names it.
    static QString lastStep(ui::Console &console)
    {
        QUndoStack &stack = console.undoStack();
        return static_cast<const ui::OperationCommand *>(stack.command(stack.index() - 1))
            ->describe();
    }
    static QPushButton *ok(const ui::BulkDialog &d)
    {
        return d.findChild<QPushButton *>(QStringLiteral("okButton"));
    }
    static QString okReason(const ui::BulkDialog &d)
    {
        return d.findChild<QLabel *>(QStringLiteral("okReason"))->text();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void shareManyShowsEachVerdictAndAppliesAsOneUndoStep()
    {
        auto console = makeConsole();
        const QStringList ids{QStringLiteral("img-owner001"), QStringLiteral("img-shared01")};
        auto d = open(*console, "sharemany", ids);
        QVERIFY(d);
        QCOMPARE(d->windowTitle(), QStringLiteral("Share 2 images"));
        QVERIFY(!ok(*d)->isEnabled());
        QCOMPARE(okReason(*d), QStringLiteral("Enter the accounts to share with."));

        d->setAccounts({kFriend});
        QHash<QString, QString> v = verdicts(*d);
        QCOMPARE(v.value(QStringLiteral("img-owner001")),
                 QStringLiteral("✓ Will be shared with 1 account"));
        QCOMPARE(v.value(QStringLiteral("img-shared01")),
                 QStringLiteral("– Already shared with these accounts: left as it is"));
        // The risk is acknowledged once for all the images.
        auto *risk = d->findChild<QCheckBox *>(QStringLiteral("riskAcknowledged"));
        QVERIFY(!risk->isHidden());
        QVERIFY(!ok(*d)->isEnabled());
        QCOMPARE(okReason(*d), QStringLiteral("Acknowledge the risk of sharing first."));
        risk->setChecked(true);
        QVERIFY(ok(*d)->isEnabled());

        d->setAccounts({kFriend, kTrusted});
        v = verdicts(*d);
        QCOMPARE(v.value(QStringLiteral("img-shared01")),
                 QStringLiteral("✓ Will be shared with 1 account"));
        QCOMPARE(v.value(QStringLiteral("img-owner001")),
                 QStringLiteral("✓ Will be shared with 2 accounts"));
        const int undoSteps = console->undoStack().count();
        ok(*d)->click();
        QCOMPARE(d->result(), int(QDialog::Accepted));
        const Workspace &ws = console->workspace();
        QVERIFY(ws.image(QStringLiteral("img-owner001"))->isSharedWith(kTrusted));
        QVERIFY(ws.image(QStringLiteral("img-shared01"))->isSharedWith(kTrusted));
        QCOMPARE(console->undoStack().count(), undoSteps + 1);
        QCOMPARE(lastStep(*console), QStringLiteral("Share 2 images with 2 accounts"));
        console->undo();
        QVERIFY(ws.image(QStringLiteral("img-owner001"))->shares.isEmpty());
        QCOMPARE(ws.image(QStringLiteral("img-shared01"))->shares.size(), 1);
    }

    void oneRefusedImageHoldsTheOthers()
    {
        auto console = makeConsole();
        // img-full0050 is at the 50-account limit.
        auto d = open(*console, "sharemany",
                      {QStringLiteral("img-owner001"), QStringLiteral("img-full0050")});
        d->setAccounts({kFriend});
        d->findChild<QCheckBox *>(QStringLiteral("riskAcknowledged"))->setChecked(true);
        const QHash<QString, QString> v = verdicts(*d);
        QVERIFY2(v.value(QStringLiteral("img-full0050")).startsWith(QStringLiteral("✗ ")),
                 qPrintable(v.value(QStringLiteral("img-full0050"))));
        QVERIFY(v.value(QStringLiteral("img-full0050")).contains(QStringLiteral("50")));
        // No line says it will be shared while the request is refused.
        QCOMPARE(v.value(QStringLiteral("img-owner001")),
                 QStringLiteral("– Not changed while the request is refused"));
        QVERIFY(!ok(*d)->isEnabled());
        QCOMPARE(okReason(*d), QStringLiteral("The rules refuse this request: see the marked images."));
    }

    void cancelManyListsTheAccountsAndAsksFirst()
    {
        auto console = makeConsole();
        QVERIFY(console
                    ->run([](Operations &ops, const OperationContext &ctx) {
                        return ops.modifySharePermission(
                            ctx, ShareRequest{QStringLiteral("img-owner001"), {kFriend, kTrusted}});
                    },
                          {QStringLiteral("S6")})
                    .applied());
        auto d = open(*console, "cancelmany",
                      {QStringLiteral("img-owner001"), QStringLiteral("img-shared01"),
                       QStringLiteral("img-full0050")});
        auto *accounts = d->findChild<QListWidget *>(QStringLiteral("accountChecklist"));
        QVERIFY(accounts);
        // kFriend on two images, kTrusted on one, and the fifty extra accounts on one.
        QCOMPARE(accounts->count(), 52);
        QString friendLine;
        for (int i = 0; i < accounts->count(); ++i) {
            if (accounts->item(i)->data(Qt::UserRole).toString() == kFriend)
                friendLine = accounts->item(i)->text();
        }
        QCOMPARE(friendLine, QStringLiteral("%1 (Friend): shared with 2 of the selected images")
                                 .arg(kFriend));
        d->setAccounts({kFriend});
        const QHash<QString, QString> v = verdicts(*d);
        QCOMPARE(v.value(QStringLiteral("img-owner001")),
                 QStringLiteral("✓ Sharing with 1 account will be cancelled"));
        QCOMPARE(v.value(QStringLiteral("img-full0050")),
                 QStringLiteral("– Not shared with these accounts: left as it is"));
        // "No" leaves everything as it is.
        ui::Prompt::setNextAnswer(QMessageBox::No);
        ok(*d)->click();
        QVERIFY(console->workspace().image(QStringLiteral("img-shared01"))->isSharedWith(kFriend));
        QVERIFY(ui::Prompt::lastText().contains(kFriend));
        ui::Prompt::setNextAnswer(QMessageBox::Yes);
        ok(*d)->click();
        QVERIFY(!console->workspace().image(QStringLiteral("img-shared01"))->isSharedWith(kFriend));
        QVERIFY(!console->workspace().image(QStringLiteral("img-owner001"))->isSharedWith(kFriend));
        QVERIFY(console->workspace().image(QStringLiteral("img-owner001"))->isSharedWith(kTrusted));
    }

    void copyManyCountsTheQuotaPerImage()
    {
        QJsonObject root = baseJson();
        root.insert(QStringLiteral("policy"),
                    QJsonObject{{QStringLiteral("customImageQuotaPerRegion"), 2}});
        auto console = makeConsole(root);
        auto d = open(*console, "copymany",
                      {QStringLiteral("img-owner001"), QStringLiteral("img-shared01")});
        QCOMPARE(d->windowTitle(), QStringLiteral("Copy 2 images to regions"));
        // ap-shanghai holds one image: room for one copy, not two.
        d->setRegions({QStringLiteral("ap-shanghai")});
        QHash<QString, QString> v = verdicts(*d);
        QCOMPARE(v.value(QStringLiteral("img-owner001")),
                 QStringLiteral("– Not changed while the request is refused"));
        QVERIFY2(v.value(QStringLiteral("img-shared01")).startsWith(QStringLiteral("✗ ")),
                 qPrintable(v.value(QStringLiteral("img-shared01"))));
        QVERIFY(!ok(*d)->isEnabled());
        // A region that takes no copies cannot be ticked.
        auto *regions = d->findChild<QListWidget *>(QStringLiteral("regionChecklist"));
        for (int i = 0; i < regions->count(); ++i) {
            if (regions->item(i)->data(Qt::UserRole).toString() == QLatin1String("eu-moscow"))
                QVERIFY(!(regions->item(i)->flags() & Qt::ItemIsUserCheckable));
        }

        d->setRegions({QStringLiteral("ap-beijing")});
        v = verdicts(*d);
        QCOMPARE(v.value(QStringLiteral("img-owner001")),
                 QStringLiteral("✓ Will be copied to 1 region"));
        QVERIFY(ok(*d)->isEnabled());
        ok(*d)->click();
        const Workspace &ws = console->workspace();
        QCOMPARE(ws.copiesOf(QStringLiteral("img-owner001")).size(), 1);
        QCOMPARE(ws.copiesOf(QStringLiteral("img-shared01")).size(), 1);
        // One request in the journal, naming both images.
        QCOMPARE(ws.journal().last().action, QStringLiteral("SyncImages"));
        QCOMPARE(ws.journal().last().parameters.value(QStringLiteral("ImageIds")).toArray().size(),
                 2);
        QCOMPARE(lastStep(*console),
                 QStringLiteral("Copy 2 images to ap-beijing"));
    }

    void actionsOnASelectionNameEveryBlockingImage()
    {
        auto console = makeConsole();
        const auto states = ui::ImageActionStates::compute(
            console->workspace(), kOwner,
            {QStringLiteral("img-owner001"), QStringLiteral("img-public01"),
             QStringLiteral("img-market01")});
        QVERIFY(!states.value(QStringLiteral("actionShare")).enabled);
        QVERIFY(states.value(QStringLiteral("actionShare")).reason.contains(
            QStringLiteral("img-public01")));
        QVERIFY(states.value(QStringLiteral("actionShare")).reason.contains(
            QStringLiteral("img-market01")));
        const auto fine = ui::ImageActionStates::compute(
            console->workspace(), kOwner,
            {QStringLiteral("img-owner001"), QStringLiteral("img-shared01")});
        QVERIFY(fine.value(QStringLiteral("actionShare")).enabled);
        QVERIFY(fine.value(QStringLiteral("actionCancelShare")).enabled);
        QVERIFY(fine.value(QStringLiteral("actionCopy")).enabled);
        QVERIFY(!fine.value(QStringLiteral("actionEdit")).enabled);
        const auto unshared = ui::ImageActionStates::compute(
            console->workspace(), kOwner,
            {QStringLiteral("img-owner001"), QStringLiteral("img-winsrv01")});
        QVERIFY(!unshared.value(QStringLiteral("actionCancelShare")).enabled);
    }

    void speaksIndonesian()
    {
        auto console = makeConsole();
        QVERIFY(Language::apply(QStringLiteral("id")));
        auto d = open(*console, "sharemany",
                      {QStringLiteral("img-owner001"), QStringLiteral("img-shared01")});
        QCOMPARE(d->windowTitle(), QStringLiteral("Bagikan 2 citra"));
        d->setAccounts({kFriend});
        QCOMPARE(verdicts(*d).value(QStringLiteral("img-owner001")),
                 QStringLiteral("✓ Akan dibagikan dengan 1 akun"));
        // And back, in place.
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(d->windowTitle(), QStringLiteral("Share 2 images"));
        QTRY_COMPARE(verdicts(*d).value(QStringLiteral("img-owner001")),
                     QStringLiteral("✓ Will be shared with 1 account"));
    }
};

QTEST_MAIN(TestBulkDialog)
#include "tst_bulkdialog.moc"

// Every refusal explains itself the same way wherever it shows: the rule's sentence, Tencent's
// error code and "Why?" leading to the FAQ — in tooltips of the toolbar and the menus, in the
// context menu, in dialogs; a multi-selection names every image that blocks.
#include "ConsoleFixture.h"
#include "DeleteDialog.h"
#include "Faq.h"
#include "FaqDialog.h"
#include "Fixture.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "RefusalLabel.h"
#include "RefusalText.h"
#include "RuleText.h"
#include "Rules.h"
#include "Session.h"
#include "ShareDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace cvm;
using namespace fixture;

class TestRefusals : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> makeWindow(const QJsonObject &root = baseJson())
    {
        LoadResult r = WorkspaceFile::fromObject(root);
        auto session = std::make_unique<ui::Session>(std::move(r.workspace), QString(),
                                                     std::make_unique<ManualClock>(kStart));
        session->setTicking(false);
        return std::make_unique<ui::MainWindow>(std::move(session));
    }

    static QString question(const QString &ruleId)
    {
        return Faq::entry(Faq::entryForRule(ruleId)).question;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
    }

    // The one helper: sentence, remedy, code, and the FAQ answer; each violation said once.
    void oneWordingForEveryRefusal()
    {
        const Violation s2{QStringLiteral("S2"),
                           QStringLiteral("UnauthorizedOperation.ImageNotBelongToAccount"),
                           {{QStringLiteral("imageId"), QStringLiteral("img-shared01")},
                            {QStringLiteral("ownerId"), kOwner}},
                           {}};
        const QString sentence = RuleText::message(s2);
        const QString plain = ui::RefusalText::plain({s2, s2});
        QCOMPARE(plain, QStringLiteral("%1 (error code "
                                       "UnauthorizedOperation.ImageNotBelongToAccount)")
                            .arg(sentence));
        const QString link = ui::RefusalText::html({s2}, ui::RefusalText::Why::Link);
        QVERIFY(link.contains(QStringLiteral("href=\"rule:S2\"")));
        QVERIFY(link.contains(QStringLiteral("UnauthorizedOperation.ImageNotBelongToAccount")));
        const QString tip = ui::RefusalText::tooltip({s2});
        QVERIFY(tip.startsWith(QStringLiteral("<qt>")));
        QVERIFY(tip.contains(
            QStringLiteral("Why? Image FAQ: “%1”").arg(question(QStringLiteral("S2")))));
        QCOMPARE(tip.count(sentence), 1);

        // A refusal label says the same, with its link.
        auto w = makeWindow();
        auto *label = new ui::RefusalLabel(w.get());
        label->setViolations({s2, s2});
        QCOMPARE(label->text(), link);
    }

    // Disabled toolbar and menu actions say why in the same words; the menus show tooltips.
    void tooltipsOfDisabledActions()
    {
        auto w = makeWindow();
        w->setActingAccount(kFriend);
        w->selectRegion(QStringLiteral("ap-guangzhou"));
        w->selectImages({QStringLiteral("img-shared01")});
        QAction *share = w->action(QStringLiteral("actionShare"));
        QVERIFY(!share->isEnabled());
        QVERIFY(share->toolTip().contains(QStringLiteral("only its owner can share it")));
        QVERIFY(share->toolTip().contains(
            QStringLiteral("UnauthorizedOperation.ImageNotBelongToAccount")));
        QVERIFY(share->toolTip().contains(question(QStringLiteral("S2"))));
        QVERIFY(share->statusTip().contains(QStringLiteral("only its owner can share it")));
        QVERIFY(!share->statusTip().contains(QLatin1Char('<')));
        for (QAction *top : w->menuBar()->actions()) {
            if (QMenu *menu = top->menu())
                QVERIFY2(menu->toolTipsVisible(), qPrintable(menu->title()));
        }
    }

    // The table's context menu lists the actions (with their tooltips) and, for those that are
    // disabled, the FAQ answers that say why — which can be clicked.
    void contextMenuOffersTheAnswers()
    {
        auto w = makeWindow();
        w->setActingAccount(kFriend);
        w->selectRegion(QStringLiteral("ap-guangzhou"));
        w->selectImages({QStringLiteral("img-shared01")});
        std::unique_ptr<QMenu> menu(w->tableContextMenu());
        QVERIFY(menu->toolTipsVisible());
        QVERIFY(menu->actions().contains(w->action(QStringLiteral("actionShare"))));
        QStringList rules;
        QAction *why = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String("whyAction")) {
                QVERIFY(a->isEnabled());
                rules.append(a->data().toString());
                if (a->data().toString() == QLatin1String("S2"))
                    why = a;
            }
        }
        QVERIFY2(rules.contains(QStringLiteral("S2")), qPrintable(rules.join(u' ')));
        QVERIFY(rules.contains(QStringLiteral("M1")));
        QVERIFY(why->text().contains(question(QStringLiteral("S2"))));
        why->trigger();
        auto *faq = w->findChild<ui::FaqDialog *>();
        QVERIFY(faq);
        QCOMPARE(faq->currentEntry(), Faq::entryForRule(QStringLiteral("S2")));
        QVERIFY(!faq->isModal());

        // The Image menu offers them too, as they are when it opens.
        QMenu *imageMenu = w->findChild<QMenu *>(QStringLiteral("imageMenu"));
        for (int round = 0; round < 2; ++round) {
            Q_EMIT imageMenu->aboutToShow();
            QStringList inMenu;
            for (QAction *a : imageMenu->actions()) {
                if (a->objectName() == QLatin1String("whyAction"))
                    inMenu.append(a->data().toString());
            }
            QCOMPARE(inMenu, rules);
        }

        // Nothing disabled for a rule's reason: no answers offered.
        w->setActingAccount(kOwner);
        w->selectImages({QStringLiteral("img-owner001")});
        std::unique_ptr<QMenu> mine(w->tableContextMenu());
        for (QAction *a : mine->actions())
            QVERIFY(a->objectName() != QLatin1String("whyAction"));
        Q_EMIT imageMenu->aboutToShow();
        for (QAction *a : imageMenu->actions())
            QVERIFY(a->objectName() != QLatin1String("whyAction"));
    }

    // Delete with several images selected: every image that blocks it is named.
    void multiSelectionNamesEveryBlocker()
    {
        auto w = makeWindow();
        w->setActingAccount(kOwner);
        w->selectRegion(QString());
        const QStringList ids{QStringLiteral("img-creating"), QStringLiteral("img-owner001"),
                              QStringLiteral("img-public01"), QStringLiteral("img-strange1")};
        w->selectImages(ids);
        QCOMPARE(w->selectedImageIds(), ids);
        QAction *del = w->action(QStringLiteral("actionDelete"));
        QVERIFY(!del->isEnabled());
        for (const char *blocker : {"img-creating", "img-public01", "img-strange1"}) {
            QVERIFY2(del->toolTip().contains(QString::fromLatin1(blocker)), blocker);
            QVERIFY2(del->statusTip().contains(QString::fromLatin1(blocker)), blocker);
        }
        QVERIFY(!del->toolTip().contains(QStringLiteral("img-owner001")));
        QVERIFY(del->toolTip().contains(QStringLiteral("InvalidImageId.IncorrectState")));
        QVERIFY(del->toolTip().contains(QStringLiteral("InvalidParameterValue.InvalidImageId")));
    }

    // At 51 accounts no line of the share dialog says "will be shared"; the disabled Share
    // button says why.
    void shareDialogMarksAgreeWithTheRequest()
    {
        auto console = makeConsole();
        ui::ShareDialog dialog(*console, QStringLiteral("img-shared01")); // shared with 1
        auto *input = dialog.findChild<QPlainTextEdit *>(QStringLiteral("accountInput"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountVerdicts"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        auto *reason = dialog.findChild<QLabel *>(QStringLiteral("okReason"));
        auto *risk = dialog.findChild<QCheckBox *>(QStringLiteral("riskAcknowledged"));
        QVERIFY(reason);

        QVERIFY(!ok->isEnabled());
        QCOMPARE(reason->text(), QStringLiteral("Enter the accounts to share with."));
        QCOMPARE(ok->toolTip(), reason->text());

        QStringList fifty;
        for (int n = 0; n < 50; ++n)
            fifty.append(extra(n));
        input->setPlainText(fifty.join(u'\n'));
        QCOMPARE(list->count(), 50);
        for (int i = 0; i < list->count(); ++i) {
            QVERIFY2(!list->item(i)->text().contains(QStringLiteral("will be shared")),
                     qPrintable(list->item(i)->text()));
            QVERIFY(list->item(i)->text().contains(QStringLiteral("not shared while")));
        }
        risk->setChecked(true);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!reason->isHidden());
        QCOMPARE(reason->text(),
                 QStringLiteral("The rules refuse this request: see the marked lines."));
        QVERIFY(ok->toolTip().contains(QStringLiteral("OverQuota")));
        QVERIFY(ok->toolTip().contains(QStringLiteral("at most 50 accounts")));

        // 49: allowed, every line will be shared; the risk still to acknowledge.
        fifty.removeLast();
        input->setPlainText(fifty.join(u'\n'));
        risk->setChecked(false);
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(list->item(i)->text().contains(QStringLiteral("will be shared")));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(reason->text(), QStringLiteral("Acknowledge the risk of sharing first."));
        risk->setChecked(true);
        QVERIFY(ok->isEnabled());
        QVERIFY(reason->isHidden());
        QVERIFY(ok->toolTip().isEmpty());
    }

    // The delete dialog's blocker says the way out once.
    void deleteBlockerSaysItOnce()
    {
        auto console = makeConsole();
        ui::DeleteDialog dialog(*console, {QStringLiteral("img-shared01")});
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("imageList"));
        const QString status = table->item(0, 3)->text();
        QCOMPARE(status.count(QStringLiteral("cancel all"), Qt::CaseInsensitive), 1);
        QVERIFY(status.contains(QStringLiteral("InvalidImageId.InShared")));
        QVERIFY(table->item(0, 3)->toolTip().contains(question(QStringLiteral("D2"))));
    }
};

QTEST_MAIN(TestRefusals)
#include "tst_refusals.moc"

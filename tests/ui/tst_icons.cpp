// Icons: the toolbar, menus and dialogs carry icons of a freedesktop theme (Adwaita, which the
// setup installs); a missing theme leaves Qt's own icons; the toolbar keeps its size when the
// undo and redo texts change.
#include "Fixture.h"
#include "Icons.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Session.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace cvm;
using namespace fixture;

class TestIcons : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        LoadResult r = WorkspaceFile::fromObject(baseJson());
        auto session = std::make_unique<ui::Session>(std::move(r.workspace), QString(),
                                                     std::make_unique<ManualClock>(kStart));
        session->setTicking(false);
        auto w = std::make_unique<ui::MainWindow>(std::move(session));
        w->setActingAccount(kOwner);
        return w;
    }

    static bool themeInstalled()
    {
        ui::Icons::icon(ui::Icons::Undo); // the console adds the system's icon folders
        for (const QString &dir : QIcon::themeSearchPaths()) {
            if (QDir(dir + QStringLiteral("/Adwaita")).exists())
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
    }

    // With the theme installed, every icon the console names is found in it.
    void everyIconIsInTheTheme()
    {
        if (!themeInstalled())
            QSKIP("The Adwaita icon theme is not installed (scripts/setup.sh installs it)");
        ui::Icons::icon(ui::Icons::Undo); // sets the theme up
        for (int k = 0; k < ui::Icons::KindCount; ++k) {
            const auto kind = ui::Icons::Kind(k);
            QVERIFY2(QIcon::hasThemeIcon(ui::Icons::themeName(kind)),
                     qPrintable(ui::Icons::themeName(kind)));
            const QIcon icon = ui::Icons::icon(kind);
            QVERIFY(!icon.isNull());
            QCOMPARE(icon.name(), ui::Icons::themeName(kind));
            QVERIFY2(!icon.pixmap(16, 16).isNull(), qPrintable(ui::Icons::themeName(kind)));
        }
    }

    // Toolbar and menu actions carry the theme's icons.
    void actionsCarryIcons()
    {
        if (!themeInstalled())
            QSKIP("The Adwaita icon theme is not installed (scripts/setup.sh installs it)");
        auto w = makeWindow();
        auto *toolbar = w->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        int withIcons = 0;
        for (QAction *a : toolbar->actions()) {
            if (a->isSeparator() || a->objectName().isEmpty())
                continue;
            QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            QVERIFY2(!a->icon().name().isEmpty(), qPrintable(a->objectName()));
            ++withIcons;
        }
        QVERIFY(withIcons >= 7);
        QCOMPARE(w->action(QStringLiteral("actionUndo"))->icon().name(),
                 QStringLiteral("edit-undo"));
        QCOMPARE(w->action(QStringLiteral("actionDelete"))->icon().name(),
                 QStringLiteral("edit-delete"));
        // Every entry of the Image menu too.
        for (QAction *top : w->menuBar()->actions()) {
            QMenu *menu = top->menu();
            if (!menu || menu->objectName() != QLatin1String("imageMenu"))
                continue;
            for (QAction *a : menu->actions()) {
                if (!a->isSeparator())
                    QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
            }
        }
        // And dialogs: the activity panel's step buttons, the import dialog's Browse.
        QDialog *import = w->openDialog(QStringLiteral("import"));
        QVERIFY(!import->findChild<QPushButton *>(QStringLiteral("browseButton"))->icon().isNull());
        import->close();
        w->selectImages({QStringLiteral("img-owner001")});
        for (const char *name : {"share", "copy", "give", "delete"}) {
            QDialog *dialog = w->openDialog(QString::fromLatin1(name));
            QVERIFY2(dialog, name);
            QVERIFY2(!dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->icon().isNull(),
                     name);
            dialog->close();
        }
    }

    // Without any theme the console still has icons: Qt's own.
    void aMissingThemeFallsBack()
    {
        const QStringList paths = QIcon::themeSearchPaths();
        const QString theme = QIcon::themeName();
        QTemporaryDir empty;
        QIcon::setThemeSearchPaths({empty.path()});
        QIcon::setThemeName(QStringLiteral("NoSuchTheme"));
        for (int k = 0; k < ui::Icons::KindCount; ++k) {
            const QIcon icon = ui::Icons::icon(ui::Icons::Kind(k));
            QVERIFY2(!icon.isNull(), qPrintable(ui::Icons::themeName(ui::Icons::Kind(k))));
        }
        auto w = makeWindow();
        QVERIFY(!w->action(QStringLiteral("actionUndo"))->icon().isNull());
        QIcon::setThemeSearchPaths(paths);
        QIcon::setThemeName(theme);
    }

    // Undo and redo name the operation ("Undo Share img-… with 1 account"); the toolbar's
    // buttons do not move.
    void toolbarKeepsItsSizeWhenUndoTextChanges()
    {
        auto w = makeWindow();
        w->resize(1280, 800);
        w->show();
        auto *toolbar = w->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QWidget *undo = toolbar->widgetForAction(w->action(QStringLiteral("actionUndo")));
        QWidget *share = toolbar->widgetForAction(w->action(QStringLiteral("actionShare")));
        QVERIFY(undo && share);
        QCoreApplication::processEvents();
        const int width = toolbar->sizeHint().width();
        const int undoWidth = undo->sizeHint().width();
        const int shareX = share->x();
        ShareRequest r{QStringLiteral("img-owner001"), {kFriend}, SharePermission::Share};
        QVERIFY(
            w->console()
                .run([&](Operations &ops,
                         const OperationContext &ctx) { return ops.modifySharePermission(ctx, r); },
                     {QStringLiteral("S6")})
                .applied());
        QVERIFY(w->action(QStringLiteral("actionUndo"))
                    ->text()
                    .contains(QStringLiteral("img-owner001")));
        QVERIFY(undo->toolTip().contains(QStringLiteral("img-owner001")));
        QCoreApplication::processEvents();
        QCOMPARE(undo->sizeHint().width(), undoWidth);
        QCOMPARE(toolbar->sizeHint().width(), width);
        QCOMPARE(share->x(), shareX);
        w->action(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(w->action(QStringLiteral("actionRedo"))
                    ->text()
                    .contains(QStringLiteral("img-owner001")));
        QCoreApplication::processEvents();
        QCOMPARE(toolbar->sizeHint().width(), width);
        QCOMPARE(share->x(), shareX);
        // The image actions keep their words beside their icons, and the toolbar fits a
        // 1280-pixel screen in either language.
        QCOMPARE(toolbar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        QCOMPARE(qobject_cast<QToolButton *>(undo)->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QVERIFY2(toolbar->sizeHint().width() <= 1280, qPrintable(QString::number(width)));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("id")));
        QTRY_COMPARE(w->action(QStringLiteral("actionShare"))->text(), QStringLiteral("&Bagikan…"));
        QCoreApplication::processEvents();
        QVERIFY2(toolbar->sizeHint().width() <= 1280,
                 qPrintable(QString::number(toolbar->sizeHint().width())));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        w->console().markSaved();
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"

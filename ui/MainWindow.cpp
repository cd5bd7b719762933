#include "MainWindow.h"

#include "AccountPicker.h"
#include "ActivityPanel.h"
#include "CheckDialog.h"
#include "CloudPanel.h"
#include "CopyDialog.h"
#include "Csv.h"
#include "DetailsPane.h"
#include "Dialogs.h"
#include "Faq.h"
#include "FaqDialog.h"
#include "Icons.h"
#include "ImageActionStates.h"
#include "ImageExport.h"
#include "ImageFilterBar.h"
#include "ImageFilterProxy.h"
#include "ImageTableModel.h"
#include "ImportDescribeImagesDialog.h"
#include "LanguageManager.h"
#include "OperationCommand.h"
#include "ProgressDelegate.h"
#include "Prompt.h"
#include "QuotaPanel.h"
#include "RecentFiles.h"
#include "RefusalText.h"
#include "RegionList.h"
#include "Retranslator.h"
#include "RuleText.h"
#include "Rules.h"
#include "ShareDialog.h"
#include "SharedWithMePanel.h"
#include "TableColumns.h"
#include "ViewFitting.h"
#include "WorkspaceFile.h"
#include "WorkspaceLint.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cvm::ui {
namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget *parent)
    : QMainWindow(parent), m_console(std::make_unique<Console>(std::move(session)))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildActions();
    buildUi();
    buildMenus();
    attach();
    CVM_RETRANSLATE_SLOT(&MainWindow::retranslate);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // A state saved with other docks than this version's is not restored: the new docks would
    // be left where the old state had no room for them.
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
    m_mainSplitter->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_centerSplitter->restoreState(
        settings.value(QStringLiteral("window/centerSplitter")).toByteArray());
}

MainWindow::~MainWindow()
{
    // The console goes first, while the widgets that listen to it still exist.
    m_console->undoStack().disconnect(this);
    m_console->disconnect(this);
    m_console->workspace().disconnect(this);
    m_console.reset();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

void MainWindow::buildActions()
{
    auto make = [this](const char *name, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(str(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(str(name), a);
        return a;
    };
    make("actionNew", QKeySequence::New, [this] { newWorkspace(); });
    make("actionOpen", QKeySequence::Open, [this] { open(); });
    make("actionSave", QKeySequence::Save, [this] { save(); });
    make("actionSaveAs", QKeySequence::SaveAs, [this] { saveAs(); });
    make("actionImportDescribe", QKeySequence(Qt::CTRL | Qt::Key_I),
         [this] { importDescribeImages(); });
    make("actionCheck", QKeySequence(Qt::CTRL | Qt::Key_K), [this] { openDialog(str("check")); });
    make("actionJournal", QKeySequence(Qt::CTRL | Qt::Key_J),
         [this] { openDialog(str("journal")); });
    make("actionServe", QKeySequence(), [this] { openDialog(str("serve")); });
    make("actionConnectCloud", QKeySequence(), [this] {
        m_cloudDock->show();
        m_cloudDock->raise();
        m_cloud->connectToCloud();
    });
    make("actionExportImages", QKeySequence(), [this] { exportImages(); });
    make("actionExportShares", QKeySequence(), [this] { exportShareLists(); });
    make("actionFind", QKeySequence::Find, [this] { m_filterBar->focusSearch(); });
    make("actionCopyId", QKeySequence::Copy, [this] {
        QGuiApplication::clipboard()->setText(selectedImageIds().join(QLatin1Char('\n')));
    })->setShortcutContext(Qt::WidgetShortcut); // the table's Ctrl+C: line edits keep theirs
    make("actionQuit", QKeySequence::Quit, [this] { close(); });
    make("actionUndo", QKeySequence::Undo, [this] { step(true); });
    make("actionRedo", QKeySequence::Redo, [this] { step(false); });
    // On several images at once, share, cancel and copy work in bulk.
    const auto one = [this](const char *single, const char *many) {
        return selectedImageIds().size() > 1 ? str(many) : str(single);
    };
    make("actionShare", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
         [this, one] { openDialog(one("share", "sharemany")); });
    make("actionCancelShare", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
         [this, one] { openDialog(one("share", "cancelmany")); });
    make("actionCopy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
         [this, one] { openDialog(one("copy", "copymany")); });
    make("actionGive", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
         [this] { openDialog(str("give")); });
    make("actionEdit", QKeySequence(Qt::Key_F2), [this] { openDialog(str("edit")); });
    make("actionDelete", QKeySequence::Delete, [this] { openDialog(str("delete")); });
    make("actionLaunch", QKeySequence(Qt::CTRL | Qt::Key_L), [this] { openDialog(str("launch")); });
    make("actionReinstall", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         [this] { openDialog(str("reinstall")); });
    make("actionTrusted", QKeySequence(Qt::CTRL | Qt::Key_T),
         [this] { openDialog(str("trusted")); });
    make("actionCreateImage", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
         [this] { openDialog(str("create")); });
    make("actionImport", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
         [this] { openDialog(str("import")); });
    make("actionDiagnose", QKeySequence(), [this] { openDialog(str("diagnose")); });
    make("actionInstanceChecks", QKeySequence(), [this] { openDialog(str("instancechecks")); });
    make("actionApplyImport", QKeySequence(), [this] {
        const OperationResult r = m_console->run([](Operations &ops, const OperationContext &ctx) {
            return ops.applyImportPermission(ctx);
        });
        if (!r.applied())
            Prompt::warning(this, tr("Apply for import permission"),
                            RefusalText::plain(r.verdict.violations));
        updateActions();
    });
    make("actionEnglish", QKeySequence(),
         [] { LanguageManager::instance().setLanguage(str("en")); });
    make("actionIndonesian", QKeySequence(),
         [] { LanguageManager::instance().setLanguage(str("id")); });
    auto *group = new QActionGroup(this);
    for (const char *n : {"actionEnglish", "actionIndonesian"}) {
        m_actions.value(str(n))->setCheckable(true);
        group->addAction(m_actions.value(str(n)));
    }
    make("actionFaq", QKeySequence::HelpContents, [this] { openDialog(str("faq")); });
    make("actionAbout", QKeySequence(), [this] {
        Prompt::information(
            this, tr("About CVM Image Console"),
            tr("CVM Image Console %1\nManage Tencent Cloud CVM images across accounts and regions, "
               "with every change checked by the same rules as the cloud.")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::setIcons()
{
    static const QList<QPair<const char *, Icons::Kind>> icons = {
        {"actionNew", Icons::New},
        {"actionOpen", Icons::Open},
        {"actionSave", Icons::Save},
        {"actionSaveAs", Icons::SaveAs},
        {"actionImportDescribe", Icons::ImportDescribe},
        {"actionCheck", Icons::Check},
        {"actionJournal", Icons::Journal},
        {"actionServe", Icons::Serve},
        {"actionExportImages", Icons::ExportImages},
        {"actionExportShares", Icons::ExportShares},
        {"actionFind", Icons::Find},
        {"actionCopyId", Icons::CopyId},
        {"actionQuit", Icons::Quit},
        {"actionUndo", Icons::Undo},
        {"actionRedo", Icons::Redo},
        {"actionShare", Icons::Share},
        {"actionCancelShare", Icons::CancelShare},
        {"actionCopy", Icons::Copy},
        {"actionGive", Icons::Give},
        {"actionEdit", Icons::Edit},
        {"actionDelete", Icons::Delete},
        {"actionLaunch", Icons::Launch},
        {"actionReinstall", Icons::Reinstall},
        {"actionTrusted", Icons::Trusted},
        {"actionCreateImage", Icons::CreateImage},
        {"actionImport", Icons::ImportImage},
        {"actionDiagnose", Icons::Diagnose},
        {"actionInstanceChecks", Icons::InstanceChecks},
        {"actionApplyImport", Icons::ApplyImport},
        {"actionFaq", Icons::Faq},
        {"actionAbout", Icons::About},
    };
    for (const auto &[name, kind] : icons)
        m_actions.value(str(name))->setIcon(Icons::icon(kind));
}

void MainWindow::buildUi()
{
    setIcons();
    // Roomy, but never larger than the screen (a 1280×800 laptop's included).
    resize(QSize(1360, 820).boundedTo(screen() ? screen()->availableGeometry().size()
                                               : QSize(1360, 820)));
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actingLabel = new QLabel(this);
    m_acting = new AccountPicker(this);
    m_acting->setMinimumWidth(300);
    toolbar->addWidget(m_actingLabel);
    toolbar->addWidget(m_acting);
    toolbar->addSeparator();
    // Undo and redo show their icons only: their texts name the operation ("Undo Share
    // img-… with 3 accounts") and would move every button after them at each step. The
    // tooltip says it in full.
    for (const char *n : {"actionUndo", "actionRedo"}) {
        toolbar->addAction(m_actions.value(str(n)));
        if (auto *button =
                qobject_cast<QToolButton *>(toolbar->widgetForAction(m_actions.value(str(n)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    toolbar->addSeparator();
    for (const char *n :
         {"actionShare", "actionCopy", "actionEdit", "actionDelete", "actionLaunch"})
        toolbar->addAction(m_actions.value(str(n)));

    m_regions = new RegionList(*m_console, this);

    m_model = new ImageTableModel(m_console->workspace(), this);
    m_proxy = new ImageFilterProxy(this);
    m_proxy->setObjectName(QStringLiteral("imageProxy"));
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("imageTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns fit their content until the operator arranges them; the arrangement is kept.
    m_columns = new TableColumns(m_table, QStringLiteral("imageTable"), this);
    m_columns->restore();
    m_table->setItemDelegateForColumn(ImageTableModel::StateColumn,
                                      new ProgressDelegate(ImageTableModel::ProgressRole, m_table));
    // The context menu is built when asked for: a disabled action there says why, and offers
    // the FAQ's answer.
    // The first paint of the table starts the workspace check (see eventFilter).
    m_table->viewport()->installEventFilter(this);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = tableContextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    for (const char *n :
         {"actionShare", "actionCancelShare", "actionCopy", "actionGive", "actionEdit",
          "actionDelete", "actionLaunch", "actionReinstall", "actionCopyId"})
        m_table->addAction(m_actions.value(str(n)));

    m_filterBar = new ImageFilterBar(*m_proxy, this);
    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(buildBrokenRulesBar());
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_table);

    m_details = new DetailsPane(*m_console, this);
    m_centerSplitter = new QSplitter(Qt::Vertical, this);
    m_centerSplitter->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplitter->addWidget(tablePage);
    m_centerSplitter->addWidget(m_details);
    m_centerSplitter->setStretchFactor(0, 3);
    m_centerSplitter->setStretchFactor(1, 2);

    m_mainSplitter = new QSplitter(this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_regions);
    m_mainSplitter->addWidget(m_centerSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({280, 1080});
    setCentralWidget(m_mainSplitter);

    m_activity = new ActivityPanel(*m_console, this);
    m_activityDock = new QDockWidget(this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityDock->setWidget(m_activity);
    connect(m_activity, &ActivityPanel::shareStepRequested, this, &MainWindow::openShareStep);
    connect(m_activity, &ActivityPanel::notified, this,
            [this](const QString &text) { statusBar()->showMessage(text, 20000); });
    connect(m_activity, &ActivityPanel::unseenCountChanged, this, &MainWindow::updateActivityTitle);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    resizeDocks({m_activityDock}, {185}, Qt::Vertical);
    // For a recipient: what others share with it, and its quota in every region.
    m_sharedWithMe = new SharedWithMePanel(*m_console, this);
    m_sharedWithMeDock = new QDockWidget(this);
    m_sharedWithMeDock->setObjectName(QStringLiteral("sharedWithMeDock"));
    m_sharedWithMeDock->setWidget(m_sharedWithMe);
    m_quotaPanel = new QuotaPanel(*m_console, this);
    m_quotaDock = new QDockWidget(this);
    m_quotaDock->setObjectName(QStringLiteral("quotaDock"));
    m_quotaDock->setWidget(m_quotaPanel);
    tabifyDockWidget(m_activityDock, m_sharedWithMeDock);
    tabifyDockWidget(m_activityDock, m_quotaDock);
    m_activityDock->raise();
    m_cloud = new CloudPanel(*m_console, this);
    m_cloudDock = new QDockWidget(this);
    m_cloudDock->setObjectName(QStringLiteral("cloudDock"));
    m_cloudDock->setWidget(m_cloud);
    addDockWidget(Qt::BottomDockWidgetArea, m_cloudDock);
    tabifyDockWidget(m_activityDock, m_cloudDock);
    m_activityDock->raise();
    connect(m_cloud, &CloudPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    m_quota = new QLabel(this);
    m_quota->setObjectName(QStringLiteral("quotaLabel"));
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_modified = new QLabel(this);
    m_modified->setObjectName(QStringLiteral("modifiedLabel"));
    statusBar()->addWidget(m_quota, 1);
    statusBar()->addPermanentWidget(m_modified);
    m_serving = new QLabel(this);
    m_serving->setObjectName(QStringLiteral("servingLabel"));
    statusBar()->addPermanentWidget(m_serving);
    statusBar()->addPermanentWidget(m_file);

    connect(m_acting, &AccountPicker::accountChosen, this,
            [this](const QString &id) { m_console->setActingAccount(id); });
    connect(m_sharedWithMe, &SharedWithMePanel::imageActivated, this,
            [this](const QString &id) { selectImages({id}); });
    connect(m_quotaPanel, &QuotaPanel::regionActivated, this, &MainWindow::selectRegion);
    // The region pane and the filter bar's region list are one choice.
    connect(m_filterBar, &ImageFilterBar::regionChosen, this, &MainWindow::selectRegion);
    connect(m_regions, &RegionList::regionChanged, this, [this](const QString &regionId) {
        m_model->setRegion(regionId);
        m_filterBar->showRegion(regionId);
        refreshStatus();
        onSelectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_details->setCurrentIndex(0); });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_actions.value(str("actionNew")));
    m_fileMenu->addAction(m_actions.value(str("actionOpen")));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_actions.value(str("actionSave")));
    m_fileMenu->addAction(m_actions.value(str("actionSaveAs")));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.value(str("actionImportDescribe")));
    m_fileMenu->addAction(m_actions.value(str("actionCheck")));
    m_fileMenu->addAction(m_actions.value(str("actionJournal")));
    m_fileMenu->addAction(m_actions.value(str("actionServe")));
    m_fileMenu->addAction(m_actions.value(str("actionConnectCloud")));
    m_fileMenu->addAction(m_actions.value(str("actionExportImages")));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.value(str("actionQuit")));

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_actions.value(str("actionUndo")));
    m_editMenu->addAction(m_actions.value(str("actionRedo")));
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions.value(str("actionCopyId")));
    m_editMenu->addAction(m_actions.value(str("actionFind")));

    m_imageMenu = menuBar()->addMenu(QString());
    m_imageMenu->setObjectName(QStringLiteral("imageMenu"));
    for (const char *n : {"actionShare", "actionCancelShare", "actionCopy", "actionGive",
                          "actionEdit", "actionDelete"})
        m_imageMenu->addAction(m_actions.value(str(n)));
    m_imageMenu->addSeparator();
    m_imageMenu->addAction(m_actions.value(str("actionLaunch")));
    m_imageMenu->addAction(m_actions.value(str("actionReinstall")));
    m_imageMenu->addSeparator();
    for (const char *n : {"actionCreateImage", "actionImport", "actionDiagnose"})
        m_imageMenu->addAction(m_actions.value(str(n)));
    m_imageMenu->addSeparator();
    m_imageMenu->addAction(m_actions.value(str("actionExportShares")));
    // The Image menu offers the FAQ answers behind its disabled entries too, as they are
    // when it opens.
    const QList<QAction *> imageActions = m_imageMenu->actions();
    connect(m_imageMenu, &QMenu::aboutToShow, this, [this, imageActions] {
        const QList<QAction *> shown = m_imageMenu->actions();
        for (QAction *a : shown) {
            if (!imageActions.contains(a)) {
                m_imageMenu->removeAction(a);
                a->deleteLater();
            }
        }
        addWhyEntries(m_imageMenu, imageActions);
    });

    m_accountMenu = menuBar()->addMenu(QString());
    m_accountMenu->addAction(m_actions.value(str("actionTrusted")));
    m_accountMenu->addAction(m_actions.value(str("actionApplyImport")));
    m_accountMenu->addAction(m_actions.value(str("actionInstanceChecks")));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_activityDock->toggleViewAction());
    m_viewMenu->addAction(m_sharedWithMeDock->toggleViewAction());
    m_viewMenu->addAction(m_quotaDock->toggleViewAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_actions.value(str("actionEnglish")));
    m_languageMenu->addAction(m_actions.value(str("actionIndonesian")));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_actions.value(str("actionFaq")));
    m_helpMenu->addAction(m_actions.value(str("actionAbout")));
    // A disabled action's tooltip says why, in the menus too.
    for (QMenu *menu : {m_fileMenu, m_recentMenu, m_editMenu, m_imageMenu, m_accountMenu,
                        m_viewMenu, m_languageMenu, m_helpMenu})
        menu->setToolTipsVisible(true);
    rebuildRecentMenu();
}

void MainWindow::attach()
{
    Workspace &ws = m_console->workspace();
    // The accounts are listed by retranslate() (their entries are worded), which the
    // constructor runs right after this: listing 1,000 of them here too doubled the work.
    m_model->setActingAccount(m_console->actingAccount());
    connect(m_console.get(), &Console::actingAccountChanged, this, [this](const QString &id) {
        m_acting->setCurrentAccount(id);
        m_model->setActingAccount(id);
        if (!m_columns->widthsSetByOperator())
            m_columns->fitToContents(); // other names and dates, other widths
        refreshRegions();
        refreshStatus();
        m_activity->refresh();
        onSelectionChanged();
    });
    connect(&ws, &Workspace::changed, this, [this](const WorkspaceDelta &delta) {
        if (!delta.accounts.isEmpty())
            refreshAccounts();
        if (RegionList::countsChange(delta))
            refreshRegions(); // not on every tick of a copy's progress: it counts every visible
                              // image
        refreshStatus();
        m_details->refresh();
        updateActions();
    });
    connect(m_console.get(), &Console::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        refreshStatus();
    });
    connect(&m_console->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_console.get(), &Console::servingChanged, this, &MainWindow::refreshStatus);
    connect(m_console.get(), &Console::saveFailed, this, [this](const QString &error) {
        statusBar()->showMessage(
            tr("An API client's change was not saved, and was taken back: %1").arg(error));
    });
    connect(&m_console->session(), &Session::fileNameChanged, this, [this] {
        updateTitle();
        refreshStatus();
    });
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this,
            [this](const QString &code) {
                m_actions.value(str("actionEnglish"))->setChecked(code == QLatin1String("en"));
                m_actions.value(str("actionIndonesian"))->setChecked(code == QLatin1String("id"));
            });
    m_actions.value(str("actionEnglish"))
        ->setChecked(LanguageManager::instance().language() == QLatin1String("en"));
    m_actions.value(str("actionIndonesian"))
        ->setChecked(LanguageManager::instance().language() == QLatin1String("id"));
}

QString MainWindow::actingAccount() const
{
    return m_console->actingAccount();
}

void MainWindow::setActingAccount(const QString &accountId)
{
    m_console->setActingAccount(accountId);
}

void MainWindow::selectRegion(const QString &regionId)
{
    m_regions->selectRegion(regionId);
}

QStringList MainWindow::selectedImageIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.append(i.data(ImageTableModel::ImageIdRole).toString());
    ids.sort();
    return ids;
}

void MainWindow::selectImages(const QStringList &imageIds)
{
    const Workspace &ws = m_console->workspace();
    QSet<QString> regions;
    for (const QString &id : imageIds) {
        if (const Image *img = ws.image(id))
            regions.insert(img->region);
    }
    if (!regions.isEmpty() && !m_model->region().isEmpty() && !regions.contains(m_model->region()))
        selectRegion(regions.size() == 1 ? *regions.begin() : QString());
    m_filterBar->clearSearch();
    QItemSelection selection;
    for (const QString &id : imageIds) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex p = m_proxy->mapFromSource(m_model->index(row, 0));
        if (p.isValid())
            selection.select(p, p.siblingAtColumn(ImageTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().first());
}

void MainWindow::refreshAccounts()
{
    const Workspace &ws = m_console->workspace();
    m_acting->setAccounts(ws.accounts(), m_console->actingAccount());
}

void MainWindow::refreshRegions()
{
    m_regions->refresh();
}

void MainWindow::refreshStatus()
{
    const Workspace &ws = m_console->workspace();
    const QString region = m_model->region();
    const QLocale locale;
    if (region.isEmpty()) {
        int used = 0;
        for (const Region &r : ws.regions())
            used += Rules::quota(ws, actingAccount(), r.regionId).used;
        m_quota->setText(tr("Custom images: %1 in all regions (%2 per region)")
                             .arg(locale.toString(used),
                                  locale.toString(ws.policy().customImageQuotaPerRegion)));
    } else {
        const QuotaUse q = Rules::quota(ws, actingAccount(), region);
        m_quota->setText(tr("Custom images: %1 / %2 in %3")
                             .arg(locale.toString(q.used), locale.toString(q.limit), region));
    }
    m_file->setText(m_console->session().isUntitled()
                        ? tr("Not saved to a file yet")
                        : QFileInfo(m_console->session().fileName()).fileName());
    m_modified->setText(m_console->isModified() ? tr("Unsaved changes") : QString());
    m_serving->setText(m_console->isServing() ? tr("API on %1: %Ln request(s)", nullptr,
                                                   int(m_console->servedRequests()))
                                                    .arg(m_console->servingAddress())
                                              : QString());
}

void MainWindow::updateTitle()
{
    const QString name = m_console->session().isUntitled()
                             ? tr("Untitled workspace")
                             : QFileInfo(m_console->session().fileName()).fileName();
    setWindowTitle(tr("%1[*] — CVM Image Console").arg(name));
}

void MainWindow::onSelectionChanged()
{
    const QStringList ids = selectedImageIds();
    m_details->showImage(ids.size() == 1 ? ids.first() : QString());
    updateActions();
}

void MainWindow::updateActions()
{
    static const QHash<QString, const char *> descriptions = {
        {str("actionShare"), QT_TR_NOOP("Share the image with other accounts")},
        {str("actionCancelShare"),
         QT_TR_NOOP("Cancel sharing of the image with some or all accounts")},
        {str("actionCopy"), QT_TR_NOOP("Copy the image to other regions")},
        {str("actionGive"),
         QT_TR_NOOP("Copy the image to another region, then share the copy with another account")},
        {str("actionEdit"), QT_TR_NOOP("Change the name and description")},
        {str("actionDelete"), QT_TR_NOOP("Delete the selected images")},
        {str("actionLaunch"), QT_TR_NOOP("Create instances from the image")},
        {str("actionReinstall"), QT_TR_NOOP("Reinstall one of your instances with the image")},
        {str("actionApplyImport"), QT_TR_NOOP("Apply for permission to import image files")},
        {str("actionDiagnose"), QT_TR_NOOP("Show why the image failed and what to do about it")},
    };
    static const QHash<QString, const char *> bulkDescriptions = {
        {str("actionShare"), QT_TR_NOOP("Share the selected images with the same accounts")},
        {str("actionCancelShare"),
         QT_TR_NOOP("Cancel the access of some accounts to all the selected images")},
        {str("actionCopy"), QT_TR_NOOP("Copy the selected images to the same regions")},
    };
    const bool bulk = selectedImageIds().size() > 1;
    const auto states =
        ImageActionStates::compute(m_console->workspace(), actingAccount(), selectedImageIds());
    m_refusals.clear();
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        QAction *a = m_actions.value(it.key());
        a->setEnabled(it->enabled);
        if (it->enabled) {
            a->setToolTip(bulk && bulkDescriptions.contains(it.key())
                              ? tr(bulkDescriptions.value(it.key()))
                              : tr(descriptions.value(it.key())));
            a->setStatusTip(a->toolTip());
        } else {
            // The rules' refusal in the words used everywhere (sentence, code, FAQ question);
            // the status bar takes plain text.
            a->setToolTip(it->violations.isEmpty() ? it->reason
                                                   : RefusalText::tooltip(it->violations));
            a->setStatusTip(it->reason);
            m_refusals.insert(it.key(), it->violations);
        }
    }

    const QStringList selected = selectedImageIds();
    m_actions.value(str("actionCopyId"))->setEnabled(!selected.isEmpty());
    const bool ownSelected =
        std::any_of(selected.begin(), selected.end(), [this](const QString &id) {
            const Image *img = m_console->workspace().image(id);
            return img && img->isCustom() && img->ownerAccountId == actingAccount();
        });
    QAction *shares = m_actions.value(str("actionExportShares"));
    shares->setEnabled(ownSelected);
    shares->setToolTip(ownSelected
                           ? tr("Write whom the selected images are shared with to a CSV file")
                           : tr("Select one or more of your own custom images: only an image's "
                                "owner sees whom it is shared with."));

    QUndoStack &stack = m_console->undoStack();
    QAction *undo = m_actions.value(str("actionUndo"));
    QAction *redo = m_actions.value(str("actionRedo"));
    undo->setEnabled(stack.canUndo());
    redo->setEnabled(stack.canRedo());
    const auto *undoCmd =
        stack.canUndo() ? static_cast<const OperationCommand *>(stack.command(stack.index() - 1))
                        : nullptr;
    const auto *redoCmd = stack.canRedo()
                              ? static_cast<const OperationCommand *>(stack.command(stack.index()))
                              : nullptr;
    undo->setText(undoCmd ? tr("&Undo %1").arg(undoCmd->describe()) : tr("&Undo"));
    redo->setText(redoCmd ? tr("&Redo %1").arg(redoCmd->describe()) : tr("&Redo"));
    // Another account's operation is undone only by that account: the tip says so before
    // the operator tries.
    const auto tip = [this](const OperationCommand *cmd, QAction *a, bool isUndo) {
        QString text = a->text().remove(QLatin1Char('&'));
        const QString &by = cmd ? cmd->result().accountId : QString();
        if (cmd && by != actingAccount()) {
            text += QLatin1Char('\n') + (isUndo ? tr("Done as account %1: act as %1 to undo it.")
                                                : tr("Done as account %1: act as %1 to redo it."))
                                            .arg(by);
        }
        a->setToolTip(text);
    };
    tip(undoCmd, undo, true);
    tip(redoCmd, redo, false);
}

void MainWindow::step(bool undo)
{
    const OperationResult outcome = undo ? m_console->undo() : m_console->redo();
    if (!outcome.refused())
        return;
    Prompt::warning(this, undo ? tr("Cannot undo") : tr("Cannot redo"),
                    RefusalText::plain(outcome.verdict.violations));
}

void MainWindow::retranslate()
{
    auto text = [this](const char *name, const QString &t) {
        m_actions.value(str(name))->setText(t);
    };
    text("actionNew", tr("&New workspace…"));
    text("actionOpen", tr("&Open…"));
    text("actionSave", tr("&Save"));
    text("actionExportImages", tr("E&xport images as CSV…"));
    text("actionExportShares", tr("Export &share lists as CSV…"));
    text("actionFind", tr("&Find images"));
    text("actionCopyId", tr("Cop&y image ID"));
    text("actionSaveAs", tr("Save &As…"));
    text("actionImportDescribe", tr("&Import DescribeImages JSON…"));
    text("actionCheck", tr("&Check workspace…"));
    text("actionJournal", tr("&Journal…"));
    text("actionServe", tr("Serve over &API…"));
    text("actionConnectCloud", tr("Connect to &cloud…"));
    text("actionQuit", tr("&Quit"));
    text("actionShare", tr("&Share…"));
    text("actionCancelShare", tr("&Cancel sharing…"));
    text("actionCopy", tr("Co&py to regions…"));
    text("actionGive", tr("&Give to another account in another region…"));
    text("actionEdit", tr("&Edit name and description…"));
    text("actionDelete", tr("&Delete…"));
    text("actionLaunch", tr("&Launch instances…"));
    text("actionReinstall", tr("&Reinstall an instance…"));
    text("actionTrusted", tr("&Trusted accounts…"));
    text("actionCreateImage", tr("Create image from an i&nstance…"));
    text("actionImport", tr("I&mport an image file…"));
    text("actionDiagnose", tr("D&iagnose a failed image…"));
    text("actionInstanceChecks", tr("&Windows checks of instances…"));
    text("actionApplyImport", tr("Apply for &import permission"));
    text("actionEnglish", QStringLiteral("English"));
    text("actionIndonesian", QStringLiteral("Bahasa Indonesia"));
    text("actionFaq", tr("Image &FAQ"));
    text("actionAbout", tr("&About CVM Image Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_imageMenu->setTitle(tr("&Image"));
    m_accountMenu->setTitle(tr("&Account"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_cloudDock->setWindowTitle(tr("Cloud"));
    // A passing message was worded in the old language; the activity panel's notice line
    // says it again in the new one.
    statusBar()->clearMessage();
    updateActivityTitle();
    m_brokenCheck->setText(tr("Check…"));
    m_brokenDismiss->setText(tr("Dismiss"));
    showBrokenRules();
    m_sharedWithMeDock->setWindowTitle(tr("Shared with me"));
    m_quotaDock->setWindowTitle(tr("Quota by region"));
    m_actingLabel->setText(tr("Acting as: "));

    m_model->retranslate();
    if (!m_columns->widthsSetByOperator())
        m_columns->fitToContents();
    refreshAccounts();
    refreshRegions();
    refreshStatus();
    updateTitle();
    updateActions();
    rebuildRecentMenu();
}

bool MainWindow::confirmDiscard()
{
    if (!m_console->isModified())
        return true;
    const auto answer = Prompt::question(
        this, tr("Unsaved changes"), tr("The workspace has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/centerSplitter"), m_centerSplitter->saveState());
    m_columns->save();
    m_sharedWithMe->saveColumns();
    event->accept();
}

bool MainWindow::save()
{
    if (m_console->session().isUntitled())
        return saveAs();
    QString error;
    const QString name = m_console->session().fileName();
    // The document marks itself saved, and the console with it.
    if (!m_console->session().document().save(&error)) {
        Prompt::warning(this, tr("Cannot save"),
                        tr("The workspace could not be saved to %1:\n%2").arg(name, error));
        return false;
    }
    addRecent(name);
    refreshStatus();
    return true;
}

bool MainWindow::saveAs()
{
    QString name =
        Prompt::saveFileName(this, tr("Save workspace as"), tr("Workspace files (*.json)"));
    if (name.isEmpty())
        return false;
    if (QFileInfo(name).suffix().isEmpty())
        name += QStringLiteral(".json");
    // The document (and the API endpoint serving it) moves to the new file only once it is
    // saved there.
    const QString previous = m_console->session().fileName();
    m_console->session().setFileName(name);
    if (save())
        return true;
    m_console->session().setFileName(previous);
    return false;
}

void MainWindow::open()
{
    const QString name = Prompt::openFileName(this, tr("Open workspace"),
                                              tr("Workspace files (*.json);;All files (*)"));
    if (!name.isEmpty())
        openFile(name);
}

void MainWindow::openFile(const QString &fileName)
{
    if (!confirmDiscard())
        return;
    LoadResult loaded = WorkspaceFile::load(fileName);
    if (!loaded.ok()) {
        Prompt::warning(this, tr("Cannot open workspace"),
                        tr("%1 could not be opened and was left as it is:\n%2")
                            .arg(fileName, loaded.errorText()));
        return;
    }
    addRecent(fileName);
    auto *window = new MainWindow(std::make_unique<Session>(std::move(loaded.workspace), fileName));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    m_console->markSaved(); // already asked; do not ask again while closing
    close();
}

void MainWindow::newWorkspace()
{
    if (!confirmDiscard())
        return;
    // A fresh workspace for the acting account, with the same regions and policy.
    LoadResult loaded = WorkspaceFile::emptyLike(m_console->workspace(), actingAccount());
    if (!loaded.ok())
        return;
    auto *window =
        new MainWindow(std::make_unique<Session>(std::move(loaded.workspace), QString()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    m_console->markSaved();
    close();
}

void MainWindow::importDescribeImages()
{
    const QString name = Prompt::openFileName(this, tr("Import DescribeImages JSON"),
                                              tr("JSON files (*.json);;All files (*)"));
    if (!name.isEmpty())
        showDialog(new ImportDescribeImagesDialog(*m_console, name, this));
}

void MainWindow::addRecent(const QString &fileName)
{
    RecentFiles::add(fileName);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::list();
    for (const QString &f : recent) {
        // Workspaces of several environments often share a file name: the folder tells them
        // apart (its middle elided when long).
        const QFileInfo info(f);
        QString folder = QDir::toNativeSeparators(info.absolutePath());
        if (folder.size() > 48)
            folder = folder.left(16) + QStringLiteral("…") + folder.right(31);
        QAction *a = m_recentMenu->addAction(tr("%1 — %2").arg(info.fileName(), folder));
        a->setToolTip(QDir::toNativeSeparators(f));
        connect(a, &QAction::triggered, this, [this, f] { openFile(f); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(no recent files)"))->setEnabled(false);
}

void MainWindow::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QDialog *MainWindow::openDialog(const QString &name)
{
    // The FAQ and the journal are windows kept open beside the work: one of each, not modal,
    // so that the rest of the console (the Language menu too) stays usable.
    const bool beside = name == QLatin1String("faq") || name == QLatin1String("journal");
    if (beside) {
        const auto open = findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly);
        for (QDialog *d : open) {
            // A closed one is on its way out (deleted on close).
            if (d->isVisible() &&
                (d->property("besideWork").toString() == name ||
                 (name == QLatin1String("faq") && qobject_cast<FaqDialog *>(d)))) {
                d->show();
                d->raise();
                d->activateWindow();
                return d;
            }
        }
    }
    QDialog *dialog = createDialog(name, *m_console, selectedImageIds(), this);
    if (auto *check = qobject_cast<CheckDialog *>(dialog)) {
        connect(check, &CheckDialog::itemsActivated, this, &MainWindow::selectImages);
        // What the operator fixed since the workspace was opened shows in the bar.
        connect(check, &QDialog::finished, this, [this] {
            m_brokenRules = -1;
            showBrokenRules();
        });
    }
    if (!dialog)
        return nullptr;
    if (beside) {
        dialog->setProperty("besideWork", name);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::NonModal);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    } else {
        showDialog(dialog);
    }
    return dialog;
}

QMenu *MainWindow::tableContextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("imageContextMenu"));
    menu->setToolTipsVisible(true);
    menu->addActions(m_table->actions());
    addWhyEntries(menu, m_table->actions());
    return menu;
}

void MainWindow::addWhyEntries(QMenu *menu, const QList<QAction *> &actions)
{
    // The answers behind what is disabled, one entry per FAQ answer: a disabled entry cannot
    // be clicked, these can.
    QStringList whyRules;
    for (QAction *a : actions) {
        for (const QString &rule : RefusalText::faqRules(m_refusals.value(a->objectName()))) {
            if (!whyRules.contains(rule))
                whyRules.append(rule);
        }
    }
    QStringList entries;
    for (const QString &rule : std::as_const(whyRules)) {
        const QString entry = Faq::entryForRule(rule);
        if (entries.contains(entry))
            continue;
        if (entries.isEmpty())
            menu->addSeparator();
        entries.append(entry);
        QAction *why =
            menu->addAction(Icons::icon(Icons::Faq), tr("Why? %1").arg(Faq::entry(entry).question));
        why->setObjectName(QStringLiteral("whyAction"));
        why->setData(rule);
        connect(why, &QAction::triggered, this,
                [this, rule] { FaqDialog::showForRule(this, rule); });
    }
}

QWidget *MainWindow::buildBrokenRulesBar()
{
    m_brokenBar = new QFrame(this);
    m_brokenBar->setObjectName(QStringLiteral("brokenRulesBar"));
    m_brokenBar->setStyleSheet(QStringLiteral(
        "#brokenRulesBar { background: #fde7e9; border: 1px solid #e8a0a8; border-radius: 3px }"));
    auto *layout = new QHBoxLayout(m_brokenBar);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(m_brokenBar);
    icon->setPixmap(Icons::icon(Icons::Warning).pixmap(16, 16));
    m_brokenText = new QLabel(m_brokenBar);
    m_brokenText->setObjectName(QStringLiteral("brokenRulesText"));
    m_brokenText->setWordWrap(true);
    m_brokenCheck = new QPushButton(Icons::icon(Icons::Check), QString(), m_brokenBar);
    m_brokenCheck->setObjectName(QStringLiteral("brokenRulesCheck"));
    m_brokenDismiss = new QPushButton(m_brokenBar);
    m_brokenDismiss->setObjectName(QStringLiteral("brokenRulesDismiss"));
    m_brokenDismiss->setFlat(true);
    layout->addWidget(icon);
    layout->addWidget(m_brokenText, 1);
    layout->addWidget(m_brokenCheck);
    layout->addWidget(m_brokenDismiss);
    connect(m_brokenCheck, &QPushButton::clicked, this, [this] { openDialog(str("check")); });
    connect(m_brokenDismiss, &QPushButton::clicked, this, [this] {
        m_brokenDismissed = true;
        m_brokenBar->hide();
    });
    m_brokenBar->hide();
    return m_brokenBar;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched == m_table->viewport()) {
        m_painted = true;
        m_table->viewport()->removeEventFilter(this);
        // After this paint has reached the screen: the window shows its images first, and
        // the check (about a tenth of a second at 100,000 images) comes right after.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT firstPainted();
            showBrokenRules();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showBrokenRules()
{
    // The workspace check once when the workspace opens (and after the operator checked it
    // again), not on every change: it walks the whole workspace. It waits for the window's
    // first paint, so that opening a large workspace shows its images without waiting for it.
    if (m_brokenRules < 0) {
        if (!m_painted)
            return;
        QSet<QString> rules;
        for (const Violation &v : WorkspaceLint::run(m_console->workspace()))
            rules.insert(v.rule);
        m_brokenRules = int(rules.size());
    }
    m_brokenText->setText(
        tr("This workspace breaks %n rule(s) of the console. Check lists each problem and the "
           "images involved.",
           nullptr, m_brokenRules));
    m_brokenBar->setVisible(m_brokenRules > 0 && !m_brokenDismissed);
}

void MainWindow::updateActivityTitle()
{
    const int unseen = m_activity->unseenCount();
    m_activityDock->setWindowTitle(unseen > 0 ? tr("Activity — %n new", nullptr, unseen)
                                              : tr("Activity"));
}

void MainWindow::exportImages()
{
    const QString name =
        Prompt::saveFileName(this, tr("Export images as CSV"), tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    QString error;
    // The images as the table shows them now: this region, this search, these filters.
    if (!Csv::write(name,
                    ImageExport::imageRecords(*m_proxy, m_console->workspace(), actingAccount()),
                    &error))
        Prompt::warning(this, tr("Cannot export"),
                        tr("The images could not be written to %1:\n%2").arg(name, error));
}

void MainWindow::exportShareLists()
{
    const QString name =
        Prompt::saveFileName(this, tr("Export share lists as CSV"), tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    QString error;
    if (!Csv::write(
            name,
            ImageExport::shareRecords(m_console->workspace(), actingAccount(), selectedImageIds()),
            &error))
        Prompt::warning(this, tr("Cannot export"),
                        tr("The share lists could not be written to %1:\n%2").arg(name, error));
}

void MainWindow::openShareStep(const QString &taskId)
{
    // The share step of a give, when the operator asks for it from the activity panel: the
    // share dialog on the copy, with the accounts chosen when giving. The selection and the
    // search stay as they are; closed without sharing, the step keeps waiting.
    const Task *task = m_console->workspace().task(taskId);
    if (!task || task->imageIds.isEmpty() || task->shareWithAccountIds.isEmpty())
        return;
    auto *dialog = new ShareDialog(*m_console, task->imageIds.first(), this);
    dialog->setAccounts(task->shareWithAccountIds);
    showDialog(dialog);
}

} // namespace cvm::ui

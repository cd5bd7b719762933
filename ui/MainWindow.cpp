#include "MainWindow.h"

#include "ActivityPanel.h"
#include "CheckDialog.h"
#include "CopyDialog.h"
#include "Csv.h"
#include "DetailsPane.h"
#include "Dialogs.h"
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
#include "RecentFiles.h"
#include "RegionList.h"
#include "RuleText.h"
#include "Rules.h"
#include "ShareDialog.h"
#include "ViewFitting.h"
#include "WorkspaceFile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
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
    retranslate();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
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
    make("actionExportImages", QKeySequence(), [this] { exportImages(); });
    make("actionExportShares", QKeySequence(), [this] { exportShareLists(); });
    make("actionFind", QKeySequence::Find, [this] { m_filterBar->focusSearch(); });
    make("actionCopyId", QKeySequence::Copy, [this] {
        QGuiApplication::clipboard()->setText(selectedImageIds().join(QLatin1Char('\n')));
    })->setShortcutContext(Qt::WidgetShortcut); // the table's Ctrl+C: line edits keep theirs
    make("actionQuit", QKeySequence::Quit, [this] { close(); });
    make("actionUndo", QKeySequence::Undo, [this] { step(true); });
    make("actionRedo", QKeySequence::Redo, [this] { step(false); });
    make("actionShare", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
         [this] { openDialog(str("share")); });
    make("actionCancelShare", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
         [this] { openDialog(str("share")); });
    make("actionCopy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
         [this] { openDialog(str("copy")); });
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
            Prompt::warning(this, tr("Apply for import permission"), RuleText::describe(r.verdict));
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

void MainWindow::buildUi()
{
    // Roomy, but never larger than the screen (a 1280×800 laptop's included).
    resize(QSize(1360, 820).boundedTo(screen() ? screen()->availableGeometry().size()
                                               : QSize(1360, 820)));
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    m_actingLabel = new QLabel(this);
    m_acting = new QComboBox(this);
    m_acting->setObjectName(QStringLiteral("actingAs"));
    m_acting->setMinimumWidth(300);
    toolbar->addWidget(m_actingLabel);
    toolbar->addWidget(m_acting);
    toolbar->addSeparator();
    for (const char *n : {"actionUndo", "actionRedo"})
        toolbar->addAction(m_actions.value(str(n)));
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
    m_table->setItemDelegateForColumn(ImageTableModel::StateColumn,
                                      new ProgressDelegate(ImageTableModel::ProgressRole, m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const char *n :
         {"actionShare", "actionCancelShare", "actionCopy", "actionGive", "actionEdit",
          "actionDelete", "actionLaunch", "actionReinstall", "actionCopyId"})
        m_table->addAction(m_actions.value(str(n)));

    m_filterBar = new ImageFilterBar(*m_proxy, this);
    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
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
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    resizeDocks({m_activityDock}, {150}, Qt::Vertical);

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

    connect(m_acting, &QComboBox::currentIndexChanged, this,
            [this] { m_console->setActingAccount(m_acting->currentData().toString()); });
    connect(m_regions, &RegionList::regionChanged, this, [this](const QString &regionId) {
        m_model->setRegion(regionId);
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

    m_accountMenu = menuBar()->addMenu(QString());
    m_accountMenu->addAction(m_actions.value(str("actionTrusted")));
    m_accountMenu->addAction(m_actions.value(str("actionApplyImport")));
    m_accountMenu->addAction(m_actions.value(str("actionInstanceChecks")));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_activityDock->toggleViewAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_actions.value(str("actionEnglish")));
    m_languageMenu->addAction(m_actions.value(str("actionIndonesian")));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_actions.value(str("actionFaq")));
    m_helpMenu->addAction(m_actions.value(str("actionAbout")));
    rebuildRecentMenu();
}

void MainWindow::attach()
{
    Workspace &ws = m_console->workspace();
    refreshAccounts();
    m_model->setActingAccount(m_console->actingAccount());
    connect(m_console.get(), &Console::actingAccountChanged, this, [this](const QString &id) {
        m_acting->setCurrentIndex(m_acting->findData(id));
        m_model->setActingAccount(id);
        fitColumns(m_table); // other names and dates, other widths
        refreshRegions();
        refreshStatus();
        m_activity->refresh();
        onSelectionChanged();
        offerShareSteps();
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
        // The give flow: share a copy once it is Normal.
        if (!delta.tasks.isEmpty() || !delta.images.isEmpty())
            QTimer::singleShot(0, this, &MainWindow::offerShareSteps);
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
    // A give whose copy finished while the workspace was closed: its share step is offered.
    QTimer::singleShot(0, this, &MainWindow::offerShareSteps);
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
    m_acting->blockSignals(true);
    m_acting->clear();
    for (const Account &a : ws.accounts())
        m_acting->addItem(tr("%1 (%2)").arg(a.name, a.accountId), a.accountId);
    m_acting->setCurrentIndex(m_acting->findData(m_console->actingAccount()));
    m_acting->blockSignals(false);
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
    const auto states =
        ImageActionStates::compute(m_console->workspace(), actingAccount(), selectedImageIds());
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        QAction *a = m_actions.value(it.key());
        const QString tip = it->enabled ? tr(descriptions.value(it.key())) : it->reason;
        a->setEnabled(it->enabled);
        a->setToolTip(tip);
        a->setStatusTip(tip);
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
                    RuleText::describe(outcome.verdict));
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
    m_activityDock->setWindowTitle(tr("Activity"));
    m_actingLabel->setText(tr("Acting as: "));

    m_model->retranslate();
    fitColumns(m_table);
    refreshAccounts();
    refreshRegions();
    refreshStatus();
    updateTitle();
    updateActions();
    rebuildRecentMenu();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
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
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/centerSplitter"), m_centerSplitter->saveState());
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
        QAction *a = m_recentMenu->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
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
    QDialog *dialog = createDialog(name, *m_console, selectedImageIds(), this);
    if (auto *check = qobject_cast<CheckDialog *>(dialog))
        connect(check, &CheckDialog::itemsActivated, this, &MainWindow::selectImages);
    if (dialog)
        showDialog(dialog);
    return dialog;
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

void MainWindow::offerShareSteps()
{
    // The share step of a give is kept by its task, so it is offered again after the
    // workspace was closed and opened: once the copy is Normal, to the account that gave it.
    const Workspace &ws = m_console->workspace();
    for (const Task &t : ws.tasks()) {
        if (t.shareWithAccountIds.isEmpty() || t.accountId != actingAccount() ||
            t.imageIds.isEmpty() || m_offeredShareSteps.contains(t.taskId))
            continue;
        const Image *copy = ws.image(t.imageIds.first());
        if (!copy || copy->state != ImageState::Normal)
            continue;
        m_offeredShareSteps.insert(t.taskId);
        startGuidedShare(t.taskId, copy->imageId, t.shareWithAccountIds);
        return; // one at a time: the next when this one is closed
    }
}

void MainWindow::startGuidedShare(const QString &taskId, const QString &copyId,
                                  const QStringList &accountIds)
{
    selectImages({copyId});
    auto *dialog = new ShareDialog(*m_console, copyId, this);
    dialog->setAccounts(accountIds);
    connect(dialog, &QDialog::finished, this, [this, taskId, copyId, accountIds](int result) {
        const Task *task = m_console->workspace().task(taskId);
        if (result != QDialog::Accepted && task && !task->shareWithAccountIds.isEmpty()) {
            const auto answer = Prompt::question(
                this, tr("Share the copy later?"),
                tr("Copy %1 is not shared with %2 yet. Keep this step, to be offered again the "
                   "next time the workspace is opened?")
                    .arg(copyId, accountIds.join(QStringLiteral(", "))),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::No) {
                m_console->run([&](Operations &ops, const OperationContext &ctx) {
                    return ops.dropShareStep(ctx, taskId);
                });
            }
        }
        QTimer::singleShot(0, this, &MainWindow::offerShareSteps);
    });
    showDialog(dialog);
}

} // namespace cvm::ui

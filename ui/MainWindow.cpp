#include "MainWindow.h"

#include "ImageTableModel.h"
#include "LanguageManager.h"
#include "Rules.h"
#include "RuleText.h"
#include "WorkspaceFile.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cvm::ui {

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session))
{
    buildUi();
    attachSession();
    retranslate();
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] {
        m_english->setChecked(LanguageManager::instance().language() == QLatin1String("en"));
        m_indonesian->setChecked(LanguageManager::instance().language() == QLatin1String("id"));
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 760);

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    m_actingLabel = new QLabel(this);
    m_actingLabel->setObjectName(QStringLiteral("actingLabel"));
    m_acting = new QComboBox(this);
    m_acting->setObjectName(QStringLiteral("actingAs"));
    m_acting->setMinimumWidth(280);
    toolbar->addWidget(m_actingLabel);
    toolbar->addWidget(m_acting);

    m_regions = new QListWidget(this);
    m_regions->setObjectName(QStringLiteral("regionList"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);

    m_model = new ImageTableModel(m_session->workspace(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("imageProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImageTableModel::SortRole);
    m_proxy->setFilterRole(ImageTableModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

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

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_table);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_regions);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1020});
    setCentralWidget(splitter);

    m_quota = new QLabel(this);
    m_quota->setObjectName(QStringLiteral("quotaLabel"));
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("fileLabel"));
    statusBar()->addWidget(m_quota, 1);
    statusBar()->addPermanentWidget(m_file);

    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::open);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_indonesian = m_languageMenu->addAction(QStringLiteral("Bahasa Indonesia"));
    for (QAction *a : {m_english, m_indonesian}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    m_indonesian->setObjectName(QStringLiteral("languageIndonesian"));
    m_english->setChecked(LanguageManager::instance().language() == QLatin1String("en"));
    m_indonesian->setChecked(LanguageManager::instance().language() == QLatin1String("id"));
    connect(m_english, &QAction::triggered, this, [] { LanguageManager::instance().setLanguage(QStringLiteral("en")); });
    connect(m_indonesian, &QAction::triggered, this, [] { LanguageManager::instance().setLanguage(QStringLiteral("id")); });

    connect(m_acting, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setActingAccount(actingAccount());
        refreshRegions();
        refreshStatus();
    });
    connect(m_regions, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem *item = m_regions->currentItem();
        m_model->setRegion(item ? item->data(Qt::UserRole).toString() : QString());
        refreshStatus();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_proxy->setFilterFixedString(m_search->text()); });
}

void MainWindow::attachSession()
{
    const Workspace &ws = m_session->workspace();
    m_acting->blockSignals(true);
    m_acting->clear();
    for (const Account &a : ws.accounts())
        m_acting->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.accountId), a.accountId);
    m_acting->blockSignals(false);
    m_model->setActingAccount(actingAccount());
    refreshRegions();
    refreshStatus();
    updateTitle();
    connect(&ws, &Workspace::changed, this, [this] {
        setWindowModified(true);
        refreshRegions();
        refreshStatus();
    });
    connect(m_session.get(), &Session::fileNameChanged, this, &MainWindow::updateTitle);
}

QString MainWindow::actingAccount() const
{
    return m_acting->currentData().toString();
}

void MainWindow::setActingAccount(const QString &accountId)
{
    const int i = m_acting->findData(accountId);
    if (i >= 0)
        m_acting->setCurrentIndex(i);
}

void MainWindow::selectRegion(const QString &regionId)
{
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->data(Qt::UserRole).toString() == regionId) {
            m_regions->setCurrentRow(i);
            return;
        }
    }
}

void MainWindow::refreshRegions()
{
    const Workspace &ws = m_session->workspace();
    const QString acting = actingAccount();
    const QString current = m_regions->currentItem() ? m_regions->currentItem()->data(Qt::UserRole).toString() : QString();
    QHash<QString, int> counts;
    const QList<QString> visible = Rules::visibleImageIds(ws, acting);
    for (const QString &id : visible)
        ++counts[ws.image(id)->region];
    const QLocale locale;
    m_regions->blockSignals(true);
    m_regions->clear();
    auto *all = new QListWidgetItem(tr("All regions (%1)").arg(locale.toString(int(visible.size()))), m_regions);
    all->setData(Qt::UserRole, QString());
    for (const Region &r : ws.regions()) {
        QString text = tr("%1 (%2)").arg(RuleText::regionName(&r, r.regionId), locale.toString(counts.value(r.regionId)));
        if (!r.isAvailable())
            text = tr("%1 — unavailable").arg(text);
        auto *item = new QListWidgetItem(text, m_regions);
        item->setData(Qt::UserRole, r.regionId);
        item->setToolTip(r.regionId);
    }
    int row = 0;
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->data(Qt::UserRole).toString() == current)
            row = i;
    }
    m_regions->setCurrentRow(row);
    m_regions->blockSignals(false);
}

void MainWindow::refreshStatus()
{
    const Workspace &ws = m_session->workspace();
    const QString region = m_model->region();
    const QLocale locale;
    if (region.isEmpty()) {
        m_quota->setText(tr("Custom images: choose a region to see the quota"));
    } else {
        const QuotaUse q = Rules::quota(ws, actingAccount(), region);
        m_quota->setText(tr("Custom images: %1 / %2 in %3")
                             .arg(locale.toString(q.used), locale.toString(q.limit), region));
    }
    m_file->setText(m_session->isUntitled() ? tr("Sample workspace (not saved yet)")
                                            : QFileInfo(m_session->fileName()).fileName());
}

void MainWindow::updateTitle()
{
    const QString name = m_session->isUntitled() ? tr("Sample workspace") : QFileInfo(m_session->fileName()).fileName();
    setWindowTitle(tr("%1[*] — CVM Image Console").arg(name));
}

void MainWindow::retranslate()
{
    m_actingLabel->setText(tr("Acting as: "));
    m_search->setPlaceholderText(tr("Search by image ID, name or operating system"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_model->retranslate();
    refreshRegions();
    refreshStatus();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::confirmDiscard()
{
    if (!isWindowModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("The workspace has changes that are not saved. Save them?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (confirmDiscard())
        event->accept();
    else
        event->ignore();
}

bool MainWindow::save()
{
    if (m_session->isUntitled())
        return saveAs();
    QString error;
    if (!WorkspaceFile::save(m_session->workspace(), m_session->fileName(), &error)) {
        QMessageBox::warning(this, tr("Cannot save"),
                             tr("The workspace could not be saved to %1:\n%2").arg(m_session->fileName(), error));
        return false;
    }
    setWindowModified(false);
    refreshStatus();
    return true;
}

bool MainWindow::saveAs()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Save workspace as"), QString(),
                                                      tr("Workspace files (*.json)"));
    if (name.isEmpty())
        return false;
    m_session->setFileName(name);
    return save();
}

void MainWindow::open()
{
    if (!confirmDiscard())
        return;
    const QString name = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Workspace files (*.json);;All files (*)"));
    if (name.isEmpty())
        return;
    LoadResult loaded = WorkspaceFile::load(name);
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Cannot open workspace"),
                             tr("%1 could not be opened and was left as it is:\n%2").arg(name, loaded.errorText()));
        return;
    }
    auto *window = new MainWindow(std::make_unique<Session>(std::move(loaded.workspace), name));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    setWindowModified(false);
    close();
}

} // namespace cvm::ui

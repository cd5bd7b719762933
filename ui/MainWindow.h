#pragma once

#include "Console.h"

#include <QMainWindow>
#include <QSet>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QFrame;
class QPushButton;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace cvm::ui {

class AccountPicker;
class ActivityPanel;
class DetailsPane;
class ImageFilterBar;
class ImageFilterProxy;
class TableColumns;
class ImageTableModel;
class QuotaPanel;
class RegionList;
class SharedWithMePanel;

// The console's main window: acting account, regions with counts, the image table with
// search and filters, details, activity, and every operation in menus, toolbar and context
// menu — each disabled with the rules' reason when it does not apply to the selection.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

    // The docks' layout saved between runs; raised when docks come or go.
    static constexpr int kStateVersion = 2;

public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Console &console() const { return *m_console; }
    Session &session() const { return m_console->session(); }
    ImageTableModel *imageModel() const { return m_model; }
    void setActingAccount(const QString &accountId);
    QString actingAccount() const;
    void selectRegion(const QString &regionId);
    // Selects these images in the table (and their region when they are all in one).
    void selectImages(const QStringList &imageIds);
    QStringList selectedImageIds() const;
    QAction *action(const QString &objectName) const;

    // Opens a dialog by name (share, copy, give, delete, edit, launch, reinstall, trusted,
    // check, journal, faq) on the current selection; returns it, or nullptr.
    QDialog *openDialog(const QString &name);
    // The image table's context menu as it would show now (the caller owns it): the image
    // actions, and for what is disabled, the FAQ answers that say why.
    QMenu *tableContextMenu();

Q_SIGNALS:
    // The image table has painted for the first time: the window is open and populated.
    // What is not needed to show it (the workspace check behind the broken-rules bar)
    // starts after this.
    void firstPainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void setIcons();
    // After `actions` in `menu`: "Why? …" entries that open the FAQ answers behind those of
    // them that the rules disable.
    void addWhyEntries(QMenu *menu, const QList<QAction *> &actions);
    QWidget *buildBrokenRulesBar();
    void showBrokenRules();
    void updateActivityTitle();
    void buildMenus();
    void buildUi();
    void retranslate();
    void attach();
    void refreshAccounts();
    void refreshRegions();
    void refreshStatus();
    void updateTitle();
    void updateActions();
    void onSelectionChanged();
    bool save();
    bool saveAs();
    void open();
    void openFile(const QString &fileName);
    void newWorkspace();
    void importDescribeImages();
    bool confirmDiscard();
    void addRecent(const QString &fileName);
    void rebuildRecentMenu();
    void showDialog(QDialog *dialog);
    // Undo or redo through the console; a refusal is explained.
    void step(bool undo);
    void exportImages();
    void exportShareLists();
    // The give flow's share step (Task::shareWithAccountIds), asked for from the activity
    // panel, where it waits.
    void openShareStep(const QString &taskId);

    std::unique_ptr<Console> m_console;
    ImageTableModel *m_model = nullptr;
    ImageFilterProxy *m_proxy = nullptr;
    TableColumns *m_columns = nullptr;
    AccountPicker *m_acting = nullptr;
    QLabel *m_actingLabel = nullptr;
    RegionList *m_regions = nullptr;
    ImageFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centerSplitter = nullptr;
    DetailsPane *m_details = nullptr;
    ActivityPanel *m_activity = nullptr;
    QDockWidget *m_activityDock = nullptr;
    class CloudPanel *m_cloud = nullptr;
    QDockWidget *m_cloudDock = nullptr;
    SharedWithMePanel *m_sharedWithMe = nullptr;
    QDockWidget *m_sharedWithMeDock = nullptr;
    QuotaPanel *m_quotaPanel = nullptr;
    QDockWidget *m_quotaDock = nullptr;
    QLabel *m_quota = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_modified = nullptr;
    QLabel *m_serving = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_imageMenu = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QList<Violation>> m_refusals; // disabled actions: the rules' refusals
    QFrame *m_brokenBar = nullptr;
    QLabel *m_brokenText = nullptr;
    QPushButton *m_brokenCheck = nullptr;
    QPushButton *m_brokenDismiss = nullptr;
    int m_brokenRules = -1; // rules the workspace breaks; -1 until checked
    bool m_brokenDismissed = false;
    bool m_painted = false; // the table has painted once; the check may run
};

} // namespace cvm::ui

#pragma once

#include "Session.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace cvm::ui {

class ImageTableModel;

// The console's main window: acting account, regions, the image table and the quota.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() const { return *m_session; }
    ImageTableModel *imageModel() const { return m_model; }
    void setActingAccount(const QString &accountId);
    QString actingAccount() const;
    void selectRegion(const QString &regionId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void attachSession();
    void refreshRegions();
    void refreshStatus();
    void updateTitle();
    bool save();
    bool saveAs();
    void open();
    bool confirmDiscard();

    std::unique_ptr<Session> m_session;
    ImageTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_acting = nullptr;
    QLabel *m_actingLabel = nullptr;
    QListWidget *m_regions = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_quota = nullptr;
    QLabel *m_file = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_english = nullptr;
    QAction *m_indonesian = nullptr;
};

} // namespace cvm::ui

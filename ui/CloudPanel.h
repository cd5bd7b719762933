#pragma once

#include "CloudConnectDialog.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cvm::cloud {
class CloudClient;
}

namespace cvm::ui {

class Console;

// The workspace and Tencent Cloud: where it was pulled from, and the changes made since, as the
// API calls apply would send, in order, each with the rules' verdict. Connect… chooses the keys
// and the endpoint; Pull refreshes the workspace from the cloud (keeping the pending changes);
// Apply sends them; Drop undoes the selected one. Pull and apply show their progress and can
// be cancelled.
class CloudPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CloudPanel(Console &console, QWidget *parent = nullptr);
    ~CloudPanel() override;
    QSize sizeHint() const override { return {900, 160}; }

    // The connection used by Pull and Apply (the settings' when not set).
    void setConnection(const CloudConnection &connection) { m_connection = connection; }
    const CloudConnection &connection() const { return m_connection; }

public Q_SLOTS:
    void refresh();
    void connectToCloud();
    // Each returns when it has finished; an error is shown in the panel (and returned).
    QString pull();
    QString apply();
    void dropSelected();

Q_SIGNALS:
    void message(const QString &text);

private:
    void retranslate();
    std::unique_ptr<cloud::CloudClient> makeClient(QString *error) const;
    void showOutcome(const QString &text, bool error);

    Console &m_console;
    CloudConnection m_connection;
    QLabel *m_status = nullptr;
    QLabel *m_outcome = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_pull = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_drop = nullptr;
};

} // namespace cvm::ui

#pragma once

#include "OperationDialog.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cvm::ui {

class Console;

// Share an image with more accounts, or cancel some or all of its sharing (S1–S6).
// Every entry is checked by the rules as it is typed; OK only when the request is allowed
// and the risk of sharing is acknowledged.
class ShareDialog final : public OperationDialog
{
    Q_OBJECT

public:
    ShareDialog(Console &console, const QString &imageId, QWidget *parent = nullptr);

    // Pre-fills the accounts to share with (the guided copy-then-share flow).
    void setAccounts(const QStringList &accountIds);
    static QStringList parseAccountIds(const QString &text);

private:
    void retranslate() override;
    void refresh() override;
    void share();
    void cancelSharing(const QStringList &accountIds);
    QStringList selectedShares() const;

    Console &m_console;
    QString m_imageId;
    QLabel *m_summary = nullptr;
    QGroupBox *m_currentBox = nullptr;
    QTableWidget *m_current = nullptr;
    QPushButton *m_cancelSelected = nullptr;
    QPushButton *m_cancelAll = nullptr;
    QGroupBox *m_newBox = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QListWidget *m_verdicts = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_riskWarning = nullptr;
    QCheckBox *m_risk = nullptr;
};

} // namespace cvm::ui

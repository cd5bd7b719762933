#pragma once

#include "Records.h"

#include <QComboBox>

class QCompleter;

namespace cvm::ui {

// "Acting as": a workspace can hold a thousand accounts, so the operator types any part of
// an account's ID or name and picks from the accounts that contain it. Enter takes the one
// account the text names (its ID, its name, or the only match); leaving the box with text
// that names none puts the acting account back.
class AccountPicker final : public QComboBox
{
    Q_OBJECT

public:
    explicit AccountPicker(QWidget *parent = nullptr);

    void setAccounts(const QList<Account> &accounts, const QString &current);
    void setCurrentAccount(const QString &accountId);
    QString currentAccount() const { return currentData().toString(); }
    QCompleter *accountCompleter() const { return m_completer; }
    // The row of the one account that `text` names, or -1: an ID or a name equal to it
    // (case-insensitive), else the only account whose ID or name contains it.
    int rowNamedBy(const QString &text) const;

Q_SIGNALS:
    void accountChosen(const QString &accountId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void onEditingFinished();
    void restoreText();

    QCompleter *m_completer = nullptr;
    QStringList m_ids;
    QStringList m_names;
};

} // namespace cvm::ui

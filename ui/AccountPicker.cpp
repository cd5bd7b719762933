#include "AccountPicker.h"
#include "Retranslator.h"

#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace cvm::ui {

AccountPicker::AccountPicker(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("actingAs"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // typed text searches; it never becomes an account
    setMaxVisibleItems(20);
    // As wide as a name and an account ID, not as the longest of all the entries: measuring a
    // thousand of them as the window is first shown took about 5 ms of opening it. The list
    // that drops down is still as wide as its entries need.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(34);
    lineEdit()->setObjectName(QStringLiteral("actingAsSearch"));
    lineEdit()->installEventFilter(this);

    m_completer = new QCompleter(this);
    m_completer->setObjectName(QStringLiteral("actingAsCompleter"));
    m_completer->setModel(model());
    m_completer->setCompletionColumn(0);
    m_completer->setFilterMode(Qt::MatchContains); // "Name (ID)": part of either finds it
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(15);
    setCompleter(m_completer);

    connect(this, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT accountChosen(m_ids.value(row));
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &AccountPicker::onEditingFinished);
    CVM_RETRANSLATE_SLOT(&AccountPicker::retranslate);
}

void AccountPicker::setAccounts(const QList<Account> &accounts, const QString &current)
{
    QStringList texts;
    m_ids.clear();
    m_names.clear();
    texts.reserve(accounts.size());
    for (const Account &a : accounts) {
        texts.append(tr("%1 (%2)").arg(a.name, a.accountId));
        m_ids.append(a.accountId);
        m_names.append(a.name);
    }
    const bool blocked = blockSignals(true);
    clear();
    insertItems(0, texts); // one insertion for the whole list
    for (int row = 0; row < m_ids.size(); ++row)
        setItemData(row, m_ids.at(row));
    setCurrentIndex(int(m_ids.indexOf(current)));
    blockSignals(blocked);
}

void AccountPicker::setCurrentAccount(const QString &accountId)
{
    const int row = int(m_ids.indexOf(accountId));
    if (row != currentIndex()) {
        const bool blocked = blockSignals(true);
        setCurrentIndex(row);
        blockSignals(blocked);
    }
    restoreText();
}

int AccountPicker::rowNamedBy(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (int row = 0; row < m_ids.size(); ++row) {
        if (m_ids.at(row) == wanted || itemText(row).compare(wanted, Qt::CaseInsensitive) == 0)
            return row;
    }
    int exactName = -1;
    int only = -1;
    int matches = 0;
    for (int row = 0; row < m_ids.size(); ++row) {
        if (m_names.at(row).compare(wanted, Qt::CaseInsensitive) == 0)
            exactName = exactName < 0 ? row : -2; // two accounts of that name: no choice
        if (itemText(row).contains(wanted, Qt::CaseInsensitive)) {
            only = row;
            ++matches;
        }
    }
    if (exactName >= 0)
        return exactName;
    return matches == 1 ? only : -1;
}

void AccountPicker::onEditingFinished()
{
    // Enter (the box still has the focus) takes the account the text names; leaving the box
    // never changes the acting account.
    if (lineEdit()->text() == itemText(currentIndex()))
        return;
    const int row = lineEdit()->hasFocus() ? rowNamedBy(lineEdit()->text()) : -1;
    if (row >= 0 && row != currentIndex())
        setCurrentIndex(row);
    restoreText();
}

void AccountPicker::restoreText()
{
    if (lineEdit()->text() != itemText(currentIndex()))
        lineEdit()->setText(itemText(currentIndex()));
}

bool AccountPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == lineEdit()) {
        // Clicking into the box selects the account's text, so typing replaces it.
        if (event->type() == QEvent::FocusIn)
            QTimer::singleShot(0, lineEdit(), &QLineEdit::selectAll);
        else if (event->type() == QEvent::KeyPress &&
                 static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
                 lineEdit()->text() != itemText(currentIndex()))
            restoreText();
    }
    return QComboBox::eventFilter(watched, event);
}

void AccountPicker::retranslate()
{
    lineEdit()->setPlaceholderText(tr("Account ID or name"));
    setToolTip(tr("The account you act as. Type part of an account ID or name to find it."));
}

} // namespace cvm::ui

#include "TrustedAccountsDialog.h"

#include "Console.h"
#include "RefusalLabel.h"
#include "RuleText.h"
#include "Rules.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cvm::ui {

struct TrustedAccountsDialog::Private
{
    Console &console;
    QStringList original;
    QLabel *explanation = nullptr;
    QLineEdit *filter = nullptr;
    QListWidget *accounts = nullptr;
    QLineEdit *accountEdit = nullptr;
    QPushButton *add = nullptr;

    QStringList checked() const
    {
        QStringList out;
        for (int i = 0; i < accounts->count(); ++i) {
            if (accounts->item(i)->checkState() == Qt::Checked)
                out.append(accounts->item(i)->data(Qt::UserRole).toString());
        }
        return out;
    }
    QListWidgetItem *item(const QString &accountId) const
    {
        for (int i = 0; i < accounts->count(); ++i) {
            if (accounts->item(i)->data(Qt::UserRole).toString() == accountId)
                return accounts->item(i);
        }
        return nullptr;
    }
    QListWidgetItem *addItem(const QString &accountId, Qt::CheckState state)
    {
        auto *it = new QListWidgetItem(accounts);
        it->setData(Qt::UserRole, accountId);
        it->setCheckState(state);
        return it;
    }
};

TrustedAccountsDialog::TrustedAccountsDialog(Console &console, QWidget *parent)
    : OperationDialog(parent), d(new Private{console, {}})
{
    setObjectName(QStringLiteral("trustedAccountsDialog"));
    resize(480, 520);
    const Workspace &ws = console.workspace();
    if (const Account *me = ws.account(console.actingAccount()))
        d->original = me->trustedAccountIds;
    auto *layout = new QVBoxLayout(this);
    d->explanation = new QLabel(this);
    d->explanation->setWordWrap(true);
    layout->addWidget(d->explanation);
    d->filter = new QLineEdit(this);
    d->filter->setObjectName(QStringLiteral("filterEdit"));
    d->filter->setClearButtonEnabled(true);
    layout->addWidget(d->filter);
    d->accounts = new QListWidget(this);
    d->accounts->setObjectName(QStringLiteral("accountList"));
    for (const Account &a : ws.accounts()) {
        if (a.accountId == console.actingAccount())
            continue;
        d->addItem(a.accountId, d->original.contains(a.accountId) ? Qt::Checked : Qt::Unchecked);
    }
    // Entries of the saved list that are not accounts one may trust (unknown to the workspace,
    // or the acting account itself) stay listed, checked, so that core's refusal explains them
    // and the operator removes them; dropping them silently would change the list unasked.
    for (const QString &id : std::as_const(d->original)) {
        if (!d->item(id))
            d->addItem(id, Qt::Checked);
    }
    layout->addWidget(d->accounts, 1);
    auto *addRow = new QHBoxLayout;
    d->accountEdit = new QLineEdit(this);
    d->accountEdit->setObjectName(QStringLiteral("accountEdit"));
    d->accountEdit->setClearButtonEnabled(true);
    addRow->addWidget(d->accountEdit, 1);
    d->add = new QPushButton(this);
    d->add->setObjectName(QStringLiteral("addButton"));
    d->add->setAutoDefault(false);
    addRow->addWidget(d->add);
    layout->addLayout(addRow);
    addRefusal(layout);
    addButtons(layout, Dismiss::Cancel, &TrustedAccountsDialog::save);

    connect(d->filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < d->accounts->count(); ++i)
            d->accounts->item(i)->setHidden(
                !d->accounts->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    connect(d->accounts, &QListWidget::itemChanged, this, &TrustedAccountsDialog::refresh);
    connect(d->accountEdit, &QLineEdit::textChanged, this, &TrustedAccountsDialog::refresh);
    connect(d->add, &QPushButton::clicked, this, &TrustedAccountsDialog::addAccount);
    d->accountEdit->installEventFilter(this);
    translateAndRefresh();
}

TrustedAccountsDialog::~TrustedAccountsDialog() = default;

// Enter in the account field adds the account typed there; it does not save the list (the
// dialog's default button) with the typed account left out.
bool TrustedAccountsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->accountEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !d->accountEdit->text().trimmed().isEmpty()) {
            if (d->add->isEnabled())
                addAccount();
            return true;
        }
    }
    return OperationDialog::eventFilter(watched, event);
}

void TrustedAccountsDialog::retranslate()
{
    const Workspace &ws = d->console.workspace();
    const QString me = d->console.actingAccount();
    setWindowTitle(
        tr("Trusted accounts of %1").arg(ws.accountName(me).isEmpty() ? me : ws.accountName(me)));
    d->explanation->setText(
        tr("Images shared with you by a trusted account launch and reinstall instances without "
           "an extra confirmation. Images from any other account need one."));
    d->filter->setPlaceholderText(tr("Filter accounts by name or ID"));
    d->accountEdit->setPlaceholderText(tr("Account ID to trust"));
    d->add->setText(tr("Add"));
    for (int i = 0; i < d->accounts->count(); ++i) {
        QListWidgetItem *item = d->accounts->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const Account *a = ws.account(id);
        item->setText(a ? QStringLiteral("%1 (%2)").arg(a->name, id)
                        : tr("%1 (not in this workspace)").arg(id));
    }
    okButton()->setText(tr("Save"));
}

void TrustedAccountsDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString me = d->console.actingAccount();
    const QStringList now = d->checked();
    QStringList a = now, b = d->original;
    a.sort();
    b.sort();
    const Verdict v = Rules::checkTrustedAccounts(ws, me, TrustedAccountsRequest{now});

    // The account typed to be added: core's verdict on it, shown with the list's.
    const QString typed = d->accountEdit->text().trimmed();
    Verdict typedVerdict;
    bool alreadyTrusted = false;
    if (!typed.isEmpty()) {
        typedVerdict = Rules::checkTrustedAccounts(ws, me, TrustedAccountsRequest{{typed}});
        alreadyTrusted = typedVerdict.allowed() && now.contains(typed);
    }
    d->add->setEnabled(!typed.isEmpty() && typedVerdict.allowed() && !alreadyTrusted);
    Verdict shown = typedVerdict;
    for (const Violation &x : v.violations) {
        if (!shown.violations.contains(x))
            shown.violations.append(x);
    }
    if (alreadyTrusted && shown.allowed())
        refusal()->setMessage(tr("Account %1 is already on the list.").arg(typed));
    else
        refusal()->setVerdict(shown);
    okButton()->setEnabled(a != b && v.allowed());
}

void TrustedAccountsDialog::addAccount()
{
    const QString typed = d->accountEdit->text().trimmed();
    if (!Rules::checkTrustedAccounts(d->console.workspace(), d->console.actingAccount(),
                                     TrustedAccountsRequest{{typed}})
             .allowed())
        return;
    QListWidgetItem *item = d->item(typed);
    if (!item)
        return;
    item->setCheckState(Qt::Checked);
    d->accounts->scrollToItem(item);
    d->accountEdit->clear();
}

void TrustedAccountsDialog::save()
{
    const TrustedAccountsRequest r{d->checked()};
    const OperationResult result =
        d->console.run([&](Operations &ops, const OperationContext &ctx) {
            return ops.setTrustedAccounts(ctx, r);
        });
    if (result.applied())
        accept();
    else
        refusal()->setVerdict(result.verdict);
}

} // namespace cvm::ui

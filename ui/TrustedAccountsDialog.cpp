#include "TrustedAccountsDialog.h"

#include "Console.h"
#include "Rules.h"
#include "RefusalLabel.h"
#include "RuleText.h"

#include <QDialogButtonBox>
#include <QEvent>
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
    RefusalLabel *refusal = nullptr;
    QDialogButtonBox *buttons = nullptr;

    QStringList checked() const
    {
        QStringList out;
        for (int i = 0; i < accounts->count(); ++i) {
            if (accounts->item(i)->checkState() == Qt::Checked)
                out.append(accounts->item(i)->data(Qt::UserRole).toString());
        }
        return out;
    }
};

TrustedAccountsDialog::TrustedAccountsDialog(Console &console, QWidget *parent)
    : QDialog(parent), d(new Private{console, {}})
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
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(a.name, a.accountId), d->accounts);
        item->setData(Qt::UserRole, a.accountId);
        item->setCheckState(d->original.contains(a.accountId) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(d->accounts, 1);
    d->refusal = new RefusalLabel(this);
    layout->addWidget(d->refusal);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(d->buttons);

    connect(d->filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < d->accounts->count(); ++i)
            d->accounts->item(i)->setHidden(!d->accounts->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    connect(d->accounts, &QListWidget::itemChanged, this, &TrustedAccountsDialog::refresh);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->buttons, &QDialogButtonBox::accepted, this, &TrustedAccountsDialog::save);
    retranslate();
}

TrustedAccountsDialog::~TrustedAccountsDialog() = default;

void TrustedAccountsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TrustedAccountsDialog::retranslate()
{
    const Workspace &ws = d->console.workspace();
    const QString me = d->console.actingAccount();
    setWindowTitle(tr("Trusted accounts of %1").arg(ws.accountName(me).isEmpty() ? me : ws.accountName(me)));
    d->explanation->setText(tr("Images shared with you by a trusted account launch and reinstall instances without "
                               "an extra confirmation. Images from any other account need one."));
    d->filter->setPlaceholderText(tr("Filter accounts by name or ID"));
    d->buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    d->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    refresh();
}

void TrustedAccountsDialog::refresh()
{
    const QStringList now = d->checked();
    QStringList a = now, b = d->original;
    a.sort();
    b.sort();
    const Verdict v = Rules::checkTrustedAccounts(d->console.workspace(), d->console.actingAccount(),
                                                  TrustedAccountsRequest{now});
    d->refusal->setVerdict(v);
    d->buttons->button(QDialogButtonBox::Ok)->setEnabled(a != b && v.allowed());
}

void TrustedAccountsDialog::save()
{
    const TrustedAccountsRequest r{d->checked()};
    const OperationResult result =
        d->console.run([&](Operations &ops, const OperationContext &ctx) { return ops.setTrustedAccounts(ctx, r); });
    if (result.applied())
        accept();
    else
        d->refusal->setVerdict(result.verdict);
}

} // namespace cvm::ui

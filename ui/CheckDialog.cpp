#include "CheckDialog.h"

#include "Console.h"
#include "RuleText.h"
#include "WorkspaceLint.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cvm::ui {

struct CheckDialog::Private
{
    explicit Private(Console &c) : console(c) {}
    Console &console;
    QList<Violation> findings;
    QLabel *summary = nullptr;
    QTableWidget *table = nullptr;
    QPushButton *show = nullptr;
    QPushButton *recheck = nullptr;
    QDialogButtonBox *buttons = nullptr;
};

CheckDialog::CheckDialog(Console &console, QWidget *parent) : QDialog(parent), d(new Private(console))
{
    setObjectName(QStringLiteral("checkDialog"));
    resize(900, 500);
    auto *layout = new QVBoxLayout(this);
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(d->summary);
    d->table = new QTableWidget(this);
    d->table->setObjectName(QStringLiteral("findingList"));
    d->table->setColumnCount(4);
    d->table->verticalHeader()->hide();
    d->table->horizontalHeader()->setStretchLastSection(true);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(d->table, 1);
    auto *bottom = new QHBoxLayout;
    d->show = new QPushButton(this);
    d->show->setObjectName(QStringLiteral("showButton"));
    d->recheck = new QPushButton(this);
    d->recheck->setObjectName(QStringLiteral("recheckButton"));
    bottom->addWidget(d->show);
    bottom->addWidget(d->recheck);
    bottom->addStretch();
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(d->buttons);
    layout->addLayout(bottom);

    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->recheck, &QPushButton::clicked, this, &CheckDialog::runCheck);
    connect(d->show, &QPushButton::clicked, this, &CheckDialog::activateCurrent);
    connect(d->table, &QTableWidget::itemActivated, this, &CheckDialog::activateCurrent);
    connect(d->table, &QTableWidget::itemSelectionChanged, this,
            [this] { d->show->setEnabled(!d->table->selectedItems().isEmpty()); });
    d->findings = WorkspaceLint::run(console.workspace());
    retranslate();
}

CheckDialog::~CheckDialog() = default;

void CheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CheckDialog::retranslate()
{
    setWindowTitle(tr("Check workspace"));
    d->table->setHorizontalHeaderLabels({tr("Rule"), tr("Code"), tr("Items"), tr("Problem")});
    d->show->setText(tr("Show in the table"));
    d->recheck->setText(tr("Check again"));
    d->buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    fill();
}

void CheckDialog::runCheck()
{
    d->findings = WorkspaceLint::run(d->console.workspace());
    fill();
}

void CheckDialog::fill()
{
    const int n = int(d->findings.size());
    d->summary->setText(n == 0 ? tr("No problems found.") : tr("%Ln problem(s) found.", nullptr, n));
    d->table->setRowCount(n);
    for (int r = 0; r < n; ++r) {
        const Violation &v = d->findings.at(r);
        auto *rule = new QTableWidgetItem(v.rule);
        rule->setToolTip(RuleText::ruleTitle(v.rule));
        d->table->setItem(r, 0, rule);
        d->table->setItem(r, 1, new QTableWidgetItem(v.code));
        d->table->setItem(r, 2, new QTableWidgetItem(v.items.join(QStringLiteral(", "))));
        d->table->setItem(r, 3, new QTableWidgetItem(RuleText::message(v)));
    }
    d->table->resizeColumnsToContents();
    d->show->setEnabled(!d->table->selectedItems().isEmpty());
}

void CheckDialog::activateCurrent()
{
    const int row = d->table->currentRow();
    if (row < 0 || row >= d->findings.size())
        return;
    QStringList images;
    for (const QString &id : d->findings.at(row).items) {
        if (id.startsWith(QLatin1String("img-")))
            images.append(id);
    }
    if (!images.isEmpty())
        Q_EMIT itemsActivated(images);
}

} // namespace cvm::ui

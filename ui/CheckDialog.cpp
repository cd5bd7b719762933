#include "CheckDialog.h"

#include "Console.h"
#include "Retranslator.h"
#include "RuleText.h"
#include "WorkspaceLint.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cvm::ui {
namespace {

enum Column
{
    RuleColumn,
    CodeColumn,
    ItemsColumn,
    MessageColumn,
    ColumnCount
};

} // namespace

struct CheckDialog::Private
{
    explicit Private(Console &c) : console(c) {}
    Console &console;
    // The findings of the last check: kept as data, so a language switch re-words them.
    QList<Violation> findings;
    QLabel *summary = nullptr;
    QTableWidget *table = nullptr;
    QPushButton *show = nullptr;
    QPushButton *recheck = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *close = nullptr;
};

CheckDialog::CheckDialog(Console &console, QWidget *parent)
    : QDialog(parent), d(new Private(console))
{
    setObjectName(QStringLiteral("checkDialog"));
    resize(900, 500);
    auto *layout = new QVBoxLayout(this);
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("summary"));
    d->summary->setWordWrap(true);
    layout->addWidget(d->summary);
    d->table = new QTableWidget(this);
    d->table->setObjectName(QStringLiteral("findingList"));
    d->table->setColumnCount(ColumnCount);
    d->table->verticalHeader()->hide();
    d->table->horizontalHeader()->setStretchLastSection(true);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->table->setWordWrap(false);
    layout->addWidget(d->table, 1);
    auto *bottom = new QHBoxLayout;
    d->show = new QPushButton(this);
    d->show->setObjectName(QStringLiteral("showButton"));
    d->recheck = new QPushButton(this);
    d->recheck->setObjectName(QStringLiteral("recheckButton"));
    bottom->addWidget(d->show);
    bottom->addWidget(d->recheck);
    bottom->addStretch();
    // An own button in the reject role rather than the standard Close button: on a language change
    // the box re-sets its standard buttons' texts to Qt's own after retranslate() ran.
    d->buttons = new QDialogButtonBox(this);
    d->close = d->buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    d->close->setObjectName(QStringLiteral("closeButton"));
    bottom->addWidget(d->buttons);
    layout->addLayout(bottom);

    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->recheck, &QPushButton::clicked, this, &CheckDialog::runCheck);
    connect(d->show, &QPushButton::clicked, this, &CheckDialog::activateCurrent);
    // Double-click on a finding; Enter presses "Show in the table", the default button (the
    // table's own activation on Enter would make a second, duplicate request).
    d->show->setDefault(true);
    connect(d->table, &QTableWidget::itemDoubleClicked, this, &CheckDialog::activateCurrent);
    connect(d->table, &QTableWidget::itemSelectionChanged, this, &CheckDialog::updateShowButton);
    // Checked once when opened, not on every change: a check of a large workspace takes time,
    // and the list should not move under the operator. "Check again" re-runs it.
    d->findings = WorkspaceLint::run(console.workspace());
    CVM_RETRANSLATE_SLOT(&CheckDialog::retranslate);
    if (d->table->rowCount() > 0) {
        d->table->setCurrentCell(0, RuleColumn);
        d->table->selectRow(0);
    }
}

CheckDialog::~CheckDialog() = default;

void CheckDialog::retranslate()
{
    setWindowTitle(tr("Check workspace"));
    d->table->setHorizontalHeaderLabels({tr("Rule"), tr("Code"), tr("Items"), tr("Message")});
    d->show->setText(tr("Show in the table"));
    d->show->setToolTip(tr("Select the images of this finding in the main window"));
    d->recheck->setText(tr("Check again"));
    d->recheck->setToolTip(tr("Check the workspace as it is now"));
    d->close->setText(tr("Close"));
    fill();
}

void CheckDialog::runCheck()
{
    const int row = d->table->currentRow();
    d->findings = WorkspaceLint::run(d->console.workspace());
    fill();
    if (d->table->rowCount() > 0) {
        const int keep = qBound(0, row, d->table->rowCount() - 1);
        d->table->setCurrentCell(keep, RuleColumn);
        d->table->selectRow(keep);
    }
}

void CheckDialog::fill()
{
    const int n = int(d->findings.size());
    d->summary->setText(n == 0 ? tr("No problems found.")
                               : tr("%Ln problem(s) found.", nullptr, n));
    const int current = d->table->currentRow();
    const QSignalBlocker blocker(d->table);
    d->table->setRowCount(n);
    for (int r = 0; r < n; ++r) {
        const Violation &v = d->findings.at(r);
        const QString title = RuleText::ruleTitle(v.rule);
        auto *rule = new QTableWidgetItem(v.rule);
        rule->setToolTip(title);
        d->table->setItem(r, RuleColumn, rule);
        auto *code = new QTableWidgetItem(v.code);
        code->setToolTip(title);
        d->table->setItem(r, CodeColumn, code);
        auto *items = new QTableWidgetItem(v.items.join(QStringLiteral(", ")));
        items->setToolTip(v.items.join(QLatin1Char('\n')));
        d->table->setItem(r, ItemsColumn, items);
        const QString message = RuleText::message(v);
        const QString remedy = RuleText::remedy(v);
        auto *text = new QTableWidgetItem(message);
        text->setToolTip(remedy.isEmpty() ? message : message + QLatin1Char('\n') + remedy);
        d->table->setItem(r, MessageColumn, text);
    }
    d->table->resizeColumnsToContents();
    if (current >= 0 && current < n)
        d->table->selectRow(current);
    updateShowButton();
}

QStringList CheckDialog::currentImages() const
{
    const QList<QTableWidgetSelectionRange> ranges = d->table->selectedRanges();
    const int row = ranges.isEmpty() ? d->table->currentRow() : ranges.first().topRow();
    if (row < 0 || row >= d->findings.size())
        return {};
    QStringList images;
    for (const QString &id : d->findings.at(row).items) {
        if (id.startsWith(QLatin1String("img-")) && !images.contains(id))
            images.append(id);
    }
    return images;
}

void CheckDialog::updateShowButton()
{
    d->show->setEnabled(!d->table->selectedRanges().isEmpty() && !currentImages().isEmpty());
}

void CheckDialog::activateCurrent()
{
    const QStringList images = currentImages();
    if (!images.isEmpty())
        Q_EMIT itemsActivated(images);
}

} // namespace cvm::ui

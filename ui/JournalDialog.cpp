#include "JournalDialog.h"

#include "Console.h"
#include "JournalModel.h"
#include "Prompt.h"
#include "RuleText.h"
#include "WorkspaceFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cvm::ui {
namespace {

// Filters journal rows by account, action, outcome and text.
class JournalFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString account;
    QString action;
    int outcome = 0; // 0 all, 1 succeeded, 2 refused
    QString text;
    void apply() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto *m = static_cast<const JournalModel *>(sourceModel());
        const JournalEntry &e = m->entry(row);
        Q_UNUSED(parent)
        if (!account.isEmpty() && e.accountId != account)
            return false;
        if (!action.isEmpty() && e.action != action)
            return false;
        if ((outcome == 1 && !e.success) || (outcome == 2 && e.success))
            return false;
        if (text.isEmpty())
            return true;
        for (int c = 0; c < JournalModel::ColumnCount; ++c) {
            if (m->index(row, c).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

struct JournalDialog::Private
{
    Console &console;
    JournalModel *model = nullptr;
    JournalFilter *filter = nullptr;
    QComboBox *account = nullptr;
    QComboBox *action = nullptr;
    QComboBox *outcome = nullptr;
    QLineEdit *search = nullptr;
    QTableView *table = nullptr;
    QLabel *details = nullptr;
    QPushButton *exportButton = nullptr;
    QDialogButtonBox *buttons = nullptr;
};

JournalDialog::JournalDialog(Console &console, QWidget *parent) : QDialog(parent), d(new Private{console})
{
    setObjectName(QStringLiteral("journalDialog"));
    resize(1000, 600);
    d->model = new JournalModel(console.workspace(), this);
    d->filter = new JournalFilter(this);
    d->filter->setSourceModel(d->model);
    d->filter->setSortRole(JournalModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    d->account = new QComboBox(this);
    d->account->setObjectName(QStringLiteral("accountFilter"));
    d->action = new QComboBox(this);
    d->action->setObjectName(QStringLiteral("actionFilter"));
    d->outcome = new QComboBox(this);
    d->outcome->setObjectName(QStringLiteral("outcomeFilter"));
    d->search = new QLineEdit(this);
    d->search->setObjectName(QStringLiteral("journalSearch"));
    d->search->setClearButtonEnabled(true);
    filters->addWidget(d->account);
    filters->addWidget(d->action);
    filters->addWidget(d->outcome);
    filters->addWidget(d->search, 1);
    layout->addLayout(filters);
    d->table = new QTableView(this);
    d->table->setObjectName(QStringLiteral("journalTable"));
    d->table->setModel(d->filter);
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(JournalModel::TimeColumn, Qt::DescendingOrder);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->verticalHeader()->hide();
    d->table->horizontalHeader()->setStretchLastSection(true);
    d->table->setWordWrap(false);
    layout->addWidget(d->table, 1);
    d->details = new QLabel(this);
    d->details->setObjectName(QStringLiteral("entryDetails"));
    d->details->setWordWrap(true);
    d->details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->details);
    auto *bottom = new QHBoxLayout;
    d->exportButton = new QPushButton(this);
    d->exportButton->setObjectName(QStringLiteral("exportButton"));
    bottom->addWidget(d->exportButton);
    bottom->addStretch();
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(d->buttons);
    layout->addLayout(bottom);

    auto applyFilter = [this] {
        d->filter->account = d->account->currentData().toString();
        d->filter->action = d->action->currentData().toString();
        d->filter->outcome = d->outcome->currentData().toInt();
        d->filter->text = d->search->text().trimmed();
        d->filter->apply();
    };
    connect(d->account, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(d->action, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(d->outcome, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(d->search, &QLineEdit::textChanged, this, applyFilter);
    connect(d->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalDialog::showDetails);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->exportButton, &QPushButton::clicked, this, [this] {
        const QString name = Prompt::saveFileName(this, tr("Export journal"), tr("CSV files (*.csv)"));
        if (name.isEmpty())
            return;
        QString error;
        if (!exportCsv(name, &error))
            Prompt::warning(this, tr("Cannot export"), tr("The journal could not be written to %1:\n%2").arg(name, error));
    });
    connect(&console.workspace(), &Workspace::journalAppended, this, &JournalDialog::fillFilters);
    retranslate();
}

JournalDialog::~JournalDialog() = default;

void JournalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void JournalDialog::retranslate()
{
    setWindowTitle(tr("Journal"));
    d->search->setPlaceholderText(tr("Search the journal"));
    d->exportButton->setText(tr("Export CSV…"));
    d->buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    d->model->retranslate();
    fillFilters();
    showDetails();
}

void JournalDialog::fillFilters()
{
    auto refill = [](QComboBox *combo, const QList<std::pair<QVariant, QString>> &items) {
        const QVariant current = combo->currentData();
        combo->blockSignals(true);
        combo->clear();
        for (const auto &[value, text] : items)
            combo->addItem(text, value);
        const int i = combo->findData(current);
        combo->setCurrentIndex(i < 0 ? 0 : i);
        combo->blockSignals(false);
    };
    const Workspace &ws = d->console.workspace();
    QList<std::pair<QVariant, QString>> accounts{{QString(), tr("All accounts")}};
    for (const Account &a : ws.accounts())
        accounts.append({a.accountId, tr("%1 (%2)").arg(a.name, a.accountId)});
    refill(d->account, accounts);
    QStringList actions;
    for (const JournalEntry &e : ws.journal()) {
        if (!actions.contains(e.action))
            actions.append(e.action);
    }
    actions.sort();
    QList<std::pair<QVariant, QString>> actionItems{{QString(), tr("All actions")}};
    for (const QString &a : std::as_const(actions))
        actionItems.append({a, a});
    refill(d->action, actionItems);
    refill(d->outcome, {{0, tr("All outcomes")}, {1, tr("Succeeded")}, {2, tr("Refused")}});
}

void JournalDialog::showDetails()
{
    const QModelIndexList rows = d->table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        d->details->setText(tr("Select an entry to see its details."));
        return;
    }
    const JournalEntry &e = d->model->entry(d->filter->mapToSource(rows.first()).row());
    QStringList lines{tr("%1 by %2 through %3: %4").arg(e.action, e.accountId, e.channel, JournalModel::parametersText(e))};
    if (e.success)
        lines.append(tr("Succeeded."));
    for (const JournalError &x : e.errors)
        lines.append(tr("Refused by rule %1 with %2: %3").arg(x.rule, x.code, RuleText::ruleTitle(x.rule)));
    d->details->setText(lines.join(QLatin1Char('\n')));
}

bool JournalDialog::exportCsv(const QString &fileName, QString *error) const
{
    QStringList lines{QStringLiteral("Time,AccountId,Channel,Action,Parameters,Outcome,Errors")};
    for (int r = 0; r < d->filter->rowCount(); ++r) {
        const JournalEntry &e = d->model->entry(d->filter->mapToSource(d->filter->index(r, 0)).row());
        QStringList errors;
        for (const JournalError &x : e.errors)
            errors.append(x.rule + QLatin1Char(' ') + x.code);
        lines.append(QStringList{csvField(WorkspaceFile::timeToString(e.time)), csvField(e.accountId),
                                 csvField(e.channel), csvField(e.action), csvField(JournalModel::parametersText(e)),
                                 e.success ? QStringLiteral("Success") : QStringLiteral("Refused"),
                                 csvField(errors.join(QStringLiteral("; ")))}
                         .join(QLatin1Char(',')));
    }
    QSaveFile out(fileName);
    const QByteArray csv = lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace cvm::ui

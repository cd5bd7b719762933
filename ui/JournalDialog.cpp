#include "JournalDialog.h"

#include "Console.h"
#include "Csv.h"
#include "JournalModel.h"
#include "Prompt.h"
#include "Retranslator.h"
#include "RuleText.h"
#include "ViewFitting.h"
#include "WorkspaceFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace cvm::ui {
namespace {

enum Outcome
{
    AnyOutcome,
    SucceededOutcome,
    RefusedOutcome
};

// Filters journal rows by account, action, outcome and text; sorts the time column by the
// time itself, and equal values in the order the entries were appended.
//
// A keystroke of search over ten thousand entries must not format ten thousand rows: the text
// is matched against each entry's case-folded search text, made once by the model, and against
// the accounts whose names match, worked out once per keystroke.
class JournalFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QString account;
    QString action;
    int outcome = AnyOutcome;
    QString text;

    // Sorted by time (as it opens), filters again from scratch: one layout change rather than a
    // removal or insertion per stretch of rows, which costs the view far more when matches
    // are scattered, and a re-sort that compares numbers. Sorted by a text column, a re-sort
    // would compare formatted texts, so only the rows that come or go move.
    void apply()
    {
        m_folded = text.toCaseFolded().toUtf8();
        m_accounts.clear();
        if (!text.isEmpty()) {
            const auto *m = static_cast<const JournalModel *>(sourceModel());
            for (const Account &a : m->workspace().accounts()) {
                if (a.name.contains(text, Qt::CaseInsensitive))
                    m_accounts.insert(a.accountId);
            }
        }
        if (sortColumn() == JournalModel::TimeColumn || sortColumn() < 0)
            invalidate();
        else
            invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        Q_UNUSED(parent)
        const auto *m = static_cast<const JournalModel *>(sourceModel());
        const JournalEntry &e = m->entry(row);
        if (!account.isEmpty() && e.accountId != account)
            return false;
        if (!action.isEmpty() && e.action != action)
            return false;
        if ((outcome == SucceededOutcome && !e.success) || (outcome == RefusedOutcome && e.success))
            return false;
        if (text.isEmpty())
            return true;
        // What the operator sees, plus the raw IDs and error codes behind it.
        if (m_accounts.contains(e.accountId))
            return true;
        for (const JournalError &x : e.errors) {
            if (x.rule.compare(text, Qt::CaseInsensitive) == 0)
                return true;
        }
        return m->searchTextContains(row, m_folded);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == JournalModel::TimeColumn) {
            const auto *m = static_cast<const JournalModel *>(sourceModel());
            const qint64 a = m->timeKey(left.row());
            const qint64 b = m->timeKey(right.row());
            if (a != b)
                return a < b;
        } else {
            const int c =
                QString::localeAwareCompare(left.data(JournalModel::SortRole).toString(),
                                            right.data(JournalModel::SortRole).toString());
            if (c != 0)
                return c < 0;
        }
        return left.row() < right.row();
    }

private:
    QByteArray m_folded;
    QSet<QString> m_accounts; // the accounts whose name holds the text
};

// Re-fills a combo box only when its items changed, keeping the current choice (or the first
// item when that choice is gone), without signalling a change that did not happen.
bool refill(QComboBox *combo, const QList<std::pair<QString, QString>> &items)
{
    bool same = combo->count() == items.size();
    for (int i = 0; same && i < items.size(); ++i)
        same = combo->itemData(i).toString() == items.at(i).first &&
               combo->itemText(i) == items.at(i).second;
    if (same)
        return false;
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[value, text] : items)
        combo->addItem(text, value);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i < 0 ? 0 : i);
    return i < 0 && !current.isEmpty();
}

} // namespace

struct JournalDialog::Private
{
    explicit Private(Console &c) : console(c) {}
    Console &console;
    JournalModel *model = nullptr;
    JournalFilter *filter = nullptr;
    QComboBox *account = nullptr;
    QComboBox *action = nullptr;
    QComboBox *outcome = nullptr;
    QLineEdit *search = nullptr;
    QTableView *table = nullptr;
    QLabel *count = nullptr;
    QLabel *details = nullptr;
    QPushButton *exportButton = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *close = nullptr;
    QSet<QString> actions; // the actions in the journal, kept as entries are appended
};

JournalDialog::JournalDialog(Console &console, QWidget *parent)
    : QDialog(parent), d(new Private(console))
{
    setObjectName(QStringLiteral("journalDialog"));
    resize(1180, 640);
    d->model = new JournalModel(console.workspace(), this);
    d->filter = new JournalFilter(this);
    d->filter->setSourceModel(d->model);
    d->filter->setSortRole(JournalModel::SortRole);
    for (const JournalEntry &e : console.workspace().journal())
        d->actions.insert(e.action);

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    d->account = new QComboBox(this);
    d->account->setObjectName(QStringLiteral("accountFilter"));
    d->account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    d->action = new QComboBox(this);
    d->action->setObjectName(QStringLiteral("actionFilter"));
    d->action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    d->outcome = new QComboBox(this);
    d->outcome->setObjectName(QStringLiteral("outcomeFilter"));
    d->outcome->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
    d->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->table->verticalHeader()->hide();
    d->table->horizontalHeader()->setStretchLastSection(true);
    d->table->setWordWrap(false);
    // The parameters run long: last, so that the outcome is seen without scrolling sideways.
    d->table->horizontalHeader()->moveSection(JournalModel::ParametersColumn,
                                              JournalModel::ColumnCount - 1);
    layout->addWidget(d->table, 1);

    d->count = new QLabel(this);
    d->count->setObjectName(QStringLiteral("journalCount"));
    layout->addWidget(d->count);
    d->details = new QLabel(this);
    d->details->setObjectName(QStringLiteral("entryDetails"));
    d->details->setWordWrap(true);
    d->details->setTextFormat(Qt::PlainText);
    d->details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->details->setMinimumHeight(d->details->fontMetrics().lineSpacing() * 4);
    d->details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(d->details);

    auto *bottom = new QHBoxLayout;
    d->exportButton = new QPushButton(this);
    d->exportButton->setObjectName(QStringLiteral("exportButton"));
    bottom->addWidget(d->exportButton);
    bottom->addStretch();
    // An own button in the reject role rather than the standard Close button: on a language change
    // the box re-sets its standard buttons' texts to Qt's own after retranslate() ran.
    d->buttons = new QDialogButtonBox(this);
    d->close = d->buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    d->close->setObjectName(QStringLiteral("closeButton"));
    bottom->addWidget(d->buttons);
    // Enter in the search field or the table should neither export nor close.
    d->exportButton->setAutoDefault(false);
    d->close->setAutoDefault(false);
    layout->addLayout(bottom);

    connect(d->account, &QComboBox::currentIndexChanged, this, &JournalDialog::applyFilters);
    connect(d->action, &QComboBox::currentIndexChanged, this, &JournalDialog::applyFilters);
    connect(d->outcome, &QComboBox::currentIndexChanged, this, &JournalDialog::applyFilters);
    connect(d->search, &QLineEdit::textChanged, this, &JournalDialog::applyFilters);
    connect(d->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JournalDialog::showDetails);
    connect(d->filter, &QAbstractItemModel::rowsInserted, this, &JournalDialog::showCount);
    connect(d->filter, &QAbstractItemModel::rowsRemoved, this, &JournalDialog::showCount);
    connect(d->filter, &QAbstractItemModel::modelReset, this, &JournalDialog::showCount);
    connect(d->filter, &QAbstractItemModel::layoutChanged, this, &JournalDialog::showCount);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->exportButton, &QPushButton::clicked, this, &JournalDialog::exportClicked);
    // New actions appear in the action filter; accounts added by an operation in the account
    // filter.
    connect(&console.workspace(), &Workspace::journalAppended, this, [this](int index) {
        const QString &action = d->console.workspace().journal().at(index).action;
        if (!d->actions.contains(action)) {
            d->actions.insert(action);
            fillFilters();
        }
    });
    connect(&console.workspace(), &Workspace::changed, this, [this] {
        if (d->account->count() != d->console.workspace().accounts().size() + 1)
            fillFilters();
    });
    CVM_RETRANSLATE_SLOT(&JournalDialog::retranslate);
}

JournalDialog::~JournalDialog() = default;

void JournalDialog::retranslate()
{
    setWindowTitle(tr("Journal"));
    d->account->setToolTip(tr("Only the operations of this account"));
    d->action->setToolTip(tr("Only this action"));
    d->outcome->setToolTip(tr("Only the operations that succeeded, or only those refused"));
    d->search->setPlaceholderText(tr("Search the journal"));
    d->exportButton->setText(tr("Export CSV…"));
    d->exportButton->setToolTip(tr("Write the entries shown to a CSV file"));
    d->close->setText(tr("Close"));
    d->model->retranslate();
    fillFilters();
    // The text search matches translated cells ("Succeeded"), so it is re-applied.
    d->filter->apply();
    fitColumns(d->table); // the parameters run long: the table scrolls sideways, nothing is cut
    showCount();
    showDetails();
}

void JournalDialog::fillFilters()
{
    const Workspace &ws = d->console.workspace();
    QList<std::pair<QString, QString>> accounts{{QString(), tr("All accounts")}};
    for (const Account &a : ws.accounts())
        accounts.append({a.accountId, d->model->accountText(a.accountId)});
    QStringList actions(d->actions.cbegin(), d->actions.cend());
    actions.sort();
    QList<std::pair<QString, QString>> actionItems{{QString(), tr("All actions")}};
    for (const QString &a : std::as_const(actions))
        actionItems.append({a, a});
    const QList<std::pair<QString, QString>> outcomes{
        {QString::number(AnyOutcome), tr("All outcomes")},
        {QString::number(SucceededOutcome), tr("Succeeded")},
        {QString::number(RefusedOutcome), tr("Refused")}};
    bool changed = refill(d->account, accounts);
    changed = refill(d->action, actionItems) || changed;
    changed = refill(d->outcome, outcomes) || changed;
    if (changed)
        applyFilters();
}

void JournalDialog::applyFilters()
{
    d->filter->account = d->account->currentData().toString();
    d->filter->action = d->action->currentData().toString();
    d->filter->outcome = d->outcome->currentData().toInt();
    d->filter->text = d->search->text().trimmed();
    d->filter->apply();
    showCount();
}

void JournalDialog::showCount()
{
    const int total = d->model->rowCount();
    const int shown = d->filter->rowCount();
    if (shown == total)
        d->count->setText(tr("%Ln entry(ies).", nullptr, total));
    else
        d->count->setText(
            tr("%1 of %Ln entry(ies) shown.", nullptr, total).arg(QLocale().toString(shown)));
}

void JournalDialog::showDetails()
{
    const QModelIndexList rows = d->table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        d->details->setText(tr("Select an entry to see its details."));
        return;
    }
    const JournalEntry &e = d->model->entry(d->filter->mapToSource(rows.first()).row());
    QStringList lines{tr("%1 by %2 through %3: %4")
                          .arg(e.action, d->model->accountText(e.accountId),
                               JournalModel::channelName(e.channel),
                               JournalModel::parametersText(e))};
    if (e.success)
        lines.append(tr("Succeeded."));
    // Each error in words: the rule, its Tencent error code and what the rule says.
    for (const JournalError &x : e.errors)
        lines.append(
            tr("Refused by rule %1 with %2: %3").arg(x.rule, x.code, RuleText::ruleTitle(x.rule)));
    d->details->setText(lines.join(QLatin1Char('\n')));
}

void JournalDialog::exportClicked()
{
    const QString name = Prompt::saveFileName(this, tr("Export journal"), tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    QString error;
    if (!exportCsv(name, &error))
        Prompt::warning(this, tr("Cannot export"),
                        tr("The journal could not be written to %1:\n%2").arg(name, error));
}

bool JournalDialog::exportCsv(const QString &fileName, QString *error) const
{
    // Data, not display: fixed English column names, raw IDs and codes, UTC times.
    QList<QStringList> records{{QStringLiteral("Time"), QStringLiteral("AccountId"),
                                QStringLiteral("AccountName"), QStringLiteral("Channel"),
                                QStringLiteral("Action"), QStringLiteral("Parameters"),
                                QStringLiteral("Outcome"), QStringLiteral("Errors")}};
    const Workspace &ws = d->console.workspace();
    for (int r = 0; r < d->filter->rowCount(); ++r) {
        const JournalEntry &e =
            d->model->entry(d->filter->mapToSource(d->filter->index(r, 0)).row());
        QStringList errors;
        for (const JournalError &x : e.errors)
            errors.append(x.rule + QLatin1Char(' ') + x.code);
        records.append({WorkspaceFile::timeToString(e.time), e.accountId,
                        ws.accountName(e.accountId), e.channel, e.action,
                        JournalModel::parametersText(e),
                        e.success ? QStringLiteral("Succeeded") : QStringLiteral("Refused"),
                        errors.join(QStringLiteral("; "))});
    }
    return Csv::write(fileName, records, error);
}

} // namespace cvm::ui

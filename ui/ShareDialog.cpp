#include "ShareDialog.h"

#include "Console.h"
#include "Icons.h"
#include "Prompt.h"
#include "RefusalLabel.h"
#include "RefusalText.h"
#include "RuleText.h"
#include "Rules.h"
#include "ViewFitting.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cvm::ui {

ShareDialog::ShareDialog(Console &console, const QString &imageId, QWidget *parent)
    : OperationDialog(parent), m_console(console), m_imageId(imageId)
{
    setObjectName(QStringLiteral("shareDialog"));
    resize(680, 700);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("imageSummary"));
    layout->addWidget(m_summary);

    m_currentBox = new QGroupBox(this);
    auto *currentLayout = new QVBoxLayout(m_currentBox);
    m_current = new QTableWidget(m_currentBox);
    m_current->setObjectName(QStringLiteral("currentShares"));
    m_current->setColumnCount(3);
    m_current->verticalHeader()->hide();
    m_current->horizontalHeader()->setStretchLastSection(true);
    m_current->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_current->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Never squeezed below four rows by the rest of the dialog.
    m_current->setMinimumHeight(m_current->horizontalHeader()->sizeHint().height() +
                                4 * m_current->verticalHeader()->defaultSectionSize() +
                                2 * m_current->frameWidth());
    currentLayout->addWidget(m_current);
    auto *cancelRow = new QHBoxLayout;
    m_cancelSelected = new QPushButton(m_currentBox);
    m_cancelSelected->setObjectName(QStringLiteral("cancelSelected"));
    m_cancelAll = new QPushButton(m_currentBox);
    m_cancelAll->setObjectName(QStringLiteral("cancelAll"));
    cancelRow->addWidget(m_cancelSelected);
    cancelRow->addWidget(m_cancelAll);
    cancelRow->addStretch();
    currentLayout->addLayout(cancelRow);
    layout->addWidget(m_currentBox, 2); // the list the operator reads gets the room

    m_newBox = new QGroupBox(this);
    auto *newLayout = new QVBoxLayout(m_newBox);
    m_input = new QPlainTextEdit(m_newBox);
    m_input->setObjectName(QStringLiteral("accountInput"));
    m_input->setMaximumHeight(80);
    m_verdicts = new QListWidget(m_newBox);
    m_verdicts->setObjectName(QStringLiteral("accountVerdicts"));
    wrapItems(m_verdicts);
    m_verdicts->hide(); // shown once there are accounts to check
    m_count = new QLabel(m_newBox);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_riskWarning = new QLabel(m_newBox);
    m_riskWarning->setObjectName(QStringLiteral("riskWarning"));
    m_riskWarning->setWordWrap(true);
    m_risk = new QCheckBox(m_newBox);
    m_risk->setObjectName(QStringLiteral("riskAcknowledged"));
    newLayout->addWidget(m_input);
    newLayout->addWidget(m_verdicts);
    newLayout->addWidget(m_count);
    newLayout->addWidget(m_riskWarning);
    newLayout->addWidget(m_risk);
    layout->addWidget(m_newBox, 1);

    addRefusal(layout);
    addButtons(layout, Dismiss::Close, &ShareDialog::share, Reason::BesideButtons);
    okButton()->setIcon(Icons::icon(Icons::Share));

    connect(m_input, &QPlainTextEdit::textChanged, this, &ShareDialog::refresh);
    connect(m_risk, &QCheckBox::toggled, this, &ShareDialog::refresh);
    connect(m_current, &QTableWidget::itemSelectionChanged, this, &ShareDialog::refresh);
    connect(m_cancelSelected, &QPushButton::clicked, this,
            [this] { cancelSharing(selectedShares()); });
    connect(m_cancelAll, &QPushButton::clicked, this, [this] {
        QStringList all;
        if (const Image *img = m_console.workspace().image(m_imageId)) {
            for (const ShareEntry &s : img->shares)
                all.append(s.accountId);
        }
        cancelSharing(all);
    });
    refreshOnChange(console);
    translateAndRefresh();
}

QStringList ShareDialog::parseAccountIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList out;
    for (const QString &token : text.split(separators, Qt::SkipEmptyParts)) {
        if (!out.contains(token))
            out.append(token);
    }
    return out;
}

void ShareDialog::setAccounts(const QStringList &accountIds)
{
    m_input->setPlainText(accountIds.join(QLatin1Char('\n')));
}

void ShareDialog::retranslate()
{
    setWindowTitle(tr("Share image %1").arg(m_imageId));
    m_currentBox->setTitle(tr("Shared with"));
    m_current->setHorizontalHeaderLabels(
        {tr("Account ID"), tr("Account name"), tr("Shared since")});
    m_cancelSelected->setText(tr("Cancel sharing with selected"));
    m_cancelAll->setText(tr("Cancel all sharing"));
    m_newBox->setTitle(tr("Share with more accounts"));
    m_input->setPlaceholderText(
        tr("Paste or type root account IDs, separated by new lines, commas or spaces"));
    m_risk->setText(tr("I understand the risk and want to share this image"));
    okButton()->setText(tr("Share"));
}

QStringList ShareDialog::selectedShares() const
{
    QStringList ids;
    for (const QModelIndex &i : m_current->selectionModel()->selectedRows())
        ids.append(m_current->item(i.row(), 0)->text());
    return ids;
}

void ShareDialog::refresh()
{
    const Workspace &ws = m_console.workspace();
    const QString acting = m_console.actingAccount();
    const Image *img = ws.image(m_imageId);
    const QLocale locale;
    if (!img) {
        m_summary->setText(tr("Image %1 no longer exists.").arg(m_imageId));
        okButton()->setEnabled(false);
        return;
    }
    m_summary->setText(tr("%1 — %2, in %3")
                           .arg(img->imageId, img->imageName,
                                RuleText::regionName(ws.region(img->region), img->region)));
    m_riskWarning->setText(RuleText::confirmation(Violation{
        ruleId(Rule::S6), QString(), {{QStringLiteral("imageId"), img->imageId}}, {}}));

    // Current share list (rebuilt only when it changed, to keep the selection).
    const bool owner = img->ownerAccountId == acting;
    if (m_current->rowCount() != img->shares.size() || !owner) {
        m_current->setRowCount(owner ? int(img->shares.size()) : 0);
        if (owner) {
            for (int i = 0; i < img->shares.size(); ++i) {
                const ShareEntry &s = img->shares.at(i);
                m_current->setItem(i, 0, new QTableWidgetItem(s.accountId));
                m_current->setItem(i, 1, new QTableWidgetItem(ws.accountName(s.accountId)));
                m_current->setItem(i, 2,
                                   new QTableWidgetItem(RuleText::timeText(s.createdTime)));
            }
        }
        fitColumns(m_current);
    }
    const Verdict cancelVerdict = Rules::checkCancelShareImage(ws, acting, m_imageId);
    m_cancelSelected->setEnabled(cancelVerdict.allowed() && !selectedShares().isEmpty());
    m_cancelAll->setEnabled(cancelVerdict.allowed() && !img->shares.isEmpty());

    // New accounts, each with its own verdict — and a mark that agrees with the whole
    // request: a request the rules refuse (S3: past the limit) shares nobody, so no line may
    // say "will be shared".
    const QStringList entries = parseAccountIds(m_input->toPlainText());
    const Verdict verdict =
        Rules::checkShare(ws, acting, ShareRequest{m_imageId, entries, SharePermission::Share});
    m_verdicts->clear();
    m_verdicts->setVisible(!entries.isEmpty());
    int fresh = 0;
    for (const QString &id : entries) {
        const Verdict one = Rules::checkShareAccount(ws, acting, *img, id);
        auto *item = new QListWidgetItem(m_verdicts);
        item->setData(Qt::UserRole, id);
        const QString name = ws.accountName(id);
        if (one.allowed() && verdict.allowed()) {
            ++fresh;
            item->setText(tr("✓ %1 (%2): will be shared").arg(id, name));
        } else if (one.allowed()) {
            ++fresh;
            item->setText(tr("– %1 (%2): not shared while the other lines or the limit refuse the request")
                              .arg(id, name));
            item->setForeground(kHeldColor);
        } else {
            item->setText(tr("✗ %1").arg(RuleText::message(one.violations.first())));
            item->setToolTip(RefusalText::tooltip(one.violations));
            item->setForeground(kRefusalColor);
        }
    }
    const int limit = ws.policy().shareLimit;
    const int shared = int(img->shares.size());
    if (Rules::overShareLimit(ws, shared + fresh)) {
        m_count->setText(
            tr("%1 shared + %2 new > %3: %Ln place(s) left", nullptr, qMax(0, limit - shared))
                .arg(locale.toString(shared), locale.toString(fresh), locale.toString(limit)));
    } else {
        m_count->setText(tr("%1 shared + %2 new = %3 of at most %4")
                             .arg(locale.toString(shared), locale.toString(fresh),
                                  locale.toString(shared + fresh), locale.toString(limit)));
    }

    QList<Violation> imageLevel; // the accounts' own refusals are in the list above
    for (const Violation &v : verdict.violations) {
        if (!v.is(Rule::S4))
            imageLevel.append(v);
    }
    refusal()->setViolations(imageLevel);
    m_input->setEnabled(Rules::checkShareImage(ws, acting, m_imageId).allowed());
    // A disabled Share button says why, beside it and in its tooltip (a refused request with the
    // refusals in full).
    QString why;
    if (entries.isEmpty())
        why = tr("Enter the accounts to share with.");
    else if (!verdict.allowed())
        why = tr("The rules refuse this request: see the marked lines.");
    else if (!m_risk->isChecked())
        why = tr("Acknowledge the risk of sharing first.");
    setOkReason(why,
                verdict.allowed() || entries.isEmpty()
                    ? QString()
                    : QStringLiteral("<qt>%1<br>%2</qt>")
                          .arg(RefusalText::escaped(why),
                               RefusalText::html(verdict.violations, RefusalText::Why::Question)));
}

void ShareDialog::share()
{
    const QStringList entries = parseAccountIds(m_input->toPlainText());
    const OperationResult r = m_console.run(
        [&](Operations &ops, const OperationContext &ctx) {
            return ops.modifySharePermission(
                ctx, ShareRequest{m_imageId, entries, SharePermission::Share});
        },
        m_risk->isChecked() ? QSet<QString>{ruleId(Rule::S6)} : QSet<QString>{});
    if (r.applied()) {
        accept();
        return;
    }
    refusal()->setVerdict(r.verdict);
}

void ShareDialog::cancelSharing(const QStringList &accountIds)
{
    if (accountIds.isEmpty())
        return;
    // The question names whom it is about: "Yes" is given knowingly.
    constexpr int kNamed = 10;
    QStringList names;
    for (const QString &id : accountIds.mid(0, kNamed)) {
        const QString name = m_console.workspace().accountName(id);
        names.append(name.isEmpty() ? id : tr("%1 (%2)").arg(id, name));
    }
    if (accountIds.size() > kNamed)
        names.append(tr("%n more", nullptr, int(accountIds.size()) - kNamed));
    const auto answer = Prompt::question(
        this, tr("Cancel sharing"),
        tr("Cancel sharing of %1 with %Ln account(s): %2? They can no longer create instances "
           "from it.",
           nullptr, int(accountIds.size()))
            .arg(m_imageId, QLocale().createSeparatedList(names)));
    if (answer != QMessageBox::Yes)
        return;
    const OperationResult r = m_console.run([&](Operations &ops, const OperationContext &ctx) {
        return ops.modifySharePermission(
            ctx, ShareRequest{m_imageId, accountIds, SharePermission::Cancel});
    });
    if (!r.applied())
        refusal()->setVerdict(r.verdict);
    m_current->setRowCount(0); // rebuild
    refresh();
}

} // namespace cvm::ui

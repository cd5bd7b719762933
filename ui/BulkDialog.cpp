#include "BulkDialog.h"

#include "Console.h"
#include "Icons.h"
#include "Prompt.h"
#include "RefusalLabel.h"
#include "RefusalText.h"
#include "RuleText.h"
#include "Rules.h"
#include "ShareDialog.h"
#include "ViewFitting.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cvm::ui {
namespace {


// One image's line: what happens to it, or why it cannot.
struct Line
{
    QString imageId;
    Verdict verdict;
    bool unchanged = false; // a share or cancel that leaves this image as it is
    int count = 0;          // accounts changed, or regions copied to
};

} // namespace

struct BulkDialog::Private
{
    Console &console;
    Mode mode;
    QStringList imageIds;

    QLabel *summary = nullptr;
    QGroupBox *choiceBox = nullptr;
    QPlainTextEdit *accountInput = nullptr; // Share
    QListWidget *choices = nullptr;         // Cancel: accounts; Copy: regions
    QGroupBox *imagesBox = nullptr;
    QTableWidget *images = nullptr;
    QLabel *riskWarning = nullptr;
    QCheckBox *risk = nullptr;
    bool updating = false;

    QStringList chosen() const
    {
        if (mode == Mode::Share)
            return ShareDialog::parseAccountIds(accountInput->toPlainText());
        QStringList out;
        for (int i = 0; i < choices->count(); ++i) {
            const QListWidgetItem *item = choices->item(i);
            if (item->checkState() == Qt::Checked)
                out.append(item->data(Qt::UserRole).toString());
        }
        return out;
    }
    ShareManyRequest shareRequest() const
    {
        return ShareManyRequest{imageIds, chosen(),
                                mode == Mode::Share ? SharePermission::Share
                                                    : SharePermission::Cancel};
    }
    SyncRequest syncRequest() const
    {
        SyncRequest r;
        r.imageIds = imageIds;
        r.destinationRegions = chosen();
        return r;
    }
};

BulkDialog::BulkDialog(Console &console, Mode mode, const QStringList &imageIds, QWidget *parent)
    : OperationDialog(parent), d(new Private{console, mode, imageIds})
{
    setObjectName(mode == Mode::Share    ? QStringLiteral("shareManyDialog")
                  : mode == Mode::Cancel ? QStringLiteral("cancelManyDialog")
                                         : QStringLiteral("copyManyDialog"));
    resize(960, 680); // room for a verdict's error code, which does not wrap
    auto *layout = new QVBoxLayout(this);
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("summary"));
    d->summary->setWordWrap(true);
    layout->addWidget(d->summary);

    d->choiceBox = new QGroupBox(this);
    auto *choiceLayout = new QVBoxLayout(d->choiceBox);
    if (mode == Mode::Share) {
        d->accountInput = new QPlainTextEdit(d->choiceBox);
        d->accountInput->setObjectName(QStringLiteral("accountInput"));
        d->accountInput->setMaximumHeight(80);
        choiceLayout->addWidget(d->accountInput);
        connect(d->accountInput, &QPlainTextEdit::textChanged, this, &BulkDialog::refresh);
    } else {
        d->choices = new QListWidget(d->choiceBox);
        d->choices->setObjectName(mode == Mode::Cancel ? QStringLiteral("accountChecklist")
                                                       : QStringLiteral("regionChecklist"));
        d->choices->setSelectionMode(QAbstractItemView::NoSelection);
        wrapItems(d->choices);
        choiceLayout->addWidget(d->choices);
        connect(d->choices, &QListWidget::itemChanged, this, [this] {
            if (!d->updating)
                refresh();
        });
    }
    layout->addWidget(d->choiceBox, mode == Mode::Share ? 0 : 1);

    d->imagesBox = new QGroupBox(this);
    auto *imagesLayout = new QVBoxLayout(d->imagesBox);
    d->images = new QTableWidget(d->imagesBox);
    d->images->setObjectName(QStringLiteral("imageVerdicts"));
    d->images->setColumnCount(4);
    d->images->verticalHeader()->hide();
    d->images->horizontalHeader()->setStretchLastSection(true);
    d->images->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->images->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->images->setWordWrap(true);
    // The verdict takes the room left and wraps in it; rows grow to their text.
    d->images->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->images->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    d->images->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A stretched column's new width does not re-measure the rows by itself.
    connect(d->images->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int section) {
                if (section == 3)
                    QMetaObject::invokeMethod(d->images, &QTableView::resizeRowsToContents,
                                              Qt::QueuedConnection);
            });
    imagesLayout->addWidget(d->images);
    layout->addWidget(d->imagesBox, 2); // the verdicts the operator reads get the room

    if (mode == Mode::Share) {
        d->riskWarning = new QLabel(this);
        d->riskWarning->setObjectName(QStringLiteral("riskWarning"));
        d->riskWarning->setWordWrap(true);
        d->risk = new QCheckBox(this);
        d->risk->setObjectName(QStringLiteral("riskAcknowledged"));
        layout->addWidget(d->riskWarning);
        layout->addWidget(d->risk);
        connect(d->risk, &QCheckBox::toggled, this, &BulkDialog::refresh);
    }

    addRefusal(layout);
    addButtons(layout, Dismiss::Close, &BulkDialog::apply, Reason::BesideButtons);
    okButton()->setIcon(Icons::icon(mode == Mode::Share    ? Icons::Share
                                    : mode == Mode::Cancel ? Icons::CancelShare
                                                           : Icons::Copy));

    refreshOnChange(console, WorkspaceChanged | ActingAccountChanged, [this] {
        rebuildChoices();
        refresh();
    });
    rebuildChoices();
    translateAndRefresh();
}

BulkDialog::~BulkDialog() = default;

BulkDialog::Mode BulkDialog::mode() const
{
    return d->mode;
}

void BulkDialog::setAccounts(const QStringList &accountIds)
{
    if (d->mode == Mode::Share)
        d->accountInput->setPlainText(accountIds.join(QLatin1Char('\n')));
    else if (d->mode == Mode::Cancel)
        tick(accountIds);
}

void BulkDialog::setRegions(const QStringList &regionIds)
{
    if (d->mode == Mode::Copy)
        tick(regionIds);
}

void BulkDialog::tick(const QStringList &ids)
{
    d->updating = true;
    for (int i = 0; i < d->choices->count(); ++i) {
        QListWidgetItem *item = d->choices->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
    d->updating = false;
    refresh();
}

void BulkDialog::retranslate()
{
    const int n = int(d->imageIds.size());
    switch (d->mode) {
    case Mode::Share:
        setWindowTitle(tr("Share %Ln image(s)", nullptr, n));
        d->choiceBox->setTitle(tr("Share every image with these accounts"));
        d->accountInput->setPlaceholderText(
            tr("Paste or type root account IDs, separated by new lines, commas or spaces"));
        d->risk->setText(tr("I understand the risk and want to share these images"));
        okButton()->setText(tr("Share"));
        break;
    case Mode::Cancel:
        setWindowTitle(tr("Cancel sharing of %Ln image(s)", nullptr, n));
        d->choiceBox->setTitle(tr("Cancel the access of these accounts to every image"));
        okButton()->setText(tr("Cancel sharing"));
        break;
    case Mode::Copy:
        setWindowTitle(tr("Copy %Ln image(s) to regions", nullptr, n));
        d->choiceBox->setTitle(tr("Copy every image to these regions, in one request"));
        okButton()->setText(tr("Copy"));
        break;
    }
    d->imagesBox->setTitle(tr("What happens to each image"));
    d->images->setHorizontalHeaderLabels({tr("Image ID"), tr("Name"), tr("Region"), tr("Verdict")});
    rebuildChoices();
}

void BulkDialog::rebuildChoices()
{
    if (!d->choices)
        return;
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    const QLocale locale;
    const QStringList checked = d->chosen();
    d->updating = true;
    d->choices->clear();
    if (d->mode == Mode::Cancel) {
        // The accounts the selected images are shared with (only an owner sees them), with
        // how many of the images each one can use.
        QMap<QString, int> onImages;
        for (const QString &id : std::as_const(d->imageIds)) {
            const Image *img = ws.image(id);
            if (!img || !img->isCustom() || img->ownerAccountId != acting)
                continue;
            for (const ShareEntry &s : img->shares)
                ++onImages[s.accountId];
        }
        for (auto it = onImages.cbegin(); it != onImages.cend(); ++it) {
            auto *item = new QListWidgetItem(d->choices);
            item->setData(Qt::UserRole, it.key());
            const QString name = ws.accountName(it.key());
            item->setText(tr("%1 (%2): shared with %Ln of the selected images", nullptr,
                             it.value())
                              .arg(it.key(), name.isEmpty() ? tr("unknown account") : name));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        // Every region with the quota left in it; one that takes no copies at all says why.
        for (const Region &r : ws.regions()) {
            auto *item = new QListWidgetItem(d->choices);
            item->setData(Qt::UserRole, r.regionId);
            const QuotaUse q = Rules::quota(ws, acting, r.regionId);
            QString text = tr("%1 (%2) — quota: %3 of %4 left")
                               .arg(RuleText::regionName(&r, r.regionId), r.regionId,
                                    locale.toString(q.left()), locale.toString(q.limit));
            const Verdict why = Rules::checkCopyRegion(ws, r.regionId);
            const bool usable = why.allowed();
            if (!usable) {
                text = tr("%1 — %2").arg(text, RuleText::message(why.violations.first()));
                item->setToolTip(RefusalText::tooltip(why.violations));
                item->setForeground(kRefusalColor);
            }
            item->setText(text);
            item->setFlags(usable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
            item->setCheckState(usable && checked.contains(r.regionId) ? Qt::Checked
                                                                        : Qt::Unchecked);
        }
    }
    d->updating = false;
}

void BulkDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    const QLocale locale;
    const QStringList chosen = d->chosen();
    const bool share = d->mode == Mode::Share;

    // Each image's verdict and the whole request's, from the same core checks the operation
    // makes.
    QList<Line> lines;
    Verdict whole;
    if (d->mode == Mode::Copy) {
        const SyncRequest r = d->syncRequest();
        const QList<Verdict> each = Rules::checkSyncEach(ws, acting, r);
        const QStringList ids = Rules::distinctIds(r.imageIds);
        for (int i = 0; i < ids.size() && i < each.size(); ++i)
            lines.append(Line{ids.at(i), each.at(i), false, int(chosen.size())});
        whole = Rules::checkSync(ws, acting, r);
    } else {
        const ShareManyRequest r = d->shareRequest();
        const QList<Rules::ShareManyItem> items = Rules::checkShareManyEach(ws, acting, r);
        for (const Rules::ShareManyItem &item : items)
            lines.append(Line{item.imageId, item.verdict, item.unchanged(),
                              int(item.accountIds.size())});
        whole = Rules::checkShareMany(items, r);
    }

    int changing = 0, alone = 0, refused = 0;
    d->images->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const Line &line = lines.at(row);
        const Image *img = ws.image(line.imageId);
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            d->images->setItem(row, column, item);
            return item;
        };
        cell(0, line.imageId);
        cell(1, img ? img->imageName : QString());
        cell(2, img ? RuleText::regionName(ws.region(img->region), img->region) : QString());
        QString text;
        QColor color;
        QString tip;
        if (!line.verdict.allowed()) {
            ++refused;
            text = tr("✗ %1").arg(RefusalText::plain(line.verdict.violations));
            tip = RefusalText::tooltip(line.verdict.violations);
            color = kRefusalColor;
        } else if (chosen.isEmpty()) {
            text = QString(); // nothing asked yet
        } else if (line.unchanged) {
            ++alone;
            text = share ? tr("– Already shared with these accounts: left as it is")
                         : tr("– Not shared with these accounts: left as it is");
        } else if (!whole.allowed()) {
            // The request is all or nothing: a line that is fine is held with the others.
            ++changing;
            text = tr("– Not changed while the request is refused");
            color = kHeldColor;
        } else {
            ++changing;
            text = d->mode == Mode::Share
                       ? tr("✓ Will be shared with %Ln account(s)", nullptr, line.count)
                   : d->mode == Mode::Cancel
                       ? tr("✓ Sharing with %Ln account(s) will be cancelled", nullptr, line.count)
                       : tr("✓ Will be copied to %Ln region(s)", nullptr, line.count);
        }
        QTableWidgetItem *verdict = cell(3, text);
        verdict->setToolTip(tip);
        if (color.isValid())
            verdict->setForeground(color);
    }

    d->summary->setText(
        chosen.isEmpty()
            ? tr("%Ln image(s) selected.", nullptr, int(lines.size()))
            : tr("%Ln image(s) selected: %1 to change, %2 left as they are, %3 refused.", nullptr,
                 int(lines.size()))
                  .arg(locale.toString(changing), locale.toString(alone),
                       locale.toString(refused)));

    // What the lines do not say: the request's own refusals.
    QList<Violation> requestWide;
    for (const Violation &v : whole.violations) {
        const bool onLine = std::any_of(lines.cbegin(), lines.cend(), [&v](const Line &l) {
            return l.verdict.violations.contains(v);
        });
        const bool nothingChosen = chosen.isEmpty() && v.code == codes::MissingParameter;
        const bool nothingChanges = changing == 0 && refused == 0 && !chosen.isEmpty();
        if (!onLine && !nothingChosen && !nothingChanges)
            requestWide.append(v);
    }
    refusal()->setViolations(requestWide);

    bool needsRisk = false;
    for (const Violation &c : whole.confirmations) {
        if (c.is(Rule::S6) && d->riskWarning) {
            needsRisk = true;
            d->riskWarning->setText(RuleText::confirmation(c));
        }
    }
    if (d->risk) {
        d->riskWarning->setVisible(needsRisk);
        d->risk->setVisible(needsRisk);
    }

    QString why;
    if (chosen.isEmpty()) {
        why = d->mode == Mode::Share    ? tr("Enter the accounts to share with.")
              : d->mode == Mode::Cancel ? tr("Tick the accounts whose access to cancel.")
                                        : tr("Tick the regions to copy to.");
        if (d->mode == Mode::Cancel && d->choices->count() == 0)
            why = tr("None of the selected images is shared.");
    } else if (changing == 0 && refused == 0) {
        why = share ? tr("Nothing to change: every image is already shared with these accounts.")
                    : tr("Nothing to change: no image is shared with these accounts.");
    } else if (!whole.allowed()) {
        why = tr("The rules refuse this request: see the marked images.");
    } else if (needsRisk && !d->risk->isChecked()) {
        why = tr("Acknowledge the risk of sharing first.");
    }
    setOkReason(why);
}

void BulkDialog::apply()
{
    if (!okButton()->isEnabled())
        return;
    const QStringList chosen = d->chosen();
    QSet<QString> acknowledged;
    if (d->mode == Mode::Cancel) {
        // The question names whom it is about: "Yes" is given knowingly.
        QStringList names;
        for (const QString &id : chosen) {
            const QString name = d->console.workspace().accountName(id);
            names.append(name.isEmpty() ? id : tr("%1 (%2)").arg(id, name));
        }
        const auto answer = Prompt::question(
            this, tr("Cancel sharing"),
            tr("Cancel the access of %1 to %Ln image(s)? They can no longer create instances "
               "from them.",
               nullptr, int(d->imageIds.size()))
                .arg(QLocale().createSeparatedList(names)));
        if (answer != QMessageBox::Yes)
            return;
    }
    if (d->risk && d->risk->isChecked())
        acknowledged.insert(ruleId(Rule::S6));
    const OperationResult r = d->console.run(
        [&](Operations &ops, const OperationContext &ctx) {
            return d->mode == Mode::Copy ? ops.syncImages(ctx, d->syncRequest())
                                         : ops.modifySharePermissions(ctx, d->shareRequest());
        },
        acknowledged);
    if (r.applied()) {
        accept();
        return;
    }
    refusal()->setVerdict(r.verdict);
}

} // namespace cvm::ui

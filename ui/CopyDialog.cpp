#include "CopyDialog.h"

#include "Console.h"
#include "Icons.h"
#include "RefusalLabel.h"
#include "RefusalText.h"
#include "RuleText.h"
#include "Rules.h"
#include "ViewFitting.h"

#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cvm::ui {

struct CopyDialog::Private
{
    Console &console;
    QString imageId;
    bool guided = false;
    QLabel *summary = nullptr;
    QLabel *explanation = nullptr;
    QLabel *accountLabel = nullptr;
    QComboBox *account = nullptr;
    QLabel *regionsLabel = nullptr;
    QListWidget *regions = nullptr;
    QLabel *nameLabel = nullptr;
    QLineEdit *name = nullptr;
    QLabel *nameCounter = nullptr;
    bool updating = false;

    QStringList checkedRegions() const
    {
        QStringList out;
        if (guided) {
            // The give flow copies to one region: the one chosen in the list.
            for (const QListWidgetItem *item : regions->selectedItems()) {
                if (item->flags() & Qt::ItemIsEnabled)
                    out.append(item->data(Qt::UserRole).toString());
            }
            return out;
        }
        for (int i = 0; i < regions->count(); ++i) {
            const QListWidgetItem *item = regions->item(i);
            if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
                out.append(item->data(Qt::UserRole).toString());
        }
        return out;
    }

    SyncRequest request() const
    {
        SyncRequest r{{imageId}, checkedRegions(), std::nullopt, {}};
        const Image *img = console.workspace().image(imageId);
        if (img && name->text() != img->imageName)
            r.imageName = name->text();
        return r;
    }

    // The account the copy is to be given to: a chosen entry, or an ID typed or pasted
    // (alone or as "Name (ID)").
    QString chosenAccount() const
    {
        if (!account)
            return {};
        const QString text = account->currentText().trimmed();
        if (text.isEmpty())
            return {};
        const int index = account->findText(text, Qt::MatchFixedString);
        if (index >= 0)
            return account->itemData(index).toString();
        static const QRegularExpression inParentheses(QStringLiteral("\\(([^()]*)\\)\\s*$"));
        const QRegularExpressionMatch m = inParentheses.match(text);
        return m.hasMatch() ? m.captured(1).trimmed() : text;
    }
};

CopyDialog::CopyDialog(Console &console, const QString &imageId, bool guided, QWidget *parent)
    : OperationDialog(parent), d(new Private{console, imageId, guided})
{
    setObjectName(guided ? QStringLiteral("giveDialog") : QStringLiteral("copyDialog"));
    resize(640, 540);
    auto *layout = new QVBoxLayout(this);
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("imageSummary"));
    d->summary->setWordWrap(true);
    d->summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->summary);

    if (guided) {
        d->explanation = new QLabel(this);
        d->explanation->setObjectName(QStringLiteral("explanation"));
        d->explanation->setWordWrap(true);
        layout->addWidget(d->explanation);
        auto *form = new QFormLayout;
        d->account = new QComboBox(this);
        d->account->setObjectName(QStringLiteral("targetAccount"));
        // Editable so that an ID can be pasted; the rules say at once whether it is known.
        d->account->setEditable(true);
        d->account->setInsertPolicy(QComboBox::NoInsert);
        d->account->completer()->setCompletionMode(QCompleter::PopupCompletion);
        d->account->completer()->setFilterMode(Qt::MatchContains);
        d->account->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        d->accountLabel = new QLabel(this);
        d->accountLabel->setBuddy(d->account);
        form->addRow(d->accountLabel, d->account);
        layout->addLayout(form);
        rebuildAccounts();
        connect(d->account, &QComboBox::currentTextChanged, this, &CopyDialog::refresh);
    }

    d->regionsLabel = new QLabel(this);
    layout->addWidget(d->regionsLabel);
    d->regions = new QListWidget(this);
    d->regions->setObjectName(QStringLiteral("regionChecklist"));
    d->regionsLabel->setBuddy(d->regions);
    wrapItems(d->regions); // a region's reason wraps under it rather than running off the list
    layout->addWidget(d->regions, 1);
    // Copying takes several regions (check boxes); giving, one (a single choice).
    d->regions->setSelectionMode(guided ? QAbstractItemView::SingleSelection
                                        : QAbstractItemView::NoSelection);
    for (const Region &r : console.workspace().regions()) {
        auto *item = new QListWidgetItem(d->regions);
        item->setData(Qt::UserRole, r.regionId);
        if (!guided)
            item->setCheckState(Qt::Unchecked);
    }

    auto *nameForm = new QFormLayout;
    d->name = new QLineEdit(this);
    d->name->setObjectName(QStringLiteral("copyName"));
    if (const Image *img = console.workspace().image(imageId))
        d->name->setText(img->imageName);
    d->nameCounter = new QLabel(this);
    d->nameCounter->setObjectName(QStringLiteral("nameCounter"));
    d->nameLabel = new QLabel(this);
    d->nameLabel->setBuddy(d->name);
    nameForm->addRow(d->nameLabel, d->name);
    nameForm->addRow(QString(), d->nameCounter);
    layout->addLayout(nameForm);

    addRefusal(layout);
    addButtons(layout, Dismiss::Cancel, &CopyDialog::copy);
    okButton()->setIcon(Icons::icon(guided ? Icons::Give : Icons::Copy));

    connect(d->regions, &QListWidget::itemChanged, this, [this] {
        if (!d->updating)
            refresh();
    });
    connect(d->regions, &QListWidget::itemSelectionChanged, this, [this] {
        if (!d->updating)
            refresh();
    });
    connect(d->name, &QLineEdit::textChanged, this, &CopyDialog::refresh);
    refreshOnChange(console, WorkspaceChanged);
    refreshOnChange(console, ActingAccountChanged, [this] {
        rebuildAccounts();
        refresh();
    });
    translateAndRefresh();
}

CopyDialog::~CopyDialog() = default;

bool CopyDialog::isGuided() const
{
    return d->guided;
}

void CopyDialog::rebuildAccounts()
{
    if (!d->account)
        return;
    const QString acting = d->console.actingAccount();
    const QString previous = d->chosenAccount();
    const QSignalBlocker blocker(d->account);
    d->account->clear();
    for (const Account &a : d->console.workspace().accounts()) {
        if (a.accountId != acting)
            d->account->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.accountId), a.accountId);
    }
    // Nothing is chosen for the operator: giving an image away is a deliberate choice.
    const int index = previous.isEmpty() ? -1 : d->account->findData(previous);
    d->account->setCurrentIndex(index);
    if (index < 0)
        d->account->setEditText(previous == acting ? QString() : previous);
}

void CopyDialog::retranslate()
{
    if (d->guided) {
        setWindowTitle(tr("Give image %1 to another account").arg(d->imageId));
        d->explanation->setText(tr(
            "An image can be shared only in its own region. To give it to an account in another "
            "region, "
            "the image is first copied to the region you choose, as your own image; once the copy "
            "is "
            "ready, it is shared with the account (you confirm the sharing and its risk then)."));
        d->accountLabel->setText(tr("&Account:"));
        d->account->lineEdit()->setPlaceholderText(
            tr("Choose an account or paste its root account ID"));
        d->regionsLabel->setText(tr("&Region to copy to (one):"));
        okButton()->setText(tr("Copy, then share"));
    } else {
        setWindowTitle(tr("Copy image %1 to regions").arg(d->imageId));
        d->regionsLabel->setText(tr("&Destination regions:"));
        okButton()->setText(tr("Copy"));
    }
    d->nameLabel->setText(tr("&Name of the copies:"));
    d->name->setToolTip(
        tr("Each copy gets this name; it must be unique among your images in each destination."));
}

void CopyDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    const Image *img = ws.image(d->imageId);
    const QLocale locale;
    if (!img) {
        d->summary->setText(tr("Image %1 no longer exists.").arg(d->imageId));
        d->regions->setEnabled(false);
        d->name->setEnabled(false);
        refusal()->clearRefusal();
        okButton()->setEnabled(false);
        return;
    }

    const QString sourceRegion = RuleText::regionName(ws.region(img->region), img->region);
    QString summary =
        tr("Image %1 “%2”: %3, %4 GiB, in %5 (%6); state: %7.")
            .arg(img->imageId, img->imageName, img->osName, locale.toString(img->imageSize),
                 sourceRegion, img->region, RuleText::imageStateName(img->state));
    if (img->isCustom() && img->ownerAccountId != acting)
        summary +=
            QLatin1Char('\n') + tr("Shared with you by %1 (%2).")
                                    .arg(ws.accountName(img->ownerAccountId), img->ownerAccountId);
    d->summary->setText(summary);

    // One row per region: its name, the quota left there, and why it cannot take a copy.
    const Verdict imageVerdict = Rules::checkSyncImage(ws, acting, d->imageId);
    d->updating = true;
    for (int i = 0; i < d->regions->count(); ++i) {
        QListWidgetItem *item = d->regions->item(i);
        const QString regionId = item->data(Qt::UserRole).toString();
        const Region *region = ws.region(regionId);
        const Verdict v = Rules::checkSyncDestination(ws, acting, *img, regionId);
        const QuotaUse q = Rules::quota(ws, acting, regionId);
        QString text = tr("%1 (%2) — quota: %3 of %4 left")
                           .arg(RuleText::regionName(region, regionId), regionId,
                                locale.toString(q.left()), locale.toString(q.limit));
        if (!v.allowed())
            text = tr("%1 — %2").arg(text, RuleText::message(v.violations.first()));
        item->setText(text);
        // In full, as every refusal: remedy, error code and the FAQ answer.
        item->setToolTip(v.allowed() ? QString() : RefusalText::tooltip(v.violations));
        item->setForeground(v.allowed() ? QBrush() : QBrush(kRefusalColor));
        const bool usable = v.allowed() && imageVerdict.allowed();
        const Qt::ItemFlags choosable =
            Qt::ItemIsEnabled | (d->guided ? Qt::ItemIsSelectable : Qt::ItemIsUserCheckable);
        item->setFlags(usable ? choosable : Qt::NoItemFlags);
        if (!usable && d->guided)
            item->setSelected(false);
        else if (!usable)
            item->setCheckState(Qt::Unchecked);
    }
    d->updating = false;
    d->regions->setEnabled(true);
    d->name->setEnabled(imageVerdict.allowed());

    const int max = ws.policy().imageNameMaxLength;
    const int length = Rules::characterCount(d->name->text());
    d->nameCounter->setText(tr("%1 / %2").arg(locale.toString(length), locale.toString(max)));
    d->nameCounter->setStyleSheet(length > max ? QStringLiteral("color: #b00020") : QString());

    const QStringList regions = d->checkedRegions();
    Verdict v = Rules::checkSync(ws, acting, d->request());
    if (regions.isEmpty()) {
        // Nothing chosen yet: not an error to shout about, only what stands in the way anyway.
        QList<Violation> kept;
        for (const Violation &x : std::as_const(v.violations)) {
            if (x.code != codes::MissingParameter)
                kept.append(x);
        }
        v.violations = kept;
    }
    bool accountChosen = true;
    if (d->guided) {
        // The copy is to be shared: what is already known to stand in the way of that. The copy
        // keeps the source's licence and encryption (S5), and it will be the acting account's
        // own image with no shares yet, so the account's own refusals (S4) are known now.
        const Verdict share = Rules::checkShareImage(ws, acting, d->imageId);
        for (const Violation &x : share.violations) {
            if (x.code == codes::FailedOperationBYOLImageShareFailed ||
                x.code == codes::UnsupportedOperationEncryptedImagesNotSupported)
                v.violations.append(x);
        }
        const QString accountId = d->chosenAccount();
        accountChosen = !accountId.isEmpty();
        if (accountChosen) {
            Image copy = *img;
            copy.ownerAccountId = acting;
            copy.shares.clear();
            v.merge(Rules::checkShareAccount(ws, acting, copy, accountId));
        }
    }
    refusal()->setViolations(v.violations);
    okButton()->setEnabled(!regions.isEmpty() && accountChosen && v.allowed());
}

void CopyDialog::copy()
{
    if (!okButton()->isEnabled())
        return;
    SyncRequest r = d->request();
    const QString accountId = d->chosenAccount();
    if (d->guided)
        r.shareWithAccountIds = {accountId}; // the task keeps the share step
    const OperationResult result = d->console.run(
        [&](Operations &ops, const OperationContext &ctx) { return ops.syncImages(ctx, r); });
    if (!result.applied()) {
        refusal()->setVerdict(result.verdict);
        return;
    }
    if (d->guided && !result.createdIds.isEmpty())
        Q_EMIT guidedCopyStarted(result.createdIds.first(), accountId);
    accept();
}

} // namespace cvm::ui

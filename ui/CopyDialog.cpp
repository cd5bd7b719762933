#include "CopyDialog.h"

#include "Console.h"
#include "Rules.h"
#include "RuleText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
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
    QLabel *refusal = nullptr;
    QDialogButtonBox *buttons = nullptr;
    bool updating = false;

    QStringList checkedRegions() const
    {
        QStringList out;
        for (int i = 0; i < regions->count(); ++i) {
            if (regions->item(i)->checkState() == Qt::Checked)
                out.append(regions->item(i)->data(Qt::UserRole).toString());
        }
        return out;
    }
    SyncRequest request() const
    {
        SyncRequest r{imageId, checkedRegions(), std::nullopt};
        const Image *img = console.workspace().image(imageId);
        if (img && name->text() != img->imageName)
            r.imageName = name->text();
        return r;
    }
};

CopyDialog::CopyDialog(Console &console, const QString &imageId, bool guided, QWidget *parent)
    : QDialog(parent), d(new Private{console, imageId, guided})
{
    setObjectName(guided ? QStringLiteral("giveDialog") : QStringLiteral("copyDialog"));
    resize(620, 520);
    auto *layout = new QVBoxLayout(this);
    d->summary = new QLabel(this);
    d->summary->setWordWrap(true);
    layout->addWidget(d->summary);
    auto *form = new QFormLayout;
    if (guided) {
        d->explanation = new QLabel(this);
        d->explanation->setObjectName(QStringLiteral("explanation"));
        d->explanation->setWordWrap(true);
        layout->addWidget(d->explanation);
        d->account = new QComboBox(this);
        d->account->setObjectName(QStringLiteral("targetAccount"));
        for (const Account &a : console.workspace().accounts()) {
            if (a.accountId != console.actingAccount())
                d->account->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.accountId), a.accountId);
        }
        d->accountLabel = new QLabel(this);
        form->addRow(d->accountLabel, d->account);
        connect(d->account, &QComboBox::currentIndexChanged, this, &CopyDialog::refresh);
    }
    layout->addLayout(form);
    d->regionsLabel = new QLabel(this);
    layout->addWidget(d->regionsLabel);
    d->regions = new QListWidget(this);
    d->regions->setObjectName(QStringLiteral("regionChecklist"));
    layout->addWidget(d->regions, 1);
    for (const Region &r : console.workspace().regions()) {
        auto *item = new QListWidgetItem(d->regions);
        item->setData(Qt::UserRole, r.regionId);
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
    nameForm->addRow(d->nameLabel, d->name);
    nameForm->addRow(QString(), d->nameCounter);
    layout->addLayout(nameForm);
    d->refusal = new QLabel(this);
    d->refusal->setObjectName(QStringLiteral("refusal"));
    d->refusal->setWordWrap(true);
    d->refusal->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(d->refusal);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(d->buttons);

    connect(d->regions, &QListWidget::itemChanged, this, [this](QListWidgetItem *changed) {
        if (d->updating)
            return;
        if (d->guided && changed->checkState() == Qt::Checked) {
            // One destination in the guided flow.
            d->updating = true;
            for (int i = 0; i < d->regions->count(); ++i) {
                if (d->regions->item(i) != changed)
                    d->regions->item(i)->setCheckState(Qt::Unchecked);
            }
            d->updating = false;
        }
        refresh();
    });
    connect(d->name, &QLineEdit::textChanged, this, &CopyDialog::refresh);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->buttons, &QDialogButtonBox::accepted, this, &CopyDialog::copy);
    connect(&console.workspace(), &Workspace::changed, this, &CopyDialog::refresh);
    retranslate();
}

CopyDialog::~CopyDialog() = default;

void CopyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CopyDialog::retranslate()
{
    if (d->guided) {
        setWindowTitle(tr("Give image %1 to another account").arg(d->imageId));
        d->explanation->setText(tr("An image is shared only within its own region. To give it to an account in "
                                   "another region, it is first copied there as your own image, and the copy is "
                                   "then shared with the account once it is ready."));
        d->accountLabel->setText(tr("Account:"));
        d->regionsLabel->setText(tr("Region of the account (one):"));
        d->buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy, then share"));
    } else {
        setWindowTitle(tr("Copy image %1 to regions").arg(d->imageId));
        d->regionsLabel->setText(tr("Destination regions:"));
        d->buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    }
    d->nameLabel->setText(tr("Name of the copies:"));
    d->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    refresh();
}

void CopyDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    const Image *img = ws.image(d->imageId);
    const QLocale locale;
    if (!img) {
        d->summary->setText(tr("Image %1 no longer exists.").arg(d->imageId));
        d->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    d->summary->setText(tr("%1 — %2, in %3").arg(img->imageId, img->imageName,
                                                 RuleText::regionName(ws.region(img->region), img->region)));
    d->updating = true;
    for (int i = 0; i < d->regions->count(); ++i) {
        QListWidgetItem *item = d->regions->item(i);
        const QString regionId = item->data(Qt::UserRole).toString();
        const Region *region = ws.region(regionId);
        const Verdict v = Rules::checkSyncDestination(ws, acting, *img, regionId);
        const QuotaUse q = Rules::quota(ws, acting, regionId);
        QString text = tr("%1 (%2) — quota: %3 of %4 left")
                           .arg(RuleText::regionName(region, regionId), regionId, locale.toString(q.left()),
                                locale.toString(q.limit));
        if (!v.allowed())
            text = tr("%1 — %2").arg(text, RuleText::message(v.violations.first()));
        item->setText(text);
        item->setFlags(v.allowed() ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::NoItemFlags);
        if (!v.allowed())
            item->setCheckState(Qt::Unchecked);
    }
    d->updating = false;

    const int max = ws.policy().imageNameMaxLength;
    const int length = int(d->name->text().size());
    d->nameCounter->setText(tr("%1 / %2").arg(locale.toString(length), locale.toString(max)));
    d->nameCounter->setStyleSheet(length > max ? QStringLiteral("color: #b00020") : QString());

    const QStringList regions = d->checkedRegions();
    Verdict v = Rules::checkSync(ws, acting, d->request());
    if (d->guided) {
        // The copy will be shared: what is already known to stand in the way.
        const Verdict share = Rules::checkShareImage(ws, acting, d->imageId);
        for (const Violation &x : share.violations) {
            if (x.rule == QLatin1String("S5") && x.code != QLatin1String("InvalidParameterValue.InvalidImageState"))
                v.violations.append(x);
            if (x.rule == QLatin1String("S1") || x.rule == QLatin1String("S2"))
                v.violations.append(x);
        }
        if (d->account->currentIndex() < 0)
            v.refuse(QStringLiteral("S4"), QStringLiteral("MissingParameter"), {{QStringLiteral("field"), QStringLiteral("AccountIds")}});
    }
    if (regions.isEmpty()) {
        QStringList other;
        for (const Violation &x : v.violations) {
            if (x.code != QLatin1String("MissingParameter"))
                other.append(RuleText::message(x));
        }
        d->refusal->setText(other.join(QLatin1Char('\n')));
    } else {
        d->refusal->setText(RuleText::describe(v));
    }
    d->buttons->button(QDialogButtonBox::Ok)->setEnabled(!regions.isEmpty() && v.allowed());
}

void CopyDialog::copy()
{
    const SyncRequest r = d->request();
    const OperationResult result =
        d->console.run([&](Operations &ops, const OperationContext &ctx) { return ops.syncImages(ctx, r); });
    if (!result.applied()) {
        d->refusal->setText(RuleText::describe(result.verdict));
        return;
    }
    if (d->guided && !result.createdIds.isEmpty())
        Q_EMIT guidedCopyStarted(result.createdIds.first(), d->account->currentData().toString());
    accept();
}

} // namespace cvm::ui

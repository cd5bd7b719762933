#include "InstanceDialog.h"

#include "Console.h"
#include "RefusalLabel.h"
#include "RuleText.h"
#include "Rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace cvm::ui {

struct InstanceDialog::Private
{
    Console &console;
    Mode mode;
    QString imageId;
    QLabel *summary = nullptr;
    QLabel *regionNote = nullptr;
    QLabel *zoneLabel = nullptr;
    QComboBox *zone = nullptr;
    QLabel *countLabel = nullptr;
    QSpinBox *count = nullptr;
    QLabel *nameLabel = nullptr;
    QLineEdit *name = nullptr;
    QLabel *instanceLabel = nullptr;
    QComboBox *instance = nullptr;
    QLabel *sharedWarning = nullptr;
    QCheckBox *confirmUntrusted = nullptr;

    // The image as the acting account sees it (V1): one it cannot see is treated as absent, so
    // that nothing of it (name, OS, region, zones) is shown.
    const Image *image() const
    {
        const Image *img = console.workspace().image(imageId);
        return img && Rules::isVisible(*img, console.actingAccount()) ? img : nullptr;
    }

    // The acting account's instances in the image's region, kept up to date while the dialog
    // is open (an instance launched meanwhile can be chosen); the choice is kept.
    void fillInstances()
    {
        const Workspace &ws = console.workspace();
        const Image *img = image();
        QStringList ids;
        for (const QString &id : ws.instancesOf(console.actingAccount())) {
            if (img && ws.instance(id)->region == img->region)
                ids.append(id);
        }
        std::sort(ids.begin(), ids.end());
        QStringList shown;
        for (int i = 0; i < instance->count(); ++i)
            shown.append(instance->itemData(i).toString());
        if (ids == shown)
            return;
        const QString chosen = instance->currentData().toString();
        const QSignalBlocker blocker(instance);
        instance->clear();
        for (const QString &id : std::as_const(ids)) {
            const Instance *i = ws.instance(id);
            instance->addItem(
                QStringLiteral("%1 — %2 (%3)").arg(i->instanceId, i->instanceName, i->osName), id);
        }
        const int at = instance->findData(chosen);
        instance->setCurrentIndex(at < 0 ? 0 : at);
    }

    Verdict verdict() const
    {
        const Workspace &ws = console.workspace();
        const Image *img = image();
        if (mode == Mode::Launch)
            return Rules::checkRunInstances(
                ws, console.actingAccount(),
                RunInstancesRequest{imageId, img ? img->region : QString(), zone->currentText(),
                                    count->value(), name->text()});
        return Rules::checkResetInstance(
            ws, console.actingAccount(),
            ResetInstanceRequest{instance->currentData().toString(), imageId});
    }
};

InstanceDialog::InstanceDialog(Console &console, Mode mode, const QString &imageId, QWidget *parent)
    : OperationDialog(parent), d(new Private{console, mode, imageId})
{
    setObjectName(mode == Mode::Launch ? QStringLiteral("launchDialog")
                                       : QStringLiteral("reinstallDialog"));
    resize(560, 380);
    const Workspace &ws = console.workspace();
    const Image *img = d->image();
    auto *layout = new QVBoxLayout(this);
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("imageSummary"));
    d->summary->setWordWrap(true);
    layout->addWidget(d->summary);
    d->regionNote = new QLabel(this);
    d->regionNote->setObjectName(QStringLiteral("regionNote"));
    d->regionNote->setWordWrap(true);
    layout->addWidget(d->regionNote);
    auto *form = new QFormLayout;
    if (mode == Mode::Launch) {
        // The zones of the image's region are offered; a zone typed or pasted is checked by
        // core like any other, so a wrong one is refused in words, not silently impossible.
        d->zone = new QComboBox(this);
        d->zone->setObjectName(QStringLiteral("zoneCombo"));
        d->zone->setEditable(true);
        d->zone->setInsertPolicy(QComboBox::NoInsert);
        if (img) {
            if (const Region *r = ws.region(img->region))
                d->zone->addItems(r->zones);
        }
        // The limit on the number of instances is core's (N1); the spin box lets the operator
        // ask for more, so that the refusal says what the limit is.
        d->count = new QSpinBox(this);
        d->count->setObjectName(QStringLiteral("countSpin"));
        d->count->setRange(0, 9999);
        d->count->setValue(1);
        d->name = new QLineEdit(img ? img->imageName : QString(), this);
        d->name->setObjectName(QStringLiteral("instanceName"));
        d->zoneLabel = new QLabel(this);
        d->countLabel = new QLabel(this);
        d->nameLabel = new QLabel(this);
        d->zoneLabel->setBuddy(d->zone);
        d->countLabel->setBuddy(d->count);
        d->nameLabel->setBuddy(d->name);
        form->addRow(d->zoneLabel, d->zone);
        form->addRow(d->countLabel, d->count);
        form->addRow(d->nameLabel, d->name);
        connect(d->zone, &QComboBox::currentTextChanged, this, &InstanceDialog::refresh);
        connect(d->count, &QSpinBox::valueChanged, this, &InstanceDialog::refresh);
    } else {
        d->instance = new QComboBox(this);
        d->instance->setObjectName(QStringLiteral("instanceCombo"));
        d->fillInstances();
        d->instanceLabel = new QLabel(this);
        d->instanceLabel->setBuddy(d->instance);
        form->addRow(d->instanceLabel, d->instance);
        connect(d->instance, &QComboBox::currentIndexChanged, this, &InstanceDialog::refresh);
    }
    layout->addLayout(form);
    d->sharedWarning = new QLabel(this);
    d->sharedWarning->setObjectName(QStringLiteral("sharedWarning"));
    d->sharedWarning->setWordWrap(true);
    layout->addWidget(d->sharedWarning);
    d->confirmUntrusted = new QCheckBox(this);
    d->confirmUntrusted->setObjectName(QStringLiteral("confirmUntrusted"));
    layout->addWidget(d->confirmUntrusted);
    addRefusal(layout);
    layout->addStretch();
    addButtons(layout, Dismiss::Cancel, &InstanceDialog::run);

    connect(d->confirmUntrusted, &QCheckBox::toggled, this, &InstanceDialog::refresh);
    refreshOnChange(console);
    translateAndRefresh();
}

InstanceDialog::~InstanceDialog() = default;

void InstanceDialog::retranslate()
{
    if (d->mode == Mode::Launch) {
        setWindowTitle(tr("Launch instances from %1").arg(d->imageId));
        d->zoneLabel->setText(tr("Availability &zone:"));
        d->countLabel->setText(tr("Number of &instances:"));
        d->nameLabel->setText(tr("Instance &name:"));
        okButton()->setText(tr("Launch"));
    } else {
        setWindowTitle(tr("Reinstall an instance with %1").arg(d->imageId));
        d->instanceLabel->setText(tr("&Instance:"));
        okButton()->setText(tr("Reinstall"));
    }
    d->confirmUntrusted->setText(tr("I trust this image and want to use it"));
}

void InstanceDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    const Image *img = d->image();
    if (d->instance)
        d->fillInstances();
    if (!img) {
        d->summary->setText(tr("Image %1 no longer exists.").arg(d->imageId));
        d->regionNote->clear();
        d->sharedWarning->hide();
        d->confirmUntrusted->hide();
        refusal()->clearRefusal();
        okButton()->setEnabled(false);
        return;
    }
    const QString region = RuleText::regionName(ws.region(img->region), img->region);
    d->summary->setText(tr("%1 — %2 (%3)").arg(img->imageId, img->imageName, img->osName));
    const bool shared = Rules::typeFor(*img, acting) == ImageType::Shared;
    d->regionNote->setText(
        shared
            ? tr("A shared image is used only in the region of its source image: %1.").arg(region)
            : tr("An image launches and reinstalls instances only in its own region: %1.")
                  .arg(region));
    d->sharedWarning->setVisible(shared);
    if (shared)
        d->sharedWarning->setText(
            tr("This image was shared with you by %1 (%2). Tencent Cloud does not guarantee the "
               "integrity and security of images shared by other users; choose images shared "
               "by trusted accounts.")
                .arg(ws.accountName(img->ownerAccountId), img->ownerAccountId));
    const Verdict v = d->verdict();
    bool needsConfirmation = false;
    for (const Violation &c : v.confirmations)
        needsConfirmation = needsConfirmation || c.is(Rule::N4);
    d->confirmUntrusted->setVisible(needsConfirmation);
    if (needsConfirmation)
        d->confirmUntrusted->setToolTip(RuleText::confirmation(v.confirmations.first()));
    if (d->mode == Mode::Reinstall && d->instance->count() == 0)
        refusal()->setMessage(tr("You have no instance in %1 to reinstall.").arg(region));
    else
        refusal()->setVerdict(v);
    okButton()->setEnabled(v.allowed() &&
                           (!needsConfirmation || d->confirmUntrusted->isChecked()) &&
                           (d->mode == Mode::Launch || d->instance->count() > 0));
}

void InstanceDialog::run()
{
    const Image *img = d->image();
    const QSet<QString> acknowledged =
        !d->confirmUntrusted->isHidden() && d->confirmUntrusted->isChecked()
            ? QSet<QString>{ruleId(Rule::N4)}
            : QSet<QString>{};
    OperationResult result;
    if (d->mode == Mode::Launch) {
        const RunInstancesRequest r{d->imageId, img ? img->region : QString(),
                                    d->zone->currentText(), d->count->value(), d->name->text()};
        result = d->console.run(
            [&](Operations &ops, const OperationContext &ctx) { return ops.runInstances(ctx, r); },
            acknowledged);
    } else {
        const ResetInstanceRequest r{d->instance->currentData().toString(), d->imageId};
        result = d->console.run(
            [&](Operations &ops, const OperationContext &ctx) { return ops.resetInstance(ctx, r); },
            acknowledged);
    }
    if (result.applied())
        accept();
    else
        refusal()->setVerdict(result.verdict);
}

} // namespace cvm::ui

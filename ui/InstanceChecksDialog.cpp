#include "InstanceChecksDialog.h"

#include "Console.h"
#include "RefusalLabel.h"
#include "Retranslator.h"
#include "RuleText.h"
#include "WindowsChecksView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cvm::ui {

struct InstanceChecksDialog::Private
{
    explicit Private(Console &c) : console(c) {}
    Console &console;
    QLabel *explanation = nullptr;
    QComboBox *instance = nullptr;
    QList<QCheckBox *> boxes; // in allWindowsChecks() order
    QList<QLabel *> texts;    // the boxes' texts, which wrap (a check box's own text does not)
};

InstanceChecksDialog::InstanceChecksDialog(Console &console, const QString &instanceId,
                                           QWidget *parent)
    : OperationDialog(parent), d(new Private(console))
{
    setObjectName(QStringLiteral("instanceChecksDialog"));
    resize(640, 360);
    const Workspace &ws = console.workspace();
    auto *layout = new QVBoxLayout(this);
    d->explanation = new QLabel(this);
    d->explanation->setWordWrap(true);
    layout->addWidget(d->explanation);
    d->instance = new QComboBox(this);
    d->instance->setObjectName(QStringLiteral("instanceCombo"));
    QStringList ids;
    for (const QString &id : ws.instancesOf(console.actingAccount())) {
        if (ws.instance(id)->isWindows())
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids))
        d->instance->addItem(QStringLiteral("%1 — %2").arg(id, ws.instance(id)->instanceName), id);
    if (!instanceId.isEmpty())
        d->instance->setCurrentIndex(qMax(0, d->instance->findData(instanceId)));
    layout->addWidget(d->instance);
    auto *checks = new QGridLayout;
    checks->setColumnStretch(1, 1);
    for (WindowsCheck c : allWindowsChecks()) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("check") + windowsCheckKey(c));
        auto *text = new QLabel(this);
        text->setObjectName(QStringLiteral("checkText") + windowsCheckKey(c));
        text->setWordWrap(true);
        text->setBuddy(box);
        text->installEventFilter(this); // a click on the text ticks the box, as on a box's own
        const int row = int(d->boxes.size());
        checks->addWidget(box, row, 0, Qt::AlignTop);
        checks->addWidget(text, row, 1);
        d->boxes.append(box);
        d->texts.append(text);
    }
    layout->addLayout(checks);
    addRefusal(layout);
    layout->addStretch();
    addButtons(layout, Dismiss::Cancel, &InstanceChecksDialog::record);
    connect(d->instance, &QComboBox::currentIndexChanged, this, &InstanceChecksDialog::refresh);
    translateAndRefresh();
}

InstanceChecksDialog::~InstanceChecksDialog() = default;

bool InstanceChecksDialog::eventFilter(QObject *watched, QEvent *event)
{
    const qsizetype i = d->texts.indexOf(qobject_cast<QLabel *>(watched));
    if (i >= 0 && event->type() == QEvent::MouseButtonRelease && d->boxes.at(i)->isEnabled()) {
        d->boxes.at(i)->toggle();
        return true;
    }
    return OperationDialog::eventFilter(watched, event);
}

void InstanceChecksDialog::retranslate()
{
    setWindowTitle(tr("Windows checks of instances"));
    d->explanation->setText(
        tr("Creating a Windows image needs these four checks to pass on the instance. Log in to "
           "the instance remotely, fix what fails, then record here what you found."));
    const QList<WindowsCheck> checks = allWindowsChecks();
    for (int i = 0; i < checks.size(); ++i) {
        d->texts.at(i)->setText(RuleText::windowsCheckName(checks.at(i)));
        d->boxes.at(i)->setAccessibleName(d->texts.at(i)->text());
    }
    okButton()->setText(tr("Record"));
}

void InstanceChecksDialog::refresh()
{
    const Instance *inst = d->console.workspace().instance(d->instance->currentData().toString());
    const QList<WindowsCheck> checks = allWindowsChecks();
    for (int i = 0; i < checks.size(); ++i) {
        d->boxes.at(i)->setEnabled(inst);
        d->texts.at(i)->setEnabled(inst);
        d->boxes.at(i)->setChecked(inst && inst->windowsChecks.passes(checks.at(i)));
    }
    if (!inst)
        refusal()->setMessage(tr("You have no Windows instance."));
    okButton()->setEnabled(inst);
}

void InstanceChecksDialog::record()
{
    const QString id = d->instance->currentData().toString();
    const Instance *inst = d->console.workspace().instance(id);
    if (!inst)
        return;
    const WindowsChecks before = inst->windowsChecks;
    const QList<WindowsCheck> checks = allWindowsChecks();
    for (int i = 0; i < checks.size(); ++i) {
        const bool pass = d->boxes.at(i)->isChecked();
        if (before.passes(checks.at(i)) == pass)
            continue;
        const OperationResult r = d->console.run([&](Operations &ops, const OperationContext &ctx) {
            return ops.setWindowsCheck(ctx, id, checks.at(i), pass);
        });
        if (!r.applied()) {
            refusal()->setVerdict(r.verdict);
            return;
        }
    }
    accept();
}

struct DiagnoseDialog::Private
{
    Console &console;
    QString imageId;
    QLabel *summary = nullptr;
    WindowsChecksView *checks = nullptr;
    QLabel *now = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *close = nullptr;
};

DiagnoseDialog::DiagnoseDialog(Console &console, const QString &imageId, QWidget *parent)
    : QDialog(parent), d(new Private{console, imageId})
{
    setObjectName(QStringLiteral("diagnoseDialog"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("summary"));
    d->summary->setWordWrap(true);
    layout->addWidget(d->summary);
    d->checks = new WindowsChecksView(this);
    layout->addWidget(d->checks, 1);
    d->now = new QLabel(this);
    d->now->setObjectName(QStringLiteral("nowLabel"));
    d->now->setWordWrap(true);
    layout->addWidget(d->now);
    // An own button in the reject role rather than the standard Close button: on a language change
    // the box re-sets its standard buttons' texts to Qt's own after retranslate() ran.
    d->buttons = new QDialogButtonBox(this);
    d->close = d->buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    d->close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(d->buttons);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    CVM_RETRANSLATE_SLOT(&DiagnoseDialog::retranslate);
}

DiagnoseDialog::~DiagnoseDialog() = default;

void DiagnoseDialog::retranslate()
{
    const Workspace &ws = d->console.workspace();
    const Image *img = ws.image(d->imageId);
    setWindowTitle(tr("Diagnose %1").arg(d->imageId));
    d->close->setText(tr("Close"));
    if (!img) {
        d->summary->setText(tr("Image %1 no longer exists.").arg(d->imageId));
        d->checks->hide();
        return;
    }
    const bool windows = img->failureReason == QLatin1String("WindowsChecks");
    d->checks->setVisible(windows);
    if (windows)
        d->checks->setFailed(img->failedChecks);
    if (img->state == ImageState::CreateFailed)
        d->summary->setText(
            tr("Creating %1 failed: %2")
                .arg(img->imageId, RuleText::importFailureText(img->failureReason)));
    else if (img->state == ImageState::ImportFailed)
        d->summary->setText(
            tr("Importing %1 failed: %2")
                .arg(img->imageId, RuleText::importFailureText(img->failureReason)));
    else
        d->summary->setText(tr("Image %1 did not fail.").arg(img->imageId));
    const Instance *inst = ws.instance(img->createdFromInstanceId);
    if (windows && inst) {
        d->now->setText(
            inst->windowsChecks.failing().isEmpty()
                ? tr("The checks of %1 pass now: delete this image and create it again.")
                      .arg(inst->instanceId)
                : tr("%1 still fails %Ln check(s). Fix them, record them under Account → Windows "
                     "checks "
                     "of instances, then create the image again.",
                     nullptr, int(inst->windowsChecks.failing().size()))
                      .arg(inst->instanceId));
    } else {
        d->now->clear();
    }
}

} // namespace cvm::ui

#include "CreateImageDialog.h"

#include "Console.h"
#include "RefusalLabel.h"
#include "RefusalText.h"
#include "RuleText.h"
#include "Rules.h"
#include "WindowsChecksView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cvm::ui {

struct CreateImageDialog::Private
{
    Console &console;
    QComboBox *instance = nullptr;
    QLineEdit *name = nullptr;
    QLabel *nameCounter = nullptr;
    QPlainTextEdit *description = nullptr;
    QCheckBox *forcePoweroff = nullptr;
    QCheckBox *sysprep = nullptr;
    QLabel *checksLabel = nullptr;
    WindowsChecksView *checks = nullptr;
    QCheckBox *goAhead = nullptr;
    QLabel *quota = nullptr;
    QFormLayout *form = nullptr;
    QVBoxLayout *layout = nullptr;
    int spacer = -1; // the room the checks take when the instance is Windows, else blank

    CreateImageRequest request() const
    {
        return {instance->currentData().toString(), name->text(), description->toPlainText(),
                forcePoweroff->isChecked(), sysprep->isChecked()};
    }
};

CreateImageDialog::CreateImageDialog(Console &console, const QString &instanceId, QWidget *parent)
    : OperationDialog(parent), d(new Private{console})
{
    setObjectName(QStringLiteral("createImageDialog"));
    resize(760, 600);
    const Workspace &ws = console.workspace();
    auto *layout = new QVBoxLayout(this);
    d->layout = layout;
    d->form = new QFormLayout;
    d->instance = new QComboBox(this);
    d->instance->setObjectName(QStringLiteral("instanceCombo"));
    QStringList ids = ws.instancesOf(console.actingAccount()).values();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        const Instance *i = ws.instance(id);
        d->instance->addItem(QStringLiteral("%1 — %2 (%3, %4)")
                                 .arg(i->instanceId, i->instanceName, i->osName, i->region),
                             id);
    }
    if (!instanceId.isEmpty())
        d->instance->setCurrentIndex(qMax(0, d->instance->findData(instanceId)));
    d->name = new QLineEdit(this);
    d->name->setObjectName(QStringLiteral("imageName"));
    d->nameCounter = new QLabel(this);
    d->nameCounter->setObjectName(QStringLiteral("nameCounter"));
    d->description = new QPlainTextEdit(this);
    d->description->setObjectName(QStringLiteral("imageDescription"));
    d->description->setMaximumHeight(60);
    d->forcePoweroff = new QCheckBox(this);
    d->forcePoweroff->setObjectName(QStringLiteral("forcePoweroff"));
    d->sysprep = new QCheckBox(this);
    d->sysprep->setObjectName(QStringLiteral("sysprep"));
    d->form->addRow(new QLabel(this), d->instance);
    d->form->addRow(new QLabel(this), d->name);
    d->form->addRow(QString(), d->nameCounter);
    d->form->addRow(new QLabel(this), d->description);
    d->form->addRow(QString(), d->forcePoweroff);
    d->form->addRow(QString(), d->sysprep);
    layout->addLayout(d->form);
    d->checksLabel = new QLabel(this);
    d->checksLabel->setWordWrap(true);
    layout->addWidget(d->checksLabel);
    d->checks = new WindowsChecksView(this);
    layout->addWidget(d->checks, 1);
    // Takes the room of the checks when the instance is not Windows, so that the form's rows are
    // not pulled apart.
    layout->addStretch(1);
    d->spacer = layout->count() - 1;
    d->goAhead = new QCheckBox(this);
    d->goAhead->setObjectName(QStringLiteral("goAhead"));
    layout->addWidget(d->goAhead);
    d->quota = new QLabel(this);
    d->quota->setObjectName(QStringLiteral("quotaLabel"));
    layout->addWidget(d->quota);
    addRefusal(layout);
    addButtons(layout, Dismiss::Cancel, &CreateImageDialog::create);

    connect(d->instance, &QComboBox::currentIndexChanged, this, &CreateImageDialog::refresh);
    connect(d->name, &QLineEdit::textChanged, this, &CreateImageDialog::refresh);
    connect(d->description, &QPlainTextEdit::textChanged, this, &CreateImageDialog::refresh);
    connect(d->goAhead, &QCheckBox::toggled, this, &CreateImageDialog::refresh);
    refreshOnChange(console);
    translateAndRefresh();
}

CreateImageDialog::~CreateImageDialog() = default;

void CreateImageDialog::retranslate()
{
    setWindowTitle(tr("Create an image from an instance"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(d->form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field); // the & marks the shortcut to the field
        }
    };
    label(d->instance, tr("&Instance:"));
    label(d->name, tr("&Name:"));
    label(d->description, tr("&Description:"));
    d->forcePoweroff->setText(tr("Shut the instance down first (forced power-off)"));
    d->sysprep->setText(tr("Run Sysprep (Windows)"));
    d->goAhead->setText(tr("Create it anyway: I know the creation will fail"));
    okButton()->setText(tr("Create"));
}

void CreateImageDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    const QLocale locale;
    const Instance *inst = ws.instance(d->instance->currentData().toString());
    const bool windows = inst && inst->isWindows();
    d->sysprep->setEnabled(windows);
    d->checksLabel->setVisible(windows);
    d->checks->setVisible(windows);
    d->layout->setStretch(d->spacer, windows ? 0 : 1);
    if (windows) {
        d->checks->setChecks(inst->windowsChecks);
        d->checksLabel->setText(
            inst->windowsChecks.failing().isEmpty()
                ? tr("The Windows checks of %1 pass.").arg(inst->instanceId)
                : tr("Some Windows checks fail on %1: creating the image now will fail. Fix them "
                     "on "
                     "the instance, then record them under Account → Windows checks of instances.")
                      .arg(inst->instanceId));
    }
    const int max = ws.policy().imageNameMaxLength;
    d->nameCounter->setText(tr("%1 / %2").arg(
        locale.toString(Rules::characterCount(d->name->text())), locale.toString(max)));
    if (inst) {
        const QuotaUse q = Rules::quota(ws, acting, inst->region);
        d->quota->setText(tr("Custom images in %1: %2 of %3 used")
                              .arg(RuleText::regionName(ws.region(inst->region), inst->region),
                                   locale.toString(q.used), locale.toString(q.limit)));
    } else {
        d->quota->setText(tr("You have no instance to create an image from."));
    }
    const Verdict v = Rules::checkCreateImage(ws, acting, d->request());
    const bool confirm = v.needsConfirmation();
    d->goAhead->setVisible(confirm);
    // A name not typed yet is not an error to show in red; OK stays disabled all the same.
    refusal()->setViolations(
        RefusalText::withoutUntouched(v.violations, {{QStringLiteral("ImageName"), d->name}}));
    okButton()->setEnabled(inst && v.allowed() && (!confirm || d->goAhead->isChecked()));
}

void CreateImageDialog::create()
{
    const CreateImageRequest r = d->request();
    const QSet<QString> ack =
        d->goAhead->isChecked() ? QSet<QString>{ruleId(Rule::I2)} : QSet<QString>{};
    const OperationResult result = d->console.run(
        [&](Operations &ops, const OperationContext &ctx) { return ops.createImage(ctx, r); }, ack);
    if (result.applied())
        accept();
    else
        refusal()->setVerdict(result.verdict);
}

} // namespace cvm::ui

#include "EditImageDialog.h"

#include "Console.h"
#include "Rules.h"
#include "RuleText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cvm::ui {

struct EditImageDialog::Private
{
    Console &console;
    QString imageId;
    QString originalName;
    QString originalDescription;
    QLabel *summary = nullptr;
    QLabel *nameLabel = nullptr;
    QLabel *descriptionLabel = nullptr;
    QLineEdit *name = nullptr;
    QPlainTextEdit *description = nullptr;
    QLabel *nameCounter = nullptr;
    QLabel *descriptionCounter = nullptr;
    QLabel *refusal = nullptr;
    QDialogButtonBox *buttons = nullptr;

    ModifyAttributeRequest request() const
    {
        ModifyAttributeRequest r{imageId, std::nullopt, std::nullopt};
        if (name->text() != originalName)
            r.imageName = name->text();
        if (description->toPlainText() != originalDescription)
            r.imageDescription = description->toPlainText();
        return r;
    }
};

EditImageDialog::EditImageDialog(Console &console, const QString &imageId, QWidget *parent)
    : QDialog(parent), d(new Private{console, imageId})
{
    setObjectName(QStringLiteral("editImageDialog"));
    resize(560, 360);
    if (const Image *img = console.workspace().image(imageId)) {
        d->originalName = img->imageName;
        d->originalDescription = img->imageDescription;
    }
    auto *layout = new QVBoxLayout(this);
    d->summary = new QLabel(this);
    d->summary->setWordWrap(true);
    layout->addWidget(d->summary);
    auto *form = new QFormLayout;
    d->name = new QLineEdit(d->originalName, this);
    d->name->setObjectName(QStringLiteral("nameEdit"));
    d->nameCounter = new QLabel(this);
    d->nameCounter->setObjectName(QStringLiteral("nameCounter"));
    d->description = new QPlainTextEdit(d->originalDescription, this);
    d->description->setObjectName(QStringLiteral("descriptionEdit"));
    d->descriptionCounter = new QLabel(this);
    d->descriptionCounter->setObjectName(QStringLiteral("descriptionCounter"));
    d->nameLabel = new QLabel(this);
    d->descriptionLabel = new QLabel(this);
    form->addRow(d->nameLabel, d->name);
    form->addRow(QString(), d->nameCounter);
    form->addRow(d->descriptionLabel, d->description);
    form->addRow(QString(), d->descriptionCounter);
    layout->addLayout(form);
    d->refusal = new QLabel(this);
    d->refusal->setObjectName(QStringLiteral("refusal"));
    d->refusal->setWordWrap(true);
    d->refusal->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(d->refusal);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(d->buttons);

    connect(d->name, &QLineEdit::textChanged, this, &EditImageDialog::refresh);
    connect(d->description, &QPlainTextEdit::textChanged, this, &EditImageDialog::refresh);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->buttons, &QDialogButtonBox::accepted, this, &EditImageDialog::save);
    connect(&console.workspace(), &Workspace::changed, this, &EditImageDialog::refresh);
    retranslate();
}

EditImageDialog::~EditImageDialog() = default;

void EditImageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EditImageDialog::retranslate()
{
    setWindowTitle(tr("Edit image %1").arg(d->imageId));
    d->nameLabel->setText(tr("Name:"));
    d->descriptionLabel->setText(tr("Description:"));
    d->buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    d->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    refresh();
}

void EditImageDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    const QLocale locale;
    const Image *img = ws.image(d->imageId);
    d->summary->setText(img ? tr("%1 in %2").arg(d->imageId, RuleText::regionName(ws.region(img->region), img->region))
                            : tr("Image %1 no longer exists.").arg(d->imageId));
    const int nameMax = ws.policy().imageNameMaxLength;
    const int descriptionMax = ws.policy().imageDescriptionMaxLength;
    const int nameLength = int(d->name->text().size());
    const int descriptionLength = int(d->description->toPlainText().size());
    d->nameCounter->setText(tr("%1 / %2").arg(locale.toString(nameLength), locale.toString(nameMax)));
    d->descriptionCounter->setText(tr("%1 / %2").arg(locale.toString(descriptionLength), locale.toString(descriptionMax)));
    d->nameCounter->setStyleSheet(nameLength > nameMax ? QStringLiteral("color: #b00020") : QString());
    d->descriptionCounter->setStyleSheet(descriptionLength > descriptionMax ? QStringLiteral("color: #b00020") : QString());

    const bool editable = Rules::checkModifyImage(ws, acting, d->imageId).allowed();
    d->name->setEnabled(editable);
    d->description->setEnabled(editable);
    const ModifyAttributeRequest r = d->request();
    const Verdict v = Rules::checkModifyAttribute(ws, acting, r);
    d->refusal->setText(RuleText::describe(v));
    const bool changed = r.imageName || r.imageDescription;
    d->buttons->button(QDialogButtonBox::Ok)->setEnabled(changed && v.allowed());
}

void EditImageDialog::save()
{
    const ModifyAttributeRequest r = d->request();
    const OperationResult result = d->console.run(
        [&](Operations &ops, const OperationContext &ctx) { return ops.modifyImageAttribute(ctx, r); });
    if (result.applied())
        accept();
    else
        d->refusal->setText(RuleText::describe(result.verdict));
}

} // namespace cvm::ui

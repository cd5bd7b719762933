#include "EditImageDialog.h"

#include "Console.h"
#include "RefusalLabel.h"
#include "RuleText.h"
#include "Rules.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cvm::ui {
namespace {

const QString kRed = QStringLiteral("color: #b00020");

} // namespace

struct EditImageDialog::Private
{
    Console &console;
    QString imageId;
    QLabel *summary = nullptr;
    QLabel *nameLabel = nullptr;
    QLabel *descriptionLabel = nullptr;
    QLineEdit *name = nullptr;
    QPlainTextEdit *description = nullptr;
    QLabel *nameCounter = nullptr;
    QLabel *descriptionCounter = nullptr;

    // Only the fields that differ from the image as it is now are sent.
    ModifyAttributeRequest request() const
    {
        ModifyAttributeRequest r{imageId, std::nullopt, std::nullopt};
        const Image *img = console.workspace().image(imageId);
        if (!img)
            return r;
        if (name->text() != img->imageName)
            r.imageName = name->text();
        if (description->toPlainText() != img->imageDescription)
            r.imageDescription = description->toPlainText();
        return r;
    }
};

EditImageDialog::EditImageDialog(Console &console, const QString &imageId, QWidget *parent)
    : OperationDialog(parent), d(new Private{console, imageId})
{
    setObjectName(QStringLiteral("editImageDialog"));
    resize(560, 380);
    QString originalName;
    QString originalDescription;
    if (const Image *img = console.workspace().image(imageId)) {
        originalName = img->imageName;
        originalDescription = img->imageDescription;
    }
    auto *layout = new QVBoxLayout(this);
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("imageSummary"));
    d->summary->setWordWrap(true);
    d->summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->summary);

    auto *form = new QFormLayout;
    d->name = new QLineEdit(originalName, this);
    d->name->setObjectName(QStringLiteral("nameEdit"));
    d->nameCounter = new QLabel(this);
    d->nameCounter->setObjectName(QStringLiteral("nameCounter"));
    d->description = new QPlainTextEdit(originalDescription, this);
    d->description->setObjectName(QStringLiteral("descriptionEdit"));
    d->description->setTabChangesFocus(true);
    d->descriptionCounter = new QLabel(this);
    d->descriptionCounter->setObjectName(QStringLiteral("descriptionCounter"));
    d->nameLabel = new QLabel(this);
    d->nameLabel->setBuddy(d->name);
    d->descriptionLabel = new QLabel(this);
    d->descriptionLabel->setBuddy(d->description);
    form->addRow(d->nameLabel, d->name);
    form->addRow(QString(), d->nameCounter);
    form->addRow(d->descriptionLabel, d->description);
    form->addRow(QString(), d->descriptionCounter);
    layout->addLayout(form, 1);

    addRefusal(layout);
    addButtons(layout, Dismiss::Cancel, &EditImageDialog::save);

    connect(d->name, &QLineEdit::textChanged, this, &EditImageDialog::refresh);
    connect(d->description, &QPlainTextEdit::textChanged, this, &EditImageDialog::refresh);
    refreshOnChange(console, WorkspaceChanged | ActingAccountChanged);
    translateAndRefresh();
}

EditImageDialog::~EditImageDialog() = default;

void EditImageDialog::retranslate()
{
    setWindowTitle(tr("Edit image %1").arg(d->imageId));
    d->nameLabel->setText(tr("&Name:"));
    d->descriptionLabel->setText(tr("&Description:"));
    d->name->setToolTip(tr("Not empty, and unique among your images in the image's region."));
    d->description->setPlaceholderText(tr("Optional"));
    okButton()->setText(tr("Save"));
}

void EditImageDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    const QLocale locale;
    const Image *img = ws.image(d->imageId);
    if (img) {
        d->summary->setText(tr("Image %1 in %2 (%3); state: %4.")
                                .arg(d->imageId,
                                     RuleText::regionName(ws.region(img->region), img->region),
                                     img->region, RuleText::imageStateName(img->state)));
    } else {
        d->summary->setText(tr("Image %1 no longer exists.").arg(d->imageId));
    }

    const int nameMax = ws.policy().imageNameMaxLength;
    const int descriptionMax = ws.policy().imageDescriptionMaxLength;
    const int nameLength = Rules::characterCount(d->name->text());
    const int descriptionLength = Rules::characterCount(d->description->toPlainText());
    d->nameCounter->setText(
        tr("%1 / %2").arg(locale.toString(nameLength), locale.toString(nameMax)));
    d->descriptionCounter->setText(
        tr("%1 / %2").arg(locale.toString(descriptionLength), locale.toString(descriptionMax)));
    d->nameCounter->setStyleSheet(nameLength > nameMax ? kRed : QString());
    d->descriptionCounter->setStyleSheet(descriptionLength > descriptionMax ? kRed : QString());

    // Whether the image can be changed at all (M1, M3) decides whether the fields are open;
    // the request as typed (M2) decides whether it can be saved.
    const bool editable = img && Rules::checkModifyImage(ws, acting, d->imageId).allowed();
    d->name->setEnabled(editable);
    d->description->setEnabled(editable);
    const ModifyAttributeRequest r = d->request();
    const Verdict v = Rules::checkModifyAttribute(ws, acting, r);
    refusal()->setVerdict(v);
    const bool changed = r.imageName || r.imageDescription;
    okButton()->setEnabled(img && changed && v.allowed());
}

void EditImageDialog::save()
{
    if (!okButton()->isEnabled())
        return;
    const ModifyAttributeRequest r = d->request();
    const OperationResult result =
        d->console.run([&](Operations &ops, const OperationContext &ctx) {
            return ops.modifyImageAttribute(ctx, r);
        });
    if (result.applied())
        accept();
    else
        refusal()->setVerdict(result.verdict);
}

} // namespace cvm::ui

#include "DeleteDialog.h"

#include "Console.h"
#include "Icons.h"
#include "Prompt.h"
#include "RefusalLabel.h"
#include "RefusalText.h"
#include "RuleText.h"
#include "Rules.h"
#include "ViewFitting.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cvm::ui {

struct DeleteDialog::Private
{
    Console &console;
    QStringList imageIds;
    bool wasShared = false; // when the dialog opened: asks for a typed confirmation
    QLabel *intro = nullptr;
    QTableWidget *table = nullptr;
    QPushButton *cancelSharing = nullptr;
    QCheckBox *snapshots = nullptr;
    QLabel *snapshotNote = nullptr;
    QLabel *confirmLabel = nullptr;
    QLineEdit *confirm = nullptr;

    // The image as the acting account sees it (V1): nothing of an image it cannot see is shown,
    // not its name, region or whether it is shared.
    const Image *visibleImage(const QString &id) const
    {
        const Image *img = console.workspace().image(id);
        return img && Rules::isVisible(*img, console.actingAccount()) ? img : nullptr;
    }
    QString expectedConfirmation() const
    {
        if (imageIds.size() > 1)
            return QLocale().toString(int(imageIds.size()));
        return wasShared ? imageIds.first() : QString();
    }
    // Own images blocked only by their sharing (D2): the way out is to cancel it first.
    QStringList sharedOnlyBlocked() const
    {
        QStringList out;
        for (const QString &id : imageIds) {
            const Verdict v =
                Rules::checkDeleteOne(console.workspace(), console.actingAccount(), id);
            if (!v.allowed() && v.violations.size() == 1 &&
                v.violations.first().is(Rule::D2))
                out.append(id);
        }
        return out;
    }
};

DeleteDialog::DeleteDialog(Console &console, const QStringList &imageIds, QWidget *parent)
    : OperationDialog(parent), d(new Private{console, imageIds})
{
    setObjectName(QStringLiteral("deleteDialog"));
    resize(760, 460);
    for (const QString &id : imageIds) {
        if (const Image *img = d->visibleImage(id);
            img && img->ownerAccountId == console.actingAccount() && !img->shares.isEmpty())
            d->wasShared = true;
    }
    auto *layout = new QVBoxLayout(this);
    d->intro = new QLabel(this);
    d->intro->setWordWrap(true);
    layout->addWidget(d->intro);
    d->table = new QTableWidget(this);
    d->table->setObjectName(QStringLiteral("imageList"));
    d->table->setColumnCount(4);
    d->table->verticalHeader()->hide();
    d->table->horizontalHeader()->setStretchLastSection(true);
    d->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->table->setWordWrap(true); // the reasons wrap in the last column, rows as tall as they need
    d->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(d->table, 1);
    d->cancelSharing = new QPushButton(this);
    d->cancelSharing->setObjectName(QStringLiteral("cancelSharingButton"));
    layout->addWidget(d->cancelSharing, 0, Qt::AlignLeft);
    d->snapshots = new QCheckBox(this);
    d->snapshots->setObjectName(QStringLiteral("deleteSnapshots"));
    layout->addWidget(d->snapshots);
    d->snapshotNote = new QLabel(this);
    d->snapshotNote->setWordWrap(true);
    layout->addWidget(d->snapshotNote);
    d->confirmLabel = new QLabel(this);
    d->confirmLabel->setWordWrap(true);
    d->confirm = new QLineEdit(this);
    d->confirm->setObjectName(QStringLiteral("confirmEdit"));
    layout->addWidget(d->confirmLabel);
    layout->addWidget(d->confirm);
    addRefusal(layout);
    addButtons(layout, Dismiss::Cancel, &DeleteDialog::deleteImages);
    okButton()->setIcon(Icons::icon(Icons::Delete));
    // Deleting is not undone by a reflex: Del then Enter cancels; deleting takes a click (or
    // Space on the focused button).
    okButton()->setAutoDefault(false);
    closeButton()->setDefault(true);

    connect(d->confirm, &QLineEdit::textChanged, this, &DeleteDialog::refresh);
    connect(d->cancelSharing, &QPushButton::clicked, this, &DeleteDialog::cancelSharingFirst);
    refreshOnChange(console);
    translateAndRefresh();
}

DeleteDialog::~DeleteDialog() = default;

void DeleteDialog::retranslate()
{
    const int n = int(d->imageIds.size());
    setWindowTitle(tr("Delete %Ln image(s)", nullptr, n));
    d->intro->setText(
        tr("Deleting frees quota. Instances launched from these images keep running."));
    d->table->setHorizontalHeaderLabels(
        {tr("Image ID"), tr("Name"), tr("Region"), tr("Can it be deleted?")});
    d->snapshots->setText(tr("Also delete the images' snapshots"));
    d->snapshotNote->setText(tr("Otherwise the snapshots stay, and keep being billed."));
    okButton()->setText(tr("Delete"));
}

void DeleteDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    d->table->setRowCount(int(d->imageIds.size()));
    for (int row = 0; row < d->imageIds.size(); ++row) {
        const QString &id = d->imageIds.at(row);
        const Image *img = d->visibleImage(id);
        const Verdict v = Rules::checkDeleteOne(ws, acting, id);
        auto *status = new QTableWidgetItem(v.allowed() ? tr("Can be deleted.")
                                                        : RefusalText::plain(v.violations));
        if (!v.allowed()) {
            status->setForeground(kRefusalColor);
            status->setToolTip(RefusalText::tooltip(v.violations));
        }
        d->table->setItem(row, 0, new QTableWidgetItem(id));
        d->table->setItem(row, 1, new QTableWidgetItem(img ? img->imageName : QString()));
        d->table->setItem(
            row, 2,
            new QTableWidgetItem(img ? RuleText::regionName(ws.region(img->region), img->region)
                                     : QString()));
        d->table->setItem(row, 3, status);
    }
    for (int c = 0; c + 1 < d->table->columnCount(); ++c)
        d->table->resizeColumnToContents(c);

    const QStringList shared = d->sharedOnlyBlocked();
    d->cancelSharing->setVisible(!shared.isEmpty());
    d->cancelSharing->setText(
        tr("Cancel all sharing of %Ln image(s) first…", nullptr, int(shared.size())));

    const QString expected = d->expectedConfirmation();
    d->confirmLabel->setVisible(!expected.isEmpty());
    d->confirm->setVisible(!expected.isEmpty());
    if (d->imageIds.size() > 1)
        d->confirmLabel->setText(
            tr("To confirm, type the number of images to delete: %1").arg(expected));
    else
        d->confirmLabel->setText(
            tr("This image was shared. To confirm, type its ID: %1").arg(expected));

    const Verdict all =
        Rules::checkDelete(ws, acting, DeleteRequest{d->imageIds, d->snapshots->isChecked()});
    if (all.allowed())
        refusal()->clearRefusal();
    else
        refusal()->setMessage(
            tr("Nothing is deleted while any of these images cannot be deleted."));
    okButton()->setEnabled(all.allowed() &&
                           (expected.isEmpty() || d->confirm->text().trimmed() == expected));
}

void DeleteDialog::cancelSharingFirst()
{
    // One confirmation for every image whose sharing is cancelled, asked before any is: a "No"
    // leaves all the shares as they were.
    const QStringList ids = d->sharedOnlyBlocked();
    if (ids.isEmpty())
        return;
    const Workspace &ws = d->console.workspace();
    int accounts = 0;
    for (const QString &id : ids)
        accounts += int(ws.image(id)->shares.size());
    const QString question = ids.size() == 1
                                 ? tr("Cancel the sharing of %1 with all %Ln account(s)? They can "
                                      "no longer create instances from it.",
                                      nullptr, accounts)
                                       .arg(ids.first())
                                 : tr("Cancel all sharing of %1 (%Ln account(s) in all)? They can "
                                      "no longer create instances from these images.",
                                      nullptr, accounts)
                                       .arg(QLocale().createSeparatedList(ids));
    if (Prompt::question(this, tr("Cancel all sharing"), question) != QMessageBox::Yes)
        return;
    for (const QString &id : ids) {
        QStringList shares;
        for (const ShareEntry &s : ws.image(id)->shares)
            shares.append(s.accountId);
        const OperationResult r = d->console.run([&](Operations &ops, const OperationContext &ctx) {
            return ops.modifySharePermission(ctx,
                                             ShareRequest{id, shares, SharePermission::Cancel});
        });
        if (!r.applied()) {
            refusal()->setVerdict(r.verdict);
            return;
        }
    }
    refresh();
}

void DeleteDialog::deleteImages()
{
    const OperationResult r = d->console.run([&](Operations &ops, const OperationContext &ctx) {
        return ops.deleteImages(ctx, DeleteRequest{d->imageIds, d->snapshots->isChecked()});
    });
    if (r.applied())
        accept();
    else
        refusal()->setVerdict(r.verdict);
}

} // namespace cvm::ui

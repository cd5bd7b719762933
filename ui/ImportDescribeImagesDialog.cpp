#include "ImportDescribeImagesDialog.h"

#include "Console.h"
#include "RefusalLabel.h"
#include "RuleText.h"
#include "Rules.h"
#include "WorkspaceFile.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

namespace cvm::ui {
namespace {

enum Column
{
    IdColumn,
    NameColumn,
    TypeColumn,
    StateColumn,
    OsColumn,
    ColumnCount
};

} // namespace

struct ImportDescribeImagesDialog::Private
{
    Private(Console &c, const QString &file) : console(c), fileName(file) {}
    Console &console;
    QString fileName;
    QByteArray data;
    std::optional<LoadProblem> readProblem;
    QList<Image> images;
    QList<LoadProblem> problems;
    QLabel *fileLabel = nullptr;
    QLabel *explanation = nullptr;
    QLabel *accountLabel = nullptr;
    QLabel *regionLabel = nullptr;
    QComboBox *account = nullptr;
    QComboBox *region = nullptr;
    QLabel *problemTitle = nullptr;
    QListWidget *problemList = nullptr;
    QLabel *previewSummary = nullptr;
    QTableWidget *preview = nullptr;
};

ImportDescribeImagesDialog::ImportDescribeImagesDialog(Console &console, const QString &fileName,
                                                       QWidget *parent)
    : OperationDialog(parent), d(new Private(console, fileName))
{
    setObjectName(QStringLiteral("importDescribeDialog"));
    resize(820, 520);
    // Read once: the preview follows the account chosen, not later edits of the file.
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly)) {
        d->data = file.readAll();
    } else {
        LoadProblem p;
        p.kind = LoadProblem::Kind::Unreadable;
        p.path = QFileInfo(fileName).fileName();
        p.detail = file.errorString();
        d->readProblem = p;
    }

    auto *layout = new QVBoxLayout(this);
    d->fileLabel = new QLabel(this);
    d->fileLabel->setObjectName(QStringLiteral("fileLabel"));
    d->fileLabel->setWordWrap(true);
    d->fileLabel->setToolTip(fileName);
    layout->addWidget(d->fileLabel);
    d->explanation = new QLabel(this);
    d->explanation->setWordWrap(true);
    layout->addWidget(d->explanation);
    auto *form = new QFormLayout;
    d->account = new QComboBox(this);
    d->account->setObjectName(QStringLiteral("accountCombo"));
    d->region = new QComboBox(this);
    d->region->setObjectName(QStringLiteral("regionCombo"));
    d->accountLabel = new QLabel(this);
    d->accountLabel->setBuddy(d->account);
    d->regionLabel = new QLabel(this);
    d->regionLabel->setBuddy(d->region);
    form->addRow(d->accountLabel, d->account);
    form->addRow(d->regionLabel, d->region);
    layout->addLayout(form);
    d->problemTitle = new QLabel(this);
    d->problemTitle->setWordWrap(true);
    layout->addWidget(d->problemTitle);
    d->problemList = new QListWidget(this);
    d->problemList->setObjectName(QStringLiteral("problemList"));
    d->problemList->setWordWrap(true);
    layout->addWidget(d->problemList, 1);
    d->previewSummary = new QLabel(this);
    d->previewSummary->setObjectName(QStringLiteral("previewSummary"));
    layout->addWidget(d->previewSummary);
    d->preview = new QTableWidget(this);
    d->preview->setObjectName(QStringLiteral("previewTable"));
    d->preview->setColumnCount(ColumnCount);
    d->preview->verticalHeader()->hide();
    d->preview->horizontalHeader()->setStretchLastSection(true);
    d->preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(d->preview, 2);
    addRefusal(layout);
    addButtons(layout, Dismiss::Cancel, &ImportDescribeImagesDialog::import);

    connect(d->account, &QComboBox::currentIndexChanged, this, &ImportDescribeImagesDialog::parse);
    connect(d->region, &QComboBox::currentIndexChanged, this, &ImportDescribeImagesDialog::check);
    // Accounts can be added while the dialog is open (an import of shared images adds their
    // owners).
    refreshOnChange(console, WorkspaceChanged, [this] {
        if (d->account->count() != d->console.workspace().accounts().size())
            fillAccounts();
        check();
    });
    fillAccounts();
    {
        const QSignalBlocker blocker(d->account);
        d->account->setCurrentIndex(qMax(0, d->account->findData(console.actingAccount())));
    }
    translateAndRefresh();
}

ImportDescribeImagesDialog::~ImportDescribeImagesDialog() = default;

void ImportDescribeImagesDialog::fillAccounts()
{
    const QString current = d->account->currentData().toString();
    const QSignalBlocker blocker(d->account);
    d->account->clear();
    for (const Account &a : d->console.workspace().accounts())
        d->account->addItem(tr("%1 (%2)").arg(a.name, a.accountId), a.accountId);
    const int i = d->account->findData(current);
    d->account->setCurrentIndex(i < 0 ? 0 : i);
}

void ImportDescribeImagesDialog::retranslate()
{
    setWindowTitle(tr("Import DescribeImages JSON"));
    d->fileLabel->setText(tr("File: %1").arg(QFileInfo(d->fileName).fileName()));
    d->explanation->setText(
        tr("The answer of DescribeImages does not say whose images they are or where: choose the "
           "account that asked and the region it asked in. Its own images become that account's "
           "custom images; shared images are recorded as shared with it by their creator."));
    d->accountLabel->setText(tr("&Account:"));
    d->regionLabel->setText(tr("&Region:"));
    fillAccounts();
    const QString region = d->region->currentData().toString();
    {
        const QSignalBlocker blocker(d->region);
        d->region->clear();
        for (const Region &r : d->console.workspace().regions())
            d->region->addItem(tr("%1 (%2)").arg(RuleText::regionName(&r, r.regionId), r.regionId),
                               r.regionId);
        const int i = d->region->findData(region);
        d->region->setCurrentIndex(i < 0 ? 0 : i);
    }
    d->problemTitle->setText(tr("The file cannot be imported:"));
    d->preview->setHorizontalHeaderLabels(
        {tr("Image ID"), tr("Name"), tr("Type"), tr("State"), tr("Operating system")});
    okButton()->setText(tr("Import"));
    parse();
}

void ImportDescribeImagesDialog::parse()
{
    const QString account = d->account->currentData().toString();
    d->problems.clear();
    d->images.clear();
    d->problemList->clear();
    refusal()->clearRefusal();
    if (d->readProblem) {
        d->problemList->addItem(d->readProblem->text());
    } else {
        // Parsed again for each account: PRIVATE_IMAGE records become the chosen account's.
        d->images = WorkspaceFile::parseDescribeImages(d->data, account, &d->problems);
        for (const LoadProblem &p : std::as_const(d->problems))
            d->problemList->addItem(p.text());
        if (d->problems.isEmpty() && d->images.isEmpty())
            d->problemList->addItem(tr("The file holds no images."));
    }
    const bool hasProblems = d->problemList->count() > 0;
    d->problemTitle->setVisible(hasProblems);
    d->problemList->setVisible(hasProblems);

    d->preview->setRowCount(int(d->images.size()));
    for (int r = 0; r < d->images.size(); ++r) {
        const Image &img = d->images.at(r);
        const ImageType type = img.kind == ImageKind::Public   ? ImageType::Public
                               : img.kind == ImageKind::Market ? ImageType::Market
                               : img.ownerAccountId == account ? ImageType::Private
                                                               : ImageType::Shared;
        const QStringList cells{img.imageId, img.imageName, RuleText::imageTypeName(type),
                                RuleText::imageStateName(img.state), img.osName};
        for (int c = 0; c < cells.size(); ++c)
            d->preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    d->preview->resizeColumnsToContents();
    d->preview->setVisible(!d->images.isEmpty());
    d->previewSummary->setVisible(!d->images.isEmpty());
    d->previewSummary->setText(
        hasProblems ? tr("%Ln image(s) read without problems.", nullptr, int(d->images.size()))
                    : tr("%Ln image(s) to import.", nullptr, int(d->images.size())));
    check();
}

// The images as read, for the chosen account and region, asked of the rules before OK is
// offered: an ID that is another image in the workspace is refused here, in words.
void ImportDescribeImagesDialog::check()
{
    const bool readable = d->problemList->count() == 0 && !d->images.isEmpty();
    if (!readable) {
        refusal()->clearRefusal();
        okButton()->setEnabled(false);
        return;
    }
    const Verdict v = Rules::checkImportDescribeImages(d->console.workspace(), d->images,
                                                       d->account->currentData().toString(),
                                                       d->region->currentData().toString());
    refusal()->setVerdict(v);
    okButton()->setEnabled(v.allowed());
}

void ImportDescribeImagesDialog::import()
{
    if (!okButton()->isEnabled())
        return;
    const QString account = d->account->currentData().toString();
    const QString region = d->region->currentData().toString();
    const OperationResult r = d->console.run([&](Operations &ops, const OperationContext &ctx) {
        return ops.importDescribeImages(ctx, d->images, account, region);
    });
    if (r.applied()) {
        accept();
        return;
    }
    // Refused by the operation (e.g. an image ID that exists with another owner or region):
    // say why and stay open, so that another account or region can be chosen.
    refusal()->setVerdict(r.verdict);
}

} // namespace cvm::ui

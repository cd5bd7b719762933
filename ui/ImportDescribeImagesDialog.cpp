#include "ImportDescribeImagesDialog.h"

#include "Console.h"
#include "RefusalLabel.h"
#include "RuleText.h"
#include "WorkspaceFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cvm::ui {

struct ImportDescribeImagesDialog::Private
{
    Private(Console &c, const QString &file) : console(c), fileName(file) {}
    Console &console;
    QString fileName;
    QByteArray data;
    QString readError;
    QList<Image> images;
    QList<LoadProblem> problems;
    QLabel *fileLabel = nullptr;
    QLabel *explanation = nullptr;
    QLabel *accountLabel = nullptr;
    QLabel *regionLabel = nullptr;
    QComboBox *account = nullptr;
    QComboBox *region = nullptr;
    QListWidget *problemList = nullptr;
    QTableWidget *preview = nullptr;
    RefusalLabel *refusal = nullptr;
    QDialogButtonBox *buttons = nullptr;
};

ImportDescribeImagesDialog::ImportDescribeImagesDialog(Console &console, const QString &fileName, QWidget *parent)
    : QDialog(parent), d(new Private(console, fileName))
{
    setObjectName(QStringLiteral("importDescribeDialog"));
    resize(820, 520);
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly))
        d->data = file.readAll();
    else
        d->readError = file.errorString();

    auto *layout = new QVBoxLayout(this);
    d->fileLabel = new QLabel(this);
    d->fileLabel->setWordWrap(true);
    layout->addWidget(d->fileLabel);
    d->explanation = new QLabel(this);
    d->explanation->setWordWrap(true);
    layout->addWidget(d->explanation);
    auto *form = new QFormLayout;
    d->account = new QComboBox(this);
    d->account->setObjectName(QStringLiteral("accountCombo"));
    for (const Account &a : console.workspace().accounts())
        d->account->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.accountId), a.accountId);
    d->account->setCurrentIndex(d->account->findData(console.actingAccount()));
    d->region = new QComboBox(this);
    d->region->setObjectName(QStringLiteral("regionCombo"));
    d->accountLabel = new QLabel(this);
    d->regionLabel = new QLabel(this);
    form->addRow(d->accountLabel, d->account);
    form->addRow(d->regionLabel, d->region);
    layout->addLayout(form);
    d->problemList = new QListWidget(this);
    d->problemList->setObjectName(QStringLiteral("problemList"));
    layout->addWidget(d->problemList, 1);
    d->preview = new QTableWidget(this);
    d->preview->setObjectName(QStringLiteral("previewTable"));
    d->preview->setColumnCount(5);
    d->preview->verticalHeader()->hide();
    d->preview->horizontalHeader()->setStretchLastSection(true);
    d->preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(d->preview, 2);
    d->refusal = new RefusalLabel(this);
    layout->addWidget(d->refusal);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(d->buttons);

    connect(d->account, &QComboBox::currentIndexChanged, this, &ImportDescribeImagesDialog::parse);
    connect(d->region, &QComboBox::currentIndexChanged, this, [this] { d->refusal->clearRefusal(); });
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->buttons, &QDialogButtonBox::accepted, this, &ImportDescribeImagesDialog::import);
    retranslate();
}

ImportDescribeImagesDialog::~ImportDescribeImagesDialog() = default;

void ImportDescribeImagesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDescribeImagesDialog::retranslate()
{
    setWindowTitle(tr("Import DescribeImages JSON"));
    d->fileLabel->setText(tr("File: %1").arg(QFileInfo(d->fileName).fileName()));
    d->explanation->setText(tr("The answer of DescribeImages does not say whose images they are or where: choose the "
                               "account that asked and the region it asked in. Its own images become that account's "
                               "custom images; shared images are recorded as shared with it by their creator."));
    d->accountLabel->setText(tr("Account:"));
    d->regionLabel->setText(tr("Region:"));
    const QString region = d->region->currentData().toString();
    d->region->blockSignals(true);
    d->region->clear();
    for (const Region &r : d->console.workspace().regions())
        d->region->addItem(tr("%1 (%2)").arg(RuleText::regionName(&r, r.regionId), r.regionId), r.regionId);
    const int i = d->region->findData(region);
    d->region->setCurrentIndex(i < 0 ? 0 : i);
    d->region->blockSignals(false);
    d->preview->setHorizontalHeaderLabels({tr("Image ID"), tr("Name"), tr("Type"), tr("State"), tr("Operating system")});
    d->buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    d->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    parse();
}

void ImportDescribeImagesDialog::parse()
{
    d->problems.clear();
    d->images.clear();
    d->problemList->clear();
    d->refusal->clearRefusal();
    if (!d->readError.isEmpty()) {
        d->problemList->addItem(tr("Cannot read %1: %2").arg(d->fileName, d->readError));
    } else {
        d->images = WorkspaceFile::parseDescribeImages(d->data, d->account->currentData().toString(), &d->problems);
        for (const LoadProblem &p : std::as_const(d->problems))
            d->problemList->addItem(p.text());
        if (d->problems.isEmpty() && d->images.isEmpty())
            d->problemList->addItem(tr("The file holds no images."));
    }
    d->problemList->setVisible(d->problemList->count() > 0);
    d->preview->setRowCount(int(d->images.size()));
    for (int r = 0; r < d->images.size(); ++r) {
        const Image &img = d->images.at(r);
        const QString type = img.kind == ImageKind::Public ? RuleText::imageTypeName(ImageType::Public)
                             : img.kind == ImageKind::Market ? RuleText::imageTypeName(ImageType::Market)
                             : img.ownerAccountId == d->account->currentData().toString()
                                 ? RuleText::imageTypeName(ImageType::Private)
                                 : RuleText::imageTypeName(ImageType::Shared);
        const QStringList cells{img.imageId, img.imageName, type, RuleText::imageStateName(img.state), img.osName};
        for (int c = 0; c < cells.size(); ++c)
            d->preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    d->buttons->button(QDialogButtonBox::Ok)->setEnabled(d->readError.isEmpty() && d->problems.isEmpty()
                                                        && !d->images.isEmpty());
}

void ImportDescribeImagesDialog::import()
{
    const QString account = d->account->currentData().toString();
    const QString region = d->region->currentData().toString();
    const OperationResult r = d->console.run([&](Operations &ops, const OperationContext &ctx) {
        return ops.importDescribeImages(ctx, d->images, account, region);
    });
    if (r.applied())
        accept();
    else
        d->refusal->setVerdict(r.verdict);
}

} // namespace cvm::ui

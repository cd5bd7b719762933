#include "ImportImageDialog.h"

#include "Console.h"
#include "Icons.h"
#include "ImageFileChecks.h"
#include "ImageFileInspector.h"
#include "ImportOsCatalog.h"
#include "Prompt.h"
#include "RefusalLabel.h"
#include "RefusalText.h"
#include "RemoteImageReader.h"
#include "RuleText.h"
#include "Rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <optional>

namespace cvm::ui {

struct ImportImageDialog::Private
{
    explicit Private(Console &c) : console(c) {}
    Console &console;
    std::optional<ImageFileReport> report;
    QString reportFor; // the location the report describes
    bool reading = false;
    QLabel *permission = nullptr;
    QPushButton *apply = nullptr;
    QFormLayout *form = nullptr;
    QComboBox *region = nullptr;
    QLineEdit *location = nullptr;
    QPushButton *read = nullptr;
    QPushButton *browse = nullptr;
    QListWidget *findings = nullptr;
    QComboBox *osType = nullptr;
    QComboBox *osVersion = nullptr;
    QComboBox *architecture = nullptr;
    QLineEdit *name = nullptr;
    QPlainTextEdit *description = nullptr;
    QCheckBox *force = nullptr;
    QCheckBox *byol = nullptr;
    net::RemoteImageReader *reader = nullptr;

    ImportRequest request() const
    {
        ImportRequest r;
        r.region = region->currentData().toString();
        r.imageName = name->text();
        r.imageDescription = description->toPlainText();
        r.osType = osType->currentData().toString();
        r.osVersion = osVersion->currentData().toString();
        r.architecture = architecture->currentData().toString();
        r.imageUrl = location->text().trimmed();
        r.force = force->isChecked();
        r.licenseType = byol->isChecked() ? LicenseType::Byol : LicenseType::TencentCloud;
        if (report)
            r.file = report->facts();
        return r;
    }
};

ImportImageDialog::ImportImageDialog(Console &console, QWidget *parent)
    : OperationDialog(parent), d(new Private(console))
{
    setObjectName(QStringLiteral("importImageDialog"));
    resize(760, 560);
    const Workspace &ws = console.workspace();
    auto *layout = new QVBoxLayout(this);
    auto *permissionRow = new QHBoxLayout;
    d->permission = new QLabel(this);
    d->permission->setObjectName(QStringLiteral("permissionLabel"));
    d->permission->setWordWrap(true);
    d->apply = new QPushButton(this);
    d->apply->setObjectName(QStringLiteral("applyButton"));
    permissionRow->addWidget(d->permission, 1);
    permissionRow->addWidget(d->apply);
    layout->addLayout(permissionRow);

    d->form = new QFormLayout;
    d->region = new QComboBox(this);
    d->region->setObjectName(QStringLiteral("regionCombo"));
    for (const Region &r : ws.regions()) {
        if (r.isAvailable() && r.supportsImageImport)
            d->region->addItem(QString(), r.regionId);
    }
    auto *fileRow = new QHBoxLayout;
    d->location = new QLineEdit(this);
    d->location->setObjectName(QStringLiteral("imageLocation"));
    d->read = new QPushButton(this);
    d->read->setObjectName(QStringLiteral("readButton"));
    d->browse = new QPushButton(Icons::icon(Icons::Browse), QString(), this);
    d->browse->setObjectName(QStringLiteral("browseButton"));
    fileRow->addWidget(d->location, 1);
    fileRow->addWidget(d->browse);
    fileRow->addWidget(d->read);
    d->findings = new QListWidget(this);
    d->findings->setObjectName(QStringLiteral("findings"));
    d->findings->setMaximumHeight(150);
    d->osType = new QComboBox(this);
    d->osType->setObjectName(QStringLiteral("osType"));
    for (const ImportOsVersion &os : ImportOsCatalog::all())
        d->osType->addItem(os.osName, os.osName);
    d->osVersion = new QComboBox(this);
    d->osVersion->setObjectName(QStringLiteral("osVersion"));
    d->architecture = new QComboBox(this);
    d->architecture->setObjectName(QStringLiteral("architecture"));
    d->name = new QLineEdit(this);
    d->name->setObjectName(QStringLiteral("imageName"));
    d->description = new QPlainTextEdit(this);
    d->description->setObjectName(QStringLiteral("imageDescription"));
    d->description->setMaximumHeight(50);
    d->force = new QCheckBox(this);
    d->force->setObjectName(QStringLiteral("forceImport"));
    d->byol = new QCheckBox(this);
    d->byol->setObjectName(QStringLiteral("byol"));
    d->form->addRow(new QLabel(this), d->region);
    d->form->addRow(new QLabel(this), fileRow);
    d->form->addRow(new QLabel(this), d->findings);
    d->form->addRow(new QLabel(this), d->osType);
    d->form->addRow(new QLabel(this), d->osVersion);
    d->form->addRow(new QLabel(this), d->architecture);
    d->form->addRow(new QLabel(this), d->name);
    d->form->addRow(new QLabel(this), d->description);
    d->form->addRow(QString(), d->force);
    d->form->addRow(QString(), d->byol);
    layout->addLayout(d->form);
    layout->addStretch(1); // the room left goes below the form, not between its rows
    addRefusal(layout);
    addButtons(layout, Dismiss::Cancel, &ImportImageDialog::import);

    d->reader = new net::RemoteImageReader(this);
    connect(d->reader, &net::RemoteImageReader::finished, this, &ImportImageDialog::showReport);
    connect(d->read, &QPushButton::clicked, this, &ImportImageDialog::readFile);
    // A local file is chosen rather than typed; it is read at once.
    connect(d->browse, &QPushButton::clicked, this, [this] {
        const QString file = Prompt::openFileName(
            this, tr("Choose an image file"),
            tr("Image files (*.raw *.img *.vhd *.qcow2 *.vmdk *.iso);;All files (*)"));
        if (file.isEmpty())
            return;
        d->location->setText(QDir::toNativeSeparators(file));
        readFile();
    });
    connect(d->location, &QLineEdit::returnPressed, this, &ImportImageDialog::readFile);
    connect(d->apply, &QPushButton::clicked, this, [this] {
        const OperationResult r = d->console.run([](Operations &ops, const OperationContext &ctx) {
            return ops.applyImportPermission(ctx);
        });
        if (!r.applied())
            refusal()->setVerdict(r.verdict);
        refresh();
    });
    connect(d->osType, &QComboBox::currentIndexChanged, this, [this] {
        fillVersions();
        refresh();
    });
    for (QComboBox *c : {d->region, d->osVersion, d->architecture})
        connect(c, &QComboBox::currentIndexChanged, this, &ImportImageDialog::refresh);
    connect(d->location, &QLineEdit::textChanged, this, &ImportImageDialog::refresh);
    connect(d->name, &QLineEdit::textChanged, this, &ImportImageDialog::refresh);
    connect(d->description, &QPlainTextEdit::textChanged, this, &ImportImageDialog::refresh);
    connect(d->force, &QCheckBox::toggled, this, &ImportImageDialog::refresh);
    fillVersions();
    translateAndRefresh();
}

ImportImageDialog::~ImportImageDialog() = default;

void ImportImageDialog::fillVersions()
{
    const ImportOsVersion *os = ImportOsCatalog::find(d->osType->currentData().toString());
    d->osVersion->blockSignals(true);
    d->architecture->blockSignals(true);
    d->osVersion->clear();
    d->architecture->clear();
    if (os) {
        for (const QString &v : os->osVersions)
            d->osVersion->addItem(v, v);
        for (const QString &a : os->architectures)
            d->architecture->addItem(a, a);
    }
    d->osVersion->blockSignals(false);
    d->architecture->blockSignals(false);
}

void ImportImageDialog::retranslate()
{
    setWindowTitle(tr("Import an image file"));
    const Workspace &ws = d->console.workspace();
    for (int i = 0; i < d->region->count(); ++i) {
        const QString id = d->region->itemData(i).toString();
        d->region->setItemText(i, tr("%1 (%2)").arg(RuleText::regionName(ws.region(id), id), id));
    }
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(d->form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field); // the & marks the shortcut to the field
        }
    };
    label(d->region, tr("&Region:"));
    label(d->findings, tr("What the file says:"));
    label(d->osType, tr("&Operating system:"));
    label(d->osVersion, tr("&Version:"));
    label(d->architecture, tr("&Architecture:"));
    label(d->name, tr("&Name:"));
    label(d->description, tr("&Description:"));
    if (auto *l = qobject_cast<QLabel *>(
            d->form->labelForField(d->form->itemAt(1, QFormLayout::FieldRole)->layout()))) {
        l->setText(tr("Image &file:"));
        l->setBuddy(d->location);
    }
    d->location->setPlaceholderText(
        tr("A local path, or an http:// or https:// address (a COS bucket in the region)"));
    // The hint is read whole, beside the Browse and Read buttons, in either language.
    d->location->setMinimumWidth(
        d->location->fontMetrics().horizontalAdvance(d->location->placeholderText()) + 24);
    d->read->setText(tr("Read the file"));
    d->browse->setText(tr("Browse…"));
    d->browse->setToolTip(tr("Choose an image file on this computer"));
    d->apply->setText(tr("Apply for import permission"));
    d->force->setText(tr("Forced import (no cloud-init; needed for an ISO file)"));
    d->byol->setText(tr("Bring your own licence (BYOL)"));
    okButton()->setText(tr("Import"));
    if (d->report)
        showReport(*d->report);
}

void ImportImageDialog::readFile()
{
    const QString location = d->location->text().trimmed();
    if (location.isEmpty())
        return;
    d->report.reset();
    d->reportFor = location;
    d->findings->clear();
    const QUrl url(location);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        d->reading = true;
        d->findings->addItem(tr("Reading %1…").arg(location));
        d->reader->start(url);
    } else {
        showReport(
            ImageFileInspector::inspectFile(url.isLocalFile() ? url.toLocalFile() : location));
    }
    refresh();
}

void ImportImageDialog::showReport(const ImageFileReport &report)
{
    d->reading = false;
    d->report = report;
    d->findings->clear();
    for (const QString &line : report.describe())
        d->findings->addItem(line);
    for (const ImageFileCheck &c : ImageFileChecks::run(report, d->console.workspace().policy())) {
        auto *item = new QListWidgetItem(
            tr("%1 %2").arg(c.passed ? QStringLiteral("✓") : QStringLiteral("✗"), c.text),
            d->findings);
        if (!c.passed)
            item->setForeground(kRefusalColor);
    }
    if (report.format == QLatin1String("ISO"))
        d->force->setChecked(true);
    refresh();
}

void ImportImageDialog::refresh()
{
    const Workspace &ws = d->console.workspace();
    const QString acting = d->console.actingAccount();
    const Account *me = ws.account(acting);
    const bool permitted = me && me->canImportImages;
    d->permission->setText(
        permitted
            ? tr("Account %1 has been granted import permission.").arg(acting)
            : tr("%1 has not been granted import permission yet: apply for it first.").arg(acting));
    d->apply->setVisible(!permitted);
    const QString location = d->location->text().trimmed();
    const bool current = d->report && d->reportFor == location;
    Verdict v = Rules::checkImport(ws, acting, d->request());
    // A name not typed yet is not an error to show in red; OK stays disabled all the same.
    const QList<Violation> shown =
        RefusalText::withoutUntouched(v.violations, {{QStringLiteral("ImageName"), d->name}});
    if (!current) {
        QList<Violation> others;
        for (const Violation &x : shown) {
            if (!x.is(Rule::P2) ||
                x.code == codes::InvalidParameterInvalidParameterUrlError ||
                x.code == codes::RegionAbilityLimitUnsupportedToImportImage)
                others.append(x);
        }
        refusal()->setViolations(others);
        if (!location.isEmpty() && others.isEmpty())
            refusal()->setMessage(d->reading ? tr("Reading the file…")
                                             : tr("Read the file to check it."));
    } else if (!d->report->readable()) {
        refusal()->setMessage(tr("The file cannot be read: %1").arg(d->report->detail));
    } else {
        refusal()->setViolations(shown);
    }
    const bool fileOk = current && d->report->readable() &&
                        (d->report->status == ImageFileReport::Status::Supported);
    okButton()->setEnabled(fileOk && v.allowed());
}

void ImportImageDialog::import()
{
    const ImportRequest r = d->request();
    const OperationResult result = d->console.run(
        [&](Operations &ops, const OperationContext &ctx) { return ops.importImage(ctx, r); });
    if (result.applied())
        accept();
    else
        refusal()->setVerdict(result.verdict);
}

} // namespace cvm::ui

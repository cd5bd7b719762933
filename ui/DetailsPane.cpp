#include "DetailsPane.h"

#include "Console.h"
#include "Retranslator.h"
#include "RuleText.h"
#include "Rules.h"
#include "ViewFitting.h"

#include <QCollator>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cvm::ui {
namespace {

QTableWidget *makeTable(QWidget *parent, const char *name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString localTime(const QDateTime &t)
{
    return RuleText::timeText(t);
}

} // namespace

DetailsPane::DetailsPane(Console &console, QWidget *parent) : QTabWidget(parent), m_console(console)
{
    setObjectName(QStringLiteral("detailsPane"));
    m_overview = new QTreeWidget(this);
    m_overview->setObjectName(QStringLiteral("overviewTree"));
    m_overview->setColumnCount(2);
    m_overview->setHeaderHidden(true);
    m_overview->setRootIsDecorated(false);
    m_overview->setSelectionMode(QAbstractItemView::NoSelection);
    keepRowsFitting(m_overview, {1}); // long values wrap at the pane's width

    auto *sharingPage = new QWidget(this);
    auto *sharingLayout = new QVBoxLayout(sharingPage);
    m_sharingNote = new QLabel(sharingPage);
    m_sharingNote->setObjectName(QStringLiteral("sharingNote"));
    m_sharingNote->setWordWrap(true);
    m_shares = makeTable(sharingPage, "shareTable");
    m_shares->setColumnCount(3);
    sharingLayout->addWidget(m_sharingNote);
    sharingLayout->addWidget(m_shares);

    m_lineage = new QTreeWidget(this);
    m_lineage->setObjectName(QStringLiteral("lineageTree"));
    m_lineage->setColumnCount(3);
    m_instances = makeTable(this, "instanceTable");
    m_instances->setColumnCount(5);
    m_history = makeTable(this, "historyTable");
    m_history->setColumnCount(4);

    addTab(m_overview, QString());
    addTab(sharingPage, QString());
    addTab(m_lineage, QString());
    addTab(m_instances, QString());
    addTab(m_history, QString());
    CVM_RETRANSLATE_SLOT(&DetailsPane::retranslate);
}

void DetailsPane::retranslate()
{
    setTabText(0, tr("Overview"));
    setTabText(1, tr("Sharing"));
    setTabText(2, tr("Copies and lineage"));
    setTabText(3, tr("Instances"));
    setTabText(4, tr("History"));
    m_shares->setHorizontalHeaderLabels({tr("Account ID"), tr("Account name"), tr("Shared since")});
    m_lineage->setHeaderLabels({tr("Image"), tr("Region"), tr("State")});
    m_instances->setHorizontalHeaderLabels(
        {tr("Instance ID"), tr("Name"), tr("Zone"), tr("Operating system"), tr("State")});
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("Account"), tr("Action"), tr("Outcome")});
    refresh();
}

void DetailsPane::showImage(const QString &imageId)
{
    m_imageId = imageId;
    refresh();
}

void DetailsPane::refresh()
{
    fillOverview();
    fillSharing();
    fillLineage();
    fillInstances();
    fillHistory();
}

void DetailsPane::fillOverview()
{
    m_overview->clear();
    const Workspace &ws = m_console.workspace();
    const Image *img = ws.image(m_imageId);
    const QString acting = m_console.actingAccount();
    if (!img || !Rules::isVisible(*img, acting)) {
        auto *placeholder =
            new QTreeWidgetItem(m_overview, {tr("Select an image to see its details.")});
        placeholder->setFirstColumnSpanned(true);
        return;
    }
    const QLocale locale;
    auto row = [this](const QString &label, const QString &value) {
        auto *item = new QTreeWidgetItem(m_overview, {label, value});
        item->setToolTip(1, value);
    };
    const auto type = Rules::typeFor(*img, acting);
    row(tr("Image ID"), img->imageId);
    row(tr("Name"), img->imageName);
    row(tr("Description"), img->imageDescription.isEmpty() ? tr("(none)") : img->imageDescription);
    row(tr("Type"), type ? RuleText::imageTypeName(*type) : QString());
    QString state = RuleText::imageStateName(img->state);
    if (img->syncPercent && isTransitional(img->state))
        state = tr("%1, %2% done").arg(state, locale.toString(*img->syncPercent));
    row(tr("State"), state);
    if (!img->failureReason.isEmpty()) {
        QStringList lines{RuleText::importFailureText(img->failureReason)};
        for (const QString &k : img->failedChecks) {
            if (const auto c = windowsCheckFromKey(k))
                lines.append(QStringLiteral("• ") + RuleText::windowsCheckName(*c));
        }
        row(tr("Reason"), lines.join(QLatin1Char('\n')));
    }
    row(tr("Operating system"), img->osName);
    row(tr("Platform"), img->platform);
    row(tr("Architecture"), img->architecture);
    row(tr("Size"), tr("%1 GiB").arg(locale.toString(img->imageSize)));
    row(tr("Region"),
        tr("%1 (%2)").arg(RuleText::regionName(ws.region(img->region), img->region), img->region));
    row(tr("Owner"), img->isCustom() ? tr("%1 (%2)").arg(ws.accountName(img->ownerAccountId),
                                                         img->ownerAccountId)
                                     : tr("Tencent Cloud"));
    row(tr("Created"), localTime(img->createdTime));
    QString source;
    switch (img->source) {
    case ImageSource::Official:
        source = tr("Official image");
        break;
    case ImageSource::CreateImage:
        source = tr("Created from an instance");
        break;
    case ImageSource::ExternalImport:
        source = tr("Imported from an image file");
        break;
    }
    row(tr("Source"), source);
    row(tr("Licence"), img->licenseType == LicenseType::Byol ? tr("Bring your own licence (BYOL)")
                                                             : tr("Tencent Cloud"));
    row(tr("Encrypted"), img->encrypted ? tr("Yes") : tr("No"));
    row(tr("cloud-init"), img->isSupportCloudinit ? tr("Supported") : tr("Not supported"));
    QStringList snaps;
    for (const SnapshotRef &s : img->snapshots)
        snaps.append(tr("%1 (%2 GiB)").arg(s.snapshotId, locale.toString(s.diskSize)));
    row(tr("Snapshots"), snaps.isEmpty() ? tr("(none)") : snaps.join(QStringLiteral(", ")));
    m_overview->resizeColumnToContents(0);
}

void DetailsPane::fillSharing()
{
    const Workspace &ws = m_console.workspace();
    const Image *img = ws.image(m_imageId);
    const QString acting = m_console.actingAccount();
    m_shares->setRowCount(0);
    if (!img || !Rules::isVisible(*img, acting) || !img->isCustom()) {
        m_sharingNote->setText(img && !img->isCustom()
                                   ? tr("Public and marketplace images are not shared.")
                                   : QString());
        return;
    }
    if (img->ownerAccountId != acting) {
        m_sharingNote->setText(tr("Shared with you by %1 (%2). Only the owner sees the share list.")
                                   .arg(ws.accountName(img->ownerAccountId), img->ownerAccountId));
        return;
    }
    const QLocale locale;
    m_sharingNote->setText(tr("Shared with %1 of at most %2 accounts.")
                               .arg(locale.toString(int(img->shares.size())),
                                    locale.toString(ws.policy().shareLimit)));
    m_shares->setRowCount(int(img->shares.size()));
    for (int i = 0; i < img->shares.size(); ++i) {
        const ShareEntry &s = img->shares.at(i);
        setRow(m_shares, i, {s.accountId, ws.accountName(s.accountId), localTime(s.createdTime)});
    }
    fitColumns(m_shares);
}

void DetailsPane::fillLineage()
{
    m_lineage->clear();
    const Workspace &ws = m_console.workspace();
    const Image *img = ws.image(m_imageId);
    const QString acting = m_console.actingAccount();
    if (!img || !Rules::isVisible(*img, acting))
        return;
    auto item = [&](QTreeWidgetItem *parent, const Image &i, const QString &label) {
        auto *it = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_lineage);
        it->setText(0, label.isEmpty() ? QStringLiteral("%1 — %2").arg(i.imageId, i.imageName)
                                       : label);
        it->setText(1, RuleText::regionName(ws.region(i.region), i.region));
        it->setText(2, RuleText::imageStateName(i.state));
        it->setData(0, Qt::UserRole, i.imageId);
        return it;
    };
    // The chain of sources up to the original, as far as the account can see it.
    QTreeWidgetItem *top = nullptr;
    QList<const Image *> chain;
    QSet<QString> seen{img->imageId};
    for (const Image *cur = img; !cur->sourceImageId.isEmpty();) {
        const Image *src = ws.image(cur->sourceImageId);
        if (!src || seen.contains(src->imageId))
            break;
        seen.insert(src->imageId);
        if (Rules::isVisible(*src, acting))
            chain.prepend(src);
        cur = src;
    }
    if (chain.isEmpty() && !img->sourceImageId.isEmpty()) {
        top = new QTreeWidgetItem(m_lineage);
        top->setText(0, tr("Copied from %1 in %2").arg(img->sourceImageId, img->sourceRegion));
    }
    for (const Image *src : std::as_const(chain))
        top = item(top, *src, tr("%1 — %2 (source)").arg(src->imageId, src->imageName));
    QTreeWidgetItem *self =
        item(top, *img, tr("%1 — %2 (this image)").arg(img->imageId, img->imageName));
    QStringList copies = ws.copiesOf(img->imageId).values();
    std::sort(copies.begin(), copies.end());
    for (const QString &id : std::as_const(copies)) {
        const Image *c = ws.image(id);
        if (c && Rules::isVisible(*c, acting))
            item(self, *c, QString());
    }
    m_lineage->expandAll();
    fitColumns(m_lineage);
}

void DetailsPane::fillInstances()
{
    const Workspace &ws = m_console.workspace();
    const QString acting = m_console.actingAccount();
    QStringList ids;
    for (const QString &id : ws.instancesUsing(m_imageId)) {
        if (ws.instance(id)->ownerAccountId == acting)
            ids.append(id);
    }
    // In the order they were launched; one launch of several (same time) by their names'
    // numbers, "web-2" before "web-10".
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        const Instance *x = ws.instance(a);
        const Instance *y = ws.instance(b);
        if (x->createdTime != y->createdTime)
            return x->createdTime < y->createdTime;
        if (const int c = collator.compare(x->instanceName, y->instanceName))
            return c < 0;
        return a < b;
    });
    m_instances->setRowCount(int(ids.size()));
    for (int i = 0; i < ids.size(); ++i) {
        const Instance *inst = ws.instance(ids.at(i));
        setRow(
            m_instances, i,
            {inst->instanceId, inst->instanceName, inst->zone, inst->osName, RuleText::instanceStateName(inst->instanceState)});
    }
    fitColumns(m_instances);
}

void DetailsPane::fillHistory()
{
    const Workspace &ws = m_console.workspace();
    const QString acting = m_console.actingAccount();
    QList<int> entries;
    for (int index : ws.journalForImage(m_imageId)) {
        if (ws.journal().at(index).accountId == acting)
            entries.append(index);
    }
    m_history->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const JournalEntry &e = ws.journal().at(entries.at(entries.size() - 1 - r)); // newest first
        QStringList codes;
        for (const JournalError &x : e.errors)
            codes.append(x.code);
        setRow(m_history, r,
               {localTime(e.time), e.accountId, e.action,
                e.success ? tr("Succeeded")
                          : tr("Refused: %1").arg(codes.join(QStringLiteral(", ")))});
    }
    fitColumns(m_history);
}

} // namespace cvm::ui

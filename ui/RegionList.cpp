#include "RegionList.h"

#include "Console.h"
#include "RuleText.h"
#include "Rules.h"
#include "ViewFitting.h"

#include <QLocale>

namespace cvm::ui {

RegionList::RegionList(Console &console, QWidget *parent) : QListWidget(parent), m_console(console)
{
    setObjectName(QStringLiteral("regionList"));
    setSpacing(2);
    wrapItems(this); // a narrow pane wraps the counts of each type rather than cutting them
    connect(this, &QListWidget::currentRowChanged, this,
            [this] { Q_EMIT regionChanged(currentRegion()); });
}

QString RegionList::currentRegion() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
}

void RegionList::selectRegion(const QString &regionId)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == regionId) {
            setCurrentRow(i);
            return;
        }
    }
}

bool RegionList::countsChange(const WorkspaceDelta &delta)
{
    for (const auto &c : delta.images) {
        if (!c.before || !c.after)
            return true;
        const Image &a = *c.before;
        const Image &b = *c.after;
        if (a.region != b.region || a.kind != b.kind || a.ownerAccountId != b.ownerAccountId ||
            a.shares != b.shares)
            return true;
    }
    return false;
}

void RegionList::refresh()
{
    const Workspace &ws = m_console.workspace();
    const QString acting = m_console.actingAccount();
    const QString current = currentRegion();
    QHash<QString, QHash<int, int>> counts;
    int total = 0;
    for (const QString &id : Rules::visibleImageIds(ws, acting)) {
        const Image *img = ws.image(id);
        ++counts[img->region][int(*Rules::typeFor(*img, acting))];
        ++total;
    }
    const QLocale locale;
    auto breakdown = [&](const QHash<int, int> &c) {
        QStringList parts;
        for (ImageType t :
             {ImageType::Private, ImageType::Shared, ImageType::Public, ImageType::Market}) {
            if (c.value(int(t))) {
                // Lines break between the types, not inside one.
                QString part =
                    tr("%1: %2").arg(RuleText::imageTypeName(t), locale.toString(c.value(int(t))));
                parts.append(part.replace(QLatin1Char(' '), QChar::Nbsp));
            }
        }
        return parts.join(QStringLiteral(" · "));
    };
    blockSignals(true);
    clear();
    auto *all = new QListWidgetItem(tr("All regions (%1)").arg(locale.toString(total)), this);
    all->setData(Qt::UserRole, QString());
    for (const Region &r : ws.regions()) {
        const QHash<int, int> c = counts.value(r.regionId);
        int n = 0;
        for (int v : c)
            n += v;
        QString text = tr("%1 (%2)").arg(RuleText::regionName(&r, r.regionId), locale.toString(n));
        if (!r.isAvailable())
            text = tr("%1 — unavailable").arg(text);
        const QString details = breakdown(c);
        if (!details.isEmpty())
            text = tr("%1\n%2").arg(text, details); // the count of each type, on a second line
        auto *it = new QListWidgetItem(text, this);
        it->setData(Qt::UserRole, r.regionId);
        it->setToolTip(r.regionId);
    }
    int row = 0;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == current)
            row = i;
    }
    setCurrentRow(row);
    blockSignals(false);
}

} // namespace cvm::ui

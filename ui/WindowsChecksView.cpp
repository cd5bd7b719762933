#include "WindowsChecksView.h"

#include "Retranslator.h"
#include "RuleText.h"
#include "ViewFitting.h"

#include <QHeaderView>
#include <QResizeEvent>

namespace cvm::ui {

WindowsChecksView::WindowsChecksView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("windowsChecks"));
    setColumnCount(3);
    setRootIsDecorated(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    // The check and what to do wrap in their columns; nothing runs past the right edge.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    keepRowsFitting(this, {0, 2}); // the check and what to do
    connect(this, &QTreeWidget::itemExpanded, this, [this] { m_servicesExpanded = true; });
    connect(this, &QTreeWidget::itemCollapsed, this, [this] { m_servicesExpanded = false; });
    CVM_RETRANSLATE_SLOT(&WindowsChecksView::fill);
}

void WindowsChecksView::setChecks(const WindowsChecks &checks)
{
    // Dialogs refresh on every keystroke: the same checks leave the view (and its open row) alone.
    if (m_filled && checks == m_checks)
        return;
    m_checks = checks;
    m_servicesExpanded = !checks.passes(WindowsCheck::AgentServices);
    fill();
}

void WindowsChecksView::setFailed(const QStringList &checkKeys)
{
    WindowsChecks checks;
    for (const QString &k : checkKeys) {
        if (const auto c = windowsCheckFromKey(k))
            checks.set(*c, false);
    }
    setChecks(checks);
}

void WindowsChecksView::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    setColumnWidth(0, viewport()->width() * 9 / 20);
}

void WindowsChecksView::fill()
{
    m_filled = true;
    const QSignalBlocker quiet(this); // filling is not the operator opening or closing a row
    setHeaderLabels({tr("Check"), tr("Result"), tr("What to do")});
    clear();
    for (WindowsCheck c : allWindowsChecks()) {
        const bool pass = m_checks.passes(c);
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, Qt::UserRole, windowsCheckKey(c));
        item->setText(0, RuleText::windowsCheckName(c));
        item->setText(1, pass ? tr("Passed") : tr("Failed"));
        item->setForeground(1, pass ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
        item->setText(2, pass ? QString() : RuleText::windowsCheckFix(c));
        item->setToolTip(0, item->text(0));
        item->setToolTip(2, item->text(2));
        if (c == WindowsCheck::AgentServices) {
            // The seed's table of the official agent services.
            const QList<QStringList> services{
                {QStringLiteral("QcloudService.exe"), QStringLiteral("C:\\Windows\\"),
                 QStringLiteral("Qcloud service")},
                {QStringLiteral("WinAgent.exe"), QStringLiteral("C:\\WinAgent\\"),
                 QStringLiteral("WinAgent Display Name")},
                {QStringLiteral("win-agent.exe"), QStringLiteral("C:\\win-agent\\"),
                 QStringLiteral("win-agent")},
            };
            // One line each, across the columns: a location in the narrow Result column was cut.
            for (const QStringList &s : services) {
                auto *child = new QTreeWidgetItem(item);
                child->setFirstColumnSpanned(true);
                child->setText(
                    0, tr("Program %1 in %2, service \"%3\"").arg(s.at(0), s.at(1), s.at(2)));
            }
            auto *rest = new QTreeWidgetItem(item);
            rest->setFirstColumnSpanned(true);
            rest->setText(0, tr("Every official service whose name starts with Win_Agent"));
            item->setExpanded(m_servicesExpanded);
        }
    }
}

} // namespace cvm::ui

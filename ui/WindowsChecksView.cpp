#include "WindowsChecksView.h"

#include "RuleText.h"

#include <QEvent>
#include <QHeaderView>

namespace cvm::ui {

WindowsChecksView::WindowsChecksView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("windowsChecks"));
    setColumnCount(3);
    setRootIsDecorated(true);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setStretchLastSection(true);
    fill();
}

void WindowsChecksView::setChecks(const WindowsChecks &checks)
{
    m_checks = checks;
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

void WindowsChecksView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QTreeWidget::changeEvent(event);
}

void WindowsChecksView::fill()
{
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
            for (const QStringList &s : services) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, tr("Program %1").arg(s.at(0)));
                child->setText(1, tr("in %1").arg(s.at(1)));
                child->setText(2, tr("service \"%1\"").arg(s.at(2)));
            }
            auto *rest = new QTreeWidgetItem(item);
            rest->setText(0, tr("Every official service whose name starts with Win_Agent"));
            item->setExpanded(!pass);
        }
    }
    resizeColumnToContents(1);
    setColumnWidth(0, 420);
}

} // namespace cvm::ui

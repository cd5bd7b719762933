#pragma once

#include "Records.h"

#include <QTreeWidget>

namespace cvm::ui {

// The four Windows checks of the seed FAQ with pass or fail, what to do about a failing one,
// and the agent services' table (program, installation location, service name).
class WindowsChecksView final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit WindowsChecksView(QWidget *parent = nullptr);
    void setChecks(const WindowsChecks &checks);
    // Only these checks, as failed (a failed image's reason).
    void setFailed(const QStringList &checkKeys);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill();

    WindowsChecks m_checks;
    bool m_filled = false;
    // The agent services' row is open while that check fails, until the operator opens or closes
    // it: then it stays as the operator left it.
    bool m_servicesExpanded = false;
};

} // namespace cvm::ui

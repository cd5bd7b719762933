#pragma once

#include "WorkspaceDelta.h"

#include <QListWidget>

namespace cvm::ui {

class Console;

// The regions with the number of images the acting account sees in each (by type in the
// tooltip), and "All regions" first.
class RegionList final : public QListWidget
{
    Q_OBJECT

public:
    explicit RegionList(Console &console, QWidget *parent = nullptr);

    QString currentRegion() const;
    void selectRegion(const QString &regionId);
    void refresh();
    // Whether a change can alter the counts of any account: an image added or removed, or
    // moved, made public, given another owner or shared differently. A copy's progress cannot.
    static bool countsChange(const WorkspaceDelta &delta);

Q_SIGNALS:
    void regionChanged(const QString &regionId);

private:
    Console &m_console;
};

} // namespace cvm::ui

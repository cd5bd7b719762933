#pragma once

#include <QStringList>

namespace cvm::ui {

// The workspace files opened or saved last, newest first, remembered between runs.
class RecentFiles final
{
public:
    static constexpr int kMax = 8;
    static QStringList list();
    static void add(const QString &fileName);
};

} // namespace cvm::ui

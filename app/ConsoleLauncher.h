#pragma once

#include <QString>

namespace launcher {

// The language chosen in an earlier run, or the system's.
QString savedLanguage();
// Opens the console on `workspace` (the sample when empty); with `screenshot`, renders the
// window (or `dialog` over it) to that PNG and returns.
int run(const QString &workspace, const QString &screenshot, const QString &dialog,
        const QString &actingAs);

} // namespace launcher

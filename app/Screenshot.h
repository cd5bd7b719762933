#pragma once

#include <QString>

namespace cvm::ui {
class MainWindow;
}

// `imageconsole --screenshot FILE.png [--dialog NAME]`: renders the window, or the named
// dialog opened on a sensible selection over it, to a PNG. Returns the exit code.
int renderScreenshot(cvm::ui::MainWindow &window, const QString &fileName, const QString &dialog);

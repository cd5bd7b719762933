#include "ConsoleLauncher.h"

#include "LanguageManager.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "Session.h"
#include "WorkspaceFile.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace launcher {

QString savedLanguage()
{
    return cvm::ui::LanguageManager::savedLanguage();
}

int run(const QString &workspace, const QString &screenshot, const QString &dialog,
        const QString &actingAs)
{
    if (!screenshot.isEmpty()) {
        // A screenshot shows the console as it opens the first time, whatever was remembered.
        QCoreApplication::setApplicationName(QStringLiteral("imageconsole-screenshot"));
        QSettings().clear();
    }
    cvm::LoadResult loaded;
    if (workspace.isEmpty()) {
        QFile sample(QStringLiteral(":/sample/sample-workspace.json"));
        sample.open(QIODevice::ReadOnly);
        loaded = cvm::WorkspaceFile::fromJson(sample.readAll());
    } else {
        loaded = cvm::WorkspaceFile::load(workspace);
    }
    if (!loaded.ok()) {
        const QString text = QCoreApplication::translate(
                                 "Launcher", "%1 could not be opened and was left as it is:\n%2")
                                 .arg(workspace.isEmpty() ? QStringLiteral("sample") : workspace,
                                      loaded.errorText());
        QTextStream(stderr) << text << '\n';
        if (screenshot.isEmpty())
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("Launcher", "Cannot open workspace"), text);
        return 2;
    }
    auto *window = new cvm::ui::MainWindow(
        std::make_unique<cvm::ui::Session>(std::move(loaded.workspace), workspace));
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!actingAs.isEmpty())
        window->setActingAccount(actingAs);
    window->show();
    if (!screenshot.isEmpty()) {
        // For the benchmark: the window is populated and its image table has painted once
        // (what follows, the workspace check, the picture, which waits for the views to settle,
        // and closing, is no part of opening).
        if (qEnvironmentVariableIsSet("IMAGECONSOLE_REPORT_OPEN")) {
            QEventLoop painted;
            QObject::connect(window, &cvm::ui::MainWindow::firstPainted, &painted, [&painted] {
                QTextStream(stdout) << "opened" << Qt::endl;
                painted.quit();
            });
            // A window that never paints is reported by saying nothing, not by waiting forever.
            QTimer::singleShot(60000, &painted, &QEventLoop::quit);
            painted.exec();
        }
        const int code = renderScreenshot(*window, screenshot, dialog);
        window->console()
            .markSaved(); // nothing to ask: the screenshot changed nothing worth saving
        window->close();
        return code;
    }
    return QApplication::exec();
}

} // namespace launcher

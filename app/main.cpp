#include "CheckCommand.h"
#include "CloudCommand.h"
#include "CommandLine.h"
#include "ConsoleLauncher.h"
#include "GenerateCommand.h"
#include "InspectCommand.h"
#include "Language.h"
#include "ServeCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <cstring>
#include <memory>

namespace {

// `check`, `--help` and `--version` need no display; everything else opens windows.
bool needsGui(int argc, char **argv)
{
    static const char *const withValue[] = {"--lang",   "--screenshot", "--dialog",  "--as",
                                            "--images", "--accounts",   "--regions", "--seed",
                                            "--listen", "--credentials", "--time-scale",
                                            "--faults", "--profile", "--account", "--endpoint",
                                            "--rate", "--concurrency", "--ca-file"};
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0 ||
            std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0)
            return false;
        bool skipValue = false;
        for (const char *option : withValue)
            skipValue = skipValue || std::strcmp(a, option) == 0;
        if (skipValue) {
            ++i;
            continue;
        }
        if (a[0] != '-') // the first positional argument is the command or the workspace
            return std::strcmp(a, "check") != 0 && std::strcmp(a, "inspect") != 0 &&
                   std::strcmp(a, "generate") != 0 && std::strcmp(a, "serve") != 0 &&
                   std::strcmp(a, "pull") != 0 && std::strcmp(a, "plan") != 0 &&
                   std::strcmp(a, "apply") != 0;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CVM Image Console"));
    QCoreApplication::setApplicationName(QStringLiteral("imageconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMAGECONSOLE_VERSION));

    // The language first, so that even the help text is in it.
    QString lang;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0)
            lang = QString::fromLocal8Bit(argv[i + 1]);
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            lang = QString::fromLocal8Bit(argv[i] + 7);
    }
    if (!cvm::Language::supported().contains(lang))
        lang = needsGui(argc, argv) ? launcher::savedLanguage() : cvm::Language::systemDefault();
    cvm::Language::apply(lang);

    const CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (cl.mode) {
    case CommandLine::Mode::Error:
        err << cl.error << '\n';
        return 2;
    case CommandLine::Mode::Help:
        out << cl.helpText;
        return 0;
    case CommandLine::Mode::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return 0;
    case CommandLine::Mode::Check:
        return runCheck(cl.workspace);
    case CommandLine::Mode::Inspect:
        return runInspect(cl.workspace);
    case CommandLine::Mode::Serve:
        return runServe(cl);
    case CommandLine::Mode::Pull:
        return runPull(cl);
    case CommandLine::Mode::Plan:
        return runPlan(cl);
    case CommandLine::Mode::Apply:
        return runApply(cl);
    case CommandLine::Mode::Generate:
        return runGenerate(cl.workspace, cl.images, cl.accounts, cl.regions, cl.seed);
    case CommandLine::Mode::Gui:
        break;
    }
    return launcher::run(cl.workspace, cl.screenshot, cl.dialog, cl.actingAs);
}

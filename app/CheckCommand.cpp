#include "CheckCommand.h"

#include "RuleText.h"
#include "WorkspaceFile.h"
#include "WorkspaceLint.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

int runCheck(const QString &fileName)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const cvm::LoadResult loaded = cvm::WorkspaceFile::load(fileName);
    if (!loaded.ok()) {
        err << QCoreApplication::translate("CheckCommand", "%1 cannot be opened:").arg(fileName)
            << '\n';
        err << loaded.errorText() << '\n';
        return 2;
    }
    const QList<cvm::Violation> findings = cvm::WorkspaceLint::run(*loaded.workspace);
    if (findings.isEmpty()) {
        out << QCoreApplication::translate("CheckCommand", "%1: no problems found.").arg(fileName)
            << '\n';
        return 0;
    }
    out << QCoreApplication::translate("CheckCommand", "%1: %Ln problem(s) found.", nullptr,
                                       int(findings.size()))
               .arg(fileName)
        << '\n';
    for (const cvm::Violation &v : findings) {
        out << QStringLiteral("[%1 %2] %3: %4\n")
                   .arg(v.rule, v.code, v.items.join(QStringLiteral(", ")),
                        cvm::RuleText::message(v));
    }
    return 1;
}

#include "GenerateCommand.h"

#include "WorkspaceFile.h"
#include "WorkspaceGenerator.h"

#include <QCoreApplication>
#include <QTextStream>

int runGenerate(const QString &fileName, int images, int accounts, int regions, quint32 seed)
{
    QTextStream err(stderr);
    const cvm::LoadResult generated = cvm::WorkspaceFile::fromObject(
        cvm::WorkspaceGenerator::generate({images, accounts, regions, seed}));
    if (!generated.ok()) {
        err << generated.errorText() << '\n';
        return 2;
    }
    QString error;
    if (!cvm::WorkspaceFile::save(*generated.workspace, fileName, &error)) {
        err << QCoreApplication::translate("GenerateCommand", "Cannot write %1: %2")
                   .arg(fileName, error)
            << '\n';
        return 2;
    }
    QTextStream(stdout) << QCoreApplication::translate("GenerateCommand", "%1: %2 images written.")
                               .arg(fileName)
                               .arg(generated.workspace->imageCount())
                        << '\n';
    return 0;
}

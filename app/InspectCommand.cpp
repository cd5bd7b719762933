#include "InspectCommand.h"

#include "ImageFileChecks.h"
#include "RemoteImageReader.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

int runInspect(const QString &pathOrUrl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QUrl url(pathOrUrl);
    const bool remote =
        url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    const cvm::ImageFileReport report = remote ? cvm::net::RemoteImageReader::readBlocking(url)
                                               : cvm::ImageFileInspector::inspectFile(pathOrUrl);
    if (!report.readable()) {
        err << QCoreApplication::translate("InspectCommand", "%1 cannot be read: %2")
                   .arg(pathOrUrl, report.detail)
            << '\n';
        return 2;
    }
    out << pathOrUrl << '\n';
    for (const QString &line : report.describe())
        out << "  " << line << '\n';
    const QList<cvm::ImageFileCheck> checks = cvm::ImageFileChecks::run(report, cvm::Policy{});
    for (const cvm::ImageFileCheck &c : checks)
        out << "  [" << (c.passed ? QStringLiteral("ok") : QStringLiteral("FAIL")) << "] " << c.text
            << '\n';
    return report.status == cvm::ImageFileReport::Status::Supported &&
                   cvm::ImageFileChecks::allPassed(checks)
               ? 0
               : 1;
}

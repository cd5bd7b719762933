#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cvm {

struct ImportOsVersion
{
    QString osName;
    QStringList osVersions;
    QStringList architectures;
    bool windows = false;
};

// The operating systems ImportImage accepts, as DescribeImportImageOs lists them.
class ImportOsCatalog final
{
public:
    static const QList<ImportOsVersion> &all();
    static const ImportOsVersion *find(const QString &osName);
    static QStringList linuxNames();
    static QStringList windowsNames();
    // Image.Architecture for an ImportImage architecture (arm_64 is stored as arm).
    static QString imageArchitecture(const QString &importArchitecture);
};

} // namespace cvm

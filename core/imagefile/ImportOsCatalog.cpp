#include "ImportOsCatalog.h"

namespace cvm {

const QList<ImportOsVersion> &ImportOsCatalog::all()
{
    static const QList<ImportOsVersion> list = [] {
        const QStringList x86 = {QStringLiteral("x86_64"), QStringLiteral("i386")};
        const QStringList x64arm = {QStringLiteral("x86_64"), QStringLiteral("arm_64")};
        const QStringList all3 = {QStringLiteral("x86_64"), QStringLiteral("i386"),
                                  QStringLiteral("arm_64")};
        const QStringList x64 = {QStringLiteral("x86_64")};
        const QStringList dash = {QStringLiteral("-")};
        auto v = [](std::initializer_list<const char *> l) {
            QStringList out;
            for (const char *s : l)
                out.append(QString::fromLatin1(s));
            return out;
        };
        return QList<ImportOsVersion>{
            {QStringLiteral("CentOS"), v({"6", "7", "8"}), x86, false},
            {QStringLiteral("CentOS Stream"), v({"8", "9"}), x64arm, false},
            {QStringLiteral("Ubuntu"), v({"14", "16", "18", "20", "22", "24"}), all3, false},
            {QStringLiteral("Debian"), v({"8", "9", "10", "11", "12"}), all3, false},
            {QStringLiteral("OpenSUSE"), dash, x64, false},
            {QStringLiteral("SUSE"), dash, x64, false},
            {QStringLiteral("CoreOS"), dash, x64, false},
            {QStringLiteral("FreeBSD"), dash, x64, false},
            {QStringLiteral("TencentOS"), v({"2", "3"}), x64arm, false},
            {QStringLiteral("Fedora"), dash, x64, false},
            {QStringLiteral("AlmaLinux"), v({"8", "9"}), x64arm, false},
            {QStringLiteral("Rocky Linux"), v({"8", "9"}), x64arm, false},
            {QStringLiteral("Other Linux"), dash, all3, false},
            {QStringLiteral("Windows Server 2008"), dash, x64, true},
            {QStringLiteral("Windows Server 2012"), dash, x64, true},
            {QStringLiteral("Windows Server 2016"), dash, x64, true},
            {QStringLiteral("Windows Server 2019"), dash, x64, true},
            {QStringLiteral("Windows Server 2022"), dash, x64, true},
        };
    }();
    return list;
}

const ImportOsVersion *ImportOsCatalog::find(const QString &osName)
{
    for (const ImportOsVersion &v : all()) {
        if (v.osName == osName)
            return &v;
    }
    return nullptr;
}

QStringList ImportOsCatalog::linuxNames()
{
    QStringList out;
    for (const ImportOsVersion &v : all()) {
        if (!v.windows)
            out.append(v.osName);
    }
    return out;
}

QStringList ImportOsCatalog::windowsNames()
{
    QStringList out;
    for (const ImportOsVersion &v : all()) {
        if (v.windows)
            out.append(v.osName);
    }
    return out;
}

QString ImportOsCatalog::imageArchitecture(const QString &importArchitecture)
{
    return importArchitecture == QLatin1String("arm_64") ? QStringLiteral("arm")
                                                         : importArchitecture;
}

} // namespace cvm

#include "InstanceTypeCatalog.h"

#include <QHash>
#include <QRegularExpression>

namespace cvm {

bool InstanceTypeInfo::runs(const QString &imageArchitecture) const
{
    if (architecture == QLatin1String("arm"))
        return imageArchitecture == QLatin1String("arm");
    return imageArchitecture == QLatin1String("x86_64") ||
           imageArchitecture == QLatin1String("i386");
}

bool InstanceTypeCatalog::isWellFormed(const QString &instanceType)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z][A-Z0-9]*\\.[0-9]*[A-Z]+[0-9]+$"));
    return form.match(instanceType).hasMatch();
}

std::optional<InstanceTypeInfo> InstanceTypeCatalog::find(const QString &instanceType)
{
    // Families of Tencent Cloud's instance types (standard, memory-optimized, compute,
    // high-IO) and the architecture they run.
    static const QHash<QString, QString> families = [] {
        QHash<QString, QString> f;
        for (const char *x86 : {"S1",  "S2",  "S3",  "S4", "S5", "S6", "S8",  "SA1", "SA2", "SA3",
                                "SA4", "SA5", "SA9", "M1", "M2", "M3", "M4",  "M5",  "M6",  "MA2",
                                "MA3", "C2",  "C3",  "C4", "C5", "C6", "IT3", "IT5"})
            f.insert(QString::fromLatin1(x86), QStringLiteral("x86_64"));
        for (const char *arm : {"SR1", "SR2", "SK1"})
            f.insert(QString::fromLatin1(arm), QStringLiteral("arm"));
        return f;
    }();
    if (!isWellFormed(instanceType))
        return std::nullopt;
    const qsizetype dot = instanceType.indexOf(QLatin1Char('.'));
    const auto family = families.constFind(instanceType.left(dot));
    if (family == families.cend())
        return std::nullopt;
    // SIZE is SMALL, MEDIUM, LARGE or nXLARGE, then the memory in GiB: MEDIUM4 is 2 vCPUs
    // and 4 GiB; 2XLARGE32 is 8 vCPUs and 32 GiB.
    static const QRegularExpression size(
        QStringLiteral("^(?:(SMALL)|(MEDIUM)|(LARGE)|([0-9]*)XLARGE)([0-9]+)$"));
    const QRegularExpressionMatch m = size.match(instanceType.mid(dot + 1));
    if (!m.hasMatch())
        return std::nullopt;
    InstanceTypeInfo info;
    info.instanceType = instanceType;
    info.architecture = *family;
    if (!m.captured(1).isEmpty())
        info.cpu = 1;
    else if (!m.captured(2).isEmpty())
        info.cpu = 2;
    else if (!m.captured(3).isEmpty())
        info.cpu = 4;
    else
        info.cpu = 4 * (m.captured(4).isEmpty() ? 1 : m.captured(4).toInt());
    info.memoryGiB = m.captured(5).toInt();
    if (info.cpu <= 0 || info.cpu > 512 || info.memoryGiB <= 0 || info.memoryGiB > 4096)
        return std::nullopt;
    return info;
}

} // namespace cvm

#include "Ids.h"

#include <QStringList>

namespace cvm::ids {
namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool hasPrefixAndSuffix(const QString &s, QLatin1String prefix)
{
    if (s.size() != prefix.size() + 8 || !s.startsWith(prefix))
        return false;
    for (qsizetype i = prefix.size(); i < s.size(); ++i) {
        if (!isLowerAlnum(s.at(i)))
            return false;
    }
    return true;
}

} // namespace

bool isImageId(const QString &s)
{
    return hasPrefixAndSuffix(s, QLatin1String("img-"));
}
bool isInstanceId(const QString &s)
{
    return hasPrefixAndSuffix(s, QLatin1String("ins-"));
}
bool isSnapshotId(const QString &s)
{
    return hasPrefixAndSuffix(s, QLatin1String("snap-"));
}
bool isTaskId(const QString &s)
{
    return hasPrefixAndSuffix(s, QLatin1String("task-"));
}

bool isAccountId(const QString &s)
{
    if (s.size() < 5 || s.size() > 20)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isRegionId(const QString &s)
{
    // Two-letter area, then one or more lower-case words joined by hyphens.
    const QStringList parts = s.split(QLatin1Char('-'));
    if (parts.size() < 2 || parts.first().size() != 2)
        return false;
    for (const QString &p : parts) {
        if (p.isEmpty())
            return false;
        for (QChar c : p) {
            if (!isLowerAlnum(c))
                return false;
        }
    }
    return true;
}

} // namespace cvm::ids

#include "Ids.h"

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
    // Two-letter area, then one or more lower-case words joined by hyphens. Walked once,
    // without splitting: every image, instance and snapshot of a file names its region.
    if (s.size() < 4 || s.at(2) != QLatin1Char('-'))
        return false;
    qsizetype word = 0; // length of the word being walked
    for (QChar c : s) {
        if (c == QLatin1Char('-')) {
            if (word == 0)
                return false;
            word = 0;
        } else if (isLowerAlnum(c)) {
            ++word;
        } else {
            return false;
        }
    }
    return word > 0;
}

} // namespace cvm::ids

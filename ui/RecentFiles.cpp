#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cvm::ui {
namespace {
const QString kKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &fileName)
{
    QStringList recent = list();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMax)
        recent.removeLast();
    QSettings().setValue(kKey, recent);
}

} // namespace cvm::ui

#include "Icons.h"

#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStyle>

namespace cvm::ui::Icons {
namespace {

struct Source
{
    const char *name;
    QStyle::StandardPixmap fallback;
};

// Names from the freedesktop icon naming specification, or ones Adwaita ships in colour (its
// "legacy" PNGs need no SVG support in Qt).
constexpr Source kSources[KindCount] = {
    {"document-new", QStyle::SP_FileIcon},
    {"document-open", QStyle::SP_DialogOpenButton},
    {"document-save", QStyle::SP_DialogSaveButton},
    {"document-save-as", QStyle::SP_DialogSaveButton},
    {"application-exit", QStyle::SP_DialogCloseButton},
    {"edit-undo", QStyle::SP_ArrowBack},
    {"edit-redo", QStyle::SP_ArrowForward},
    {"document-send", QStyle::SP_DirLinkIcon},
    {"changes-prevent", QStyle::SP_DialogCancelButton},
    {"edit-copy", QStyle::SP_FileDialogNewFolder},
    {"mail-forward", QStyle::SP_ArrowRight},
    {"document-properties", QStyle::SP_FileDialogDetailedView},
    {"edit-delete", QStyle::SP_TrashIcon},
    {"media-playback-start", QStyle::SP_MediaPlay},
    {"view-refresh", QStyle::SP_BrowserReload},
    {"edit-find", QStyle::SP_FileDialogContentsView},
    {"edit-paste", QStyle::SP_FileLinkIcon},
    {"x-office-spreadsheet", QStyle::SP_FileIcon},
    {"x-office-document", QStyle::SP_FileIcon},
    {"insert-object", QStyle::SP_DialogOpenButton},
    {"tools-check-spelling", QStyle::SP_DialogApplyButton},
    {"document-open-recent", QStyle::SP_FileDialogListView},
    {"network-transmit-receive", QStyle::SP_DriveNetIcon},
    {"security-high", QStyle::SP_DialogYesButton},
    {"insert-image", QStyle::SP_ComputerIcon},
    {"system-software-install", QStyle::SP_DriveHDIcon},
    {"dialog-warning", QStyle::SP_MessageBoxWarning},
    {"emblem-system", QStyle::SP_MessageBoxInformation},
    {"dialog-password", QStyle::SP_DialogYesButton},
    {"help-faq", QStyle::SP_DialogHelpButton},
    {"help-about", QStyle::SP_MessageBoxInformation},
    {"process-stop", QStyle::SP_DialogDiscardButton},
    {"document-open", QStyle::SP_DirOpenIcon},
    {"dialog-warning", QStyle::SP_MessageBoxWarning},
};

void setUpOnce()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    // Where themes are installed: a platform without a desktop theme (offscreen, a bare X
    // server) looks only in the resources.
    QStringList paths = QIcon::themeSearchPaths();
    QStringList dataDirs =
        QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("icons"),
                                  QStandardPaths::LocateDirectory);
    dataDirs.append(QStringLiteral("/usr/share/icons"));
    for (const QString &dir : std::as_const(dataDirs)) {
        if (!paths.contains(dir) && QFileInfo(dir).isDir())
            paths.append(dir);
    }
    QIcon::setThemeSearchPaths(paths);
    // The desktop's theme first (a platform without one names none, or hicolor, which has
    // none of these); Adwaita after it.
    QIcon::setFallbackThemeName(fallbackTheme());
    if (!QIcon::hasThemeIcon(QStringLiteral("document-open")))
        QIcon::setThemeName(fallbackTheme());
}

} // namespace

QString fallbackTheme()
{
    return QStringLiteral("Adwaita");
}

QString themeName(Kind kind)
{
    return QString::fromLatin1(kSources[kind].name);
}

QIcon icon(Kind kind)
{
    setUpOnce();
    const Source &s = kSources[kind];
    const QString name = QString::fromLatin1(s.name);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return qApp ? QApplication::style()->standardIcon(s.fallback) : QIcon();
}

} // namespace cvm::ui::Icons

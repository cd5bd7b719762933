#pragma once

#include <QIcon>
#include <QString>

// The console's icons: freedesktop icon names, looked up in the desktop's icon theme, then in
// Adwaita (which scripts/setup.sh installs), then Qt's own standard icons — a missing theme
// leaves an icon plainer, never missing.
namespace cvm::ui::Icons {

enum Kind
{
    New,
    Open,
    Save,
    SaveAs,
    Quit,
    Undo,
    Redo,
    Share,
    CancelShare,
    Copy,
    Give,
    Edit,
    Delete,
    Launch,
    Reinstall,
    Find,
    CopyId,
    ExportImages,
    ExportShares,
    ImportDescribe,
    Check,
    Journal,
    Serve,
    Trusted,
    CreateImage,
    ImportImage,
    Diagnose,
    InstanceChecks,
    ApplyImport,
    Faq,
    About,
    Drop,
    Browse,
    Warning,
    KindCount
};

// The freedesktop name of the icon (e.g. "edit-undo").
QString themeName(Kind kind);
QIcon icon(Kind kind);
// The icon theme consulted after the desktop's (Adwaita).
QString fallbackTheme();

} // namespace cvm::ui::Icons

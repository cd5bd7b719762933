#pragma once

#include "Workspace.h"

#include <QList>
#include <QStringList>

class QAbstractItemModel;

namespace cvm::ui::ImageExport {

// The images a view shows (a proxy over ImageTableModel), in its order, as CSV records:
// data, not display — fixed English column names, raw values, UTC times — as `viewer` sees
// them (the type is relative to the viewer).
QList<QStringList> imageRecords(const QAbstractItemModel &view, const Workspace &ws,
                                const QString &viewer);
// The share lists of those of `imageIds` that `viewer` owns (only the owner sees whom its
// image is shared with): one record per image and account.
QList<QStringList> shareRecords(const Workspace &ws, const QString &viewer,
                                const QStringList &imageIds);

} // namespace cvm::ui::ImageExport

#pragma once

#include "Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cvm::ui {

// Whether each image action applies to the selection, and if not, why — the same words
// the dialog would show, from the rules.
struct ActionState
{
    bool enabled = false;
    QString reason; // empty when enabled; the rules' words when they refuse
    // The rules' refusals behind it (every blocking image of a selection), for the words of
    // RefusalText: code and "Why?" too. Empty when the reason is not a rule's.
    QList<Violation> violations = {};
};

class ImageActionStates final
{
    Q_DECLARE_TR_FUNCTIONS(cvm::ui::ImageActionStates)

public:
    // Keys: the action object names (actionShare, actionCancelShare, actionCopy, actionGive,
    // actionEdit, actionDelete, actionLaunch, actionReinstall, actionApplyImport).
    static QHash<QString, ActionState> compute(const Workspace &ws, const QString &acting,
                                               const QStringList &selectedImageIds);
};

} // namespace cvm::ui

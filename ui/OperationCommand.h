#pragma once

#include "Operations.h"

#include <QUndoCommand>

namespace cvm::ui {

class Console;

// An applied operation on the undo stack. Undo and redo go through the core operations
// (Operations::undo/redo), which take its records back exactly, when nothing changed them
// since and the rules allow the result; a refused one becomes obsolete and leaves the stack.
class OperationCommand final : public QUndoCommand
{
public:
    OperationCommand(Console &console, const OperationResult &result);

    void undo() override;
    void redo() override;
    const OperationResult &result() const { return m_result; }
    // The text at display time, in the current language.
    QString describe() const;

private:
    void step(bool undo);

    Console &m_console;
    OperationResult m_result;
    bool m_firstRedo = true;
};

} // namespace cvm::ui

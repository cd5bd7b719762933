#pragma once

#include "Verdict.h"
#include "Workspace.h"

namespace cvm {

// The workspace check: every rule that the file itself breaks, with the items involved.
class WorkspaceLint final
{
public:
    static QList<Violation> run(const Workspace &ws);
};

} // namespace cvm

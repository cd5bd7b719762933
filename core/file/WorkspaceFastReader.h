#pragma once

#include "Workspace.h"

#include <QByteArray>
#include <memory>

namespace cvm {

// Reads a workspace file in the current format straight into a Workspace, without a JSON
// document in between; nullptr when the text holds anything it does not read with certainty,
// and the file is then read by the validating reader (WorkspaceFile::fromObject), which
// reports each problem. Either way the same file gives the same records.
std::unique_ptr<Workspace> readWorkspaceFast(const QByteArray &json);

} // namespace cvm

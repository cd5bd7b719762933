#pragma once

#include "Operations.h"

namespace cvm::cloud {

// Lays a pulled state down in the workspace (Operations::refresh), making the pending changes
// again through the API layer, which reads their parameters as it reads any client's.
RefreshSummary layDown(Operations &operations, const PulledState &pulled);

} // namespace cvm::cloud

#pragma once

#include <QString>

namespace cvm::ids {

bool isImageId(const QString &s);    // img- + 8 of [a-z0-9]
bool isInstanceId(const QString &s); // ins- + 8 of [a-z0-9]
bool isSnapshotId(const QString &s); // snap- + 8 of [a-z0-9]
bool isAccountId(const QString &s);  // root account ID: digits only, 5 to 20 of them
bool isRegionId(const QString &s);   // e.g. ap-guangzhou, na-siliconvalley, ap-shanghai-fsi
bool isTaskId(const QString &s);     // task- + 8 of [a-z0-9]

} // namespace cvm::ids

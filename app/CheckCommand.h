#pragma once

#include <QString>

// `imageconsole check WORKSPACE`: 0 clean, 1 problems found, 2 unreadable.
int runCheck(const QString &fileName);

#pragma once

#include <QString>

// `imageconsole generate OUT.json`: a large, valid workspace for benchmarks and demonstrations.
int runGenerate(const QString &fileName, int images, int accounts, int regions, quint32 seed);

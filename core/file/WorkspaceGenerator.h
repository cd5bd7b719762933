#pragma once

#include <QJsonObject>

namespace cvm {

// Makes a large, realistic and valid workspace for benchmarks and demonstrations: share lists
// of varied sizes up to the limit, copies with lineage, Windows and Linux instances,
// snapshots, a few running tasks and a journal. The same seed gives the same workspace.
class WorkspaceGenerator final
{
public:
    struct Options
    {
        int images = 10000;
        int accounts = 100;
        int regions = 20;
        quint32 seed = 1;
    };
    static QJsonObject generate(const Options &options);
};

} // namespace cvm

#pragma once

#include "CommandLine.h"

// imageconsole pull | plan | apply WORKSPACE: the workspace and Tencent Cloud (docs/cloud.md).
int runPull(const CommandLine &cl);
int runPlan(const CommandLine &cl);
int runApply(const CommandLine &cl);

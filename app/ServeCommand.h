#pragma once

#include "CommandLine.h"

#include <QString>

// `imageconsole serve WORKSPACE --listen HOST:PORT --credentials FILE`: the Tencent Cloud API
// 3.0 endpoint over the workspace, headless, until interrupted.
int runServe(const CommandLine &cl);

#!/usr/bin/env bash
# Sets up, builds and runs every test, headless.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
"$root/scripts/build.sh"
# The pinned Tencent Cloud Node.js SDK for the API interoperability test.
if [ ! -d "$root/tests/api/node_modules/tencentcloud-sdk-nodejs-cvm" ]; then
  (cd "$root/tests/api" && npm ci --no-audit --no-fund --loglevel=error)
fi
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600

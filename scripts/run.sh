#!/usr/bin/env bash
# Sets up, builds and runs the console. With no file it opens the bundled sample workspace.
#   scripts/run.sh [WORKSPACE] [--lang en|id]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
"$root/scripts/build.sh" --target imageconsole
exec "$build/app/imageconsole" "$@"

#!/usr/bin/env bash
# kill -9 during saves against `imageconsole serve`: prints trials, kills with a request in
# flight, corrupt files, lost acknowledged changes, missing backups and temp files left.
# Usage: scripts/torture.sh [SECONDS] [IMAGES]   (default 120 s on a 20,000-image workspace)
# Not part of the test command; docs/reliability.md has its figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
"$root/scripts/build.sh" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/torture.py" "$build/app/imageconsole" "$work" "${1:-120}" "${2:-20000}"

#!/usr/bin/env bash
# CTest: starts `imageconsole serve` on a copy of the sample workspace, runs the official
# Tencent Cloud Node.js SDK scenario against it, and checks the saved workspace.
#   run_node_sdk.sh IMAGECONSOLE SOURCE_DIR
set -euo pipefail
console="$1"
source_dir="$2"
here="$source_dir/tests/api"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ ! -d "$here/node_modules/tencentcloud-sdk-nodejs-cvm" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$source_dir/resources/sample-workspace.json" "$work/ws.json"
install -m 600 "$source_dir/resources/demo-credentials.json" "$work/credentials.json"

for attempt in 1 2 3 4 5; do
  port=$(( 20000 + RANDOM % 20000 ))
  QT_QPA_PLATFORM=offscreen "$console" serve "$work/ws.json" --listen "127.0.0.1:$port" \
    --credentials "$work/credentials.json" > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 50); do
    grep -q "Serving" "$work/serve.log" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  grep -q "Serving" "$work/serve.log" && break
  server=""
done
[ -n "$server" ] || { cat "$work/serve.log"; echo "the endpoint did not start"; exit 1; }

node "$here/scenario.js" "127.0.0.1:$port"
# Every change the SDK made is in the saved file, which is still a clean workspace.
"$console" check "$work/ws.json"
grep -q '"Channel": "API"' "$work/ws.json"
echo "1 passed, 0 failed"

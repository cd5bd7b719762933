#!/usr/bin/env bash
# Measures the console on generated workspaces of 10k, 100k and 300k images and prints one
# table. Beside the console's figures, the same file read by reference parsers: simdjson (the
# practical limit for JSON on this machine), node's JSON.parse and Python's json.load. Not part of
# the test command.
#   scripts/bench.sh [SIZES…]        e.g. scripts/bench.sh 10000 100000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BENCH_BUILD_DIR:-$root/build-bench}"
"$root/scripts/setup.sh"
# simdjson: the reference parser for the open figure.
if ! dpkg -s libsimdjson-dev >/dev/null 2>&1; then
  apt-get install -y -q libsimdjson-dev >/dev/null
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target imageconsole bench_workspace simdjson_parse >/dev/null
export QT_QPA_PLATFORM=offscreen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 300000)

printf '%-8s %8s %7s %7s %7s %6s %7s %9s %7s %8s %9s %7s %12s %9s %8s %7s %7s %8s %10s %8s %8s\n' \
  images "file MB" open load save lint rows search sort select "verdict" copy5 "delete(n)" "peak MB" simdjson node python findings \
  "wide rows" search delete
for n in "${sizes[@]}"; do
  file="$work/ws-$n.json"
  "$build/app/imageconsole" generate --images "$n" --accounts 1000 --regions 20 --seed 7 "$file" >/dev/null
  mb=$(( $(stat -c %s "$file") / 1048576 ))
  read -r images open load save lint rows search sort select verdict copy deleted deletems peak findings < <(
    "$build/tests/bench/bench_workspace" "$file" "$build/app/imageconsole" 2>/dev/null)
  node_ms="-"
  if command -v node >/dev/null; then
    node_ms=$(node -e 'const f=process.argv[1];const t=process.hrtime.bigint();JSON.parse(require("fs").readFileSync(f,"utf8"));console.log(Number((process.hrtime.bigint()-t)/1000000n))' "$file")
  fi
  # simdjson, best of three: the practical limit for reading the file on this machine.
  sj_ms=$(for _ in 1 2 3; do "$build/tests/bench/simdjson_parse" "$file" | cut -d' ' -f1; done | sort -n | head -1)
  py_ms="-"
  if command -v python3 >/dev/null; then
    py_ms=$(python3 -c 'import json,sys,time;t=time.perf_counter();json.load(open(sys.argv[1]));print(round((time.perf_counter()-t)*1000))' "$file")
  fi
  # The same number of images in two accounts: one account sees most of them, and a
  # keystroke of search runs over all of its rows.
  wide="$work/wide-$n.json"
  "$build/app/imageconsole" generate --images "$n" --accounts 2 --regions 20 --seed 7 "$wide" >/dev/null
  read -r wide_rows wide_search wide_delete < <("$build/tests/bench/bench_workspace" --search "$wide" 2>/dev/null)
  rm -f "$file" "$wide"
  printf '%-8s %8s %7s %7s %7s %6s %7s %9s %7s %8s %9s %7s %12s %9s %8s %7s %7s %8s %10s %8s %8s\n' \
    "$images" "$mb" "$open" "$load" "$save" "$lint" "$rows" "$search" "$sort" "$select" "$verdict" "$copy" \
    "$deletems($deleted)" "$peak" "$sj_ms" "$node_ms" "$py_ms" "$findings" "$wide_rows" "$wide_search" "$wide_delete"
done
# The journal window over 10,000 entries (the journal a workspace keeps by default): a word
# typed into its search and deleted again, one keystroke at a time.
read -r j_entries j_median j_slowest j_cpu _ < <(
  "$build/tests/bench/bench_workspace" --journal 10000 2>/dev/null)
printf '\njournal search over %s entries: median %s, slowest %s (processor time %s) per keystroke\n' \
  "$j_entries" "$j_median" "$j_slowest" "$j_cpu"
echo "Times in milliseconds (verdict: one share check with 50 accounts; search: one keystroke over the"
echo "acting account's images, 'rows' of them; wide: the same number of images in two accounts, one"
echo "keystroke over the 'wide rows' one of them sees, and deleting 1,000 of them with that table open"
echo "and sorted); open: from process start to a populated window, offscreen. A journal keystroke"
echo "lasts until the window has filtered, handled the events that follow and painted its table."

# Pulls from a local serve (docs/cloud.md): 10,000 images in 20 regions with no rate limit, and
# 2,000 images in 5 regions at 50 requests per second per account and action, against the
# shortest time that limit allows.
pull_bench() { # images regions rate
  local cloud="$work/cloud-$1.json" mine="$work/pulled-$1.json" keys="$work/keys.json"
  "$build/app/imageconsole" generate --images "$1" --accounts 3 --regions "$2" --seed 7 "$cloud" >/dev/null
  python3 - "$cloud" "$keys" <<'PY'
import json, sys
ws = json.load(open(sys.argv[1]))
json.dump({"credentials": [{"AccountId": a["AccountId"], "SecretId": "AKID" + a["AccountId"],
                            "SecretKey": "bench-" + a["AccountId"]} for a in ws["accounts"]]},
          open(sys.argv[2], "w"))
PY
  chmod 600 "$keys"
  local port=$(( 20000 + RANDOM % 20000 ))
  "$build/app/imageconsole" serve "$cloud" --credentials "$keys" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
  local serve_pid=$!
  sleep 1
  local t0 t1 out
  t0=$(date +%s%N)
  out=$("$build/app/imageconsole" pull "$mine" --credentials "$keys" --endpoint "http://127.0.0.1:$port" --rate "$3")
  t1=$(date +%s%N)
  kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
  local requests minimum
  requests=$(echo "$out" | sed -n 's/.* in \([0-9]*\) request(s).*/\1/p')
  minimum=$(echo "$out" | sed -n 's/.*less than \([0-9.]*\) s.*/\1/p')
  printf 'pull %6s images, %2s regions, rate %3s: %7.2f s, %6s requests' "$1" "$2" "$3" \
    "$(python3 -c "print(($t1 - $t0) / 1e9)")" "$requests"
  if [ -n "$minimum" ]; then
    printf ', the limit allows %s s at best (%.2fx)' "$minimum" "$(python3 -c "print(($t1 - $t0) / 1e9 / $minimum)")"
  fi
  printf '\n'
  rm -f "$cloud" "$mine" "$mine.bak"
}
pull_bench 10000 20 0
pull_bench 2000 5 50

#!/usr/bin/env bash
# Measures the console on generated workspaces of 10k, 100k and 300k images and prints one
# table. Beside the console's figures: node's JSON.parse and Python's json.load of the same
# file, as reference parsers. Not part of the test command.
#   scripts/bench.sh [SIZES…]        e.g. scripts/bench.sh 10000 100000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BENCH_BUILD_DIR:-$root/build-bench}"
"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target imageconsole bench_workspace >/dev/null
export QT_QPA_PLATFORM=offscreen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 300000)

printf '%-8s %8s %7s %7s %7s %6s %7s %9s %7s %8s %9s %7s %12s %9s %7s %7s %8s %10s %8s %8s\n' \
  images "file MB" open load save lint rows search sort select "verdict" copy5 "delete(n)" "peak MB" node python findings \
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
  printf '%-8s %8s %7s %7s %7s %6s %7s %9s %7s %8s %9s %7s %12s %9s %7s %7s %8s %10s %8s %8s\n' \
    "$images" "$mb" "$open" "$load" "$save" "$lint" "$rows" "$search" "$sort" "$select" "$verdict" "$copy" \
    "$deletems($deleted)" "$peak" "$node_ms" "$py_ms" "$findings" "$wide_rows" "$wide_search" "$wide_delete"
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

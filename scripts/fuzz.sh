#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer into build-fuzz/ (or $FUZZ_BUILD_DIR), then:
#   scripts/fuzz.sh [SECONDS]   fuzzes each harness in turn for SECONDS (default 60); new inputs
#                               go to build-fuzz/corpus/<name>, crashes to build-fuzz/findings/
#   scripts/fuzz.sh --replay    runs each harness once over every file of its committed corpus
#                               (seeds and reproducers) and stops at the first failure; the tests
#                               (ctest) run this. Built without optimisation, in build-fuzz-replay/
#   scripts/fuzz.sh --build     builds only
# FUZZ_TARGETS="fuzz_api" limits the run to some harnesses.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-60}"
default_build="$root/build-fuzz"
# The replay builds without optimisation: kept apart from the fuzzing build.
[ "$mode" = --replay ] && default_build="$root/build-fuzz-replay"
build="${FUZZ_BUILD_DIR:-$default_build}"
targets=(${FUZZ_TARGETS:-fuzz_workspace fuzz_inspector fuzz_api})

"$root/scripts/setup.sh"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
optimize=-O1
[ "$mode" = --replay ] && optimize=-O0
cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_COMPILER=clang++ -DFUZZ_OPTIMIZE="$optimize" "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# A report of undefined behaviour or a leak fails the run, as a crash does.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

corpus_of() { echo "$root/tests/fuzz/corpus/${1#fuzz_}"; }
ubsan_for() { echo "$UBSAN_OPTIONS"; }

case "$mode" in
--build)
  exit 0
  ;;
--replay)
  for t in "${targets[@]}"; do
    files=("$(corpus_of "$t")"/*)
    echo "$t: ${#files[@]} inputs"
    UBSAN_OPTIONS="$(ubsan_for "$t")" \
      "$build/$t" -rss_limit_mb=4096 -timeout=60 "${files[@]}" 2>"$build/$t.replay.log" || {
      cat "$build/$t.replay.log" >&2
      echo "$t failed on its corpus (log: $build/$t.replay.log)" >&2
      exit 1
    }
  done
  ;;
*)
  seconds="$mode"
  for t in "${targets[@]}"; do
    work="$build/corpus/${t#fuzz_}"
    mkdir -p "$work" "$build/findings"
    echo "== $t for $seconds s (log: $build/$t.log)"
    set +e
    UBSAN_OPTIONS="$(ubsan_for "$t")" \
      "$build/$t" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=25 -print_final_stats=1 \
      -artifact_prefix="$build/findings/$t-" "$work" "$(corpus_of "$t")" >"$build/$t.log" 2>&1
    status=$?
    set -e
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|new_units_added|peak_rss_mb)|ERROR|SUMMARY|Test unit written' \
      "$build/$t.log" || true
    if [ "$status" -ne 0 ]; then
      echo "$t found a failure: see $build/$t.log and $build/findings/" >&2
      exit 1
    fi
  done
  ;;
esac

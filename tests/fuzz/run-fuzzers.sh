#!/usr/bin/env bash
# Runs the libFuzzer targets (built by the fuzz preset: REDGRID_FUZZ=ON) each for a while, on a
# copy of its seed corpus, so the source tree is never written to. Prints each target's
# executions and any crash, and fails if one crashed; the crashing inputs are kept in
# BUILD/fuzz-artifacts/TARGET/ (replay one: BUILD/bin/fuzz_TARGET FILE).
#
#   tests/fuzz/run-fuzzers.sh [--seconds N] [--timeout S] [--build DIR] [--keep-corpus] [--except TARGET]… [TARGET …]
#
# --seconds: per target (default 60). --timeout: an input taking longer is a failure (default
# 30 s of wall time; give more when the fuzzers run niced beside other work). --build: the build folder (default build/fuzz).
# --keep-corpus: keep the grown corpora in BUILD/fuzz-corpus/TARGET/ (to read or to
# minimise them into the seeds by hand). Without targets, all of them but those --except
# names (CI leaves out xls: libfreexl's own over-read, README's Known limits).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=60
timeout=30
build="$root/build/fuzz"
keep=0
targets=()
except=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --build) build="$(cd "$2" && pwd)"; shift 2 ;;
    --keep-corpus) keep=1; shift ;;
    --except) except+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "run-fuzzers: unknown option $1" >&2; exit 1 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  for dir in "$here"/corpus/*/; do
    name="$(basename "$dir")"
    [[ " ${except[*]} " == *" $name "* ]] || targets+=("$name")
  done
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/redgrid-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp}"

failed=()
printf '%-16s %8s %12s %10s %8s  %s\n' target seconds executions "exec/s" corpus result
for target in "${targets[@]}"; do
  fuzzer="$build/bin/fuzz_$target"
  if [ ! -x "$fuzzer" ] || [ ! -d "$here/corpus/$target" ]; then
    echo "run-fuzzers: no fuzzer $fuzzer or no corpus $here/corpus/$target" >&2
    failed+=("$target")
    continue
  fi
  mkdir -p "$work/$target/corpus" "$work/$target/tmp" "$build/fuzz-artifacts/$target"
  cp -R "$here/corpus/$target/." "$work/$target/corpus/"
  options=(-max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$build/fuzz-artifacts/$target/")
  [ -f "$here/dict/$target.dict" ] && options+=(-dict="$here/dict/$target.dict")
  log="$work/$target.log"
  status=0
  # The targets that read files write their input into their own temporary folder.
  TMPDIR="$work/$target/tmp" "$fuzzer" "${options[@]}" "$work/$target/corpus" >"$log" 2>&1 || status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)"
  speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)"
  elapsed="$(sed -n 's/.*Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n1)"
  files="$(find "$work/$target/corpus" -type f | wc -l)"
  if [ "$status" -eq 0 ]; then
    result=ok
  else
    result="CRASH (exit $status)"
    failed+=("$target")
  fi
  printf '%-16s %8s %12s %10s %8s  %s\n' "$target" "${elapsed:-$seconds}" "${runs:-?}" "${speed:-?}" "$files" "$result"
  if [ "$status" -ne 0 ]; then
    # What went wrong and where the input is kept.
    { grep -E 'ERROR|SUMMARY|broken promise|runtime error|Test unit written|^ +#[0-9]+ ' "$log" || tail -n 20 "$log"; } |
      head -n 40 | sed 's/^/    /'
  fi
  if [ "$keep" -eq 1 ]; then
    rm -rf "$build/fuzz-corpus/$target"
    mkdir -p "$build/fuzz-corpus"
    cp -R "$work/$target/corpus" "$build/fuzz-corpus/$target"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: failed: ${failed[*]} (inputs in $build/fuzz-artifacts/)" >&2
  exit 1
fi

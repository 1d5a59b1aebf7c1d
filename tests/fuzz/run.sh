#!/usr/bin/env bash
# Runs every libFuzzer target of a -DZHIBIAO_FUZZ=ON build for SECONDS each,
# JOBS at a time, from the seeds (samples/, rules/, tests/fuzz/seeds/) and the
# corpus earlier runs left in BUILD/fuzz-work. Any crash, leak, sanitizer report
# or input slower than 30 s fails the run; the input is in
# BUILD/fuzz-work/artifacts/NAME/ — keep it in tests/fuzz/regressions/NAME/ once fixed.
#
# ZHIBIAO_FUZZ_SEED fixes libFuzzer's random seed (CI sets it, so that a failure
# there is the same failure here); unset or 0, each run draws its own.
#
#   tests/fuzz/run.sh BUILD [SECONDS=60] [JOBS=1] [TARGET...]
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:?usage: run.sh BUILD [SECONDS] [JOBS] [TARGET...]}" && pwd)
seconds=${2:-60}
jobs=${3:-1}
seed=${ZHIBIAO_FUZZ_SEED:-0}
shift $(( $# < 3 ? $# : 3 ))
targets=("$@")
((${#targets[@]})) || targets=(decode docx html scan explain rules pattern cli)
work=$build/fuzz-work

declare -A seeds=(
  [decode]="$root/samples"
  [docx]="$root/tests/fuzz/seeds/docx"
  [html]="$root/tests/fuzz/seeds/html"
  [scan]="$root/samples $root/tests/fuzz/seeds/scan"
  [explain]="$root/samples $root/tests/fuzz/seeds/scan"
  [rules]="$root/rules $root/tests/fuzz/seeds/rules"
  [pattern]="$root/tests/fuzz/seeds/pattern"
  [cli]="$root/tests/fuzz/seeds/cli"
)

# The whole extractor is slow per input: shorter inputs let it try more of them.
declare -A max_len=([explain]=2048)

run_one() {
  local t=$1 bin=$build/tests/fuzz/fuzz_$1
  [[ -x $bin ]] || { echo "fuzz_$t: not built (configure with CXX=clang++ -DZHIBIAO_FUZZ=ON)" >"$work/$t.log"; return 1; }
  mkdir -p "$work/corpus/$t" "$work/artifacts/$t"
  # The first folder takes what the fuzzer finds; the seed folders are only read.
  # shellcheck disable=SC2086
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    nice "$bin" -max_total_time="$seconds" -seed="$seed" -timeout=30 -rss_limit_mb=2560 -max_len="${max_len[$t]:-8192}" -print_final_stats=1 \
    -close_fd_mask=3 -artifact_prefix="$work/artifacts/$t/" "$work/corpus/$t" ${seeds[$t]} >"$work/$t.log" 2>&1
}

mkdir -p "$work"
pids=()
names=()
status=0
for t in "${targets[@]}"; do
  run_one "$t" &
  pids+=($!)
  names+=("$t")
  if ((${#pids[@]} >= jobs)); then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done

printf '%-8s %12s %8s %8s %8s  %s\n' target executions exec/s cov features result
for t in "${names[@]}"; do
  log=$work/$t.log
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  result=ok
  if grep -qE '==[0-9]+==ERROR|runtime error:|deadly signal|ALARM: working on the last Unit|out-of-memory|invariant failed|not built' "$log"; then
    result="FAILED: $(grep -hoE '(ERROR: [A-Za-z]+: [a-z-]+|runtime error: .{0,60}|deadly signal|timeout|out-of-memory|invariant failed: .{0,60}|not built.*)' "$log" | head -1); input in $work/artifacts/$t/"
    status=1
  fi
  printf '%-8s %12s %8s %8s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
exit $status

#!/usr/bin/env bash
# End-to-end throughput of the zhibiao command line over a generated corpus, beside
# `grep -cP` of one figure pattern over the same bytes in the same run. Not a test: a
# measurement, kept as one dated file per run under bench/results/.
#
#   bench/e2e.sh [-b build] [-s SHARED] [-m MB] [-r REPEATS] [-w WORKDIR] [-o RESULT.md]
#
# The corpus is SHARED/corpus (default ../shared; samples/ when it is absent) copied round-robin into
# folders of 100 files until it holds MB megabytes (default 200). Each case runs REPEATS
# times (default 3); the table gives the minimum wall time and the minimum CPU time
# (user + sys: the machine is shared, so wall time says as much about the neighbours),
# and MB/s and documents/s of both. JSONL goes to /dev/null; workbooks to WORKDIR.
set -euo pipefail
export LC_ALL=C.UTF-8
here=$(cd "$(dirname "$0")/.." && pwd)
build=$here/build shared=$here/../shared mb=200 repeats=3 work=/tmp/zhibiao-e2e result=""
while getopts "b:s:m:r:w:o:" opt; do
  case $opt in
    b) build=$OPTARG ;; s) shared=$OPTARG ;; m) mb=$OPTARG ;; r) repeats=$OPTARG ;; w) work=$OPTARG ;; o) result=$OPTARG ;;
    *) exit 2 ;;
  esac
done
bin=$(realpath "$build/cli/zhibiao")
gen=$(realpath "$build/bench/zhibiao_gen_rules")
source_dir=$(realpath -m "$shared/corpus")
[[ -d $source_dir ]] || source_dir=$here/samples
mkdir -p "$work" "$here/bench/results"
stamp=$(date +%Y-%m-%d-%H%M%S)
commit=$(git -C "$here" rev-parse --short HEAD)
[[ -n $result ]] || result=$here/bench/results/$stamp-$commit.md

# The corpus: whole documents, copied until there are enough bytes.
corpus=$work/corpus-${mb}MB
if [[ ! -f $corpus/.done ]]; then
  rm -rf "$corpus"
  mkdir -p "$corpus"
  mapfile -t files < <(find "$source_dir" -maxdepth 1 -name '*.txt' | sort)
  want=$((mb * 1000000)) have=0 n=0
  while ((have < want)); do
    for f in "${files[@]}"; do
      dir=$corpus/$(printf '%04d' $((n / 100)))
      mkdir -p "$dir"
      cp "$f" "$dir/$(printf '%06d' "$n")-$(basename "$f")"
      have=$((have + $(stat -c %s "$f"))) n=$((n + 1))
      ((have < want)) || break
    done
  done
  touch "$corpus/.done"
fi
bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
docs=$(find "$corpus" -name '*.txt' | wc -l)
rules10=$work/rules10x
[[ -d $rules10 ]] || "$gen" "$rules10" 10

# One case: NAME then the command; prints a table row from the best of REPEATS runs.
measure() {
  local name=$1
  shift
  local best_wall="" best_cpu="" rss=0
  for ((i = 0; i < repeats; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" bash -c "$*" || true
    read -r wall user sys kb < <(tail -1 "$work/time")
    cpu=$(echo "$user + $sys" | bc)
    if [[ -z $best_wall ]] || (($(echo "$wall < $best_wall" | bc))); then best_wall=$wall; fi
    if [[ -z $best_cpu ]] || (($(echo "$cpu < $best_cpu" | bc))); then best_cpu=$cpu; fi
    ((kb > rss)) && rss=$kb
  done
  awk -v n="$name" -v w="$best_wall" -v c="$best_cpu" -v b="$bytes" -v d="$docs" -v r="$rss" 'BEGIN {
    printf "| %s | %.2f | %.2f | %.1f | %.1f | %.0f | %.0f | %d |\n", n, w, c, b / 1e6 / w, b / 1e6 / c, d / w, d / c, r / 1024 }'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
pattern='[0-9０-９]+(?:[.．][0-9０-９]+)?(?:万|亿)?(?:元|人|吨|亩|％|%)'
{
  echo "# zhibiao end to end, $stamp"
  echo
  echo "commit \`$commit\` ($(git -C "$here" log -1 --format=%s "$commit" | cut -c1-100)); build \`$build\`"
  echo
  echo "Corpus: $docs documents, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB, copies of $source_dir."
  echo "Best of $repeats runs per case. MB/s and docs/s by wall time and by CPU time (user + sys)."
  echo
  echo "| case | wall s | CPU s | MB/s wall | MB/s CPU | docs/s wall | docs/s CPU | peak RSS MB |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  measure "grep -cP (one figure pattern)" "grep -rcP --include='*.txt' '$pattern' '$corpus' > /dev/null"
  measure "scan" "'$bin' scan '$corpus' > /dev/null"
  for j in 1 2; do
    measure "extract → JSONL, --jobs $j" "'$bin' extract -q --jobs $j '$corpus' > /dev/null"
  done
  for j in 1 2; do
    measure "extract → XLSX, --jobs $j" "'$bin' extract -q --jobs $j '$corpus' -o '$work/out.xlsx'"
  done
  measure "extract → JSONL, --jobs 1, ten times the rules" "'$bin' extract -q --jobs 1 --rules-add '$rules10' '$corpus' > /dev/null"
  echo
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) CPUs;" \
    "$(lscpu | sed -n 's/^L2 cache: *//p') L2, $(lscpu | sed -n 's/^L3 cache: *//p') L3;" \
    "$(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -r); $(c++ --version | head -1)."
  echo "Load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$result"
echo "wrote $result" >&2

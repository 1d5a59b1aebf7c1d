#!/usr/bin/env bash
# Peak memory and time of `zhibiao extract` over generated batches (bench/make_batch.py)
# of 10, 100, 1,000 and 10,000 files, to JSONL and to a workbook. Not a test: a measurement.
#   bench/measure_batch.sh build/cli/zhibiao [WORKDIR]
set -euo pipefail
bin=$(realpath "$1")
work=${2:-/tmp/zhibiao-measure}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"
printf '| files | MB in | output | records | wall s | peak RSS MB |\n| ---: | ---: | --- | ---: | ---: | ---: |\n'
for n in 10 100 1000 10000; do
  docs="$work/docs-$n"
  [[ -d $docs ]] || /usr/bin/python3 "$here/bench/make_batch.py" --samples "$here/samples" --out "$docs" --count "$n" >/dev/null
  mb=$(du -sm --apparent-size "$docs" | cut -f1)
  for ext in jsonl xlsx; do
    out="$work/out-$n.$ext"
    /usr/bin/time -f '%e %M' -o "$work/time" "$bin" extract -q "$docs" -o "$out" || true
    read -r wall rss < <(tail -1 "$work/time")
    if [[ $ext == jsonl ]]; then records=$(wc -l < "$out"); fi
    printf '| %s | %s | %s | %s | %s | %s |\n' "$n" "$mb" "$ext" "$records" "$wall" "$((rss / 1024))"
  done
done

#!/usr/bin/env bash
# Regenerates tests/data/golden/ from a build's zhibiao: the expected output of the golden
# test (tests/golden/compare.py). Run it on purpose, when a change to the rules or to
# attribution changes the records, and commit the new files with that change; never to
# make a speed step's difference go away.
#   scripts/regenerate_golden.sh [build/cli/zhibiao] [SHARED_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$here/build/cli/zhibiao}")
shared=$(realpath -m "${2:-$here/../shared}")
out=$here/tests/data/golden
mkdir -p "$out"
generate() {  # ROOT INPUT
  local root=$1 input=$2
  if [[ ! -e $root/$input ]]; then
    echo "skipped $input: $root/$input is absent"
    return
  fi
  (cd "$root" && { "$bin" extract --format jsonl -q --jobs 1 "$input" || [[ $? == 2 ]]; }) > "$out/$input.extract.jsonl"
  (cd "$root" && { "$bin" scan "$input" 2>/dev/null || [[ $? == 2 ]]; }) > "$out/$input.scan.jsonl"
  echo "$input: $(wc -l < "$out/$input.extract.jsonl") records, $(wc -l < "$out/$input.scan.jsonl") quantities"
}
generate "$here" samples
generate "$shared" corpus
generate "$shared" seeds

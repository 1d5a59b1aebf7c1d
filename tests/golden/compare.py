#!/usr/bin/python3
"""The output of zhibiao, byte for byte, against golden files generated from the code itself.

This is the one test where the program's own output is the expected value: it does not say the
records are right (tests/e2e does that), it says a change meant to make zhibiao faster did not
change them. A change to the rules or to attribution changes the records on purpose: regenerate
the golden files with scripts/regenerate_golden.sh and commit them with that change.

    compare.py --binary build/cli/zhibiao --root /work/shared --input corpus \
               --golden tests/data/golden/corpus [--jobs 1 --jobs 2]

runs, from ROOT, `zhibiao extract --format jsonl INPUT` (once per --jobs) and `zhibiao scan INPUT`,
and compares them with GOLDEN.extract.jsonl and GOLDEN.scan.jsonl. Exit 77 (skipped) when ROOT/INPUT
is absent (../shared is not in every checkout).
"""
import argparse
import json
import os
import subprocess
import sys


def first_difference(got, want):
    g, w = got.split(b"\n"), want.split(b"\n")
    for i, (a, b) in enumerate(zip(g, w)):
        if a != b:
            return i, a, b
    n = min(len(g), len(w))
    return n, (g[n] if n < len(g) else b"(end)"), (w[n] if n < len(w) else b"(end)")


def where(line):
    try:
        r = json.loads(line)
        return "%s [%s, %s) %s" % (r.get("doc"), r.get("start"), r.get("end"), r.get("text"))
    except ValueError:
        return line[:120].decode("utf-8", "replace")


def check(name, command, root, golden):
    run = subprocess.run(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if run.returncode not in (0, 2):  # 2: a sample that cannot be read in full is part of the corpus
        print("%s: %s exited %d: %s" % (name, " ".join(command), run.returncode, run.stderr.decode()[:500]))
        return False
    with open(golden, "rb") as f:
        want = f.read()
    if run.stdout == want:
        print("%s: identical (%d lines, %d bytes)" % (name, want.count(b"\n"), len(want)))
        return True
    line, got_line, want_line = first_difference(run.stdout, want)
    print("%s: DIFFERS from %s (%d lines now, %d golden); first difference at line %d:" %
          (name, golden, run.stdout.count(b"\n"), want.count(b"\n"), line + 1))
    print("  golden: %s" % where(want_line))
    print("  now:    %s" % where(got_line))
    print("  golden line: %s" % want_line.decode("utf-8", "replace")[:600])
    print("  now line:    %s" % got_line.decode("utf-8", "replace")[:600])
    print("A speed step must not change the output. If the change is meant to (rules, attribution),")
    print("regenerate on purpose: scripts/regenerate_golden.sh build/cli/zhibiao")
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--input", required=True)
    ap.add_argument("--golden", required=True, help="path prefix: PREFIX.extract.jsonl, PREFIX.scan.jsonl")
    ap.add_argument("--jobs", action="append", type=int, default=[])
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.root, args.input)):
        print("skipped: %s is absent (../shared sits beside a developer's checkout)" % os.path.join(args.root, args.input))
        return 77
    binary = os.path.abspath(args.binary)
    ok = True
    for jobs in args.jobs or [1]:
        ok &= check("extract --jobs %d" % jobs,
                    [binary, "extract", "--format", "jsonl", "-q", "--jobs", str(jobs), args.input],
                    args.root, args.golden + ".extract.jsonl")
    ok &= check("scan", [binary, "scan", args.input], args.root, args.golden + ".scan.jsonl")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

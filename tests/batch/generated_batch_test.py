#!/usr/bin/python3
"""A generated batch of a few hundred files (bench/make_batch.py): every good file gives the
records its sample gives (same figures, indicators, measures and values, whatever the encoding
or format), every bad one is listed — on standard error and in the workbook's file list — and
--jobs 1 and --jobs 2 write the same bytes."""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--binary", required=True)
ap.add_argument("--samples", required=True)
ap.add_argument("--generator", required=True)
ap.add_argument("--count", type=int, default=300)
args = ap.parse_args()

work = tempfile.mkdtemp(prefix="zhibiao-generated-")
failures = []
try:
    docs = os.path.join(work, "docs")
    subprocess.run(["/usr/bin/python3", args.generator, "--samples", args.samples, "--out", docs,
                    "--count", str(args.count)], check=True, stdout=subprocess.DEVNULL)
    manifest = json.load(open(os.path.join(docs, "manifest.json")))

    def figures(jsonl):
        by_doc = collections.defaultdict(collections.Counter)
        for line in jsonl.splitlines():
            r = json.loads(line)
            by_doc[r["doc"]][(r["text"], r["indicator"], r["measure"], r["value"] and str(r["value"]))] += 1
        return by_doc

    expected = figures(subprocess.run([args.binary, "extract", "-q", args.samples], stdout=subprocess.PIPE, check=True).stdout)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    outs = {}
    for jobs in (1, 2):
        for ext in ("jsonl", "xlsx"):
            out = os.path.join(work, "out-%d.%s" % (jobs, ext))
            p = subprocess.run([args.binary, "extract", "--jobs", str(jobs), docs, "-o", out], env=env,
                               stderr=subprocess.PIPE)
            if p.returncode != 2:
                failures.append("--jobs %d -o .%s: exit %d, expected 2 (broken files)" % (jobs, ext, p.returncode))
            outs[(jobs, ext)] = open(out, "rb").read()
            err = p.stderr.decode("utf-8", "replace")
    for ext in ("jsonl", "xlsx"):
        if outs[(1, ext)] != outs[(2, ext)]:
            failures.append(".%s differs between --jobs 1 and --jobs 2" % ext)

    got = figures(outs[(1, "jsonl")].decode("utf-8"))
    good = bad = 0
    for m in manifest:
        path = os.path.join(docs, m["file"])
        if m["status"] == "ok":
            good += 1
            want = expected[os.path.join(args.samples, m["sample"])]
            if got.get(path, collections.Counter()) != want:
                missing = want - got.get(path, collections.Counter())
                extra = got.get(path, collections.Counter()) - want
                failures.append("%s (%s of %s): %d figure(s) missing, %d extra: %s %s" % (
                    m["file"], m["kind"], m["sample"], sum(missing.values()), sum(extra.values()),
                    list(missing)[:2], list(extra)[:2]))
        else:
            bad += 1
            if path in got:
                failures.append("%s (%s) gave records" % (m["file"], m["kind"]))
            if m["status"] != "empty" and path + ": " not in err:
                failures.append("%s (%s) is not listed on standard error" % (m["file"], m["kind"]))

    # The workbook's file list: every input, with the status the manifest expects.
    listing = subprocess.run(["/usr/bin/python3", "-c", """
import openpyxl, sys, json
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
codes = {"正常": "ok", "空文件": "empty", "无法读取": "error", "部分读取": "partial", "跳过": "skipped"}
print(json.dumps({r[0]: codes.get(r[5], r[5]) for r in wb["文件"].iter_rows(min_row=2, values_only=True)}))
""", os.path.join(work, "out-1.xlsx")], stdout=subprocess.PIPE, check=True).stdout
    files = json.loads(listing)
    for m in manifest:
        status = files.get(os.path.join(docs, m["file"]))
        if status != m["status"]:
            failures.append("file list: %s is %r, expected %r" % (m["file"], status, m["status"]))
    if len(files) != len(manifest):
        failures.append("file list has %d rows for %d files" % (len(files), len(manifest)))
finally:
    shutil.rmtree(work, ignore_errors=True)

if failures:
    print("\n".join(failures[:40]))
    sys.exit(1)
print("ok: %d good files with all their records, %d bad ones listed, --jobs 1 == --jobs 2" % (good, bad))

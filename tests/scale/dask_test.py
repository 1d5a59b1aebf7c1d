#!/usr/bin/python3
"""The Dask recipe on a LocalCluster with two workers on 127.0.0.1: the gathered JSONL equals
`zhibiao extract` on one machine byte for byte, both workers took tasks, and the workbook written
from the gathered records holds every record. Skips (77) when python3-distributed is missing."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--recipe", required=True)
    args = ap.parse_args()

    try:
        import distributed  # noqa: F401
        from distributed import LocalCluster
    except ImportError:
        print("SKIP: python3-distributed is missing (apt-get install python3-distributed)")
        sys.exit(77)

    work = tempfile.mkdtemp(prefix="zhibiao-dask-")
    try:
        docs = os.path.join(work, "docs")
        shutil.copytree(args.samples, docs, ignore=shutil.ignore_patterns("tools", "*.jsonl", "*.md"))
        with open(os.path.join(docs, "broken.txt"), "wb") as f:
            f.write(b"\0\0binary")
        single = subprocess.run([args.binary, "extract", "-q", docs], stdout=subprocess.PIPE).stdout
        assert single.count(b"\n") > 500, "too few records on one machine"

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                               processes=True)
        try:
            out = os.path.join(work, "gathered.jsonl")
            xlsx = os.path.join(work, "gathered.xlsx")
            proc = subprocess.run(["/usr/bin/python3", args.recipe, "--scheduler", cluster.scheduler_address,
                                   "--zhibiao", args.binary, "--chunk", "2", docs, "-o", out, "--xlsx", xlsx],
                                  stderr=subprocess.PIPE, timeout=300)
        finally:
            cluster.close()
        err = proc.stderr.decode("utf-8", "replace")
        print(err)
        assert proc.returncode == 2, "the broken file should make it exit 2, got %d" % proc.returncode
        assert "broken.txt: binary data" in err, "the broken file's message is missing"
        with open(out, "rb") as f:
            gathered = f.read()
        assert gathered == single, "the gathered JSONL differs from `zhibiao extract` on one machine"
        assert "on 2 worker(s)" in err, "both workers should have taken tasks"

        import openpyxl
        wb = openpyxl.load_workbook(xlsx, read_only=True)
        rows = wb["指标明细"].max_row - 1
        assert rows == single.count(b"\n"), "workbook has %d records, JSONL %d" % (rows, single.count(b"\n"))
        print("ok: %d records gathered from 2 workers, identical to one machine; workbook of %d rows" % (rows, rows))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# Dask starts its workers by spawning: they import this file, which must then do nothing.
if __name__ == "__main__":
    main()

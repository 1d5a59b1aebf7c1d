#!/usr/bin/python3
"""Map zhibiao over a folder on a Dask cluster and gather one JSONL (and a workbook).

    /usr/bin/python3 scripts/dask_extract.py --scheduler tcp://HOST:8786 reports/ -o reports.jsonl [--xlsx reports.xlsx]
    /usr/bin/python3 scripts/dask_extract.py --local-workers 2 reports/ -o reports.jsonl

Each task runs `zhibiao extract --stdin-jsonl` (the mapper protocol of docs/scale.md) on a chunk of
files given as {"doc": …, "path": …} lines, so every worker needs the zhibiao binary (--zhibiao) and
the files at the same paths (a shared file system). The chunks come back in order: the JSONL is the
same, byte for byte, as `zhibiao extract FOLDER` on one machine. --xlsx then writes the workbook from
the gathered records with `zhibiao extract --from-jsonl` (checks included); documents that gave no
record (unreadable, empty) are not in its file list: their messages are printed here instead.

Needs Debian's python3-distributed (run with /usr/bin/python3).
"""
import argparse
import json
import os
import socket
import subprocess
import sys

DOCUMENT_EXTENSIONS = (".txt", ".docx", ".html", ".htm")


def list_documents(inputs):
    """The documents zhibiao's own walk reads, in its order (one sorted list per folder)."""
    out = []
    for item in inputs:
        if not os.path.isdir(item):
            out.append(item)
            continue
        found = []
        root = item.rstrip("/") or "/"
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if not name.startswith(".") and name.lower().endswith(DOCUMENT_EXTENSIONS):
                    found.append(os.path.join(dirpath, name))
        out.extend(sorted(found, key=lambda p: p.encode("utf-8", "surrogateescape")))
    return out


def run_chunk(paths, zhibiao, rules_args):
    """One task: zhibiao as a mapper over a chunk; records, messages, exit code, who ran it."""
    lines = "".join(json.dumps({"doc": p, "path": p}, ensure_ascii=False) + "\n" for p in paths)
    proc = subprocess.run([zhibiao, "extract", "--stdin-jsonl", "-q", "--jobs", "1"] + rules_args,
                          input=lines.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # -q keeps per-file messages quiet; ask again without it only when something failed.
    messages = ""
    if proc.returncode != 0:
        again = subprocess.run([zhibiao, "extract", "--stdin-jsonl", "--jobs", "1"] + rules_args,
                               input=lines.encode("utf-8"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        messages = again.stderr.decode("utf-8", "replace")
    return proc.stdout, messages, proc.returncode, socket.gethostname() + ":" + str(os.getpid())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--local-workers", type=int, help="start a LocalCluster with N workers on 127.0.0.1")
    ap.add_argument("inputs", nargs="+", help="folders or files")
    ap.add_argument("-o", "--output", required=True, help="the gathered records (.jsonl)")
    ap.add_argument("--xlsx", help="also write this workbook from the gathered records")
    ap.add_argument("--zhibiao", default="zhibiao", help="the zhibiao binary, as the workers see it")
    ap.add_argument("--chunk", type=int, default=50, help="files per task (default 50)")
    ap.add_argument("--rules-add", action="append", default=[], help="rule folder to add (as the workers see it)")
    args = ap.parse_args()

    try:
        from distributed import Client, LocalCluster
    except ImportError:
        sys.exit("dask_extract: python3-distributed is missing (apt-get install python3-distributed)")

    rules_args = [a for d in args.rules_add for a in ("--rules-add", d)]
    paths = list_documents(args.inputs)
    chunks = [paths[i:i + args.chunk] for i in range(0, len(paths), args.chunk)]
    cluster = None
    if args.local_workers:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None, processes=True)
    client = Client(args.scheduler or cluster)
    try:
        futures = client.map(run_chunk, chunks, zhibiao=args.zhibiao, rules_args=rules_args, pure=False)
        status = 0
        workers = {}
        tmp = args.output + ".part"
        with open(tmp, "wb") as out:
            # In chunk order, as each is needed: the output is the single-machine output.
            for future in futures:
                records, messages, code, worker = future.result()
                out.write(records)
                sys.stderr.write(messages)
                workers[worker] = workers.get(worker, 0) + 1
                status = max(status, code)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, args.output)
    finally:
        client.close()
        if cluster:
            cluster.close()
    sys.stderr.write("dask_extract: %d file(s) in %d task(s) on %d worker(s): %s\n" % (
        len(paths), len(chunks), len(workers), ", ".join("%s ran %d" % kv for kv in sorted(workers.items()))))
    if args.xlsx:
        code = subprocess.call([args.zhibiao, "extract", "--from-jsonl", "-q", args.output, "-o", args.xlsx] + rules_args)
        status = max(status, code)
    sys.exit(status)


if __name__ == "__main__":
    main()

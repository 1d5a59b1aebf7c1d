#!/usr/bin/python3
"""The mapper protocol through plain pipes, as Hadoop Streaming and Spark's RDD.pipe run it
(docs/scale.md): {"doc","path"} and {"doc","text"} lines in, records out; the input cut into
splits, one mapper per split, the parts concatenated in order, is the one-machine output byte
for byte. A bad line is reported with its line number and the other lines go on."""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--binary", required=True)
ap.add_argument("--samples", required=True)
ap.add_argument("--to-jsonl", required=True)
args = ap.parse_args()


def mapper(stdin_bytes, quiet=True):
    p = subprocess.run([args.binary, "extract", "--stdin-jsonl"] + (["-q"] if quiet else []), input=stdin_bytes,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


docs = sorted(glob.glob(os.path.join(args.samples, "*.txt")))
single = subprocess.run([args.binary, "extract", "-q"] + docs, stdout=subprocess.PIPE, check=True).stdout
failures = []

# 1. Path lines (mappers that share a file system with the documents).
import json
path_lines = "".join(json.dumps({"doc": d, "path": d}, ensure_ascii=False) + "\n" for d in docs).encode()
code, out, err = mapper(path_lines)
if code != 0 or out != single:
    failures.append("path lines: exit %d, output %s the one-machine output\n%s" % (code, "equals" if out == single else "differs from", err))

# 2. Text lines, made by scripts/docs_to_jsonl.py (the text travels in the line: HDFS).
text_lines = subprocess.run(["/usr/bin/python3", args.to_jsonl] + docs, stdout=subprocess.PIPE, check=True).stdout
code, out, err = mapper(text_lines)
if code != 0 or out != single:
    failures.append("text lines: exit %d, output %s\n%s" % (code, "equal" if out == single else "differs", err))

# 3. Hadoop Streaming with three input splits (-numReduceTasks 0): part-00000 … in order.
lines = text_lines.splitlines(keepends=True)
splits = [b"".join(lines[k * len(lines) // 3:(k + 1) * len(lines) // 3]) for k in range(3)]
with tempfile.TemporaryDirectory() as work:
    for k, split in enumerate(splits):
        with open(os.path.join(work, "split-%d" % k), "wb") as f:
            f.write(split)
        # Exactly as the streaming jar runs the mapper: the split on stdin through a shell pipe.
        subprocess.run("cat %s/split-%d | %s extract --stdin-jsonl -q > %s/part-%05d" % (work, k, args.binary, work, k),
                       shell=True, check=True)
    parts = b"".join(open(os.path.join(work, "part-%05d" % k), "rb").read() for k in range(3))
if parts != single:
    failures.append("three splits: the concatenated parts differ from the one-machine output")

# 4. A bad line is reported with its line number; the lines around it go on.
bad = path_lines.splitlines(keepends=True)
mixed = bad[0] + b"not json\n" + b'{"doc": "x"}\n' + bad[1]
code, out, err = mapper(mixed, quiet=False)
expect = subprocess.run([args.binary, "extract", "-q", docs[0], docs[1]], stdout=subprocess.PIPE).stdout
if code != 2 or out != expect or "standard input:2: not a JSON line" not in err or "standard input:3:" not in err:
    failures.append("bad lines: exit %d, stderr %r" % (code, err))

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok: %d documents, %d records, path lines, text lines and three splits all equal one machine" % (len(docs), single.count(b"\n")))

#!/usr/bin/python3
"""Documents to the mapper protocol's input: one {"doc": …, "text": …} line per file.

    /usr/bin/python3 scripts/docs_to_jsonl.py reports/ > docs.jsonl
    hdfs dfs -put docs.jsonl /input/      # then a Hadoop Streaming or Spark job (docs/scale.md)

For clusters whose mappers cannot see the files (HDFS, object stores): the text travels in the
line. Plain text only (.txt): a BOM decides, else strict UTF-8, else GB18030 — the encodings of
Chinese reports; a file that is neither is reported and left out. .docx and .html files need
zhibiao's readers: give those as {"doc": …, "path": …} lines where the mappers share a file system.
"""
import json
import os
import sys


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le", "replace")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def files(inputs):
    for item in inputs:
        if not os.path.isdir(item):
            yield item
            continue
        found = []
        for dirpath, dirnames, filenames in os.walk(item.rstrip("/") or "/", followlinks=True):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            found += [os.path.join(dirpath, n) for n in filenames if n.lower().endswith(".txt") and not n.startswith(".")]
        yield from sorted(found, key=lambda p: p.encode("utf-8", "surrogateescape"))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    status = 0
    out = sys.stdout
    for path in files(sys.argv[1:]):
        try:
            with open(path, "rb") as f:
                text = decode(f.read())
        except (OSError, UnicodeDecodeError) as e:
            sys.stderr.write("docs_to_jsonl: %s: %s\n" % (path, e))
            status = 2
            continue
        out.write(json.dumps({"doc": path, "text": text}, ensure_ascii=False) + "\n")
    sys.exit(status)


if __name__ == "__main__":
    main()

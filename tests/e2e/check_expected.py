#!/usr/bin/python3
"""Checks expected-record files with samples/tools/offsets.py: each span slices to its text.

  check_expected.py --samples DIR [--pair DOC EXPECTED]...
A --pair whose document is absent (../shared in a user's clone) is skipped with a message.
"""
import argparse
import contextlib
import io
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "samples", "tools"))
import offsets  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", required=True)
    ap.add_argument("--pair", nargs=2, action="append", default=[], metavar=("DOC", "EXPECTED"))
    a = ap.parse_args()
    pairs = []
    for name in sorted(os.listdir(a.samples)):
        if name.endswith(".expected.jsonl"):
            pairs.append((os.path.join(a.samples, name[: -len(".expected.jsonl")] + ".txt"),
                          os.path.join(a.samples, name)))
    for doc, exp in a.pair:
        if os.path.exists(doc):
            pairs.append((doc, exp))
        else:
            print(f"skipping {exp}: {doc} is absent")
    bad = 0
    for doc, exp in pairs:
        if not os.path.exists(doc):
            print(f"{exp}: document {doc} is missing")
            bad += 1
            continue
        bad += offsets.check(doc, exp)
    print("FAIL" if bad else "PASS", f"({len(pairs)} expected files)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

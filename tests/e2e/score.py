#!/usr/bin/python3
"""End-to-end accuracy of `zhibiao extract` against hand-read expected records.

For each document with an expected file, runs
    ZHIBIAO extract --format jsonl DOCUMENT
and compares the records with DOCUMENT's expected JSONL (samples/NAME.txt with
samples/NAME.expected.jsonl; or --doc/--expected pairs, e.g. seed 002).

Scoring (only records with a non-empty indicator count for precision/recall):
  a produced record is correct when an expected record has the same start, end,
  indicator, measure, value (numeric equality; null = null) and unit. Matching is
  one-to-one: two expected records on one span (rank of 总量 and rank of 增速) need
  two produced records.
  precision     = correct / produced-with-indicator
  recall        = matched expected-with-indicator / expected-with-indicator
  figure recall = expected records (any indicator) whose span appears in the output
The run fails when a total falls below the floors in floors.json (section chosen
with --floors-key). Prints a per-document table and up to 10 misses a document.

Exit codes: 0 pass, 1 below a floor or extract unusable, 77 skipped (document absent).
"""
import argparse
import json
import math
import os
import subprocess
import sys
from collections import Counter, defaultdict

SKIP = 77
MAX_MISSES = 10


def load_jsonl(path, what):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{what} {path}:{n}: not JSON ({e})")
    return out


def norm_value(v):
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return ("str", str(v))
    return f


def same_value(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, tuple) or isinstance(b, tuple):
        return a == b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def key(r):
    return (r.get("start"), r.get("end"), r.get("indicator") or "", r.get("measure"), r.get("unit"))


def has_extract(binary, err):
    """False when the binary does not know `extract` (CLI11: 'A subcommand is required',
    'The following argument was not expected: extract', or no extract in --help)."""
    low = err.lower()
    if "subcommand is required" in low or "not expected: extract" in low:
        return False
    try:
        h = subprocess.run([binary, "--help"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return True
    return "extract" in (h.stdout + h.stderr).decode("utf-8", "replace")


def run_extract(binary, doc):
    """Returns (records, error message or None)."""
    cmd = [binary, "extract", "--format", "jsonl", doc]
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=300,
                           env=dict(os.environ, LC_ALL="C.UTF-8"))
    except FileNotFoundError:
        return None, f"the zhibiao binary does not exist: {binary}"
    except subprocess.TimeoutExpired:
        return None, f"`{' '.join(cmd)}` did not finish in 300 s"
    err = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode != 0:
        if not has_extract(binary, err):
            return None, ("the binary rejects the `extract` subcommand — it is not implemented yet, so "
                          "there is nothing to score (no results are faked).\n  command: " + " ".join(cmd) +
                          f"\n  exit {p.returncode}: {err.splitlines()[0] if err else '(no message)'}")
        return None, f"`{' '.join(cmd)}` failed with exit {p.returncode}: {err[:500] or '(no message)'}"
    records = []
    for n, line in enumerate(p.stdout.decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            return None, f"extract output line {n} is not JSON ({e}): {line[:200]}"
    return records, None


def fmt(r):
    if r is None:
        return "(nothing)"
    v = r.get("value")
    return (f"{r.get('text', '?')} [{r.get('start')},{r.get('end')}) {r.get('indicator') or '∅'}"
            f"/{r.get('measure')} = {v} {r.get('unit')}")


def score(expected, produced):
    exp_ind = [r for r in expected if r.get("indicator")]
    prod_ind = [r for r in produced if r.get("indicator")]
    # one-to-one matching on (span, indicator, measure, unit) + numeric value
    pool = defaultdict(list)
    for i, r in enumerate(prod_ind):
        pool[key(r)].append(i)
    used = set()
    matched = []
    missed = []
    for r in exp_ind:
        hit = None
        for i in pool.get(key(r), []):
            if i not in used and same_value(norm_value(prod_ind[i].get("value")), norm_value(r.get("value"))):
                hit = i
                break
        if hit is None:
            missed.append(r)
        else:
            used.add(hit)
            matched.append(r)
    wrong = [r for i, r in enumerate(prod_ind) if i not in used]
    spans = {(r.get("start"), r.get("end")) for r in produced}
    fig_hit = sum(1 for r in expected if (r.get("start"), r.get("end")) in spans)
    by_span = defaultdict(list)
    for r in produced:
        by_span[(r.get("start"), r.get("end"))].append(r)
    return {
        "produced": len(produced), "produced_ind": len(prod_ind), "correct": len(used),
        "expected": len(expected), "expected_ind": len(exp_ind), "matched": len(matched),
        "fig_hit": fig_hit, "missed": missed, "wrong": wrong, "by_span": by_span,
    }


def ratio(a, b):
    return a / b if b else 1.0


def report_misses(name, s):
    lines = []
    for r in s["missed"]:
        got = s["by_span"].get((r.get("start"), r.get("end")), [])
        lines.append(f"    miss  expected {fmt(r)}\n          got      " +
                     ("; ".join(fmt(g) for g in got) if got else "(nothing at this span)"))
    shown = {(r.get("start"), r.get("end")) for r in s["missed"]}
    for r in s["wrong"]:  # produced records not already shown beside a miss
        if (r.get("start"), r.get("end")) not in shown:
            lines.append(f"    wrong produced {fmt(r)} (no such expected record)")
    if lines:
        print(f"  {name}: {len(s['missed'])} missed, {len(s['wrong'])} wrong"
              + (f" (first {MAX_MISSES} shown)" if len(lines) > MAX_MISSES else ""))
        for line in lines[:MAX_MISSES]:
            print(line)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--samples", help="directory of NAME.txt + NAME.expected.jsonl")
    ap.add_argument("--doc", action="append", default=[], help="a document (pairs with --expected)")
    ap.add_argument("--expected", action="append", default=[])
    ap.add_argument("--floors", required=True)
    ap.add_argument("--floors-key", default="samples")
    ap.add_argument("--only", help="with --samples: the documents whose name starts with this")
    ap.add_argument("--skip", help="with --samples: leave out the documents whose name starts with this (PREFIX,PREFIX… for several)")
    a = ap.parse_args()

    pairs = []
    if a.samples:
        for name in sorted(os.listdir(a.samples)):
            if name.endswith(".expected.jsonl"):
                base = name[: -len(".expected.jsonl")]
                if (a.only and not base.startswith(a.only)) or (a.skip and base.startswith(tuple(a.skip.split(",")))):
                    continue
                doc = os.path.join(a.samples, base + ".txt")
                if os.path.exists(doc):
                    pairs.append((base, doc, os.path.join(a.samples, name)))
    if len(a.doc) != len(a.expected):
        ap.error("--doc and --expected come in pairs")
    for doc, exp in zip(a.doc, a.expected):
        if not os.path.exists(doc):
            print(f"SKIP: {doc} is absent (../shared exists only beside a developer's checkout and CI's)")
            return SKIP
        pairs.append((os.path.basename(doc), doc, exp))
    if not pairs:
        print("no documents with expected records found")
        return 1

    floors = json.load(open(a.floors, encoding="utf-8")).get(a.floors_key, {})
    results = []
    for name, doc, exp in pairs:
        expected = load_jsonl(exp, "expected")
        produced, err = run_extract(a.binary, doc)
        if err:
            print(f"FAIL: {name}: {err}")
            return 1
        results.append((name, score(expected, produced)))

    print(f"{'document':34} {'out':>5} {'out+ind':>7} {'ok':>5} {'exp+ind':>7} {'found':>5}"
          f" {'prec':>6} {'recall':>6} {'fig.rec':>7}")
    tot = Counter()
    for name, s in results:
        for k in ("produced", "produced_ind", "correct", "expected", "expected_ind", "matched", "fig_hit"):
            tot[k] += s[k]
        print(f"{name:34} {s['produced']:5} {s['produced_ind']:7} {s['correct']:5} {s['expected_ind']:7}"
              f" {s['matched']:5} {ratio(s['correct'], s['produced_ind']):6.3f}"
              f" {ratio(s['matched'], s['expected_ind']):6.3f} {ratio(s['fig_hit'], s['expected']):7.3f}")
    totals = {
        "precision": ratio(tot["correct"], tot["produced_ind"]),
        "recall": ratio(tot["matched"], tot["expected_ind"]),
        "figure_recall": ratio(tot["fig_hit"], tot["expected"]),
    }
    print(f"{'TOTAL':34} {tot['produced']:5} {tot['produced_ind']:7} {tot['correct']:5} {tot['expected_ind']:7}"
          f" {tot['matched']:5} {totals['precision']:6.3f} {totals['recall']:6.3f} {totals['figure_recall']:7.3f}")
    print()
    for name, s in results:
        report_misses(name, s)

    failed = []
    for k, v in totals.items():
        floor = float(floors.get(k, 0.0))
        if v + 1e-12 < floor:
            failed.append(f"{k} {v:.3f} < floor {floor:.3f}")
    print()
    if failed:
        print(f"FAIL ({a.floors_key}): " + "; ".join(failed) + f"  [floors: {a.floors}]")
        return 1
    print(f"PASS ({a.floors_key}): precision {totals['precision']:.3f}, recall {totals['recall']:.3f}, "
          f"figure recall {totals['figure_recall']:.3f} — floors {json.dumps(floors, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

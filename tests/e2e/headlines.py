#!/usr/bin/python3
"""Periods, status and regions of `zhibiao extract`, and the headline table they give.

For each document with hand-read records (DOC.expected.jsonl) and its facts
(DOC.doc.json: region, doc_year, kind), runs `zhibiao extract` and reports:

  found       expected records produced on the same span with the same
              indicator, measure, value and unit (as tests/e2e/score.py);
  precision   among produced records of the indicators the expected file
              covers, those that match an expected record (the corpus files
              hold every figure of their headline indicators, so this is exact);
  fields      of the found records, the share whose period, period_kind,
              status and region equal the expected ones;
  document    whether the document's region and year came out as read;
  headline    the table an analyst builds from one report: for each headline
              indicator and measure, the document-year-minus-one actual and the
              document-year target of the document's own region (a cell). A cell
              is right when a produced record matches one of its expected records
              with period, status and region; it is unambiguous when, besides,
              no other produced annual record of that indicator, measure, period,
              status class and region has a value the text does not give it (a
              bound the cell keeps, 突破3万亿元 beside 3.6万亿元, is no conflict).

Exit 1 when a total falls below the floors (--floors FILE --floors-key KEY), 77
when the documents are absent. --show prints each wrong cell and field.
"""
import argparse
import json
import math
import os
import subprocess
import sys
from collections import Counter, defaultdict

SKIP = 77
FIELDS = ("period", "period_kind", "modality", "status", "region")


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def same_value(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def key(r):
    return (r["start"], r["end"], r.get("indicator") or "", r["measure"], r["unit"])


def status_class(r):
    s = r.get("status") or ("target" if r.get("modality") == "target" else "actual")
    return "target" if s == "target" else "actual" if s in ("actual", "estimate") else s


def extract(binary, doc):
    p = subprocess.run([binary, "extract", "--format", "jsonl", "-q", doc], capture_output=True,
                       env=dict(os.environ, LC_ALL="C.UTF-8"), timeout=600)
    if p.returncode not in (0,):
        raise SystemExit(f"FAIL: zhibiao extract {doc}: exit {p.returncode}: {p.stderr.decode()[:400]}")
    return [json.loads(line) for line in p.stdout.decode().splitlines() if line.strip()]


def match(expected, produced):
    """One-to-one: expected index → produced index."""
    pool = defaultdict(list)
    for i, r in enumerate(produced):
        pool[key(r)].append(i)
    used, pairs = set(), {}
    for j, r in enumerate(expected):
        for i in pool.get(key(r), []):
            if i not in used and same_value(produced[i].get("value"), r.get("value")):
                used.add(i)
                pairs[j] = i
                break
    return pairs


def agrees(p, values):
    """A produced value the text gives the cell: equal, or a bound it keeps (突破3万亿元 beside 3.6万亿元)."""
    v = p.get("value")
    known = [float(x) for x in values if x is not None]
    if any(same_value(v, x) for x in values):
        return True
    if v is None or not known:
        return False
    if p.get("qualifier") == "at_least":
        return float(v) <= max(known)
    if p.get("qualifier") == "at_most":
        return float(v) >= min(known)
    return False


def cells_of(expected, facts):
    """(indicator, measure, unit, status class, period) → expected records of the document's own annual figures."""
    year = facts.get("doc_year")
    region = facts.get("region")
    if not year:
        return {}
    # A work report of 2026 reviews 2025 and plans 2026; a communiqué or summary of 2025
    # reviews 2025 and plans 2026.
    reviewed = year - 1 if facts.get("kind") == "政府工作报告" else year
    want = {("actual", str(reviewed)), ("target", str(reviewed + 1))}
    cells = defaultdict(list)
    for j, r in enumerate(expected):
        if not r.get("indicator") or r.get("period_kind") != "year" or r.get("region") != region:
            continue
        c = (status_class(r), r.get("period"))
        if c in want:
            cells[(r["indicator"], r["measure"], r["unit"]) + c].append(j)
    return cells


def score(expected, produced, facts, show, name):
    pairs = match(expected, produced)
    out = Counter()
    out["expected"] = len(expected)
    out["found"] = len(pairs)
    indicators = {r["indicator"] for r in expected if r.get("indicator")}
    matched_produced = set(pairs.values())
    for i, r in enumerate(produced):
        if r.get("indicator") in indicators:
            out["produced"] += 1
            out["produced_ok"] += i in matched_produced
    for j, i in pairs.items():
        e, p = expected[j], produced[i]
        for f in FIELDS:
            if f not in e:
                continue
            out[f + "_n"] += 1
            ok = (p.get(f) or "") == (e.get(f) or "")
            out[f + "_ok"] += ok
            if not ok and show:
                print(f"  {name}: {f} of {e['text']} [{e['start']},{e['end']}) {e['indicator']}/{e['measure']}: "
                      f"expected {e.get(f)!r}, got {p.get(f)!r}")
    # The document's own facts, as the first record says them.
    if produced:
        out["doc_n"] = 1
        first = produced[0]
        out["doc_ok"] = int(first.get("doc_year") == facts.get("doc_year") and
                            all(p.get("region") is not None for p in produced[:1]))
    for (ind, measure, unit, sc, period), js in cells_of(expected, facts).items():
        out["cells"] += 1
        right = False
        for j in js:
            i = pairs.get(j)
            if i is not None and all((produced[i].get(f) or "") == (expected[j].get(f) or "") for f in FIELDS if f in expected[j]):
                right = True
        values = [expected[j].get("value") for j in js]
        others = [p for p in produced
                  if p.get("indicator") == ind and p["measure"] == measure and p["unit"] == unit and
                  p.get("period") == period and p.get("period_kind") == "year" and status_class(p) == sc and
                  p.get("region") == facts.get("region") and not agrees(p, values)]
        out["cells_right"] += right
        out["cells_clean"] += right and not others
        if show and (not right or others):
            print(f"  {name}: cell {ind}/{measure} {sc} {period}: expected {values} — "
                  + ("found" if right else "NOT found")
                  + (f"; conflicting: {[(o['text'], o.get('value'), o.get('rule')) for o in others]}" if others else ""))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--docs", required=True, help="folder of the documents")
    ap.add_argument("--expected", required=True, help="folder of NAME.expected.jsonl and NAME.doc.json")
    ap.add_argument("--floors")
    ap.add_argument("--floors-key")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(a.docs):
        print(f"SKIP: {a.docs} is absent (../shared exists only beside a developer's checkout and CI's)")
        return SKIP
    names = sorted(n[: -len(".expected.jsonl")] for n in os.listdir(a.expected) if n.endswith(".expected.jsonl"))
    names = [n for n in names if os.path.exists(os.path.join(a.docs, n + ".txt"))
             and os.path.exists(os.path.join(a.expected, n + ".doc.json"))]
    if not names:
        print("no documents with expected records and doc.json found")
        return 1
    tot = Counter()
    print(f"{'document':36} {'found':>9} {'prec':>6} {'period':>6} {'kind':>6} {'modal':>6} {'status':>6} {'region':>6}"
          f" {'cells':>5} {'right':>5} {'clean':>5}")
    r = lambda a_, b_: a_ / b_ if b_ else 1.0
    for n in names:
        expected = load_jsonl(os.path.join(a.expected, n + ".expected.jsonl"))
        facts = json.load(open(os.path.join(a.expected, n + ".doc.json"), encoding="utf-8"))
        produced = extract(a.binary, os.path.join(a.docs, n + ".txt"))
        s = score(expected, produced, facts, a.show, n)
        tot.update(s)
        print(f"{n[-36:]:36} {s['found']:4}/{s['expected']:<4} {r(s['produced_ok'], s['produced']):6.3f}"
              + "".join(f" {r(s[f + '_ok'], s[f + '_n']):6.3f}" for f in FIELDS)
              + f" {s['cells']:5} {s['cells_right']:5} {s['cells_clean']:5}")
    totals = {
        "found": r(tot["found"], tot["expected"]),
        "precision": r(tot["produced_ok"], tot["produced"]),
        **{f: r(tot[f + "_ok"], tot[f + "_n"]) for f in FIELDS},
        "cells_right": r(tot["cells_right"], tot["cells"]),
        "cells_clean": r(tot["cells_clean"], tot["cells"]),
    }
    print(f"{'TOTAL':36} {tot['found']:4}/{tot['expected']:<4} {totals['precision']:6.3f}"
          + "".join(f" {totals[f]:6.3f}" for f in FIELDS)
          + f" {tot['cells']:5} {tot['cells_right']:5} {tot['cells_clean']:5}")
    print(json.dumps({k: round(v, 3) for k, v in totals.items()}, ensure_ascii=False))
    if a.floors:
        floors = json.load(open(a.floors, encoding="utf-8")).get(a.floors_key, {})
        failed = [f"{k} {totals[k]:.3f} < floor {v:.3f}" for k, v in floors.items() if totals.get(k, 0) + 1e-12 < v]
        if failed:
            print(f"FAIL ({a.floors_key}): " + "; ".join(failed))
            return 1
        print(f"PASS ({a.floors_key})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Offsets helper for samples/*.expected.jsonl (and tests/data/*.expected.jsonl).

The expected records are written by hand, by reading the text. This script only
does the two mechanical things a person gets wrong: counting code points, and
multiplying by 10^8. It never decides what a figure is.

Offsets are half-open, in Unicode code points of the decoded text, BOM excluded,
CR counted (the file is read with newline='' so CRLF stays two code points).
Decoding: UTF-8 BOM / UTF-16 BOM, else strict UTF-8, else GB18030.

Commands
  offsets.py locate FILE TEXT [--after ANCHOR] [--all]
      print start/end of TEXT (first occurrence after ANCHOR, or every one)
  offsets.py build FILE DRAFT > FILE.expected.jsonl
      turn a hand-written draft (format below) into JSONL with offsets
  offsets.py check FILE EXPECTED
      verify every record: text[start:end] == "text", fields and enums valid,
      value consistent with the quantity as written (warns, never rewrites)

Draft format (samples/tools/drafts/*.draft), one record a line, in document order:
  # comment
  @ANCHOR                 move the cursor to the next occurrence of ANCHOR
  TEXT | indicator | mention | measure | value | unit [| key=val key=val ...]
  + TEXT | ...            same span as the previous record (a second record there)
TEXT is searched from the cursor on; the cursor then moves past it.
indicator may be empty; mention "=" means "same as indicator"; value "null" means masked
figure (masked=true is then implied). Keys: q=approx|at_least|at_most (default exact),
m=target (default actual), scope=, of=, total= (of_total), period= (normalized: 2025,
2025-H1, 2025-Q3, 2025-06, 2025-01/2025-09, 2021/2025), kind= (period_kind), basis=,
status=actual|estimate|target|masked (default: from m= and the value), region=,
low= and high= (a range such as 增长4.5%—5%: value null, masked false, the bounds
normalized like values).
A line "@@ key=val ..." sets defaults for the records after it (e.g. @@ period=2025
kind=year region=岚溪县); a record's own keys win.
"""
import json
import re
import sys
from decimal import Decimal

MEASURES = {"value", "growth", "share", "rank", "completion", "change"}
PERIOD_KINDS = {"", "year", "half", "quarter", "month", "months", "multi-year"}
STATUSES = {"actual", "estimate", "target", "masked"}
PERIOD_RE = re.compile(r"^$|^\d{4}$|^(\d{4}|XXXX)-H[12]$|^(\d{4}|XXXX)-Q[1-4]$|^(\d{4}|XXXX)-(0[1-9]|1[0-2])$|"
                       r"^(\d{4}|XXXX)-(0[1-9]|1[0-2])/(\d{4}|XXXX)-(0[1-9]|1[0-2])$|^\d{4}/\d{4}$")
QUALIFIERS = {"exact", "approx", "at_least", "at_most"}
MODALITIES = {"actual", "target"}
FIELDS = ["start", "end", "text", "indicator", "mention", "measure", "value", "unit",
          "qualifier", "modality", "masked", "scope", "of", "of_total", "period",
          "period_kind", "basis", "status", "region"]


def decode(path):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


# --- sanity check of values against the quantity as written --------------------
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
MAG = {"万": 4, "亿": 8, "千": 3, "百": 2, "十": 1}
FACTOR = {"斤": Decimal("0.0005"), "公斤": Decimal("0.001"), "千克": Decimal("0.001"),
          "公顷": Decimal(15), "平方公里": Decimal(1500)}
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def expected_value(text, unit):
    """Best-effort reading of simple quantities; None when this script cannot tell."""
    t = text.translate(FW)
    m = re.fullmatch(r"第([0-9]+|[一二三四五六七八九十]+)[位名]?", t)
    if m:
        g = m.group(1)
        if g.isdigit():
            return Decimal(g)
        if len(g) == 1:
            return Decimal(CN[g])
        return None
    m = re.fullmatch(r"([一二三四五六七八九十])成", t)
    if m:
        return Decimal(CN[m.group(1)] * 10)
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)[余多]?(十|百|千|万|亿|万亿)?(.*)", t)
    if not m:
        return None
    n = Decimal(m.group(1))
    mag = m.group(2) or ""
    rest = m.group(3)
    for ch in mag:
        n *= Decimal(10) ** MAG[ch]
    if rest.startswith("%") or rest.startswith("个百分点") or rest.startswith("百分点"):
        return n
    for u, f in FACTOR.items():
        if rest.startswith(u):
            return n * f
    return n


def check(path, expected):
    text = decode(path)
    bad = 0
    n = 0
    for lineno, line in enumerate(open(expected, encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        r = json.loads(line)
        where = f"{expected}:{lineno}"
        s, e = r.get("start"), r.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            print(f"{where}: bad offsets {s},{e}")
            bad += 1
            continue
        if text[s:e] != r.get("text"):
            print(f"{where}: slice {text[s:e]!r} != text {r.get('text')!r}")
            bad += 1
        for k, allowed in (("measure", MEASURES), ("qualifier", QUALIFIERS), ("modality", MODALITIES)):
            if r.get(k) not in allowed:
                print(f"{where}: {k}={r.get(k)!r} not in {sorted(allowed)}")
                bad += 1
        if "period" in r and not PERIOD_RE.match(r["period"]):
            print(f"{where}: period {r['period']!r} is not normalized (2025, 2025-H1, 2025-Q3, 2025-06, 2021/2025)")
            bad += 1
        if r.get("period_kind", "") not in PERIOD_KINDS:
            print(f"{where}: period_kind={r.get('period_kind')!r} not in {sorted(PERIOD_KINDS)}")
            bad += 1
        if "status" in r and r["status"] not in STATUSES:
            print(f"{where}: status={r['status']!r} not in {sorted(STATUSES)}")
            bad += 1
        is_range = r.get("low") is not None or r.get("high") is not None
        if r.get("masked") != (r.get("value") is None and not is_range):
            print(f"{where}: masked={r.get('masked')} but value={r.get('value')}")
            bad += 1
        if r.get("value") is not None:
            want = expected_value(r["text"], r.get("unit"))
            got = Decimal(str(r["value"]))
            if want is not None and abs(got) != want:
                print(f"{where}: warning: value {r['value']} but {r['text']} reads as {want}")
        if r.get("measure") == "rank" and r.get("unit") != "位":
            print(f"{where}: rank unit should be 位")
            bad += 1
    print(f"{expected}: {n} records, {bad} problems")
    return bad


# --- draft → JSONL -----------------------------------------------------------------
def num(v):
    if v == "null":
        return None
    d = Decimal(v)
    return int(d) if d == d.to_integral_value() else float(v)


def build(path, draft):
    text = decode(path)
    cursor = 0
    prev = None
    out = []
    defaults = {}
    for lineno, raw in enumerate(open(draft, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@@"):
            defaults = dict(kv.split("=", 1) for kv in line[2:].split())
            continue
        if line.startswith("@"):
            anchor = line[1:]
            i = text.find(anchor, cursor)
            if i < 0:
                sys.exit(f"{draft}:{lineno}: anchor {anchor!r} not found after {cursor}")
            cursor = i
            continue
        same = line.startswith("+")
        if same:
            line = line[1:]
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 6:
            sys.exit(f"{draft}:{lineno}: need text|indicator|mention|measure|value|unit")
        qtext, indicator, mention, measure, value, unit = parts[:6]
        extra = dict(defaults)
        extra.update(dict(kv.split("=", 1) for kv in (parts[6].split() if len(parts) > 6 else [])))
        if same:
            if prev is None or prev[2] != qtext:
                sys.exit(f"{draft}:{lineno}: '+' record must repeat the previous text")
            s, e = prev[0], prev[1]
        else:
            s = text.find(qtext, cursor)
            if s < 0:
                sys.exit(f"{draft}:{lineno}: {qtext!r} not found after offset {cursor}")
            e = s + len(qtext)
            cursor = e
        prev = (s, e, qtext)
        v = num(value)
        low, high = extra.pop("low", None), extra.pop("high", None)
        rec = {"start": s, "end": e, "text": qtext, "indicator": indicator,
               "mention": indicator if mention == "=" else mention, "measure": measure,
               "value": v, "unit": unit, "qualifier": extra.pop("q", "exact"),
               "modality": extra.pop("m", "actual"), "masked": v is None and low is None and high is None}
        if low is not None or high is not None:
            rec["low"] = num(low) if low is not None else None
            rec["high"] = num(high) if high is not None else None
        for key, field in (("scope", "scope"), ("of", "of"), ("period", "period"), ("kind", "period_kind"),
                           ("basis", "basis"), ("region", "region")):
            if key in extra:
                rec[field] = extra.pop(key)
        status = extra.pop("status", None)
        if status or any(k in rec for k in ("period_kind", "region")):
            rec["status"] = status or ("masked" if rec["masked"] else rec["modality"])
        if "total" in extra:
            rec["of_total"] = int(extra.pop("total"))
        if extra:
            sys.exit(f"{draft}:{lineno}: unknown keys {sorted(extra)}")
        out.append(rec)
    for r in out:
        print(json.dumps(r, ensure_ascii=False))


def locate(path, qtext, after=None, every=False):
    text = decode(path)
    start = text.find(after) if after else 0
    if start < 0:
        sys.exit(f"anchor {after!r} not found")
    i = text.find(qtext, start)
    while i >= 0:
        print(i, i + len(qtext), repr(text[max(0, i - 8):i + len(qtext) + 8]))
        if not every:
            break
        i = text.find(qtext, i + 1)


def main(argv):
    if len(argv) >= 3 and argv[0] == "check":
        return 1 if check(argv[1], argv[2]) else 0
    if len(argv) == 3 and argv[0] == "build":
        build(argv[1], argv[2])
        return 0
    if len(argv) >= 3 and argv[0] == "locate":
        after = argv[argv.index("--after") + 1] if "--after" in argv else None
        locate(argv[1], argv[2], after, "--all" in argv)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

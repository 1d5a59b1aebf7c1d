#!/usr/bin/python3
"""The workbook of ../shared/corpus, read back with openpyxl and printed by LibreOffice.

  workbook_corpus.py --binary ZHIBIAO --corpus DIR --expected tests/data/corpus [--png FILE]

Checks the comparison sheet (指标对比): one column per document, headed by the region and
year read by hand (DOC.doc.json); the 2025 地区生产总值 growth row holds each report's annual
figure, read by hand from the reports (below); no row mixes units; every cell links to a
row of 指标明细 with the same figure. Then LibreOffice converts the workbook to PDF: the first
page is the cover, and a page holds the comparison (with --png, that page is rendered there
to be looked at). Exit 77 (skipped) when DIR is absent.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

# The 2025 地区生产总值 growth (actual) each 2026 report gives, read by hand from the
# reports (the same figures as the hand-read tests/data/corpus/*.expected.jsonl).
GDP_GROWTH_2025 = {
    "gov-work-report-2026-guangxi.txt": 5.1,
    "gov-work-report-2026-hebei.txt": 5.6,
    "gov-work-report-2026-heilongjiang.txt": 4.2,
    "gov-work-report-2026-jiangxi.txt": 5.2,
    "gov-work-report-2026-jilin.txt": 5.0,
    "gov-work-report-2026-neimenggu.txt": 4.7,
    "gov-work-report-2026-ningxia.txt": 5.3,
    "gov-work-report-2026-qinghai.txt": 4.1,
    "gov-work-report-2026-shanxi.txt": 4.0,
    "gov-work-report-2026-sichuan.txt": 5.5,
    "gov-work-report-2026-tianjin.txt": 4.8,
    "gov-work-report-2026-xinjiang.txt": 5.5,
    "gov-work-report-2026-xizang.txt": 7.0,
    "gov-work-report-2026-zhejiang.txt": 5.5,
}

# What a number format says of its unit (display.cpp): percent, points, rank, or an amount.
def format_unit(fmt):
    if "个百分点" in fmt:
        return "百分点"
    if "第" in fmt and "位" in fmt:
        return "位"
    if '%"' in fmt:
        return "%"
    return "amount"


def row_unit(unit):
    return unit if unit in ("%", "百分点", "位") else "amount"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--expected", required=True)
    ap.add_argument("--png", help="render the comparison's first page to this PNG (outside the repository)")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"skipped: {args.corpus} is absent (a user's clone)")
        return 77
    docs = sorted(f for f in os.listdir(args.corpus) if f.endswith(".txt"))
    facts = {}
    for d in docs:
        path = os.path.join(args.expected, d[:-4] + ".doc.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                facts[d] = json.load(f)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        book = os.path.join(tmp, "corpus.xlsx")
        subprocess.run([args.binary, "extract", "-q", args.corpus, "-o", book], check=True)
        import openpyxl  # Debian's python3-openpyxl

        wb = openpyxl.load_workbook(book)
        if wb.sheetnames[0] != "说明":
            failures.append(f"the first sheet is {wb.sheetnames[0]}, not the cover 说明")
        cmp, detail = wb["指标对比"], wb["指标明细"]
        header = [c.value for c in cmp[1]]
        dh = [c.value for c in detail[1]]
        label = {name: header.index(name) for name in ("类别", "指标", "度量", "状态", "时期", "口径", "单位")}
        first_doc = header.index("不一致") + 1
        columns = header[first_doc:]

        # One column per document, headed by its region and year, in input order.
        if len(columns) != len(docs):
            failures.append(f"{len(columns)} document columns for {len(docs)} documents: {columns}")
        by_doc = {}
        for d, title in zip(docs, columns):
            by_doc[d] = first_doc + columns.index(title)
            if d in facts:
                want = f"{facts[d]['region']} {facts[d]['doc_year']}"
                if title != want:
                    failures.append(f"{d}: column headed {title!r}, its region and year are {want!r}")

        # The 2025 GDP growth row: each report's figure, as a number, undisputed.
        gdp = [r for r in cmp.iter_rows(min_row=2)
               if r[label["指标"]].value == "地区生产总值" and r[label["度量"]].value == "增速"
               and r[label["状态"]].value == "实际" and r[label["时期"]].value == "2025"
               and r[label["单位"]].value == "%" and not r[label["口径"]].value]
        if len(gdp) != 1:
            failures.append(f"{len(gdp)} rows of 2025 地区生产总值 growth in %, expected one")
        else:
            row = gdp[0]
            for d, want in GDP_GROWTH_2025.items():
                cell = row[by_doc[d]]
                if not isinstance(cell.value, (int, float)) or abs(cell.value - want) > 1e-9:
                    failures.append(f"{d}: 2025 GDP growth {cell.value!r}, the report says {want}")
                elif cell.comment is not None:
                    failures.append(f"{d}: 2025 GDP growth marked as disputed: {cell.comment.text}")
            print("2025 地区生产总值 growth:", {columns[c - first_doc]: row[c].value for c in sorted(by_doc.values())})

        # No unit mixed in a row; every cell links to its record, which holds the same figure.
        cells = links = 0
        for r in cmp.iter_rows(min_row=2):
            unit = row_unit(r[label["单位"]].value)
            measure = re.sub(r"（.*）$", "", r[label["度量"]].value)
            for c in r[first_doc:]:
                if c.value is None:
                    continue
                cells += 1
                if isinstance(c.value, str):
                    if c.value != "[c]" and " / " not in c.value:
                        failures.append(f"{c.coordinate}: text {c.value!r} in a row of figures")
                elif format_unit(c.number_format) != unit:
                    failures.append(f"{c.coordinate}: format {c.number_format!r} in a row of {r[label['单位']].value}")
                if c.hyperlink is None:
                    failures.append(f"{c.coordinate}: no link to its record")
                    continue
                m = re.fullmatch(r"'指标明细'!A(\d+)", c.hyperlink.location or "")
                if not m:
                    failures.append(f"{c.coordinate}: link {c.hyperlink.location!r} is not a row of 指标明细")
                    continue
                links += 1
                rec = [x.value for x in detail[int(m.group(1))]]
                shown = rec[dh.index("显示值")] if rec[dh.index("显示值")] is not None else rec[dh.index("数值")]
                same = (rec[dh.index("指标")] == r[label["指标"]].value and rec[dh.index("度量")] == measure
                        and rec[dh.index("时期")] == r[label["时期"]].value)
                if isinstance(c.value, (int, float)):
                    same = same and shown is not None and abs(float(shown) - c.value) <= 1e-6 * max(1, abs(c.value))
                else:
                    same = same and (c.value != "[c]" or rec[dh.index("遮蔽")] is True)
                if not same:
                    failures.append(f"{c.coordinate} ({r[label['指标']].value} {c.value!r}) links to row "
                                    f"{m.group(1)}: {rec[dh.index('指标')]} {rec[dh.index('度量')]} {shown!r}")
        print(f"指标对比: {cmp.max_row - 1} rows, {cells} cells, {links} links checked")

        # LibreOffice prints it: the cover on the first page, the comparison legible on its own pages.
        profile = "file://" + os.path.join(tmp, "lo-profile")
        out = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                              "--outdir", tmp, book], capture_output=True, text=True, timeout=300)
        pdf = os.path.join(tmp, "corpus.pdf")
        if out.returncode != 0 or not os.path.exists(pdf):
            failures.append(f"LibreOffice could not convert the workbook to PDF: {out.stderr.strip()}")
        else:
            def page_text(n):
                return subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", pdf, "-"],
                                      capture_output=True, text=True, check=True).stdout
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            first = page_text(1)
            for want in ("指标提取结果", "输入文件", "gov-work-report-2026-zhejiang.txt"):
                if want not in first:
                    failures.append(f"page 1 is not the cover: no {want!r} on it")
            comparison = next((n for n in range(1, pages + 1)
                               if re.match(r"\s*类别\s+指标\s+度量", page_text(n))), None)
            if comparison is None:
                failures.append("no page of the PDF starts with the comparison's header")
            else:
                text = page_text(comparison)
                for want in ("地区生产总值", "河北省", "5.6%"):
                    if want not in text:
                        failures.append(f"the comparison's page {comparison} has no {want!r}")
                print(f"PDF: {pages} pages, the cover on page 1, the comparison from page {comparison}")
                if args.png:
                    stem = args.png[:-4] if args.png.endswith(".png") else args.png
                    subprocess.run(["pdftoppm", "-f", str(comparison), "-l", str(comparison), "-r", "110", "-png",
                                    "-singlefile", pdf, stem], check=True)
                    print(f"rendered page {comparison} to {stem}.png")
    for f in failures[:30]:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

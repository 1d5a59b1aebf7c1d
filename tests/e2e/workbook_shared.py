#!/usr/bin/python3
"""The workbook for every file of ../shared/seeds and ../shared/corpus, read back
with openpyxl and with LibreOffice: its 指标明细 rows must match the JSONL records.

  workbook_shared.py --binary ZHIBIAO --shared DIR
Exit 77 (skipped) when DIR is absent.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--shared", required=True)
    args = ap.parse_args()
    inputs = [os.path.join(args.shared, d) for d in ("seeds", "corpus")]
    if not all(os.path.isdir(d) for d in inputs):
        print(f"skipped: {args.shared} is absent (a user's clone)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        book = os.path.join(tmp, "shared.xlsx")
        jsonl = subprocess.run([args.binary, "extract", "-q", *inputs], check=True, capture_output=True, text=True).stdout
        records = [json.loads(line) for line in jsonl.splitlines()]
        subprocess.run([args.binary, "extract", "-q", *inputs, "-o", book], check=True)
        print(f"{len(records)} records, workbook {os.path.getsize(book)} bytes")

        import openpyxl  # Debian's python3-openpyxl

        wb = openpyxl.load_workbook(book, read_only=True)
        detail = wb["指标明细"]
        rows = list(detail.iter_rows(values_only=True))
        header = rows[0]
        value_col = header.index("数值")
        failures = []
        if wb.sheetnames[:3] != ["说明", "指标明细", "指标对比"]:
            failures.append(f"the sheets are {wb.sheetnames}: 说明 (the cover), 指标明细, 指标对比 … expected")
        if len(rows) - 1 != len(records):
            failures.append(f"指标明细 has {len(rows) - 1} rows, JSONL has {len(records)} records")
        for i, (row, rec) in enumerate(zip(rows[1:], records)):
            want = rec["value"]
            got = row[value_col]
            if want is None:
                if got not in (None, ""):
                    failures.append(f"row {i + 2}: masked value should be empty, got {got!r}")
            elif not isinstance(got, (int, float)) or abs(float(got) - float(want)) > 1e-9 * max(1.0, abs(float(want))):
                failures.append(f"row {i + 2}: value {got!r} != {want!r}")
        files = wb["文件"]
        listed = sum(1 for _ in files.iter_rows(min_row=2))
        expected_files = sum(len([f for f in os.listdir(d) if f.endswith(".txt")]) for d in inputs)
        if listed != expected_files:
            failures.append(f"文件 lists {listed} files, expected {expected_files}")

        # LibreOffice: convert the records sheet to CSV; a workbook it must repair fails here.
        profile = "file://" + os.path.join(tmp, "lo-profile")
        # Filter options: comma, quote, UTF-8, from line 1, …, sheet 2 (指标明细; 说明 is the first).
        out = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                              "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
                              "--outdir", tmp, book],
                             capture_output=True, text=True, timeout=300)
        csv_path = os.path.join(tmp, "shared-指标明细.csv")
        if out.returncode != 0 or not os.path.exists(csv_path):
            failures.append(f"LibreOffice could not convert the workbook: {out.stderr.strip()}")
        else:
            import csv
            with open(csv_path, newline="", encoding="utf-8") as f:
                lo_rows = list(csv.reader(f))
            if len(lo_rows) - 1 != len(records):
                failures.append(f"LibreOffice sees {len(lo_rows) - 1} rows, JSONL has {len(records)}")
            else:
                print(f"LibreOffice read {len(lo_rows) - 1} rows")
        for f in failures[:20]:
            print("FAIL", f)
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

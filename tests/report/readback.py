#!/usr/bin/python3
"""Reads a workbook (openpyxl) or a CSV (LibreOffice's export) and prints it as JSON.

  readback.py xlsx FILE   -> {"sheets": [...], "sheet": {name: {rows, types, formats, freeze, autofilter, tables,
                              widths, links, comments, fills, print}}, "charts": n, "created": iso, "properties": {...}}
  readback.py csv FILE    -> {"rows": [[...], ...]}
The C++ test makes the assertions; this only reads, with real readers.
"""
import csv
import json
import sys
import zipfile


def read_xlsx(path):
    import openpyxl  # Debian's python3-openpyxl; run with /usr/bin/python3

    wb = openpyxl.load_workbook(path)
    out = {"sheets": wb.sheetnames, "sheet": {}}
    for ws in wb.worksheets:
        rows, types, formats, links, comments, fills = [], [], [], {}, {}, {}
        for row in ws.iter_rows():
            rows.append([c.value if not hasattr(c.value, "isoformat") else c.value.isoformat() for c in row])
            types.append([c.data_type for c in row])
            formats.append([c.number_format for c in row])
            for c in row:
                if c.hyperlink is not None:
                    links[c.coordinate] = c.hyperlink.location or c.hyperlink.target
                if c.comment is not None:
                    comments[c.coordinate] = c.comment.text
                if c.fill is not None and c.fill.fill_type == "solid":
                    fills[c.coordinate] = c.fill.fgColor.rgb
        setup = ws.page_setup
        out["sheet"][ws.title] = {
            "rows": rows,
            "types": types,
            "formats": formats,
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "tables": {name: ref for name, ref in ws.tables.items()},
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "links": links,
            "comments": comments,
            "fills": fills,
            "print": {"orientation": setup.orientation, "fit_width": setup.fitToWidth, "fit_height": setup.fitToHeight,
                      "fit": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
                      "title_rows": ws.print_title_rows, "paper": setup.paperSize},
        }
    with zipfile.ZipFile(path) as z:
        out["charts"] = sum(1 for n in z.namelist() if n.startswith("xl/charts/chart"))
    out["created"] = wb.properties.created.isoformat() if wb.properties.created else None
    p = wb.properties
    out["properties"] = {"title": p.title, "author": p.creator, "keywords": p.keywords, "subject": p.subject,
                         "description": p.description}
    return out


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {"rows": list(csv.reader(f))}


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    data = read_xlsx(path) if mode == "xlsx" else read_csv(path)
    json.dump(data, sys.stdout, ensure_ascii=False, default=str)

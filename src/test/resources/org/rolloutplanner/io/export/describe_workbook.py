"""Reads an .xlsx with openpyxl (a reader outside the JVM) and prints what a person would check, as JSON.

Usage: python3 describe_workbook.py FILE.xlsx
Prints: sheet names in order; per sheet its frozen pane, charts (type, series count), tables (name, ref, has
filter), every formula cell (coordinate and formula), the string cells that start with "=", and the values, types
and number formats of the first 60 rows x 20 columns.
"""
import json
import sys

try:
    import openpyxl
except ImportError:
    print("openpyxl is not installed (Debian: apt-get install python3-openpyxl)", file=sys.stderr)
    sys.exit(3)


def cell_info(c):
    v = c.value
    if hasattr(v, "isoformat"):
        v = v.isoformat()
    return {"v": v, "t": c.data_type, "f": c.number_format, "fill": fill(c)}


def fill(c):
    try:
        if c.fill is not None and c.fill.fill_type == "solid":
            rgb = c.fill.fgColor.rgb
            return rgb if isinstance(rgb, str) else None
    except Exception:
        return None
    return None


def main(path):
    wb = openpyxl.load_workbook(path)  # formulas as written
    values = openpyxl.load_workbook(path, data_only=True)  # cached values
    out = {"sheets": wb.sheetnames, "detail": {}}
    for ws in wb.worksheets:
        vs = values[ws.title]
        formulas = []
        text_like_formulas = []
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    formulas.append({"cell": c.coordinate, "formula": str(c.value),
                                     "value": vs[c.coordinate].value})
                elif isinstance(c.value, str) and c.value.startswith("="):
                    text_like_formulas.append({"cell": c.coordinate, "text": c.value, "t": c.data_type})
        cells = {}
        for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 60), max_col=min(ws.max_column, 20)):
            for c in row:
                if c.value is not None or fill(c):
                    cells[c.coordinate] = cell_info(c)
        charts = []
        for ch in getattr(ws, "_charts", []):
            charts.append({"type": type(ch).__name__, "series": len(ch.series)})
        tables = []
        for t in ws.tables.values():
            tables.append({"name": t.displayName, "ref": t.ref, "filter": t.autoFilter is not None,
                           "columns": [c.name for c in t.tableColumns]})
        out["detail"][ws.title] = {
            "freeze": ws.freeze_panes,
            "max_row": ws.max_row,
            "max_column": ws.max_column,
            "landscape": ws.page_setup.orientation == "landscape",
            "fit_width": ws.page_setup.fitToWidth,
            "fit_to_page": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "print_title_rows": ws.print_title_rows,
            "formulas": formulas,
            "text_starting_with_equals": text_like_formulas,
            "cells": cells,
            "charts": charts,
            "tables": tables,
        }
    json.dump(out, sys.stdout, default=str)


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
"""Text from content that begins with =, +, - or @ must reach the workbook as text, never as a
formula. Copies the site into a temporary folder, adds a case study and a data row whose text
looks like formulas, builds, and reads the cells back with openpyxl.

usage: test_formula_text.py ICBGEN_BINARY SITE_ROOT"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import openpyxl  # noqa: E402

from check_layout import check_layout  # noqa: E402
from workbook_lib import Failures, build_site, copy_site, sheet_charts  # noqa: E402

CASE_STUDY = '''---
title: '=HYPERLINK("http://example.org","click")'
place: "+44 Somewhere"
depth: summary
model: A model described only to test how workbook cells are written.
priorities: []
outcomes:
  - text: "=1+1 more families seen"
    value: 5
    unit: percent
    change: "-5 points against last year"
    kind: observed
    conflict: "@risk: the table gives another figure"
  - text: "+more families said it helped"
    kind: qualitative
source:
  document: "A test document"
---

Body.
'''

DATA_ROW = '2019-21,=SUM(A1:A2),3.7,@note starting with an at sign,"-a source starting with a minus"\n'

EXPECTED = {
    "case-studies.xlsx": ['=HYPERLINK("http://example.org","click")', "+44 Somewhere", "=1+1 more families seen",
                          "-5 points against last year", "@risk: the table gives another figure",
                          "+more families said it helped"],
    "strategy-metrics.xlsx": ["=SUM(A1:A2)", "@note starting with an at sign", "-a source starting with a minus"],
}


def main():
    binary, root = sys.argv[1], os.path.abspath(sys.argv[2])
    f = Failures()
    with tempfile.TemporaryDirectory(prefix="icbgen-formula-test-") as tmp:
        site_root = copy_site(root, os.path.join(tmp, "root"))
        with open(os.path.join(site_root, "content/case-studies/formula-text-check.md"), "w", encoding="utf-8") as fh:
            fh.write(CASE_STUDY)
        with open(os.path.join(site_root, "data/metrics/infant-mortality.csv"), "a", encoding="utf-8") as fh:
            fh.write(DATA_ROW)
        site = build_site(binary, site_root, os.path.join(tmp, "out"))
        for name, texts in EXPECTED.items():
            path = os.path.join(site, "downloads", name)
            check_layout(path, f)
            wb = openpyxl.load_workbook(path)
            found = {}
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    for cell in row:
                        if cell.value in texts:
                            found.setdefault(cell.value, []).append(cell)
            for text in texts:
                cells = found.get(text, [])
                f.check(cells, f"{name}: {text!r} not found")
                for c in cells:
                    f.check(c.data_type == "s", f"{name}!{c.parent.title}!{c.coordinate}: {text!r} is {c.data_type}, not text")
            if name == "strategy-metrics.xlsx":
                charts = sheet_charts(path).get("infant-mortality", [])
                f.check(charts, "no chart on the infant-mortality sheet")
                for alt, xml in charts:
                    f.check("=SUM(A1:A2)" in xml and "<c:f>=SUM" not in xml and "<c:f>SUM" not in xml,
                            "the series named =SUM(A1:A2) is not a literal name")
                    f.check("=SUM(A1:A2): 3.7" in alt, f"alt text lacks the new series: {alt}")
    f.finish("formula-looking text stays text")


if __name__ == "__main__":
    main()

"""Shared helpers for the workbook tests: build a site, read workbooks with openpyxl, read the
parts of an xlsx openpyxl does not expose (custom properties, chart alt text) from the zip,
and read the site's content and data the way the generator does."""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

SKIP = 77  # ctest SKIP_RETURN_CODE

try:
    import openpyxl  # noqa: F401
    import yaml
except ImportError as e:  # pragma: no cover
    print(f"skipped: {e} (install python3-openpyxl and python3-yaml)")
    sys.exit(SKIP)

FIXED_SHEETS = {"Cover", "Contents", "Notes"}
# Columns of labels that look like numbers but are categories, not quantities (see
# docs/WORKBOOKS.md): reporting periods such as 2023 in a column that also holds 2021/22, and
# minute numbers such as 3.05.
LABEL_COLUMNS = {"Period", "Latest period", "Baseline period", "Minute"}

NS = {
    "main": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "cp": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
}


class Failures:
    def __init__(self):
        self.items = []

    def check(self, ok, message):
        if not ok:
            self.items.append(message)
        return ok

    def finish(self, what):
        for f in self.items:
            print("FAIL:", f)
        if self.items:
            print(f"{what}: {len(self.items)} failure(s)")
            sys.exit(1)
        print(f"{what}: ok")


def build_site(binary, root, out_dir):
    """Runs `icbgen build` into out_dir/site (private packs into out_dir/private)."""
    site = os.path.join(out_dir, "site")
    result = subprocess.run(
        [binary, "build", "--root", root, "--out", site, "--private-out", os.path.join(out_dir, "private")],
        capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:])
        sys.exit(f"icbgen build failed with exit code {result.returncode}")
    return site


def workbooks(site):
    folder = os.path.join(site, "downloads")
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xlsx"))


def copy_site(root, dest):
    """Copies the parts of a site folder a build reads (content, data, templates)."""
    for part in ("content", "data", "templates"):
        src = os.path.join(root, part)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(dest, part))
    return dest


# --- the parts of the zip openpyxl does not read --------------------------------------------

def custom_properties(path):
    with zipfile.ZipFile(path) as z:
        if "docProps/custom.xml" not in z.namelist():
            return {}
        root = ET.fromstring(z.read("docProps/custom.xml"))
    out = {}
    for p in root.findall("cp:property", NS):
        value = p.find("vt:lpwstr", NS)
        out[p.get("name")] = value.text if value is not None else None
    return out


def sheet_charts(path):
    """{sheet name: [(alt text, chart XML)]} for every chart anchored on a worksheet."""
    out = {}
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())

        def rels(part):
            folder, base = part.rsplit("/", 1)
            rel_path = f"{folder}/_rels/{base}.rels"
            if rel_path not in names:
                return {}
            root = ET.fromstring(z.read(rel_path))
            return {r.get("Id"): os.path.normpath(os.path.join(folder, r.get("Target"))).replace("\\", "/")
                    for r in root.findall("rel:Relationship", NS)}

        book = ET.fromstring(z.read("xl/workbook.xml"))
        book_rels = rels("xl/workbook.xml")
        for sheet in book.find("main:sheets", NS):
            name = sheet.get("name")
            part = book_rels[sheet.get(f"{{{NS['r']}}}id")]
            out[name] = []
            for drawing in (t for t in rels(part).values() if "/drawings/drawing" in t):
                d = ET.fromstring(z.read(drawing))
                drawing_rels = rels(drawing)
                for anchor in d:
                    props = anchor.find(".//xdr:graphicFrame/xdr:nvGraphicFramePr/xdr:cNvPr", NS)
                    chart = anchor.find(".//c:chart", NS)
                    if props is None or chart is None:
                        continue
                    target = drawing_rels[chart.get(f"{{{NS['r']}}}id")]
                    out[name].append((props.get("descr"), z.read(target).decode("utf-8")))
    return out


# --- the site's content and data -------------------------------------------------------------

def front_matter(path):
    text = open(path, encoding="utf-8").read()
    if text.startswith("---"):
        return yaml.safe_load(text.split("\n---", 1)[0][3:]) or {}
    return yaml.safe_load(text) or {}


KNOWN_COLUMNS = {"period", "value", "area", "lower_ci", "upper_ci", "numerator", "denominator", "note", "source"}


def read_series(root):
    """{metric id: [row dict with 'category' (breakdown categories joined) added]}"""
    out = {}
    folder = os.path.join(root, "data", "metrics")
    for f in sorted(os.listdir(folder)):
        if not f.endswith(".csv"):
            continue
        with open(os.path.join(folder, f), encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            extra = [c for c in reader.fieldnames if c not in KNOWN_COLUMNS]
            rows = []
            for row in reader:
                cats = [row[c] for c in extra if row.get(c)]
                row["category"] = "; ".join(cats) if cats else "All"
                rows.append(row)
        out[f[:-4]] = rows
    return out


def number(text):
    return float(text) if text not in (None, "") else None


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def period_words(text):
    """A CSV period as the workbooks and pages print it: 2019-04..2022-10 is "April 2019 to
    October 2022", 2023-05 "May 2023", 2019-21 "2019 to 2021"; other forms as written."""
    t = text.strip()
    month = lambda y, m: f"{MONTHS[int(m) - 1]} {y}"  # noqa: E731
    m = re.fullmatch(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})", t)
    if m:
        return f"{month(m[1], m[2])} to {month(m[3], m[4])}"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return f"{int(m[3])} {month(m[1], m[2])}"
    m = re.fullmatch(r"(\d{2})(\d{2})-(\d{2})", t)
    if m:
        gap = (int(m[3]) - int(m[2])) % 100
        if 1 <= gap <= 3:
            return f"{m[1]}{m[2]} to {int(m[1] + m[2]) + gap}"
        if 1 <= int(m[3]) <= 12:
            return month(m[1] + m[2], m[3])
    return t


def period_midpoint(text):
    """Decimal-year midpoint of the period forms in docs/CONTENT_MODEL.md."""
    t = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})", t)
    if m:
        a = int(m[1]) + (int(m[2]) - 1) / 12
        b = int(m[3]) + int(m[4]) / 12
        return (a + b) / 2
    m = re.fullmatch(r"(\d{4})/(\d{2}) Q([1-4])", t)
    if m:
        start = int(m[1]) + 0.25 + (int(m[3]) - 1) * 0.25
        return start + 0.125
    m = re.fullmatch(r"(\d{4}) Q([1-4])", t)
    if m:
        return int(m[1]) + (int(m[2]) - 1) * 0.25 + 0.125
    m = re.fullmatch(r"(\d{4})/(\d{2})", t)
    if m:
        return int(m[1]) + 0.25 + 0.5
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return int(m[1]) + (int(m[2]) - 1) / 12 + (int(m[3]) - 0.5) / 365
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m and int(m[2]) <= 12:
        return int(m[1]) + (int(m[2]) - 0.5) / 12
    m = re.fullmatch(r"(\d{2})(\d{2})-(\d{2})", t)
    if m:  # a span of years, 2019-21
        return (int(m[1] + m[2]) + int(m[1] + m[3]) + 1) / 2
    m = re.fullmatch(r"(\d{4})", t)
    if m:
        return int(m[1]) + 0.5
    raise ValueError(f"unknown period {text!r}")


def table_rows(ws, table):
    """The table's header and data rows as lists of cells."""
    rows = list(ws[table.ref])
    return rows[0], rows[1:]


def by_header(header, row):
    return {h.value: c for h, c in zip(header, row)}


def header_named(headers, prefix):
    for h in headers:
        if h == prefix or h.startswith(prefix + " "):
            return h
    raise KeyError(prefix)


def notes_map(wb):
    if "Notes" not in wb.sheetnames:
        return {}
    ws = wb["Notes"]
    table = next(iter(ws.tables.values()))
    _, rows = table_rows(ws, table)
    return {r[0].value: r[1].value for r in rows}

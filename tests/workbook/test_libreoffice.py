#!/usr/bin/env python3
"""Opens every workbook with a second, independent reader: LibreOffice converts each one to CSV
(every sheet) and to PDF; both conversions must succeed and the Cover and Traceability text
must hold the expected values. The OpenDocument copy of each workbook (.ods) is converted to
CSV too, once, and every sheet must read exactly as the .xlsx's does; its numbers, dates and
text must also equal the .xlsx's cells as openpyxl reads them.

usage: test_libreoffice.py ICBGEN_BINARY SITE_ROOT"""
import csv
import datetime
import glob
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from workbook_lib import SKIP, Failures, build_site, front_matter, workbooks  # noqa: E402
import openpyxl  # noqa: E402  (workbook_lib skips the test when it is missing)

# Comma, double quote, UTF-8, from line 1, cells as shown, every sheet to its own file.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def convert(office, profile, target, out, files):
    cmd = [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
           "--outdir", out] + files
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    return result.returncode, result.stdout + result.stderr


def ambitions(root):
    """Every ambition of the site's priorities, as written in their front matter."""
    for path in sorted(glob.glob(os.path.join(root, "content/strategy/priorities/*.md"))):
        yield from front_matter(path).get("ambitions", [])


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def shown(value):
    """A cell as openpyxl reads it, the way the CSV shows it, for comparison."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%-d %B %Y") if value.time() == datetime.time() else value.strftime("%H:%M")
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return value


def same_cell(xlsx_value, text):
    want = shown(xlsx_value)
    if isinstance(want, (int, float)):
        try:
            return abs(float(text.replace(",", "")) - want) < 1e-9 * max(1, abs(want)) or \
                round(want, 6) == round(float(text.replace(",", "")), 6)
        except ValueError:
            return False
    return str(want) == text


def compare_ods(f, books, xlsx_csv, ods_csv):
    """Every sheet of each .ods, converted by LibreOffice, reads as the .xlsx's sheet does, and
    holds the values openpyxl reads from the .xlsx."""
    sheets = 0
    for book in books:
        stem = os.path.basename(book)[:-5]
        wb = openpyxl.load_workbook(book)
        for ws in wb.worksheets:
            a, b = (os.path.join(d, f"{stem}-{ws.title}.csv") for d in (xlsx_csv, ods_csv))
            if not f.check(os.path.exists(b), f"{stem}.ods: no CSV of sheet {ws.title}"):
                continue
            ods_rows = read_csv(b)
            if os.path.exists(a):
                f.check(read_csv(a) == ods_rows, f"{stem}: sheet {ws.title} reads differently in the .ods")
            # At most numbers to the decimals shown: the CSV is cells as shown.
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    r, col = c.row - 1, c.column - 1
                    text = ods_rows[r][col] if r < len(ods_rows) and col < len(ods_rows[r]) else None
                    if text is None:
                        f.check(False, f"{stem}.ods!{ws.title}!{c.coordinate}: missing")
                    elif isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                        try:
                            got = float(text.replace(",", ""))
                        except ValueError:
                            f.check(False, f"{stem}.ods!{ws.title}!{c.coordinate}: {text!r}, not a number")
                            continue
                        decimals = len(text.split(".")[1]) if "." in text else 0
                        f.check(round(c.value, decimals) == round(got, decimals),
                                f"{stem}.ods!{ws.title}!{c.coordinate}: {text!r}, not {c.value!r}")
                    else:
                        f.check(str(shown(c.value)) == text,
                                f"{stem}.ods!{ws.title}!{c.coordinate}: {text!r}, not {shown(c.value)!r}")
            sheets += 1
    f.check(sheets >= 10, f"only {sheets} sheets compared between .ods and .xlsx")


def main():
    binary, root = sys.argv[1], os.path.abspath(sys.argv[2])
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        print("skipped: LibreOffice (libreoffice or soffice) is not on PATH")
        sys.exit(SKIP)
    f = Failures()
    site_yaml = front_matter(os.path.join(root, "content/site.yaml"))
    with tempfile.TemporaryDirectory(prefix="icbgen-libreoffice-") as tmp:
        site = build_site(binary, root, tmp)
        books = workbooks(site)
        profile = os.path.join(tmp, "lo-profile")
        csv_dir, pdf_dir = os.path.join(tmp, "csv"), os.path.join(tmp, "pdf")
        code, log = convert(office, profile, CSV_FILTER, csv_dir, books)
        f.check(code == 0, f"CSV conversion failed ({code}): {log[-500:]}")
        code, log = convert(office, profile, "pdf", pdf_dir, books)
        f.check(code == 0, f"PDF conversion failed ({code}): {log[-500:]}")
        ods_dir = os.path.join(tmp, "ods-csv")
        odses = [b[:-5] + ".ods" for b in books]
        for ods in odses:
            f.check(os.path.exists(ods), f"{os.path.basename(ods)} was not written")
        code, log = convert(office, profile, CSV_FILTER, ods_dir, [o for o in odses if os.path.exists(o)])
        f.check(code == 0, f"CSV conversion of the .ods files failed ({code}): {log[-500:]}")
        compare_ods(f, books, csv_dir, ods_dir)
        for book in books:
            stem = os.path.basename(book)[:-5]
            pdf = os.path.join(pdf_dir, stem + ".pdf")
            f.check(os.path.exists(pdf) and os.path.getsize(pdf) > 1000, f"{stem}: no PDF")
            cover = os.path.join(csv_dir, f"{stem}-Cover.csv")
            if not f.check(os.path.exists(cover), f"{stem}: no Cover CSV ({sorted(os.listdir(csv_dir))[:5]})"):
                continue
            text = "\n".join(",".join(r) for r in read_csv(cover))
            for want in ("Date published", "24 July 2023", "Next update", "Not yet scheduled",
                         site_yaml["publisher"], site_yaml["contact_email"]):
                f.check(want in text, f"{stem}: Cover lacks {want!r}")
            sheets = glob.glob(os.path.join(csv_dir, f"{stem}-*.csv"))
            f.check(any(s.endswith("-Contents.csv") for s in sheets), f"{stem}: no Contents sheet read")

        trace = os.path.join(csv_dir, "strategy-metrics-Traceability.csv")
        if f.check(os.path.exists(trace), "no Traceability CSV"):
            rows = read_csv(trace)
            header_at = next(i for i, r in enumerate(rows) if r and r[0] == "Priority")
            header = rows[header_at]
            data = [dict(zip(header, r)) for r in rows[header_at + 1:]]
            value = next(h for h in header if h.startswith("Latest value"))
            by_metric = {r["Metric ID"]: r for r in data}
            # As shown in Calc: the number with its format, the [x] shorthand where there is none.
            f.check(by_metric.get("bowel-screening-uptake", {}).get(value) == "52.1", "bowel screening latest is not 52.1")
            f.check(by_metric.get("bowel-screening-uptake", {}).get("Target") == "60", "bowel screening target is not 60")
            f.check(by_metric.get("bowel-screening-uptake", {}).get("Target year") == "2033", "target year not shown as 2033")
            f.check(by_metric.get("reception-overweight", {}).get(value) == "23.8", "reception overweight latest is not 23.8")
            # Background figures (context) are not measures, so they have no row.
            f.check("infant-mortality" not in by_metric, "a background figure has a Traceability row")
            f.check(by_metric.get("preventable-disease-deaths", {}).get(value) == "[x]", "a metric without data does not show [x]")
            # One row per measure of each ambition, one for an ambition with none.
            want = sum(max(1, len(a.get("metrics", []))) for a in ambitions(root))
            f.check(len(data) == want, f"{len(data)} traceability rows, not {want}")
    f.finish(f"{len(books)} workbooks converted by LibreOffice")


if __name__ == "__main__":
    main()

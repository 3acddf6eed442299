#!/usr/bin/env python3
"""Opens every workbook with a second, independent reader: LibreOffice converts each one to CSV
(every sheet) and to PDF; both conversions must succeed and the Cover and Traceability text
must hold the expected values.

usage: test_libreoffice.py ICBGEN_BINARY SITE_ROOT"""
import csv
import glob
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from workbook_lib import SKIP, Failures, build_site, front_matter, workbooks  # noqa: E402

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

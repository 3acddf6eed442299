#!/usr/bin/env python3
"""No placeholder or internal notation reaches a public output file.

Builds the shipped content with the real binary into a temporary folder and reads every public
file the way a reader meets it: the text of every HTML page (with alt, title and aria-label
text), the CSV and JSON downloads, the text of every PDF (pdftotext) and every workbook cell
(openpyxl). Fails naming the file and the offending text.

usage: test_public_text.py ICBGEN_BINARY SITE_ROOT [OUT_DIR]
With OUT_DIR the built site is left there (for a look); otherwise a temporary folder is used.
"""
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

SKIP = 77  # ctest SKIP_RETURN_CODE

try:
    import openpyxl
except ImportError as e:  # pragma: no cover
    print(f"skipped: {e} (install python3-openpyxl)")
    sys.exit(SKIP)
if not shutil.which("pdftotext"):
    print("skipped: pdftotext is not installed (poppler-utils)")
    sys.exit(SKIP)

# What must never be read by the public, each with the reason given on failure.
FORBIDDEN = [
    (re.compile(r"\bNone\b(?! of\b)"), "a placeholder 'None' (write 'not published', 'no target set')"),
    (re.compile(r"\bnull\b", re.I), "a placeholder 'null'"),
    (re.compile(r"\bnan\b", re.I), "a placeholder 'nan'"),
    (re.compile(r"\bundefined\b", re.I), "a placeholder 'undefined'"),
    (re.compile(r"\d\.\.\d"), "period notation '..' (write 'April 2019 to October 2022')"),
    (re.compile(r"\b00\d[ _](?:ICP|[0-9a-f]{6})", re.I), "a seed file number"),
    (re.compile(r"\bpack line \d+", re.I), "a line of the extracted pack ('pack line N')"),
    (re.compile(r"\(lines? \d+", re.I), "a line of an extracted source ('(line N)')"),
    (re.compile(r"\bicbgen\b", re.I), "the generator's name in public text"),
    (re.compile(r"did not survive extraction", re.I), "talk of text extraction"),
]

TEXT_ATTRIBUTES = {"alt", "title", "aria-label", "content"}


class PageText(html.parser.HTMLParser):
    """The text a reader (or a screen reader) meets: content and a few attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        for name, value in attrs:
            if name in TEXT_ATTRIBUTES and value:
                if tag == "meta" and dict(attrs).get("name") not in ("description",):
                    continue
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    p = PageText()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return "\n".join(p.parts)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def workbook_cells(path):
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield f"{sheet.title}!{cell.coordinate}", str(cell.value)


def texts(site):
    """(file and place, text) for every public file a reader can open."""
    for dirpath, _, names in os.walk(site):
        for name in sorted(names):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, site)
            ext = os.path.splitext(name)[1].lower()
            if ext == ".html":
                yield rel, html_text(path)
            elif ext in (".csv", ".json", ".txt", ".xml", ".svg"):
                with open(path, encoding="utf-8") as f:
                    yield rel, f.read()
            elif ext == ".ics":  # folded lines joined again
                with open(path, encoding="utf-8", newline="") as f:
                    yield rel, f.read().replace("\r\n ", "")
            elif ext == ".zip":
                with zipfile.ZipFile(path) as z:
                    for member in z.namelist():
                        yield f"{rel} {member}", z.read(member).decode("utf-8")
            elif ext == ".pdf":
                yield rel, pdf_text(path)
            elif ext == ".xlsx":
                for where, value in workbook_cells(path):
                    yield f"{rel} {where}", value


def scan(site):
    failures, files = [], set()
    for where, text in texts(site):
        files.add(where.split(" ")[0])
        for pattern, why in FORBIDDEN:
            for m in pattern.finditer(text):
                start, end = max(0, m.start() - 40), min(len(text), m.end() + 40)
                context = " ".join(text[start:end].split())
                failures.append(f"{where}: {why}: ...{context}...")
    seen = {ext: sum(1 for f in files if f.endswith("." + ext))
            for ext in ("html", "pdf", "xlsx", "csv", "json", "ics", "zip")}
    return failures, seen


def main():
    binary, root = sys.argv[1], os.path.abspath(sys.argv[2])
    keep = sys.argv[3] if len(sys.argv) > 3 else None
    with tempfile.TemporaryDirectory(prefix="icbgen-public-text-") as tmp:
        out = keep or tmp
        site, private = os.path.join(out, "site"), os.path.join(out, "private")
        result = subprocess.run([binary, "build", "--root", root, "--out", site,
                                 "--private-out", private], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"building the shipped content failed ({result.returncode}):\n{result.stderr}")
        failures, seen = scan(site)
        # An empty scan proves nothing: every kind of public file must have been read.
        for ext, n in seen.items():
            if n == 0:
                failures.append(f"no .{ext} file was read in the built site: the scan proves nothing")
    for f in failures:
        print("FAIL:", f)
    if failures:
        print(f"public text: {len(failures)} failure(s)")
        sys.exit(1)
    print("public text: ok ({})".format(", ".join(f"{n} {k}" for k, n in seen.items())))


if __name__ == "__main__":
    main()

"""Reading PDFs back for the pack tests, with poppler-utils (pdftotext, pdfinfo, pdftohtml,
pdftoppm): page texts, document information, the outline (bookmarks) and how red a page is;
and the text of any output file, as the privacy tests search it."""
import re
import subprocess
import zipfile


def run(*args):
    return subprocess.run(args, check=True, capture_output=True).stdout


def page_texts(pdf, layout=True):
    """The text of every page, in order."""
    args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    pages = run(*args).decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def info(pdf):
    """pdfinfo's fields as a dict."""
    out = {}
    for line in run("pdfinfo", pdf).decode("utf-8").splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def outline(pdf):
    """The bookmarks as (depth, title, page), in order; pdftohtml prints them as nested
    <outline> lists in its XML."""
    xml = run("pdftohtml", "-xml", "-i", "-q", "-stdout", pdf).decode("utf-8")
    start = xml.find("<outline>")
    if start < 0:
        return []
    out, depth = [], 0
    for m in re.finditer(r'<outline>|</outline>|<item page="(\d+)">(.*?)</item>', xml[start:], re.S):
        if m.group(0) == "<outline>":
            depth += 1
        elif m.group(0) == "</outline>":
            depth -= 1
            if depth == 0:
                break
        else:
            title = re.sub(r"\s+", " ", m.group(2)).strip()
            title = title.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", '"')
            out.append((depth, title, int(m.group(1))))
    return out


def red_share(pdf, page):
    """The share of a page's pixels that are clearly reddish (the DRAFT watermark is red),
    from a small greyscale-free render (PPM, parsed here)."""
    ppm = run("pdftoppm", "-r", "20", "-f", str(page), "-l", str(page), pdf)
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", ppm)
    width, height = int(header.group(1)), int(header.group(2))
    data = ppm[header.end():]
    red = sum(1 for i in range(0, width * height * 3, 3)
              if data[i] > data[i + 1] + 12 and data[i] > data[i + 2] + 12)
    return red / (width * height)


def words_outside_margins(pdf, margin_pt=48.19, slack=0.5):
    """Words that stick out past the left or right page margin, as (page, word): a table or
    line too wide for the page. pdftotext -bbox gives every word's box."""
    html = run("pdftotext", "-bbox", pdf, "-").decode("utf-8")
    out = []
    for number, page in enumerate(html.split("<page ")[1:], 1):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</word>', page):
            if float(m.group(1)) < margin_pt - slack or float(m.group(2)) > width - margin_pt + slack:
                out.append((number, m.group(3)))
    return out


def file_text(path):
    """All the text a reader could get from an output file: a PDF through pdftotext, a workbook
    (.xlsx, .ods) or zip download unzipped, a calendar with its folded lines joined, anything
    else as UTF-8."""
    if path.endswith(".pdf"):
        return "\n".join(page_texts(path, layout=False))
    if path.endswith((".xlsx", ".ods", ".zip")):
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    return text.replace("\r\n ", "") if path.endswith(".ics") else text

#!/usr/bin/env python3
"""Issue 16's cover sheets, end to end: tests/governance/covers laid over tests/fixtures/valid is
built, and the outputs are read back with real readers: the public pack PDF with pdftotext (the
agenda's purpose and reference columns, every new cover-sheet field, the "Since the last
meeting" box with its exact sentences, the logo embedded as an image), the pack HTML and the
website's pages with Python's HTML parser (agenda cells under their column headers, the
paper page's cover rows and box, the header logo).

Usage: test_covers.py <icbgen> <project root>
"""
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pack"))
import pdf_reading  # noqa: E402

MEETING = "2024-04-17-board"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def flat(text):
    """Whitespace collapsed, and none before punctuation (elements are joined by spaces)."""
    return re.sub(r" ([.,;:)])", r"\1", " ".join(text.split()))


class Page(html.parser.HTMLParser):
    """Tables as rows of (header, cell text) pairs, every <img>, every element's text by id,
    and the text of elements with a given class."""

    def __init__(self):
        super().__init__()
        self.tables, self.imgs, self.texts = [], [], {}
        self._table = self._row = self._cell = None
        self._open = []  # [tag, id or class key, text parts]

    def _gap(self):
        # An element boundary separates words, as a browser lays out blocks and line breaks.
        if self._cell is not None:
            self._cell[2].append(" ")
        if self._open:
            self._open[-1][2].append(" ")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self._gap()
        if tag == "img":
            self.imgs.append(a)
        if tag == "table":
            self._table = {"head": [], "rows": []}
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = [tag, a.get("scope", ""), []]
        keys = []
        if a.get("id"):
            keys.append("#" + a["id"])
        for c in (a.get("class") or "").split():
            keys.append("." + c)
        if tag not in ("img", "br", "meta", "link", "input", "col"):
            self._open.append([tag, keys, []])

    def handle_endtag(self, tag):
        self._gap()
        if tag in ("td", "th") and self._cell is not None:
            kind, scope, parts = self._cell
            text = flat("".join(parts))
            if kind == "th" and scope == "col":
                self._table["head"].append(text)
            else:
                self._row.append(text)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row:
                self._table["rows"].append(self._row)
            self._row = None
        elif tag == "table" and self._table is not None:
            self.tables.append(self._table)
            self._table = None
        while self._open:
            t, keys, parts = self._open.pop()
            text = flat("".join(parts))
            for k in keys:
                self.texts.setdefault(k, []).append(text)
            if self._open:
                self._open[-1][2].append(" " + "".join(parts) + " ")
            if t == tag:
                break

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[2].append(data)
        if self._open:
            self._open[-1][2].append(data)


def parse(path):
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


def agenda_table(page, header):
    for t in page.tables:
        if header in t["head"]:
            return t
    return None


SINCE = [
    "Clinic attendances. New data: 1,050 in March 2024 (Example); at the last meeting the latest "
    "was 990 in December 2023. Moved from Getting worse to On track.",
    "Health checks offered. No new data since 2023 Q2 (Example): a quarterly series would "
    "normally have a newer value by now.",
]
UNCHANGED = "No new data since the last meeting: Smoking prevalence."


def main(icbgen, root):
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        shutil.copytree(os.path.join(root, "tests/fixtures/valid"), src)
        shutil.copytree(os.path.join(here, "covers"), src, dirs_exist_ok=True)
        site, private = os.path.join(tmp, "site"), os.path.join(tmp, "private")
        r = subprocess.run([icbgen, "build", "--root", src, "--out", site, "--private-out", private],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("icbgen build failed (%d):\n%s" % (r.returncode, r.stderr[-3000:]))
        check_pdf(os.path.join(site, "meetings", MEETING, "pack.pdf"))
        check_pack_html(os.path.join(site, "meetings", MEETING, "pack.html"))
        check_pages(site)
        # The earlier meeting of the body has no earlier one: no box on its paper.
        earlier = pdf_reading.file_text(os.path.join(site, "meetings", "2024-01-10-board", "pack.pdf"))
        check("Since the last meeting" not in earlier, "a box where there is no previous meeting")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


def check_pdf(pdf):
    pages = pdf_reading.page_texts(pdf)
    text = flat("\n".join(pages))
    # The agenda's purpose column and reference, read from the laid-out page.
    agenda = next((p for p in pages if "Agenda" in p and "Purpose" in p), "")
    check(re.search(r"Item\s+Purpose\s+Enclosure\s+Lead\s+Time", agenda),
          f"agenda: the Purpose column's header: {agenda!r}")
    check(re.search(r"2\.\s+Clinic access\s+Approval,\s+A\s+BD\s+10:10", agenda),
          f"agenda: item 2's purposes and enclosure: {agenda!r}")
    check(re.search(r"Decision,\s+EXB 2024/04/02\s", agenda),
          "agenda: item 2's purposes and the paper's reference, below its enclosure letter")
    check(re.search(r"3\.\s+Winter review\s+Discussion,\s+B\s+BD\s+10:40", agenda),
          "agenda: item 3's purposes")
    # The cover sheet: every new field, exact.
    for expected in [
        "Paper reference EXB 2024/04/02",
        "Bea Dee, Director of Strategy (bea.dee@example.nhs.uk)",
        "Contact board.secretary@example.nhs.uk",
        "Purpose of paper ☒ Approval ☒ Decision ☐ Discussion ☒ Assurance ☐ Update / Information",
        "Key risks and mitigations Staff shortages could delay the evening sessions; agency "
        "cover is booked for the spring.",
        "Quality impact Shorter waits for a first appointment.",
        "Green impact Sessions close to home cut travel by car.",
        "Previously considered by • Quality Committee, 6 March 2024 (supported) • Finance "
        "Committee, 20 March 2024",
        "Relevant ambitions • More people get to a clinic when they need one. • Fewer people smoke.",
        "Metrics cited • Clinic attendances • Health checks offered • Smoking prevalence",
        "Since the last meeting (10 January 2024)",
        UNCHANGED,
    ] + ["• " + line for line in SINCE]:
        check(expected in text, f"pack PDF lacks {expected!r}")
    check("1,064" not in text, "a value whose period ended after the meeting was counted")
    # The winter review cites nothing and has no optional fields: none printed, no box.
    winter = flat("\n".join(p for p in pages if "Winter review" in p and "Cover sheet" in p))
    check(winter and "Since the last meeting" not in winter, "winter review: a box it should not have")
    for absent in ("Key risks", "Green impact", "Quality impact", "Paper reference", "Contact",
                   "Previously considered", "Relevant ambitions", "Metrics cited"):
        check(winter and absent not in winter, f"winter review: {absent!r} printed, not given")
    check("☐ Approval ☐ Decision ☒ Discussion ☐ Assurance ☒ Update / Information" in winter,
          "winter review: purposes")
    # The logo is embedded (pdfimages lists it; an SVG becomes vector art, so check the HTML too).
    for bad in ("None", "null", "nan"):
        check(not re.search(r"\b%s\b" % bad, text), f"pack PDF prints {bad!r}")


def check_pack_html(path):
    page = parse(path)
    logos = [i for i in page.imgs if "pack-logo" in (i.get("class") or "")]
    check(len(logos) == 1 and logos[0].get("src", "").startswith("data:image/svg+xml;base64,")
          and logos[0].get("alt") == "NHS Example Integrated Care Board",
          f"pack cover logo: {logos}")
    t = agenda_table(page, "Purpose")
    check(t is not None and t["head"] == ["No.", "Item", "Purpose", "Enclosure", "Lead", "Time"],
          f"pack agenda headers: {t and t['head']}")
    if t:
        rows = {r[0]: r for r in t["rows"] if r and r[0].endswith(".")}
        check(rows.get("2.", [])[2:4] == ["Approval, Decision, Assurance", "A EXB 2024/04/02"],
              f"pack agenda row 2: {rows.get('2.')}")
        check(rows.get("3.", [])[2:4] == ["Discussion, Update / Information", "B"],
              f"pack agenda row 3: {rows.get('3.')}")
        check(rows.get("1.", [])[2:4] == ["", "–"], f"pack agenda row 1: {rows.get('1.')}")


def check_pages(site):
    meeting = parse(os.path.join(site, "meetings", MEETING, "index.html"))
    t = agenda_table(meeting, "Purpose")
    check(t is not None and t["head"] == ["Item", "Business", "Purpose", "Lead", "Time",
                                          "Paper reference"], f"meeting page headers: {t and t['head']}")
    if t:
        rows = {r[0]: r for r in t["rows"]}
        check(rows.get("2", [])[2:3] == ["Approval, Decision, Assurance"]
              and rows.get("2", [])[-1] == "Enclosure A EXB 2024/04/02",
              f"meeting page row 2: {rows.get('2')}")
        check(rows.get("3", [])[2:3] == ["Discussion, Update / Information"]
              and rows.get("3", [])[-1] == "Enclosure B", f"meeting page row 3: {rows.get('3')}")
    header = [i for i in meeting.imgs if "nhsuk-header__organisation-logo" in (i.get("class") or "")]
    check(len(header) == 1 and header[0].get("src") == "../../assets/logo.svg"
          and header[0].get("alt") == "NHS Example Integrated Care Board",
          f"header logo: {header}")
    check(os.path.isfile(os.path.join(site, "assets", "logo.svg")), "assets/logo.svg not copied")
    # The 404 page is served at any depth, so it carries the logo inline.
    missing = [i for i in parse(os.path.join(site, "404.html")).imgs
               if "nhsuk-header__organisation-logo" in (i.get("class") or "")]
    check(len(missing) == 1 and missing[0].get("src", "").startswith("data:image/svg+xml;base64,"),
          f"404 page logo: {[m.get('src', '')[:40] for m in missing]}")

    paper = parse(os.path.join(site, "meetings", MEETING, "papers", "clinic-access", "index.html"))
    keys = paper.texts.get(".nhsuk-summary-list__key", [])
    values = paper.texts.get(".nhsuk-summary-list__value", [])
    cover = dict(zip(keys, values))
    for key, value in [
        ("Paper reference", "EXB 2024/04/02"),
        ("Contact", "Bea Dee: bea.dee@example.nhs.uk board.secretary@example.nhs.uk"),
        ("Purpose of the paper", "Approval, Decision, Assurance"),
        ("Key risks and mitigations", "Staff shortages could delay the evening sessions; agency "
                                      "cover is booked for the spring."),
        ("Previously considered by", "Quality Committee, 6 March 2024 (supported) "
                                     "Finance Committee, 20 March 2024"),
        ("Quality impact", "Shorter waits for a first appointment."),
        ("Green impact", "Sessions close to home cut travel by car."),
        ("Relevant ambitions", "More people get to a clinic when they need one. Fewer people smoke."),
        ("Metrics cited", "Clinic attendances Health checks offered Smoking prevalence"),
    ]:
        check(cover.get(key) == value, f"paper page {key!r}: {cover.get(key)!r}")
    box = paper.texts.get("#since-last-meeting", [])
    check(box == ["Since the last meeting"], f"paper page box heading: {box}")
    since = flat(" ".join(paper.texts.get(".app-since", [])))
    for expected in SINCE + ["last meeting, on 10 January 2024", "Smoking prevalence"]:
        check(expected in since, f"paper page box lacks {expected!r}: {since!r}")
    winter = parse(os.path.join(site, "meetings", MEETING, "papers", "winter-review", "index.html"))
    check(".app-since" not in winter.texts, "winter review page has a box")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

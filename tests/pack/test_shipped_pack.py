#!/usr/bin/env python3
"""Builds the shipped content and reads the 24 July 2023 public pack back from its PDF: the
order, item numbers, Latin enclosure letters, leads and times of the source pack's agenda
(seeds/004, lines 2-43), the 25 April draft minutes with their watermark, a contents page
whose page numbers are right, "Page N of M" and the running header on every page, bookmarks
per item, and the document information.

Usage: test_shipped_pack.py <icbgen> <project root>
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdf_reading  # noqa: E402

MEETING = "2023-07-24-icp"
# The source pack's agenda: number, enclosure, lead initials, start, and the leads' names.
AGENDA = [
    ("1", "A", "RD/KW", "15:00", ["Richard Douglas", "Cllr Kieron Williams"]),
    ("2", "B", "HE", "15:10", ["Holly Eden"]),
    ("3", "C", "TG/BC", "15:35", ["Dr Toby Garrood", "Ben Collins"]),
    ("4", "D", "TR/BC", "16:10", ["Tal Rosenzweig", "Ben Collins"]),
    ("5", "–", "RD/KW", "16:45", ["Richard Douglas", "Cllr Kieron Williams"]),
]
TOP_BOOKMARKS = [
    "Contents",
    "Agenda",
    "Item 1 Enclosure A: Minutes of the meeting on 25 April 2023",
    "Action log",
    "Item 2 Enclosure B: Focus on primary care in the SEL health and care system",
    "Item 3 Enclosure C: Developing our South East London Integrated Care Strategy",
    "Item 4 Enclosure D: Draft South East London VCSE Charter",
]
ROW = re.compile(r"^\s+(\d)\.\s+\S.*?\s{2,}([A-Z]|–)\s+([A-Z]{2,3}(?:/[A-Z]{2,3})*)\s+(\d\d:\d\d)\s*$")
LOOK_ALIKES = re.compile("[\u0370-\u03ff\u0400-\u04ff]")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def main(icbgen, root):
    with tempfile.TemporaryDirectory() as tmp:
        site, private = os.path.join(tmp, "site"), os.path.join(tmp, "private")
        r = subprocess.run([icbgen, "build", "--root", root, "--out", site, "--private-out", private],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("icbgen build failed (%d):\n%s" % (r.returncode, r.stderr[-3000:]))
        for path in [f"{site}/meetings/{MEETING}/pack.html", f"{site}/meetings/{MEETING}/pack.pdf",
                     f"{site}/meetings/2023-04-25-icp/pack.pdf",
                     f"{private}/{MEETING}/pack.html", f"{private}/{MEETING}/pack.pdf"]:
            check(os.path.isfile(path), "missing " + os.path.relpath(path, tmp))
        for dirpath, _, files in os.walk(site):
            check("private" not in os.path.relpath(dirpath, site).split(os.sep),
                  "a private folder under site/: " + dirpath)
        check_pack(f"{site}/meetings/{MEETING}/pack.pdf")
        check_april(f"{site}/meetings/2023-04-25-icp/pack.pdf")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


def check_pack(pdf):
    meta = pdf_reading.info(pdf)
    pages = pdf_reading.page_texts(pdf)
    n = len(pages)
    check(int(meta["Pages"]) == n, "pdfinfo and pdftotext disagree on the page count")
    check(meta["Title"] == "Integrated Care Partnership, 24 July 2023: Meeting pack", "title: " + meta["Title"])
    check(meta["Author"] == "NHS South East London Integrated Care Board", "author: " + meta["Author"])
    check(meta["Page size"].startswith("595.276 x 841.89"), "not A4: " + meta["Page size"])
    check(meta["Tagged"] == "yes", "not a tagged PDF")
    check("Jul 24 00:00:00 2023" in meta["CreationDate"], "creation date: " + meta["CreationDate"])
    check(10 <= n <= 40, f"{n} pages")

    # "Page N of M" on every page; the running header on every page but the first.
    for i, text in enumerate(pages, 1):
        check(f"Page {i} of {n}" in text, f"page {i} lacks 'Page {i} of {n}'")
        check(not LOOK_ALIKES.search(text), f"page {i} has Greek or Cyrillic letters")
        if i > 1:
            head = text.strip().splitlines()[0]
            check("Integrated Care Partnership" in head and "24 July 2023" in head,
                  f"page {i} header: {head!r}")

    outside = pdf_reading.words_outside_margins(pdf)
    check(not outside, f"text beyond the page margins (clipped or overflowing): {outside[:5]}")

    # Bookmarks: the sections in the source pack's order, one per item.
    marks = pdf_reading.outline(pdf)
    top = [(t, p) for d, t, p in marks if d == 1]
    check([t for t, _ in top] == TOP_BOOKMARKS, f"top-level bookmarks: {[t for t, _ in top]}")
    check([p for _, p in top] == sorted(p for _, p in top), "bookmarks out of page order")
    agenda_marks = [t for d, t, p in marks if d == 2 and re.match(r"Item \d: ", t)]
    check([t[:6] for t in agenda_marks] == [f"Item {i}" for i in range(1, 6)],
          f"agenda item bookmarks: {agenda_marks}")
    start = dict(top)

    # The contents page lists the sections with the pages they start on.
    contents = {}
    for line in pages[0].splitlines():
        m = re.match(r"^\s*\d+\.\s+(.+?)(?: \(draft\))?\s*\.{3,}\s*(\d+)\s*$", line)
        if m:
            contents[m.group(1)] = int(m.group(2))
    check(list(contents) == TOP_BOOKMARKS[1:], f"contents entries: {list(contents)}")
    for title, page in contents.items():
        check(start.get(title) == page, f"contents says {title!r} is on page {page}, "
                                        f"it starts on {start.get(title)}")

    # The agenda, as the source pack has it, with times in one format.
    agenda = "\n".join(pages[start["Agenda"] - 1:start[TOP_BOOKMARKS[2]] - 1])
    rows = [m.groups() for m in map(ROW.match, agenda.splitlines()) if m]
    check(rows == [a[:4] for a in AGENDA], f"agenda rows: {rows}")
    for number, _, _, _, names in AGENDA:
        for name in names:
            check(name in agenda, f"lead {name} of item {number} not resolved")
    check(re.search(r"\b\d\d\.\d\d\b", agenda) is None, "a time written with a dot")
    check(re.search(r"OPEN\s+15:00", agenda) and re.search(r"CLOSE\s+17:00", agenda), "open/close rows")
    # Each paper's purposes in their own column, as the source's cover sheets tick them.
    check(re.search(r"Item\s+Purpose\s+Enclosure\s+Lead\s+Time", agenda), "agenda: no Purpose column")
    for number, purposes in [("2", r"Discussion,\s+B\s"), ("3", r"Decision,\s+C\s"),
                             ("4", r"Discussion\s+D\s")]:
        check(re.search(rf"^\s+{number}\.\s+\S.*?\s{{2,}}{purposes}", agenda, re.M),
              f"agenda item {number}: purposes")

    # The draft minutes of 25 April 2023, numbered once each, under a DRAFT watermark.
    first, last = start[TOP_BOOKMARKS[2]], start["Action log"] - 1
    minutes = "\n".join(pages[first - 1:last])
    check("Draft, not yet approved." in minutes, "minutes not marked draft")
    # ... numbered as the circulated draft numbers them: 3.10 and 6.06 twice, 2.05 under item 3.
    numbers = re.findall(r"^\s*(\d\.\d\d)\s", minutes, re.M)
    check(numbers.count("3.10") == 2 and numbers.count("6.06") == 2, f"minute numbers: {numbers}")
    check({"1.01", "2.05", "4.11", "5.11", "6.08"} <= set(numbers), "expected minute numbers missing")
    check(not {"3.17", "4.12"} & set(numbers), "numbers the draft does not have")
    for p in range(first, last + 1):
        check(pdf_reading.red_share(pdf, p) > 0.01, f"minutes page {p} lacks the DRAFT watermark")
    for p in range(start[TOP_BOOKMARKS[4]], n + 1):
        check(pdf_reading.red_share(pdf, p) < 0.005, f"final paper page {p} has a watermark")

    # The April draft minutes record no actions, so the action log has none to carry forward.
    log = pages[start["Action log"] - 1]
    check("No actions from the minutes of earlier meetings" in " ".join(log.split()), "action log entries")

    # A cover sheet per paper, on its own page, with the running item label.
    for title in TOP_BOOKMARKS[4:]:
        page = pages[start[title] - 1]
        label = title.split(":")[0]
        check(label in page.strip().splitlines()[0], f"{label}: running header")
        for field in ["Title", "Meeting date", "Authors", "Executive Lead", "Purpose of paper",
                      "Summary of main points", "Recommendation", "Conflicts of interest",
                      "Equality impact", "Financial impact", "Public engagement"]:
            check(field in page, f"{label}: cover sheet lacks {field}")
        check("Not stated" in page and "☒" in page, f"{label}: cover sheet values")
    ticks = {TOP_BOOKMARKS[4]: "☐ Approval ☐ Decision ☒ Discussion ☐ Assurance ☒ Update / Information",
             TOP_BOOKMARKS[5]: "☐ Approval ☒ Decision ☒ Discussion ☐ Assurance ☒ Update / Information",
             TOP_BOOKMARKS[6]: "☐ Approval ☐ Decision ☒ Discussion ☐ Assurance ☐ Update / Information"}
    for title, boxes in ticks.items():
        check(boxes in " ".join(pages[start[title] - 1].split()), f"{title}: purposes ticked")


def check_april(pdf):
    pages = pdf_reading.page_texts(pdf)
    text = "\n".join(pages)
    check("Tuesday 25 April 2023" in pages[0], "April pack date")
    check("No actions from the minutes of earlier meetings" in " ".join(text.split()), "April pack action log")
    check(f"Page {len(pages)} of {len(pages)}" in pages[-1], "April pack page numbers")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

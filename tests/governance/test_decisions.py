#!/usr/bin/env python3
"""The decisions register, the actions register, the action log over time and the forward
plan, read back from a built site: tests/governance/decisions laid over tests/fixtures/valid is
built once; its pages are read with an HTML parser, the April 2024 packs with pdftotext and the
strategy workbook with openpyxl. The private item's decision and action must be in no file under
the site output and in the private pack.

Usage: test_decisions.py <icbgen> <project root>
"""
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import openpyxl
except ImportError:  # python3-openpyxl (scripts/setup) is not installed: skipped (ctest 77)
    print("openpyxl is not installed")
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "pack"))
import pdf_reading  # noqa: E402

PRIVATE = ["Thornfield", "Larkspur"]
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)


class Page(html.parser.HTMLParser):
    """The text of <main>, and for each element kind in `keep` the text of each instance."""

    def __init__(self, path):
        super().__init__()
        self.stack, self.blocks, self.links, self.current = [], [], [], None
        self.in_main = False
        self.main_text = []
        self.feed(open(path, encoding="utf-8").read())

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "main":
            self.in_main = True
        if not self.in_main:
            return
        if tag in ("h2", "h3", "li", "tr", "td", "th", "p", "caption"):
            self.blocks.append([tag, a.get("class", ""), ""])
        if tag == "a":
            self.links.append([a.get("href", ""), "", a.get("aria-current")])
            self.current = self.links[-1]

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main = False
        if tag == "a":
            self.current = None

    def handle_data(self, data):
        if not self.in_main:
            return
        self.main_text.append(data)
        for b in self.blocks[-1:]:
            b[2] += data
        if self.current is not None:
            self.current[1] += data

    def text(self):
        return " ".join(" ".join(self.main_text).split())

    def texts(self, tag):
        return [" ".join(b[2].split()) for b in self.blocks if b[0] == tag]


def build(icbgen, root, tmp):
    src = os.path.join(tmp, "src")
    shutil.copytree(os.path.join(root, "tests/fixtures/valid"), src)
    shutil.copytree(os.path.join(HERE, "decisions/content"), os.path.join(src, "content"),
                    dirs_exist_ok=True)
    site, private = os.path.join(tmp, "site"), os.path.join(tmp, "private")
    r = subprocess.run([icbgen, "build", "--root", src, "--out", site, "--private-out", private,
                        "--no-cache"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("icbgen build failed (%d):\n%s" % (r.returncode, r.stderr[-3000:]))
    return src, site, private


def check_decisions(site):
    page = Page(os.path.join(site, "decisions/index.html"))
    groups = page.texts("h2")
    expect(groups[:2] == ["By board or committee", "By year"], f"filter headings: {groups[:2]}")
    meetings = [g for g in groups[2:]]
    expect(meetings == ["Example Board, 10 April 2024", "Quality Committee, 20 February 2024",
                        "Example Board, 10 January 2024", "Quality Committee, 15 November 2023",
                        "Example Board, 4 October 2023"], f"decision groups, newest first: {meetings}")
    headings = page.texts("h3")
    expect(headings == ["Minute 1.01: Clinic opening hours", "Minute 1.01: Hand hygiene audit",
                        "Minute 1.01: Welcome and minutes", "Minute 2.02: Our strategy",
                        "Minute 1.01: Infection control", "Minute 1.02: Welcome"],
           f"decision headings: {headings}")
    text = page.text()
    expect("The board approved evening opening at three clinics." in text, "April decision text")
    expect("6 decisions" in text, "the count")
    for secret in PRIVATE:
        expect(secret not in text, f"decisions page shows the private decision ({secret})")
    links = {t: h for h, t, _ in page.links}
    expect(links.get("Clinic opening hours") == "../meetings/2024-04-10-board/papers/clinic-hours/index.html",
           f"paper link: {links.get('Clinic opening hours')}")
    expect(links.get("Strategy update") == "../meetings/2024-01-10-board/papers/strategy-update/index.html",
           "the strategy decision links its paper")
    # Ambitions: from the paper's cites (screening-uptake measures more-screening) and from
    # `concerns` (fewer-smokers); from clinic-hours' cites (healthy-birth-weight).
    expect(links.get("More people take up cancer screening.") == "../priorities/prevention/index.html#ambition-more-screening",
           f"ambition from cites: {links.get('More people take up cancer screening.')}")
    expect(links.get("Fewer people smoke.") == "../priorities/prevention/index.html#ambition-fewer-smokers",
           "ambition from concerns")
    expect(links.get("More babies are born at a healthy weight.") is not None, "ambition of clinic hours")
    texts = [t for _, t, _ in page.links]
    at = texts.index("Strategy update")
    expect(texts[at + 1:at + 3] == ["More people take up cancer screening.", "Fewer people smoke."],
           f"the strategy decision's ambitions, in priority order: {texts[at + 1:at + 3]}")
    filters = [(t, h) for h, t, _ in page.links if h.startswith(("example-board", "quality", "2023", "2024"))]
    expect(filters == [("Example Board", "example-board/index.html"),
                       ("Quality Committee", "quality-committee/index.html"),
                       ("2024", "2024/index.html"), ("2023", "2023/index.html")], f"filters: {filters}")
    for path, title, wanted in [
            ("decisions/example-board/index.html", "Decisions of the Example Board", 4),
            ("decisions/quality-committee/index.html", "Decisions of the Quality Committee", 2),
            ("decisions/2024/index.html", "Decisions made in 2024", 4),
            ("decisions/2023/index.html", "Decisions made in 2023", 2)]:
        p = Page(os.path.join(site, path))
        expect(p.texts("h3").__len__() == wanted, f"{path}: {len(p.texts('h3'))} decisions, want {wanted}")
        expect(title in p.text() and f"{wanted} decisions of 6 decisions" in p.text(), f"{path}: title and count")
        current = [t for _, t, c in p.links if c == "page"]
        expect(len(current) == 1, f"{path}: the current filter is marked: {current}")


def check_actions(site):
    page = Page(os.path.join(site, "meetings/actions/index.html"))
    rows = page.texts("tr")[1:]
    want = [
        ["1.03", "Example Board, 4 October 2023", "Bring the strategy back.", "Bea Dee", "10 January 2024",
         "Open Overdue: due 10 January 2024", "–"],
        ["1.04", "Example Board, 4 October 2023", "Circulate the engagement report.", "Alex Chair",
         "1 December 2023", "Done", "Example Board, 10 January 2024"],
        ["1.02", "Quality Committee, 15 November 2023", "Audit hand hygiene in every ward.", "Alex Chair",
         "1 February 2024", "Done", "Quality Committee, 20 February 2024"],
        ["2.03", "Example Board, 10 January 2024", "Publish the plan.", "Bea Dee", "1 March 2024", "Done",
         "Example Board, 10 April 2024"],
        ["2.04", "Example Board, 10 January 2024", "Report on clinic waiting times.", "Bea Dee",
         "1 March 2024", "Open Overdue: due 1 March 2024", "–"],
        ["2.05", "Example Board, 10 January 2024", "Write to the council.", "Alex Chair", "Not set", "Done",
         "In the minutes of 10 January 2024"],
    ]
    cells = [c for c in page.texts("td")]
    got = [cells[i:i + 7] for i in range(0, len(cells), 7)]
    labels = ["Minute", "Agreed at", "Action", "Owner", "Due", "Status", "Closed at"]
    got = [[c[len(l) + 1:] if c.startswith(l + " ") else c for c, l in zip(r, labels)] for r in got]
    expect(got == want, "actions register rows:\n  " + "\n  ".join(map(str, got)))
    expect(len(rows) == 6, f"{len(rows)} rows")
    for secret in PRIVATE:
        expect(secret not in page.text(), f"actions page shows the private action ({secret})")


def check_forward_plan(site):
    page = Page(os.path.join(site, "meetings/forward-plan/index.html"))
    expect(page.texts("h2") == ["Quality Committee, 21 May 2024", "Example Board, 10 July 2024"],
           f"planned meetings: {page.texts('h2')}")
    cells = page.texts("td")
    rows = [cells[i:i + 4] for i in range(0, len(cells), 4)]
    expect(rows == [["Item Patient safety report", "Lead Alex Chair", "Purpose Information", "Paper due 10 May 2024"],
                    ["Item Annual report and accounts", "Lead Bea Dee", "Purpose Decision", "Paper due 28 June 2024"],
                    ["Item Questions from the public", "Lead Alex Chair", "Purpose Not set", "Paper due No paper due"]],
           f"forward plan rows: {rows}")
    # A planned meeting makes no page and no pack.
    expect(not os.path.exists(os.path.join(site, "meetings/2024-07-10-board")), "a planned meeting got a folder")
    index = Page(os.path.join(site, "meetings/index.html"))
    hrefs = {t: h for h, t, _ in index.links}
    expect(hrefs.get("Decisions") == "../decisions/index.html", "meetings page links the decisions")
    expect(hrefs.get("Actions") == "actions/index.html", "meetings page links the actions")
    expect(hrefs.get("Forward plan") == "forward-plan/index.html", "meetings page links the forward plan")


def action_log_text(pdf):
    for text in pdf_reading.page_texts(pdf, layout=False):
        if "Actions from earlier meetings" in text or "No actions from the minutes" in text:
            return " ".join(text.split())
    return ""


def check_packs(site, private):
    april = action_log_text(os.path.join(site, "meetings/2024-04-10-board/pack.pdf"))
    expect("Publish the plan." in april and "This meeting, 10 April 2024" in april,
           "April's log shows the action closed at April as closed")
    expect("Overdue: due 1 March 2024" in april, "April's log marks the overdue action")
    expect("Overdue: due 10 January 2024" in april, "October's open action is overdue by April")
    expect("Circulate the engagement report." not in april, "April's log omits the action closed in January")
    expect("Write to the council." in april and "In the minutes of 10 January 2024" in april,
           "the action closed in January's own minutes is shown once, in April's log")
    january = action_log_text(os.path.join(site, "meetings/2024-01-10-board/pack.pdf"))
    expect("Circulate the engagement report." in january and "This meeting, 10 January 2024" in january,
           "January's log shows the action closed at January")
    expect("Overdue" not in january, "nothing is overdue at January (due on the day is not overdue)")
    quality = action_log_text(os.path.join(site, "meetings/2024-02-20-quality/pack.pdf"))
    expect("Audit hand hygiene in every ward." in quality and "Bring the strategy back." not in quality,
           "the Quality Committee's log holds its own actions only")
    for path in [os.path.join(dp, f) for dp, _, fs in os.walk(site) for f in fs]:
        text = pdf_reading.file_text(path)
        for secret in PRIVATE:
            if secret in text:
                failures.append(f"{os.path.relpath(path, site)} contains {secret!r}")
    minutes = " ".join(pdf_reading.file_text(os.path.join(private, "2024-04-10-board/pack.pdf")).split())
    expect("Disposal of the Larkspur Lane clinic site" in minutes, "the private pack has the private paper")


def check_workbook(site):
    wb = openpyxl.load_workbook(os.path.join(site, "downloads/strategy-metrics.xlsx"))
    expect("Decisions" in wb.sheetnames, f"sheets: {wb.sheetnames}")
    ws = wb["Decisions"]
    expect(ws["A1"].value == "Decisions register", f"A1: {ws['A1'].value}")
    table = ws.tables["Decisions"]
    rows = list(ws[table.ref])
    header = [c.value for c in rows[0]]
    expect(header == ["Meeting date", "Body", "Minute", "Item", "Decision", "Paper", "Ambition IDs",
                      "Ambitions", "Minutes status", "Notes"], f"header: {header}")
    data = [[c.value for c in r] for r in rows[1:]]
    expect(len(data) == 6, f"{len(data)} decisions")
    first = dict(zip(header, data[0]))
    expect(first["Meeting date"].date().isoformat() == "2024-04-10", f"date cell: {first['Meeting date']!r}")
    expect(first["Paper"] == "Clinic opening hours" and first["Ambition IDs"] == "healthy-births",
           f"first row: {first}")
    strategy = dict(zip(header, data[3]))
    expect(strategy["Ambition IDs"] == "more-screening; fewer-smokers", f"strategy row: {strategy}")
    expect(strategy["Minutes status"] == "Draft" and strategy["Notes"].startswith("[note"), f"notes: {strategy}")
    expect(dict(zip(header, data[1]))["Paper"] == "[z]", "no paper: [z]")
    for row in data:
        for v in row:
            for bad in ("None", "nan", "null", *PRIVATE):
                expect(not (isinstance(v, str) and bad in v), f"cell {v!r} holds {bad!r}")
    contents = [c.value for c in wb["Contents"]["A"] if c.value]
    expect("Decisions" in contents, "the Contents sheet lists Decisions")


def check_check(icbgen, src):
    r = subprocess.run([icbgen, "check", "--root", src, "--strict", "--as-of", "2024-04-10"],
                       capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    expect(r.returncode == 0, "the governance fixture checks clean:\n" + r.stderr[-2000:])
    # An unknown ambition under `concerns` is reported.
    path = os.path.join(src, "content/meetings/2024-01-10-board/minutes.md")
    text = open(path).read()
    open(path, "w").write(text.replace("concerns: [fewer-smokers]", "concerns: [fewer-smoker]"))
    r = subprocess.run([icbgen, "check", "--root", src, "--as-of", "2024-04-10"],
                       capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    expect(re.search(r"minutes\.md:13:\d+: error\[unknown-reference\]: unknown ambition 'fewer-smoker'", r.stderr),
           "an unknown ambition in concerns:\n" + r.stderr[-2000:])


def main(icbgen, root):
    with tempfile.TemporaryDirectory() as tmp:
        src, site, private = build(icbgen, root, tmp)
        check_decisions(site)
        check_actions(site)
        check_forward_plan(site)
        check_packs(site, private)
        check_workbook(site)
        check_check(icbgen, src)
    if failures:
        print("\n".join("FAIL: " + f for f in failures))
        return 1
    print("decisions, actions, action log and forward plan: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

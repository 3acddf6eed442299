#!/usr/bin/env python3
"""Every ambition's status is the same wherever it is shown, and never rests on non-local data.

Usage: test_status_agreement.py <icbgen> <site-root> [<fixtures-dir> <broken-fixture>]

Builds the site at <site-root> (or, given a broken fixture name, the valid fixture site with
that fixture overlaid, as run_fixture.py does) into a temporary folder, then reads:
  - the home page's count of ambitions by status,
  - each priority page's status tag per ambition (section id "ambition-<id>"),
  - the progress page's table of every ambition (rows marked data-ambition="<id>"),
  - the strategy workbook's Traceability sheet (column "Ambition progress ..."),
and checks that they agree. From the content itself (priorities, metric definitions, CSVs and
site.yaml's area) it then checks that an ambition judged on progress has at least one measure
of the organisation's own area with data, and that one whose measures have data but none of it
local reads "Insufficient local data". Exit 0 when all hold, 1 otherwise, 77 without openpyxl.
"""
import csv
import glob
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

try:
    import openpyxl
    import yaml
except ImportError:
    print("skipped: openpyxl or yaml is not installed")
    sys.exit(77)

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "fixtures"))
from run_fixture import materialise  # noqa: E402

NOT_JUDGED = {"Not enough data", "Insufficient local data"}
HOME_LABELS = {  # home card label -> the statuses it counts
    "on track": {"On track", "Target achieved"},
    "needing acceleration": {"Needs acceleration"},
    "off track": {"Limited progress", "Getting worse"},
    "with too little data to judge": {"Not enough data", "Not assessed"},
    "with insufficient local data": {"Insufficient local data"},
}
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


class Tags(HTMLParser):
    """Status tags (nhsuk-tag) found inside elements that carry an ambition id."""

    def __init__(self, attribute, pattern):
        super().__init__()
        self.attribute, self.pattern = attribute, re.compile(pattern)
        self.stack = []  # (tag, ambition id or None)
        self.in_tag = None
        self.status = {}

    def current(self):
        for _, amb in reversed(self.stack):
            if amb:
                return amb
        return None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        m = self.pattern.fullmatch(a.get(self.attribute) or "")
        if tag not in ("br", "img", "meta", "link", "input", "hr"):
            self.stack.append((tag, m.group(1) if m else None))
        if tag == "strong" and "nhsuk-tag" in (a.get("class") or ""):
            self.in_tag = ""

    def handle_endtag(self, tag):
        if tag == "strong" and self.in_tag is not None:
            amb = self.current()
            if amb and amb not in self.status:
                self.status[amb] = self.in_tag.strip()
            self.in_tag = None
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.in_tag is not None:
            self.in_tag += data


def parse(path, attribute, pattern):
    p = Tags(attribute, pattern)
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p.status


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    end = text.find("\n---", 4)
    return yaml.safe_load(text[4:end]) or {}


def local_tracked(root, site, metric_id):
    """(has data, headline series is the organisation's own area) for one metric."""
    meta = front_matter(os.path.join(root, "content", "metrics", metric_id + ".md"))
    path = os.path.join(root, "data", "metrics", metric_id + ".csv")
    rows = list(csv.DictReader(open(path, encoding="utf-8"))) if os.path.exists(path) else []
    has_data = any((r.get("value") or "").strip() for r in rows)
    area = meta.get("headline_area") or next((r["area"] for r in rows if r.get("area")), None)
    area = area or meta.get("geography")
    own = {site.get("area")} | set(site.get("area_aliases") or []) if site.get("area") else \
        {site.get("name"), site.get("short_name")}
    return has_data, area in own


def main():
    icbgen, root = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        if len(sys.argv) > 4:
            fixture = sys.argv[4]
            root = os.path.join(tmp, "root")
            materialise(sys.argv[3], fixture, root)
        out, private = os.path.join(tmp, "site"), os.path.join(tmp, "private")
        proc = subprocess.run([icbgen, "build", "--root", root, "--out", out, "--private-out", private],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"build failed ({proc.returncode}):\n{proc.stderr}")
            return 1

        site = yaml.safe_load(open(os.path.join(root, "content", "site.yaml"), encoding="utf-8"))
        priorities = sorted((front_matter(p) | {"id": os.path.basename(p)[:-3]}
                             for p in glob.glob(os.path.join(root, "content/strategy/priorities/*.md"))),
                            key=lambda p: p["order"])
        ambitions = {a["id"]: a for p in priorities for a in p["ambitions"]}

        on_priority = {}
        for p in priorities:
            on_priority.update(parse(os.path.join(out, "priorities", p["id"], "index.html"), "id", r"ambition-(.+)"))
        on_progress = parse(os.path.join(out, "progress", "index.html"), "data-ambition", r"(.+)")

        wb = openpyxl.load_workbook(os.path.join(out, "downloads", "strategy-metrics.xlsx"))
        ws = wb["Traceability"]
        table = next(iter(ws.tables.values()))
        cells = list(ws[table.ref])
        headers = [c.value for c in cells[0]]
        id_col = headers.index("Ambition ID")
        status_col = next(i for i, h in enumerate(headers) if h.startswith("Ambition progress ["))
        in_workbook = {}
        for row in cells[1:]:
            amb, status = row[id_col].value, row[status_col].value
            check(in_workbook.setdefault(amb, status) == status,
                  f"{amb}: Traceability rows disagree ({in_workbook[amb]!r} and {status!r})")

        statuses = {}
        for amb in ambitions:
            seen = {"priority page": on_priority.get(amb), "progress page": on_progress.get(amb),
                    "Traceability": in_workbook.get(amb)}
            check(None not in seen.values(), f"{amb}: status missing from {seen}")
            check(len(set(seen.values())) == 1, f"{amb}: statuses disagree: {seen}")
            statuses[amb] = seen["priority page"]

        home = open(os.path.join(out, "index.html"), encoding="utf-8").read()
        for label, counted in HOME_LABELS.items():
            # A card with ambitions links to their list on the progress page.
            m = re.search(r'>(\d+)</p>\s*<p class="nhsuk-card__description">'
                          r'(?:<a class="nhsuk-card__link" href="([^"]+)">)?ambitions? ' +
                          re.escape(label) + "<", home)
            want = sum(1 for s in statuses.values() if s in counted)
            check(m is not None and int(m.group(1)) == want,
                  f"home page: '{label}' shows {m.group(1) if m else 'nothing'}, the pages give {want}")
            if m and want:
                href = m.group(2) or ""
                check(href.startswith("progress/index.html#"),
                      f"home page: the '{label}' card links to {href!r}, not its list")
                progress = open(os.path.join(out, "progress/index.html"), encoding="utf-8").read()
                anchor = href.partition("#")[2]
                section = re.search(r'<h3 id="' + re.escape(anchor) + r'">[^<]*\((\d+)\)</h3>',
                                    progress)
                check(section is not None and int(section.group(1)) == want,
                      f"progress page: the list '{anchor}' has "
                      f"{section.group(1) if section else 'no heading'}, the home page {want}")

        for amb, a in ambitions.items():
            measures = [local_tracked(root, site, m) for m in a.get("metrics", [])]
            with_data = [local for has, local in measures if has]
            status = statuses[amb]
            if status not in NOT_JUDGED and status != "Not assessed":
                check(any(with_data), f"{amb}: '{status}' rests on no local measure with data")
            if with_data and not any(with_data):
                check(status == "Insufficient local data",
                      f"{amb}: measures have data but none local, yet the status is '{status}'")
        if len(sys.argv) > 4 and sys.argv[4] == "progress-non-local":
            check(statuses.get("healthy-births") == "Insufficient local data",
                  f"healthy-births: expected 'Insufficient local data', got {statuses.get('healthy-births')!r}")
            page = open(os.path.join(out, "priorities", "early-years", "index.html"), encoding="utf-8").read()
            check("Background figures" in page, "early-years: no 'Background figures' heading")
            check("Not counted in progress" in page, "early-years: the England measure is not marked as not counted")
        print(f"{len(statuses)} ambitions: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
""""How is my area doing" end to end: build a site, then for every area in the `area` column of
its data/metrics/*.csv (the own area and its aliases as one), read areas/<slug>/index.html with
a real HTML parser and check that it lists exactly the metrics with a value for that area
(no breakdown), each with a figure and period that are one of that area's rows in the CSV
(the period as the site's own CSV download writes it, row for row); and that the areas index
links every area page.

Usage: test_area_pages.py <icbgen> <site root>
"""
import csv
import html.parser
import os
import re
import subprocess
import sys
import tempfile

import yaml

ICBGEN, ROOT = sys.argv[1], sys.argv[2]
KNOWN = {"period", "area", "value", "lower_ci", "upper_ci", "numerator", "denominator", "note",
         "source"}
NO_AREA = {"", "area not stated", "not stated"}


def slug(name):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]", "-", name.lower())).strip("-")


def number(text):
    found = re.search(r"-?[\d,]*\.?\d+", text)
    return float(found.group(0).replace(",", "")) if found else None


class AreaPage(html.parser.HTMLParser):
    """Rows of the area table: metric id -> {value, period}; and every link."""

    def __init__(self):
        super().__init__()
        self.rows, self.links, self.row, self.cell, self.depth = {}, [], None, None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "tr" and (a.get("id") or "").startswith("metric-"):
            self.row = a["id"][len("metric-"):]
            self.rows[self.row] = {"value": "", "period": ""}
        if tag == "td" and self.row:
            classes = (a.get("class") or "").split()
            self.cell = ("value" if "app-area-value" in classes
                         else "period" if "app-area-period" in classes else None)
            self.depth = 0
        if self.cell and tag == "span":
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "td":
            self.cell = None
        if tag == "tr":
            self.row = None

    def handle_data(self, data):
        # The cell's second span holds the text; the first is the hidden heading for phones.
        if self.row and self.cell and self.depth >= 2:
            self.rows[self.row][self.cell] += data


def parse(path):
    p = AreaPage()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    for r in p.rows.values():
        r["value"], r["period"] = " ".join(r["value"].split()), " ".join(r["period"].split())
    return p


def main():
    failures = []
    with open(os.path.join(ROOT, "content/site.yaml"), encoding="utf-8") as f:
        site = yaml.safe_load(f)
    own = site.get("area") or site.get("short_name") or site.get("name")
    own_names = {own, *(site.get("area_aliases") or [])}
    # area page name -> metric id -> [(value, row index)]
    expected = {}
    data_dir = os.path.join(ROOT, "data/metrics")
    for name in sorted(os.listdir(data_dir)):
        if not name.endswith(".csv"):
            continue
        metric = name[:-4]
        with open(os.path.join(data_dir, name), encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        for i, row in enumerate(rows):
            area = (row.get("area") or "").strip()
            if area.lower() in NO_AREA or not (row.get("value") or "").strip():
                continue
            if any((row.get(k) or "").strip() for k in row if k not in KNOWN):
                continue  # a breakdown row
            page = own if area in own_names else area
            expected.setdefault(page, {}).setdefault(metric, []).append((float(row["value"]), i))

    with tempfile.TemporaryDirectory(prefix="icbgen-areas-") as tmp:
        out = os.path.join(tmp, "site")
        r = subprocess.run([ICBGEN, "build", "--root", ROOT, "--out", out, "--private-out",
                            os.path.join(tmp, "private")], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"building failed ({r.returncode}):\n{r.stderr}")
        index = parse(os.path.join(out, "areas/index.html"))
        for area, metrics in sorted(expected.items()):
            path = os.path.join(out, "areas", slug(area), "index.html")
            if f"{slug(area)}/index.html" not in index.links:
                failures.append(f"areas/index.html does not link {area}")
            if not os.path.exists(path):
                failures.append(f"{area} has no page at areas/{slug(area)}/")
                continue
            page = parse(path)
            if sorted(page.rows) != sorted(metrics):
                failures.append(f"{area}: the page lists {sorted(page.rows)}, the CSVs have "
                                f"{sorted(metrics)}")
            for metric, values in metrics.items():
                shown = page.rows.get(metric)
                if not shown:
                    continue
                with open(os.path.join(out, f"metrics/{metric}/{metric}.csv"), encoding="utf-8",
                          newline="") as f:
                    periods = [row["period"] for row in csv.DictReader(f)]
                candidates = [(v, periods[i]) for v, i in values]
                if (number(shown["value"]), shown["period"]) not in candidates:
                    failures.append(f"{area}, {metric}: the page shows {shown['value']!r} for "
                                    f"{shown['period']!r}; the CSV has {candidates}")
                if len(candidates) == 1 and (number(shown["value"]), shown["period"]) != candidates[0]:
                    failures.append(f"{area}, {metric}: not the only figure {candidates[0]}")
        pages = sorted(d for d in os.listdir(os.path.join(out, "areas")) if d != "index.html")
        if pages != sorted(slug(a) for a in expected):
            failures.append(f"area pages {pages}, areas in the data {sorted(expected)}")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(expected)} areas checked, {sum(len(m) for m in expected.values())} figures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

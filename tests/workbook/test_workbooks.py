#!/usr/bin/env python3
"""Builds the shipped site into a temporary folder, opens every workbook with openpyxl and checks
the layout rules of docs/WORKBOOKS.md, then checks the figures against data/metrics/*.csv and
the content they come from.

usage: test_workbooks.py ICBGEN_BINARY SITE_ROOT"""
import glob
import re
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from check_layout import check_layout  # noqa: E402
from workbook_lib import (FIXED_SHEETS, Failures, build_site, by_header, front_matter,  # noqa: E402
                          header_named, notes_map, number, period_midpoint, period_words, read_series,
                          table_rows, workbooks)


def the_table(wb, sheet):
    ws = wb[sheet]
    table = next(iter(ws.tables.values()))
    header, rows = table_rows(ws, table)
    headers = [h.value for h in header]
    return headers, [by_header(header, r) for r in rows]


def check_values(rows, series, f, where):
    """Rows of a tidy data table against the CSVs, metric by metric, in file order."""
    seen = {}
    for r in rows:
        seen.setdefault(r["Metric ID"].value, []).append(r)
    for metric, got in seen.items():
        expected = series.get(metric)
        if expected is None:
            f.check(all(r[header_named(list(r), "Value")].value == "[x]" for r in got),
                    f"{where}: {metric} has no CSV but shows values")
            continue
        f.check(len(got) == len(expected), f"{where}: {metric}: {len(got)} rows, CSV has {len(expected)}")
        for r, e in zip(got, expected):
            value = r[header_named(list(r), "Value")]
            want = number(e["value"])
            ok = value.value == want if want is not None else value.value == "[x]"
            f.check(ok, f"{where}: {metric} {e['period']}: {value.value!r}, CSV says {e['value']!r}")
            if want is not None:
                f.check(value.data_type == "n", f"{where}: {metric} {e['period']}: value is not a number")
            f.check(r["Period"].value == period_words(e["period"]), f"{where}: {metric}: period {r['Period'].value}")
            if "area" in e:
                f.check(r["Area"].value == e["area"], f"{where}: {metric}: area {r['Area'].value}")
            f.check(r["Category"].value == e["category"], f"{where}: {metric}: category {r['Category'].value}")
            for col, key in (("Lower confidence limit", "lower_ci"), ("Upper confidence limit", "upper_ci"),
                             ("Numerator", "numerator"), ("Denominator", "denominator")):
                want = number(e.get(key))
                got_v = r[col].value
                f.check(got_v == (want if want is not None else "[x]"), f"{where}: {metric}: {col} {got_v!r}")
    return seen


def headline_latest(meta, rows):
    area = meta.get("headline_area") or (rows[0].get("area") if rows else None)
    points = {}
    for r in rows:
        if r.get("area") == area and r["category"] == "All" and r["value"] != "" and r["period"] not in points:
            points[r["period"]] = float(r["value"])
    if not points:
        return None
    period = max(points, key=period_midpoint)
    return period, points[period]


def check_strategy(wb, root, series, f):
    sheets = wb.sheetnames
    f.check(sheets[:6] == ["Cover", "Contents", "Notes", "Traceability", "Metrics", "Data"],
            f"strategy: sheets begin {sheets[:6]}")
    metrics = {os.path.basename(p)[:-3]: front_matter(p) for p in glob.glob(os.path.join(root, "content/metrics/*.md"))}
    tracked = sorted(m for m, rows in series.items() if any(r["value"] != "" for r in rows))
    chart_sheets = [s for s in sheets if s not in FIXED_SHEETS | {"Traceability", "Metrics", "Data", "Decisions"}]
    f.check(len(chart_sheets) == len(tracked), f"strategy: {len(chart_sheets)} metric sheets for {len(tracked)} tracked metrics")
    # Decisions: the shipped April 2023 minutes record four decisions (one printed unnumbered).
    f.check(sheets[6:7] == ["Decisions"], f"strategy: the Decisions sheet follows Data: {sheets[6:7]}")
    headers, rows = the_table(wb, "Decisions")
    f.check([r["Minute"].value for r in rows] == ["1.02", "[x]", "4.11", "5.11"],
            f"strategy: decisions {[r['Minute'].value for r in rows]}")
    f.check(all(r["Meeting date"].value.date().isoformat() == "2023-04-25" for r in rows),
            "strategy: decisions are dated 25 April 2023, as dates")
    notes = notes_map(wb)

    # Traceability: one row per metric of every ambition, in priority order.
    headers, rows = the_table(wb, "Traceability")
    priorities = sorted((front_matter(p) for p in glob.glob(os.path.join(root, "content/strategy/priorities/*.md"))),
                        key=lambda p: p["order"])
    expected = [(a["id"], m) for p in priorities for a in p["ambitions"] for m in a["metrics"]]
    f.check([(r["Ambition ID"].value, r["Metric ID"].value) for r in rows] == expected,
            "strategy: traceability rows differ from the priorities' ambitions and metrics")
    latest_h = header_named(headers, "Latest value")
    for r in rows:
        metric = r["Metric ID"].value
        csv_rows = series.get(metric, [])
        latest = headline_latest(metrics.get(metric, {}), csv_rows)
        cell = r[latest_h]
        markers = r["Notes"].value
        if latest is None:
            f.check(cell.value == "[x]", f"strategy: {metric}: latest {cell.value!r}, expected [x]")
            f.check("[note" in markers, f"strategy: {metric}: [x] without a note")
        else:
            f.check(cell.value == latest[1] and cell.data_type == "n",
                    f"strategy: {metric}: latest {cell.value!r}, CSV headline says {latest[1]}")
            f.check(r["Latest period"].value == period_words(latest[0]), f"strategy: {metric}: latest period {r['Latest period'].value}")
        target = (metrics.get(metric) or {}).get("target")
        tcell = r["Target"]
        f.check(tcell.value == (target["value"] if target else "[x]"), f"strategy: {metric}: target {tcell.value!r}")
    # An ambition none of whose metrics has data says so in a note.
    for p in priorities:
        for a in p["ambitions"]:
            if any(m in tracked for m in a["metrics"]):
                continue
            for r in rows:
                if r["Ambition ID"].value != a["id"]:
                    continue
                texts = [notes.get(m, "") for m in re.findall(r"\[note \d+\]", r["Notes"].value)]
                f.check(any("not yet measured" in t for t in texts),
                        f"strategy: unmeasured ambition {a['id']} has no 'not yet measured' note")

    # Metric definitions: every metric, with a definition.
    _, rows = the_table(wb, "Metrics")
    f.check(sorted(r["Metric ID"].value for r in rows) == sorted(metrics), "strategy: Metrics rows differ from content/metrics")
    for r in rows:
        f.check(len(str(r["Definition"].value)) > 20, f"strategy: {r['Metric ID'].value}: no definition")

    # Data: every CSV row, value for value.
    _, rows = the_table(wb, "Data")
    seen = check_values(rows, series, f, "strategy Data")
    f.check(sorted(seen) == tracked, "strategy: Data covers other metrics than the tracked ones")

    # Per-metric sheets: every number is one of the metric's CSV values.
    for s in chart_sheets:
        ws = wb[s]
        table = next(iter(ws.tables.values()))
        metric = table.name[len("Series_"):].replace("_", "-")
        values = {float(r["value"]) for r in series.get(metric, []) if r["value"] != ""}
        f.check(bool(values), f"strategy: sheet {s} is for {metric}, which has no data")
        _, data = table_rows(ws, table)
        for row in data:
            for c in row[1:]:
                f.check(c.value == "[x]" or c.value in values, f"strategy!{s}!{c.coordinate}: {c.value!r} not in the CSV")


def check_meeting(wb, root, meeting_dir, series, f):
    meeting = front_matter(os.path.join(meeting_dir, "meeting.yaml"))
    where = os.path.basename(meeting_dir)
    _, rows = the_table(wb, "Agenda")
    papers = {os.path.basename(p)[:-3]: front_matter(p) for p in glob.glob(os.path.join(meeting_dir, "papers/*.md"))}

    def private(item):  # marked private, or presenting a private paper
        return item.get("part", "public") == "private" or \
            papers.get(item.get("paper"), {}).get("part", "public") == "private"
    public = [a for a in meeting["agenda"] if not private(a)]
    f.check([r["Title"].value for r in rows] == [a["title"] for a in public], f"{where}: agenda titles differ")
    for r, a in zip(rows, public):
        if "start" in a:
            f.check(r["Start"].value is not None and r["Start"].value.strftime("%H:%M") == a["start"],
                    f"{where}: start {r['Start'].value} for {a['title']}")
        elif "start" not in meeting:
            f.check(r["Start"].value == "[x]" and "[note" in r["Notes"].value, f"{where}: untimed item without [x] and a note")
    # Cited data: exactly the metrics the public papers cite.
    cited = []
    private_items = {a.get("paper") for a in meeting["agenda"] if private(a)}
    for pid, fm in sorted(papers.items()):
        if fm.get("part", "public") != "private" and pid not in private_items:
            cited += [c for c in fm.get("cites", []) if c not in cited]
    if cited:
        _, rows = the_table(wb, "Data")
        seen = check_values(rows, series, f, f"{where} Data")
        f.check(sorted(seen) == sorted(cited), f"{where}: Data has {sorted(seen)}, papers cite {sorted(cited)}")
    else:
        f.check("Data" not in wb.sheetnames, f"{where}: a Data sheet with nothing cited")
    # Actions: every action of every minutes up to this meeting.
    expected = []
    for d in sorted(glob.glob(os.path.join(root, "content/meetings/*"))):
        minutes = os.path.join(d, "minutes.md")
        if os.path.basename(d)[:10] > os.path.basename(meeting_dir)[:10] or not os.path.exists(minutes):
            continue
        for item in front_matter(minutes).get("items", []):
            expected += [p for p in item.get("paragraphs", []) if p.get("kind") == "action"]
    if expected:
        _, rows = the_table(wb, "Actions")
        f.check([" ".join(r["Action"].value.split()) for r in rows] == [" ".join(p["text"].split()) for p in expected],
                f"{where}: actions differ from the minutes")
        for r, p in zip(rows, expected):
            if not p.get("due"):
                f.check(r["Due"].value == "[x]" and "[note" in r["Notes"].value, f"{where}: no due date without [x] and a note")


def check_case_studies(wb, root, f):
    _, rows = the_table(wb, "Outcomes")
    expected = []
    for p in sorted(glob.glob(os.path.join(root, "content/case-studies/*.md"))):
        fm = front_matter(p)
        expected += [(os.path.basename(p)[:-3], o) for o in fm.get("outcomes") or []]
    f.check(len(rows) == len(expected), f"case studies: {len(rows)} rows for {len(expected)} outcomes")
    for r, (cs, o) in zip(rows, expected):
        value = r[header_named(list(r), "Value")]
        f.check(r["Case study ID"].value == cs, f"case studies: row for {r['Case study ID'].value}, expected {cs}")
        f.check(" ".join(r["Outcome"].value.split()) == " ".join(str(o["text"]).split()), f"case studies: {cs}: outcome text differs")
        if o.get("value") is not None:
            f.check(value.value == o["value"] and value.data_type == "n", f"case studies: {cs}: value {value.value!r}")
        else:
            f.check(value.value == "[x]" and "[note" in r["Notes"].value, f"case studies: {cs}: no value without [x] and a note")


def main():
    binary, root = sys.argv[1], os.path.abspath(sys.argv[2])
    f = Failures()
    series = read_series(root)
    with tempfile.TemporaryDirectory(prefix="icbgen-workbook-test-") as tmp:
        site = build_site(binary, root, tmp)
        paths = workbooks(site)
        names = [os.path.basename(p) for p in paths]
        meetings = [d for d in sorted(glob.glob(os.path.join(root, "content/meetings/*")))
                    if front_matter(os.path.join(d, "meeting.yaml")).get("agenda")]
        f.check(sorted(names) == sorted(["strategy-metrics.xlsx", "case-studies.xlsx"] +
                                        [os.path.basename(d) + "-appendix.xlsx" for d in meetings]),
                f"workbooks written: {names}")
        for p in paths:
            wb = check_layout(p, f)
            base = os.path.basename(p)
            if base == "strategy-metrics.xlsx":
                check_strategy(wb, root, series, f)
            elif base == "case-studies.xlsx":
                check_case_studies(wb, root, f)
            else:
                check_meeting(wb, root, os.path.join(root, "content/meetings", base[:-len("-appendix.xlsx")]), series, f)
    f.finish(f"{len(names)} workbooks read with openpyxl")


if __name__ == "__main__":
    main()

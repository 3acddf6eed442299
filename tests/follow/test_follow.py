#!/usr/bin/env python3
"""Feeds, calendars and the bulk data download of the shipped site, read back with real
parsers: feed.xml with xml.etree in the Atom namespace, meetings.ics and each body's calendar
with the `icalendar` package, downloads/all-data.zip with zipfile, csv and jsonschema (a
faithful subset of the Frictionless Data Package and Tabular Data Package schemas, written out
below). Each check compares with the content and data the site was built from.

usage: test_follow.py ICBGEN_BINARY SITE_ROOT"""
import csv
import glob
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "workbook"))
from workbook_lib import period_words  # noqa: E402  (the pages' and workbooks' period words)

SKIP = 77
try:
    import icalendar
    import jsonschema
    import yaml
except ImportError as e:  # pragma: no cover
    print(f"skipped: {e} (install python3-icalendar, python3-jsonschema and python3-yaml)")
    sys.exit(SKIP)

ATOM = {"a": "http://www.w3.org/2005/Atom"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
NAME = r"^([-a-z0-9._/])+$"
FIELD_TYPES = ["string", "number", "integer", "boolean", "object", "array", "date", "time",
               "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"]
# The parts of https://specs.frictionlessdata.io/schemas/tabular-data-package.json (and the
# tabular-data-resource and table-schema it refers to) that describe what icbgen writes.
SOURCE = {"type": "object", "required": ["title"],
          "properties": {"title": {"type": "string"}, "path": {"type": "string"},
                         "email": {"type": "string", "format": "email"}}}
TABLE_SCHEMA = {
    "type": "object", "required": ["fields"],
    "properties": {
        "fields": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["name"],
            "properties": {"name": {"type": "string"}, "title": {"type": "string"},
                           "description": {"type": "string"},
                           "type": {"enum": FIELD_TYPES}, "format": {"type": "string"}}}},
        "primaryKey": {"type": ["string", "array"]},
        "missingValues": {"type": "array", "items": {"type": "string"}},
    }}
RESOURCE = {
    "type": "object", "required": ["name", "path", "profile", "schema"],
    "properties": {
        "profile": {"enum": ["tabular-data-resource"]},
        "name": {"type": "string", "pattern": NAME},
        "path": {"oneOf": [
            {"type": "string", "pattern": r"^(?!/)(?!.*\.\./)[^\\]+$"},
            {"type": "array", "minItems": 1,
             "items": {"type": "string", "pattern": r"^(?!/)(?!.*\.\./)[^\\]+$"}}]},
        "title": {"type": "string"}, "description": {"type": "string"},
        "homepage": {"type": "string", "format": "uri"},
        "sources": {"type": "array", "items": SOURCE},
        "format": {"type": "string"},
        "mediatype": {"type": "string", "pattern": r"^(.+)/(.+)$"},
        "encoding": {"type": "string"},
        "schema": TABLE_SCHEMA,
    }}
PACKAGE = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object", "required": ["resources", "profile"],
    "properties": {
        "profile": {"enum": ["tabular-data-package"]},
        "name": {"type": "string", "pattern": NAME},
        "id": {"type": "string"}, "title": {"type": "string"},
        "homepage": {"type": "string", "format": "uri"},
        "created": {"type": "string", "pattern": RFC3339.pattern},
        "contributors": {"type": "array", "items": SOURCE},
        "licenses": {"type": "array", "minItems": 1, "items": {
            "type": "object", "anyOf": [{"required": ["name"]}, {"required": ["path"]}],
            "properties": {"name": {"type": "string", "pattern": r"^([-a-zA-Z0-9._])+$"},
                           "path": {"type": "string"}, "title": {"type": "string"}}}},
        "resources": {"type": "array", "minItems": 1, "items": RESOURCE},
    }}

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
    return ok


def front(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if text.startswith("---"):
        text = text.split("---", 2)[1]
    return yaml.safe_load(text)


def check_feed(site, root, meetings, metrics, base):
    tree = ET.parse(os.path.join(site, "feed.xml"))
    feed = tree.getroot()
    check(feed.tag == "{http://www.w3.org/2005/Atom}feed", f"feed.xml's root is {feed.tag}")
    for tag in ("id", "title", "updated", "author/a:name"):
        check(feed.find("a:" + tag, ATOM) is not None, f"the feed has no {tag}")
    check(RFC3339.match(feed.findtext("a:updated", "", ATOM)), "the feed's updated is not RFC 3339")
    self_link = [l.get("href") for l in feed.findall("a:link", ATOM) if l.get("rel") == "self"]
    check(self_link == [base + "feed.xml"], f"the feed's self link is {self_link}")
    entries = feed.findall("a:entry", ATOM)
    ids = [e.findtext("a:id", "", ATOM) for e in entries]
    check(len(ids) == len(set(ids)), "entry ids repeat")
    updated = [e.findtext("a:updated", "", ATOM) for e in entries]
    for e, u in zip(ids, updated):
        check(RFC3339.match(u), f"entry {e}: updated {u!r} is not RFC 3339")
    check(updated == sorted(updated, reverse=True), "entries are not newest first")
    check(feed.findtext("a:updated", "", ATOM) == max(updated), "the feed's updated is not its newest entry's")
    links = [e.find("a:link[@rel='alternate']", ATOM).get("href") for e in entries]
    for link in links:
        check(link.startswith(base), f"entry link {link} is not absolute under {base}")
    # One entry per meeting, dated by the meeting.
    for mid, meeting in meetings.items():
        url = f"{base}meetings/{mid}/"
        found = [(i, u) for i, u in zip(ids, updated) if i == url]
        if check(len(found) == 1, f"meeting {mid}: {len(found)} entries"):
            check(found[0][1] == f"{meeting['date']}T00:00:00Z", f"meeting {mid} dated {found[0][1]}")
    # One entry per metric with data, for its latest period.
    with_data = [m for m in metrics if os.path.exists(os.path.join(root, "data/metrics", m + ".csv"))]
    for m in with_data:
        n = sum(1 for i in ids if i.startswith(f"{base}metrics/{m}/#period-"))
        check(n == 1, f"metric {m}: {n} entries")
    # Minutes approved: an entry for each approved minutes approved at a later meeting.
    approved = [mid for mid in meetings
                if os.path.exists(os.path.join(root, "content/meetings", mid, "minutes.md"))
                and front(os.path.join(root, "content/meetings", mid, "minutes.md")).get("status") == "approved"]
    for mid in approved:
        approvers = [m for m in meetings.values()
                     if any(i.get("approve_minutes") == mid for i in m.get("agenda", []))]
        n = ids.count(f"{base}meetings/{mid}/#minutes")
        check(n == (1 if approvers else 0), f"approved minutes of {mid}: {n} entries")
    return len(entries)


def check_calendar(path, meetings, base):
    with open(path, "rb") as fh:
        raw = fh.read()
    lines = raw.split(b"\r\n")
    check(lines[-1] == b"" and b"\n" not in raw.replace(b"\r\n", b""), f"{path}: lines do not end CRLF")
    check(all(len(l) <= 75 for l in lines), f"{path}: a line is longer than 75 octets")
    cal = icalendar.Calendar.from_ical(raw)
    events = cal.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    check(len(uids) == len(set(uids)), f"{path}: UIDs repeat")
    host = re.sub(r"^https?://", "", base).split("/")[0]
    check(sorted(uids) == sorted(f"{m}@{host}" for m in meetings), f"{path}: UIDs {uids}")
    for e in events:
        mid = str(e["UID"]).split("@")[0]
        m = meetings.get(mid)
        if not m:
            continue
        start = e.decoded("DTSTART")
        if "start" in m:
            check(start.strftime("%Y-%m-%d %H:%M") == f"{m['date']} {m['start']}",
                  f"{mid}: starts {start}")
            check(str(start.tzinfo) in ("Europe/London", "BST", "GMT") or "London" in str(start.tzinfo),
                  f"{mid}: start time zone {start.tzinfo}")
            end = e.decoded("DTEND")
            check(end.strftime("%H:%M") == m["end"], f"{mid}: ends {end}")
        else:
            check(start.isoformat() == m["date"], f"{mid}: an untimed meeting starts {start!r}")
        check(str(e.get("LOCATION", "")) == m.get("venue", ""), f"{mid}: location {e.get('LOCATION')}")
        check(str(e["URL"]) == f"{base}meetings/{mid}/", f"{mid}: URL {e['URL']}")
        check(f"{base}meetings/{mid}/" in str(e["DESCRIPTION"]), f"{mid}: description lacks the papers link")
        check(e.decoded("DTSTAMP").strftime("%Y-%m-%d") == m["date"], f"{mid}: DTSTAMP {e['DTSTAMP']}")
    return len(events)


def check_zip(site, root, metrics):
    with zipfile.ZipFile(os.path.join(site, "downloads/all-data.zip")) as z:
        names = z.namelist()
        package = json.loads(z.read("datapackage.json"))
        files = {n: z.read(n).decode("utf-8") for n in names if n.endswith(".csv")}
        dates = {i.date_time for i in z.infolist()}
    check(names[0] == "datapackage.json", f"the zip starts with {names[0]}")
    check(len(dates) == 1, f"zip entries carry {len(dates)} different dates")
    try:
        jsonschema.validate(package, PACKAGE)
    except jsonschema.ValidationError as e:
        check(False, f"datapackage.json is not a valid tabular data package: {e.message} at {list(e.path)}")
    sources = sorted(glob.glob(os.path.join(root, "data/metrics/*.csv")))
    resources = {r["name"]: r for r in package.get("resources", [])}
    check(sorted(resources) == sorted(os.path.basename(p)[:-4] for p in sources),
          "the package's resources are not the metrics with data")
    rows_checked = 0
    for src in sources:
        mid = os.path.basename(src)[:-4]
        r = resources.get(mid)
        if not check(r is not None, f"{mid}: no resource"):
            continue
        meta = metrics[mid]
        for key in ("unit", "polarity"):
            check(r.get(key) == meta.get(key), f"{mid}: {key} {r.get(key)!r}, not {meta.get(key)!r}")
        check(r.get("source", {}).get("title") == meta["source"]["name"], f"{mid}: source {r.get('source')}")
        text = files.get(r["path"])
        if not check(text is not None, f"{mid}: {r['path']} not in the zip"):
            continue
        with open(os.path.join(site, f"metrics/{mid}/{mid}.csv"), encoding="utf-8") as fh:
            check(text == fh.read(), f"{mid}: the zipped CSV differs from the metric's download")
        got = list(csv.DictReader(io.StringIO(text)))
        header = next(csv.reader(io.StringIO(text)))
        check(header == [f["name"] for f in r["schema"]["fields"]], f"{mid}: fields {header}")
        with open(src, encoding="utf-8", newline="") as fh:
            want = list(csv.DictReader(fh))
        if not check(len(got) == len(want), f"{mid}: {len(got)} rows, not {len(want)}"):
            continue
        for i, (g, w) in enumerate(zip(got, want), start=2):
            where = f"{mid} row {i}"
            check(g["period"] == period_words(w["period"].strip()), f"{where}: period {g['period']!r}")
            check(g["area"] == (w.get("area") or meta.get("geography")), f"{where}: area {g['area']!r}")
            check(g["unit"] != "", f"{where}: no unit")
            for col, value in w.items():
                if col in ("period", "area"):
                    continue
                if col == "source":
                    value = re.sub(r"\s*\(line \d+\)$", "", value)
                if col in ("value", "lower_ci", "upper_ci", "numerator", "denominator"):
                    ok = (g.get(col, "") == "" and value.strip() == "") or \
                         float(g.get(col) or "nan") == float(value or "nan")
                    check(ok, f"{where}: {col} {g.get(col)!r}, not {value!r}")
                elif value != "" or col in g:
                    check(g.get(col, "").lstrip() == value, f"{where}: {col} {g.get(col)!r}, not {value!r}")
            rows_checked += 1
    return len(files), rows_checked


def build(binary, root, tmp):
    site = os.path.join(tmp, "site")
    r = subprocess.run([binary, "build", "--root", root, "--out", site, "--private-out",
                        os.path.join(tmp, "private")], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"icbgen build failed ({r.returncode}):\n{r.stderr[-3000:]}")
    return site


def site_facts(root):
    site_yaml = front(os.path.join(root, "content/site.yaml"))
    base = site_yaml["base_url"].rstrip("/") + "/"
    meetings = {os.path.basename(os.path.dirname(p)): front(p)
                for p in sorted(glob.glob(os.path.join(root, "content/meetings/*/meeting.yaml")))}
    metrics = {os.path.basename(p)[:-3]: front(p)
               for p in sorted(glob.glob(os.path.join(root, "content/metrics/*.md")))}
    for m in meetings.values():  # unquoted YAML dates and times (15:00 is 900 in YAML 1.1)
        m["date"] = str(m["date"])
        for key in ("start", "end"):
            if isinstance(m.get(key), int):
                m[key] = f"{m[key] // 60:02d}:{m[key] % 60:02d}"
    return base, meetings, metrics


def approved_minutes_case(binary, project, tmp):
    """The valid fixture with its draft minutes approved: the feed gains an entry for them,
    dated by the meeting that approved them."""
    root = os.path.join(tmp, "approved")
    shutil.copytree(os.path.join(project, "tests/fixtures/valid"), root)
    minutes = os.path.join(root, "content/meetings/2023-10-04-board/minutes.md")
    with open(minutes, encoding="utf-8") as fh:
        text = fh.read()
    with open(minutes, "w", encoding="utf-8") as fh:
        fh.write(text.replace("status: draft", "status: approved", 1))
    site = build(binary, root, os.path.join(tmp, "approved-out"))
    base, meetings, metrics = site_facts(root)
    check_feed(site, root, meetings, metrics, base)
    check_calendar(os.path.join(site, "meetings.ics"), meetings, base)
    feed = ET.parse(os.path.join(site, "feed.xml")).getroot()
    entry = [e for e in feed.findall("a:entry", ATOM)
             if e.findtext("a:id", "", ATOM) == f"{base}meetings/2023-10-04-board/#minutes"]
    if check(len(entry) == 1, "approved minutes have no feed entry"):
        check(entry[0].findtext("a:updated", "", ATOM) == "2024-01-10T00:00:00Z",
              "approved minutes are not dated by the approving meeting")


def main():
    binary, root = sys.argv[1], os.path.abspath(sys.argv[2])
    base, meetings, metrics = site_facts(root)
    with tempfile.TemporaryDirectory(prefix="icbgen-follow-") as tmp:
        site = build(binary, root, tmp)
        n_entries = check_feed(site, root, meetings, metrics, base)
        n_events = check_calendar(os.path.join(site, "meetings.ics"), meetings, base)
        bodies = {}
        for mid, m in meetings.items():
            bodies.setdefault(m["body"], {})[mid] = m
        for body, ms in bodies.items():
            slug = re.sub(r"[^a-z0-9]+", "-", body.lower()).strip("-")
            path = os.path.join(site, "meetings", slug + ".ics")
            if check(os.path.exists(path), f"no calendar for {body} at meetings/{slug}.ics"):
                check_calendar(path, ms, base)
        n_files, n_rows = check_zip(site, root, metrics)
        # Every page names the feed (the packs are documents to print, not pages of the site);
        # the meetings pages offer the calendars.
        pages = [p for p in glob.glob(os.path.join(site, "**/*.html"), recursive=True)
                 if os.path.basename(p) != "pack.html"]
        for page in pages:
            with open(page, encoding="utf-8") as fh:
                html = fh.read()
            if "<head>" in html:
                check('<link rel="alternate" type="application/atom+xml"' in html,
                      f"{os.path.relpath(page, site)} has no link to the feed")
        with open(os.path.join(site, "meetings/index.html"), encoding="utf-8") as fh:
            index = fh.read()
        check('href="../meetings.ics"' in index, "the meetings page does not link meetings.ics")
        approved_minutes_case(binary, root, tmp)
    for f in failures:
        print("FAIL:", f)
    print(f"{n_entries} feed entries, {n_events} calendar events, {n_files} CSVs and {n_rows} rows "
          f"in all-data.zip, {len(pages)} pages: {len(failures)} failure(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

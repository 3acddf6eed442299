#!/usr/bin/env python3
"""End-to-end tests of `icbgen import` and `icbgen export open-sdg`: each case copies the
shipped site (content/ without its meetings, so no PDF is made, and data/) into a temporary
folder, imports a made-up fixture file (tests/import/fixtures/README.md) with the real binary,
and reads back what it wrote: the CSV with Python's csv module, `check`'s verdict, and the
metric page with html.parser.

Usage: import_test.py <case> <icbgen> <repo-root>
"""
import csv
import filecmp
import html.parser
import io
import os
import shutil
import subprocess
import sys
import tempfile

CASE, ICBGEN, REPO = sys.argv[1], sys.argv[2], sys.argv[3]
FIXTURES = os.path.join(REPO, "tests", "import", "fixtures")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def scratch_site(tmp):
    site = os.path.join(tmp, "site-src")
    shutil.copytree(os.path.join(REPO, "content"), os.path.join(site, "content"))
    shutil.copytree(os.path.join(REPO, "data"), os.path.join(site, "data"))
    return site


# These tests are about data, not PDFs: the board packs' PDFs are made by the output tests'
# stand-in for WeasyPrint, which writes a tiny PDF at once.
STAND_IN = os.path.join(REPO, "tests", "output", "weasyprint_stand_in.py")
ENV = dict(os.environ, ICBGEN_WEASYPRINT=STAND_IN, NO_COLOR="1",
           PYTHONPATH=os.path.join(REPO, "tests", "output", "stand_in"))
ENV.pop("ICBGEN_STAND_IN", None)


def run(*args, cwd=None):
    return subprocess.run([ICBGEN, *args], capture_output=True, text=True, cwd=cwd, env=ENV)


def icbgen_import(site, fmt, fixture, metric, *extra, cwd=None):
    path = fixture if os.path.isabs(fixture) else os.path.join(FIXTURES, fixture)
    return run("import", fmt, path, "--metric", metric, "--root", site, *extra, cwd=cwd)


def rows(site, metric):
    with open(os.path.join(site, "data", "metrics", metric + ".csv"), encoding="utf-8",
              newline="") as f:
        return list(csv.DictReader(f))


def snapshot(site):
    """Every file under content/ and data/, with its bytes."""
    out = {}
    for top in ("content", "data"):
        for dirpath, _, names in os.walk(os.path.join(site, top)):
            for n in names:
                full = os.path.join(dirpath, n)
                with open(full, "rb") as f:
                    out[os.path.relpath(full, site)] = f.read()
    return out


def check_passes(site):
    result = run("check", "--root", site)
    check(result.returncode == 0, f"check failed ({result.returncode}):\n{result.stderr}")
    return result


class TableText(html.parser.HTMLParser):
    """The text of every table cell of a page, row by row."""

    def __init__(self):
        super().__init__()
        self.rows, self.row, self.cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join(self.cell.split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def page_rows(site, tmp, metric):
    out = os.path.join(tmp, "out")
    result = run("build", "--root", site, "--out", out, "--private-out",
                 os.path.join(tmp, "private"), "--force")
    check(result.returncode == 0, f"build failed ({result.returncode}):\n{result.stderr}")
    parser = TableText()
    with open(os.path.join(out, "metrics", metric, "index.html"), encoding="utf-8") as f:
        parser.feed(f.read())
    return parser.rows


def write_changed(tmp, fixture, old, new, name):
    """A copy of a fixture with one figure changed (bytes kept, BOM and CRLF included)."""
    with open(os.path.join(FIXTURES, fixture), "rb") as f:
        data = f.read()
    check(data.count(old) == 1, f"{fixture}: {old!r} is not unique")
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data.replace(old, new))
    return path


def common_cycle(tmp, site, fmt, fixture, metric, extra, old, new, update_line, applied):
    """Re-import is byte-identical; a changed value is reported and applied; --dry-run writes
    nothing."""
    before = snapshot(site)
    again = icbgen_import(site, fmt, fixture, metric, *extra)
    check(again.returncode == 0, f"second import failed:\n{again.stderr}")
    check(snapshot(site) == before, "importing the same file again changed files")
    check(again.stdout.endswith("import: nothing to change\n"),
          f"second import output:\n{again.stdout}")

    changed = write_changed(tmp, fixture, old, new, "changed-" + fixture)
    dry = icbgen_import(site, fmt, changed, metric, *extra, "--dry-run")
    check(dry.returncode == 0, f"dry run failed:\n{dry.stderr}")
    check(update_line in dry.stdout, f"dry run does not report {update_line!r}:\n{dry.stdout}")
    check(dry.stdout.endswith("import: dry run: nothing written\n"), f"dry run:\n{dry.stdout}")
    check(snapshot(site) == before, "--dry-run changed files")

    real = icbgen_import(site, fmt, changed, metric, *extra)
    check(real.returncode == 0, f"changed import failed:\n{real.stderr}")
    check(update_line in real.stdout, f"import does not report {update_line!r}:\n{real.stdout}")
    after = snapshot(site)
    changed_files = sorted(k for k in after if after.get(k) != before.get(k))
    check(changed_files == [os.path.join("data", "metrics", metric + ".csv")],
          f"files changed: {changed_files}")
    csv_text = after[os.path.join("data", "metrics", metric + ".csv")].decode("utf-8")
    check(applied in csv_text, f"{applied!r} not in the CSV:\n{csv_text}")


def case_fingertips(tmp):
    site = scratch_site(tmp)
    metric = "example-infant-mortality"
    result = icbgen_import(site, "fingertips", "fingertips.csv", metric, "--indicator", "90901")
    check(result.returncode == 0, f"import failed ({result.returncode}):\n{result.stderr}")
    check("7 rows added, 0 updated, 0 unchanged" in result.stdout, f"summary:\n{result.stdout}")
    got = [(r["period"], r["area"], r["area_code"], r["value"], r["lower_ci"], r["upper_ci"],
            r["numerator"], r["denominator"], r["note"]) for r in rows(site, metric)]
    # Headline rows only (Persons, the standard age <1 yr, no category), sorted by period and
    # area; the England 2020 - 22 row has no value and a note, kept as a note.
    check(got == [
        ("2018-20", "England", "E92000001", "3.92", "3.62", "4.22", "392", "100000", ""),
        ("2018-20", "Example South East London ICB", "E54000030", "4.05", "3.75", "4.35", "405",
         "100000", ""),
        ("2018-20", "London region", "E12000007", "3.41", "3.11", "3.71", "341", "100000", ""),
        ("2019-21", "England", "E92000001", "3.88", "3.58", "4.18", "388", "100000", ""),
        ("2019-21", "Example South East London ICB", "E54000030", "4.12", "3.82", "4.42", "412",
         "100000", ""),
        ("2019-21", "London region", "E12000007", "3.36", "3.06", "3.66", "336", "100000", ""),
        ("2020-22", "England", "E92000001", "", "", "", "", "", "Data not yet published for this period"),
    ], f"rows written: {got}")
    source = rows(site, metric)[0]["source"]
    check(source == "OHID Fingertips indicator 90901, Time period Sortable 20180000, file "
          "fingertips.csv", f"source: {source}")
    with open(os.path.join(site, "content", "metrics", metric + ".md"), encoding="utf-8") as f:
        stub = f.read()
    check('title: "Example infant mortality rate (made-up test data)"' in stub, stub)
    check("TODO" in stub, "the stub marks nothing to do")
    check("unit: rate-per-1000  # from the imported file" in stub, "unit not inferred: " + stub)
    result = check_passes(site)
    check("error" not in result.stderr.replace("0 errors", ""), result.stderr)
    table = page_rows(site, tmp, metric)
    flat = [" | ".join(r) for r in table]
    # area_code is a reserved column: kept in the CSV, shown nowhere, never a breakdown.
    check(not any("E92000001" in line or "Area code" in line or "area_code" in line
                  for line in flat), f"the area code reached the page: {flat}")
    for area, value in (("Example South East London ICB", "4.12"), ("London region", "3.36"),
                        ("England", "3.88")):
        check(any(area in line and value in line for line in flat),
              f"the metric page has no row for {area} {value}: {flat}")
    common_cycle(tmp, site, "fingertips", "fingertips.csv", metric, ["--indicator", "90901"],
                 b"3.36,3.06,3.66,,,336", b"3.31,3.01,3.61,,,331",
                 "updated 2019-21, London region: value 3.36 \u2192 3.31; lower_ci 3.06 \u2192 "
                 "3.01; upper_ci 3.66 \u2192 3.61; numerator 336 \u2192 331 (",
                 "\n2019-21,London region,E12000007,3.31,3.01,3.61,331,100000,,")


def case_fingertips_forms(tmp):
    """Quarters, months, another sex, and an older file whose 23rd column is named after
    regions."""
    site = scratch_site(tmp)
    r = icbgen_import(site, "fingertips", "fingertips.csv", "example-admissions", "--indicator",
                      "90902", "--area", "E54000030")
    check(r.returncode == 0, r.stderr)
    got = [(x["period"], x["value"]) for x in rows(site, "example-admissions")]
    check(got == [("2021/22 Q1", "251.3"), ("2021/22 Q2", "262.0"), ("2021/22 Q3", "270.4"),
                  ("2021/22 Q4", "266.1"), ("2022/23 Q1", "259.8")], f"quarters: {got}")
    r = icbgen_import(site, "fingertips", "fingertips.csv", "example-referrals", "--indicator",
                      "90903")
    check(r.returncode == 0, r.stderr)
    got = [(x["period"], x["value"], x["numerator"]) for x in rows(site, "example-referrals")]
    check(got == [("2023-01", "812", "812"), ("2023-02", "790", "790"),
                  ("2023-03", "845", "845")], f"months: {got}")
    r = icbgen_import(site, "fingertips", "fingertips.csv", "example-female", "--indicator",
                      "90901", "--sex", "Female")
    check(r.returncode == 0, r.stderr)
    got = [(x["period"], x["area"], x["value"], x["note"]) for x in rows(site, "example-female")]
    check(got == [("2019-21", "Example South East London ICB", "",
                   "Value suppressed for disclosure control due to small count")],
          f"suppressed: {got}")
    r = icbgen_import(site, "fingertips", "fingertips_regions.csv", "example-regions")
    check(r.returncode == 0, r.stderr)
    got = [(x["period"], x["area"], x["value"]) for x in rows(site, "example-regions")]
    check(got == [("2018-20", "England", "3.92"),
                  ("2018-20", "Example South East London ICB", "4.05")], f"regions: {got}")
    before = snapshot(site)
    dry = icbgen_import(site, "fingertips", "fingertips.csv", "example-dry", "--indicator",
                        "90901", "--dry-run")
    check(dry.returncode == 0, dry.stderr)
    stub = os.path.join(site, "content", "metrics", "example-dry.md")
    check(f"import: would write {stub} (a definition to complete)\n" in dry.stdout, dry.stdout)
    check(snapshot(site) == before, "--dry-run of a new metric wrote files")
    several = icbgen_import(site, "fingertips", "fingertips.csv", "example-several")
    check(several.returncode == 1, f"several indicators: exit {several.returncode}")
    check("error[import-ambiguous]: this file holds more than one indicator (90901 and 90902)"
          in several.stderr, several.stderr)
    check_passes(site)


def case_broken(tmp):
    site = scratch_site(tmp)
    before = snapshot(site)
    r = icbgen_import(site, "fingertips", "fingertips_broken.csv", "infant-mortality",
                      cwd=FIXTURES)
    check(r.returncode == 1, f"exit {r.returncode}")
    path = os.path.join(FIXTURES, "fingertips_broken.csv")
    first = r.stderr.splitlines()[0] if r.stderr else ""
    check(first == f"{path}:3:101: error[import-bad-period]: the time period '2022 W05' on "
          "line 3 is not a period icbgen can represent", f"diagnostic: {first!r}")
    check(r.stderr.endswith("import: 1 error; nothing written\n"), r.stderr)
    check(r.stdout == "", f"stdout: {r.stdout}")
    check(snapshot(site) == before, "a broken file changed files")
    # The other formats: a figure with a per cent sign, a year that is no period.
    for fmt, fixture, old, new, line, code in (
            ("nhs-oversight", "oversight.csv", b",%,61.2,", b",%,61.2%,", 2, "import-bad-number"),
            ("open-sdg", "open_sdg.csv", b"\n2020,Male,", b"\n2020a,Male,", 6,
             "import-bad-period")):
        broken = write_changed(tmp, fixture, old, new, "broken-" + fixture)
        extra = ["--metric-id", "OF0023"] if fmt == "nhs-oversight" else []
        r = icbgen_import(site, fmt, broken, "infant-mortality", *extra)
        first = r.stderr.splitlines()[0] if r.stderr else ""
        check(r.returncode == 1 and first.startswith(f"{broken}:{line}:") and
              f"error[{code}]" in first, f"{fmt}: exit {r.returncode}, {first!r}")
        check(r.stderr.endswith("import: 1 error; nothing written\n"), r.stderr)
        check(snapshot(site) == before, f"{fmt}: a broken file changed files")


def case_oversight(tmp):
    site = scratch_site(tmp)
    metric = "example-four-hours"
    r = icbgen_import(site, "nhs-oversight", "oversight.csv", metric, "--metric-id", "OF0023",
                      "--area", "ZZ1", "--area", "ZZ2", "--peer-median")
    check(r.returncode == 0, r.stderr)
    got = [(x["period"], x["area"], x["area_code"], x["value"]) for x in rows(site, metric)]
    check(got == [
        ("2025-12", "Example Hillside NHS Trust", "ZZ2", "58.9"),
        ("2025-12", "Example Riverside Hospitals NHS Foundation Trust", "ZZ1", "61.2"),
        ("2025-12", "Peer median (Acute)", "", "60.1"),
        ("2026-03", "Example Hillside NHS Trust", "ZZ2", "59.4"),
        ("2026-03", "Example Riverside Hospitals NHS Foundation Trust", "ZZ1", "63.5"),
        ("2026-03", "Peer median (Acute)", "", "61.8"),
    ], f"rows: {got}")
    with open(os.path.join(site, "content", "metrics", metric + ".md"), encoding="utf-8") as f:
        check("unit: percent  # from the imported file" in f.read(), "unit not mapped from %")
    check_passes(site)
    flat = [" | ".join(x) for x in page_rows(site, tmp, metric)]
    check(any("Peer median (Acute)" in line and "61.8" in line for line in flat),
          f"the page has no peer median: {flat}")
    common_cycle(tmp, site, "nhs-oversight", "oversight.csv", metric,
                 ["--metric-id", "OF0023", "--area", "ZZ1", "--area", "ZZ2", "--peer-median"],
                 b"59.4", b"60.0",
                 "updated 2026-03, Example Hillside NHS Trust: value 59.4 \u2192 60.0 (",
                 "\n2026-03,Example Hillside NHS Trust,ZZ2,60.0,")


def case_open_sdg(tmp):
    site = scratch_site(tmp)
    metric = "example-active"
    r = icbgen_import(site, "open-sdg", "open_sdg.csv", metric)
    check(r.returncode == 0, r.stderr)
    got = [(x["period"], x["area"], x["Sex"], x["value"]) for x in rows(site, metric)]
    check(got[:3] == [("2019", "E54000030", "", "61.0"), ("2019", "E54000030", "Female", "58.9"),
                      ("2019", "E54000030", "Male", "63.2")], f"rows: {got}")
    check(len(got) == 13, f"{len(got)} rows")
    check_passes(site)
    flat = [" | ".join(x) for x in page_rows(site, tmp, metric)]
    check(any("Female" in line and "58.9" in line for line in flat),
          f"the page has no breakdown row: {flat}")
    common_cycle(tmp, site, "open-sdg", "open_sdg.csv", metric, [], b"62.9", b"63.0",
                 "updated 2021, E54000030, Sex Male: value 62.9 \u2192 63.0 (",
                 "\n2021,E54000030,Male,63.0,")


def case_round_trip(tmp):
    site = scratch_site(tmp)
    out = os.path.join(tmp, "open-sdg")
    r = run("export", "open-sdg", "--root", site, "--out", out)
    check(r.returncode == 0, f"export failed:\n{r.stderr}")
    shipped = sorted(f[:-4] for f in os.listdir(os.path.join(REPO, "data", "metrics")))
    exported = sorted(f[:-4] for f in os.listdir(out))
    check(exported == shipped, f"exported {exported}, shipped {shipped}")
    before = snapshot(site)
    # A copy of the site with no data at all.
    empty = os.path.join(tmp, "empty")
    shutil.copytree(site, empty)
    for name in os.listdir(os.path.join(empty, "data", "metrics")):
        os.remove(os.path.join(empty, "data", "metrics", name))

    def figures(root, metric):
        out = []
        for x in rows(root, metric):
            key = {k: v for k, v in x.items() if k not in ("note", "source", "area_code", "value")}
            out.append((sorted(key.items()), float(x["value"])))
        return sorted(out)

    for metric in exported:
        path = os.path.join(out, metric + ".csv")
        # Into the shipped data: nothing changes.
        r = icbgen_import(site, "open-sdg", path, metric)
        check(r.returncode == 0 and r.stdout.endswith("import: nothing to change\n"),
              f"{metric}: {r.stdout}{r.stderr}")
        # Into no data: the same figures come back.
        r = icbgen_import(empty, "open-sdg", path, metric)
        check(r.returncode == 0, f"{metric}: {r.stderr}")
        check(figures(empty, metric) == figures(site, metric), f"{metric}: round trip differs")
    check(snapshot(site) == before, "importing the export changed the shipped data")
    with open(os.path.join(out, "infant-mortality.csv"), encoding="utf-8", newline="") as f:
        exported_rows = list(csv.reader(f))
    check(exported_rows[0] == ["Year", "Units", "Series", "GeoCode", "Value"], exported_rows[0])
    check(exported_rows[1] == ["2019-21", "Rate per 1,000", "Infant mortality rate", "SEL", "4.12"],
          exported_rows[1])


CASES = {
    "fingertips": case_fingertips,
    "fingertips_forms": case_fingertips_forms,
    "broken": case_broken,
    "oversight": case_oversight,
    "open_sdg": case_open_sdg,
    "round_trip": case_round_trip,
}

with tempfile.TemporaryDirectory() as tmp:
    CASES[CASE](tmp)
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{CASE}: ok")

#!/usr/bin/env python3
"""End-to-end tests of the website: build a fixture site with the real binary into a temporary
folder and assert on the generated files.

Usage: site_test.py <case> <icbgen> <fixtures-dir>
"""
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

CASE, ICBGEN, FIXTURES = sys.argv[1], sys.argv[2], sys.argv[3]
BASIC = os.path.join(FIXTURES, "basic")
SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
# Words that appear only in the private paper and the paper under a private agenda item.
PRIVATE_WORDS = ["Zanzibar", "zanzibar", "Quixotic", "Yodelling", "yodelling", "Xylophone"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def build(root, out, *extra):
    private = os.path.join(os.path.dirname(out), os.path.basename(out) + "-private")
    return subprocess.run([ICBGEN, "build", "--root", root, "--out", out, "--private-out", private,
                           *extra], capture_output=True, text=True)


def built(tmp, name="site", *extra):
    out = os.path.join(tmp, name)
    result = build(BASIC, out, *extra)
    if result.returncode != 0:
        sys.exit(f"building the fixture failed ({result.returncode}):\n{result.stderr}")
    return out


def read(out, path):
    with open(os.path.join(out, path), encoding="utf-8") as f:
        return f.read()


def files(out):
    found = []
    for dirpath, _, names in os.walk(out):
        for n in names:
            found.append(os.path.relpath(os.path.join(dirpath, n), out))
    return sorted(found)


def text_of(out, path):
    """The searchable text of any output file: XML inside workbooks, text of PDFs."""
    full = os.path.join(out, path)
    if path.endswith(".xlsx"):
        with zipfile.ZipFile(full) as z:
            return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if path.endswith(".pdf"):
        if shutil.which("pdftotext"):
            return subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True).stdout
        return ""
    with open(full, "rb") as f:
        return f.read().decode("utf-8", "replace")


def copy_fixture(tmp):
    site = os.path.join(tmp, "fixture")
    shutil.copytree(BASIC, site)
    return site


def untouched_output(tmp):
    out = os.path.join(tmp, "previous")
    os.makedirs(out)
    with open(os.path.join(out, "index.html"), "w") as f:
        f.write("previous build\n")
    with open(os.path.join(out, ".icbgen-output"), "w") as f:
        f.write("an earlier build's marker\n")
    return out


PREVIOUS = [".icbgen-output", "index.html"]  # what untouched_output holds


def case_escaping(tmp):
    out = built(tmp)
    priority = read(out, "priorities/prevention/index.html")
    check(f"<h1>Prevention {ESCAPED}</h1>" in priority, "the priority title is not escaped in <h1>")
    check(f"<title>Prevention {ESCAPED} \u2013 NHS Fixture Integrated Care Board</title>" in priority,
          "the priority title is not escaped in <title>")
    check(f"More people take up cancer screening {ESCAPED}" in priority,
          "the ambition statement is not escaped")
    case_study = read(out, "case-studies/example-model/index.html")
    check(f"More people take up cancer screening {ESCAPED}" in case_study,
          "the ambition statement is not escaped")
    strategy = read(out, "strategy/index.html")
    check(f"<code>{ESCAPED}</code>" in strategy, "the body's code span is not escaped")
    check("<!-- raw HTML omitted -->" in strategy, "the body's raw HTML was not omitted")
    home = read(out, "index.html")
    check(f">Prevention {ESCAPED}</a>" in home, "the priority card title is not escaped")
    search = read(out, "search/index.html")
    check(f'<a href="../priorities/prevention/index.html">Prevention {ESCAPED}</a>' in search,
          "the A to Z does not list the priority's title escaped once")
    for path in files(out):
        if path.endswith((".html", ".xml", ".json", ".txt")):
            check(SCRIPT not in text_of(out, path).lower(), f"{path} contains {SCRIPT} unescaped")


def crumbs(html):
    nav = re.search(r'<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">(.*?)</nav>', html, re.S)
    if not nav:
        return None
    return re.findall(r'<a class="nhsuk-breadcrumb__link" href="([^"]*)">([^<]*)</a>', nav.group(1))


def case_breadcrumbs(tmp):
    out = built(tmp)
    check(crumbs(read(out, "index.html")) is None, "the home page has breadcrumbs")
    expected = {
        "strategy/index.html": [("../index.html", "Home")],
        "metrics/screening-uptake/index.html": [("../../index.html", "Home"),
                                                ("../index.html", "Metrics")],
        "priorities/prevention/index.html": [("../../index.html", "Home"),
                                             ("../../strategy/index.html", "Strategy")],
        "meetings/2024-01-10-board/papers/strategy-update/index.html": [
            ("../../../../index.html", "Home"),
            ("../../../index.html", "Board meetings"),
            ("../../index.html", "Fixture Board, 10 January 2024")],
    }
    for page, want in expected.items():
        got = crumbs(read(out, page))
        check(got == want, f"{page}: breadcrumbs {got}, expected {want}")
    back = re.search(r'<a class="nhsuk-back-link" href="([^"]*)">', read(out, "metrics/screening-uptake/index.html"))
    check(back and back.group(1) == "../index.html", "the metric page's back link is not to Metrics")
    for page in files(out):
        if page.endswith("index.html") and page != "index.html" and "/pack" not in page:
            html = read(out, page)
            if 'id="maincontent"' in html:
                check(crumbs(html), f"{page} has no breadcrumbs")


def case_private(tmp):
    out = built(tmp)
    for path in files(out):
        text = text_of(out, path)
        for word in PRIVATE_WORDS:
            check(word not in text and word not in path, f"{path} mentions private '{word}'")
    check(os.path.exists(os.path.join(out, "meetings/2024-01-10-board/papers/strategy-update/index.html")),
          "the public paper has no page")
    meeting = read(out, "meetings/2024-01-10-board/index.html")
    check("Item taken in private (part II). Its papers are not published." in meeting,
          "the private agenda item is not shown as private")
    check('<th class="nhsuk-table__header" scope="row">3</th>' in meeting,
          "the private item lost its number")


def case_broken_content_link(tmp):
    site = copy_fixture(tmp)
    path = os.path.join(site, "content/strategy/_index.md")
    with open(path, "a") as f:
        f.write("\nAnd [a missing metric](@/metrics/missing.md).\n")
    with open(path) as f:
        line = f.read().splitlines().index("And [a missing metric](@/metrics/missing.md).") + 1
    out = untouched_output(tmp)
    result = build(site, out)
    check(result.returncode == 1, f"exit code {result.returncode}, expected 1")
    where = f"content/strategy/_index.md:{line}:5: error[link-broken]"
    check(where in result.stderr, f"no '{where}' in:\n{result.stderr}")
    check(files(out) == PREVIOUS and read(out, "index.html") == "previous build\n",
          "the previous output was changed")


def case_broken_output_link(tmp):
    site = copy_fixture(tmp)
    os.makedirs(os.path.join(site, "templates/partials"))
    with open(os.path.join(site, "templates/partials/footer.mustache"), "w") as f:
        f.write('<footer class="nhsuk-footer"><a href="{{root}}nowhere/index.html">Lost</a></footer>\n')
    out = untouched_output(tmp)
    result = build(site, out)
    check(result.returncode == 1, f"exit code {result.returncode}, expected 1")
    for page, up in [("accessibility/index.html", "../"), ("metrics/screening-uptake/index.html", "../../")]:
        html_line = None
        want = re.compile(re.escape(page) + r":(\d+):\d+: error\[output-link-broken\]: the link '" +
                          re.escape(up + "nowhere/index.html") + "' names 'nowhere/index.html', "
                          "which is not in the output")
        check(want.search(result.stderr), f"no diagnostic for {page} in:\n{result.stderr}")
    check(files(out) == PREVIOUS and read(out, "index.html") == "previous build\n",
          "the previous output was changed")


def case_assets_missing(tmp):
    out = untouched_output(tmp)
    result = build(BASIC, out, "--assets", os.path.join(tmp, "no-such-folder"))
    check(result.returncode == 1, f"exit code {result.returncode}, expected 1")
    check("error[assets-missing]: the NHS.UK frontend assets were not found in" in result.stderr,
          f"no assets-missing error in:\n{result.stderr}")
    check("= hint: run scripts/setup" in result.stderr, "no hint to run scripts/setup")
    check(files(out) == PREVIOUS, "the previous output was changed")


def case_search_tool_missing(tmp):
    out = untouched_output(tmp)
    missing = os.path.join(tmp, "no-such-pagefind")
    result = build(BASIC, out, "--pagefind", missing)
    check(result.returncode == 1, f"exit code {result.returncode}, expected 1")
    want = ("node_modules/pagefind: error[search-tool-missing]: cannot make the search index: "
            f"Pagefind was not found at '{missing}'")
    check(want in result.stderr, f"no search-tool-missing error in:\n{result.stderr}")
    check("= hint: run scripts/setup" in result.stderr, "no hint to run scripts/setup")
    check(files(out) == PREVIOUS, "the previous output was changed")


def case_search_index(tmp):
    """The index holds the public pages' <main> and nothing from the header or footer; the
    search page, 404 page and narrowed lists are not indexed; a metric page carries its type
    and latest value for the results."""
    import gzip
    import json
    out = built(tmp)
    entry = json.loads(read(out, "pagefind/pagefind-entry.json"))
    check(entry["version"] == "1.6.0", f"pagefind-entry.json: {entry}")
    check(list(entry["languages"]) == ["en"], f"languages: {entry['languages']}")
    fragments = {}
    for name in os.listdir(os.path.join(out, "pagefind/fragment")):
        with open(os.path.join(out, "pagefind/fragment", name), "rb") as f:
            data = gzip.decompress(f.read())
        check(data.startswith(b"pagefind_dcd"), f"{name} has no Pagefind header")
        page = json.loads(data[len(b"pagefind_dcd"):])
        fragments[page["url"]] = page
    urls = sorted(fragments)
    for url in ("/search/index.html", "/404.html", "/metrics/status/on-track/index.html"):
        check(url not in urls, f"{url} is indexed")
    for url in ("/index.html", "/metrics/screening-uptake/index.html", "/areas/england/index.html"):
        check(url in urls, f"{url} is not indexed; indexed: {urls}")
    metric = fragments.get("/metrics/screening-uptake/index.html", {})
    check(metric.get("meta", {}).get("type") == "Metric", f"metric meta: {metric.get('meta')}")
    check(metric.get("meta", {}).get("latest") == "65.5% (Fixtureshire, 2022/23)",
          f"metric latest: {metric.get('meta')}")
    check(metric.get("filters", {}).get("type") == ["Metric"], f"filters: {metric.get('filters')}")
    check("Skip to main content" not in metric.get("content", ""), "the header is indexed")
    check(not metric.get("content", "").startswith("Metric"), "the hidden page type is indexed as text")
    check("Accessibility statement" not in metric.get("content", ""), "the footer is indexed")
    # The paragraph and links that are the same on every metric page are not indexed; what
    # this metric's progress rests on is.
    for same in ("We compare the latest value with the first", "Excel spreadsheet",
                 "Areas with figures"):
        check(same not in metric.get("content", ""), f"'{same}' is indexed on every metric page")
    check("How progress is judged" in metric.get("content", ""), "the metric's own explanation is not indexed")
    check(os.path.exists(os.path.join(out, "pagefind/pagefind.js")), "no pagefind.js")
    check(not any("-ui." in n for n in os.listdir(os.path.join(out, "pagefind"))),
          "Pagefind's own interfaces were copied")


def case_determinism(tmp):
    first, second = built(tmp, "first", "--jobs", "1"), built(tmp, "second", "--jobs", "4")
    check(files(first) == files(second), "the two builds hold different files")
    for path in ("feed.xml", "meetings.ics", "downloads/all-data.zip",
                 "downloads/strategy-metrics.ods"):
        check(path in files(first), f"{path} was not written")
    for path in files(first):
        check(filecmp.cmp(os.path.join(first, path), os.path.join(second, path), shallow=False),
              f"{path} differs between two builds")


def case_sitemap(tmp):
    out = built(tmp, "site", "--base-url", "https://other.example/icb")
    base = "https://other.example/icb/"
    pages = ["accessibility/index.html", "areas/england/index.html",
             "areas/fixtureshire/index.html", "areas/index.html",
             "case-studies/example-model/index.html",
             "case-studies/index.html", "case-studies/priority/prevention/index.html",
             "charter/index.html", "decisions/2023/index.html",
             "decisions/fixture-board/index.html", "decisions/index.html", "engagement/index.html",
             "engagement/listening/index.html", "glossary/index.html", "index.html",
             "meetings/2023-10-04-board/index.html", "meetings/2024-01-10-board/index.html",
             "meetings/2024-01-10-board/papers/strategy-update/index.html",
             "meetings/actions/index.html", "meetings/forward-plan/index.html", "meetings/index.html",
             "metrics/index.html", "metrics/kind/outcome/index.html",
             "metrics/kind/output/index.html", "metrics/screening-uptake/index.html",
             "metrics/status/not-enough-data/index.html", "metrics/status/on-track/index.html",
             "metrics/waiting-times/index.html", "priorities/prevention/index.html",
             "progress/index.html", "search/index.html", "strategy/index.html"]
    expected = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
                "".join(f"  <url><loc>{base}{p}</loc></url>\n" for p in pages) + "</urlset>\n")
    sitemap = read(out, "sitemap.xml")
    check(sitemap == expected, f"sitemap.xml is\n{sitemap}\nexpected\n{expected}")
    robots = read(out, "robots.txt")
    check(robots == f"User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n", f"robots.txt is\n{robots}")
    metric = read(out, "metrics/screening-uptake/index.html")
    check(f'<link rel="canonical" href="{base}metrics/screening-uptake/index.html">' in metric,
          "the canonical URL does not use --base-url")
    check('href="../../strategy/index.html"' in metric, "navigation links are not relative")
    not_found = read(out, "404.html")
    check(f'href="{base}assets/nhsuk/nhsuk-frontend.min.css"' in not_found,
          "404.html does not load its stylesheet from the base URL")


def case_abbr(tmp):
    out = built(tmp)
    strategy = read(out, "strategy/index.html")
    icb = '<abbr title="Integrated Care Board">ICB</abbr>'
    check(strategy.count(icb) == 1, f"ICB is marked {strategy.count(icb)} times on the strategy page")
    main = strategy[strategy.index("<main"):]
    check(main.index(icb) < main.index("The ICB meets in public"),
          "the first ICB in the main content is not the marked one")
    check(not re.search(r"<title>[^<]*<abbr", strategy), "<title> contains <abbr>")
    check('aria-label="NHS Fixture ICB homepage"' in strategy, "an attribute was changed")
    check('<span class="nhsuk-header__organisation-name">Fixture ICB</span>' in strategy,
          "text outside <main> was marked")
    priority = read(out, "priorities/prevention/index.html")
    ae = '<abbr title="Accident and emergency department">A&amp;E</abbr>'
    check(priority.count(ae) == 1, f"A&E is marked {priority.count(ae)} times on the priority page")
    check("<abbr" not in read(out, "glossary/index.html"), "the glossary page marks abbreviations")


def case_metric(tmp):
    out = built(tmp)
    page = read(out, "metrics/screening-uptake/index.html")
    check('role="img" aria-labelledby="chart-screening-uptake-title" '
          'aria-describedby="chart-screening-uptake-desc"' in page, "the chart has no accessible name")
    check('<title id="chart-screening-uptake-title">Screening uptake</title>' in page, "chart title")
    check("stroke-dasharray=\"6 4\"" in page, "the chart has no target line")
    check("<desc id=\"chart-screening-uptake-desc\">Line chart from 2020/21 to 2022/23. "
          "Fixtureshire: 60.0% in 2020/21, 65.5% in 2022/23. England: 70.1% in 2022/23. "
          "Target 80% by 2030.</desc>" in page, "the chart description")
    check('<caption class="nhsuk-table__caption nhsuk-table__caption--s">Screening uptake: every '
          'published value</caption>' in page, "the data table has no caption")
    check('<th class="nhsuk-table__header" scope="col">Value (per cent)</th>' in page,
          "the data table's header cells have no scope")
    check('<th class="nhsuk-table__header" scope="row">2022/23</th>' in page, "row headers")
    check('<strong class="nhsuk-tag nhsuk-tag--blue">On track</strong>' in page, "progress tag")
    with open(os.path.join(BASIC, "data/metrics/screening-uptake.csv"), encoding="utf-8") as a:
        source = a.read()
    # A plain data file is published as written, with the unit beside each value.
    want = "".join(line.replace(",fixture", ",%,fixture") if i else "period,area,value,unit,source\n"
                   for i, line in enumerate(source.splitlines(keepends=True)))
    csv_text = read(out, "metrics/screening-uptake/screening-uptake.csv")
    check(csv_text == want, f"the CSV download:\n{csv_text}\nwanted:\n{want}")
    check('"status": "on-track"' in read(out, "metrics/screening-uptake/screening-uptake.json"),
          "the JSON download has no progress")
    untracked = read(out, "metrics/waiting-times/index.html")
    check("Not yet measured: no data published." in untracked, "the untracked metric says nothing")
    check("<svg class=\"app-chart\"" not in untracked, "the untracked metric has a chart")
    strategy = read(out, "strategy/index.html")
    check("<caption>Phases of the fixture strategy</caption>" in strategy, "Markdown table caption")
    check('<th scope="col">Phase</th>' in strategy, "Markdown table header scope")


def case_other_examples(tmp):
    out = built(tmp)
    page = read(out, "priorities/prevention/index.html")
    check("<h2>Other examples</h2>" in page, "no 'Other examples' heading on the priority page")
    check("<li>Bridge Support, Bromley and Greenwich</li>" in page, "a named example with its place")
    check("<li>Mosaic &amp; Co</li>" in page, "a named example without a place, escaped")
    check(not any("bridge-support" in f or "mosaic" in f for f in files(out)),
          "a named-only example has a page of its own")


def case_downloads(tmp):
    """The CSV and JSON downloads are written from the model: formula-looking text stays text,
    periods read in words, a source's "(line N)" locator and missing values never appear."""
    root = os.path.join(tmp, "root")
    shutil.copytree(BASIC, root)
    with open(os.path.join(root, "data/metrics/screening-uptake.csv"), "w", encoding="utf-8") as f:
        f.write("period,area,value,lower_ci,note,source\n"
                "2020/21,Fixtureshire,60.0,,\"=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\","
                "\"Fixture pack, page 4 (line 1046)\"\n"
                "2019-04..2022-10,Fixtureshire,65.5,61.25,=cmd|' /C calc'!A0,@fixture\n"
                "2022/23,England,,,\"+not published, for a test\",-fixture\n")
    # A file without an area column: each row names the metric's geography.
    with open(os.path.join(root, "data/metrics/waiting-times.csv"), "w", encoding="utf-8") as f:
        f.write("period,value\n2023,4\n")
    out = os.path.join(tmp, "site")
    result = build(root, out)
    if result.returncode != 0:
        sys.exit(f"building failed ({result.returncode}):\n{result.stderr}")
    csv_text = read(out, "metrics/screening-uptake/screening-uptake.csv")
    want = ("period,area,value,unit,lower_ci,note,source\n"
            "2020/21,Fixtureshire,60.0,%,,\" =HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\","
            "\"Fixture pack, page 4\"\n"
            "April 2019 to October 2022,Fixtureshire,65.5,%,61.25,\" =cmd|' /C calc'!A0\",\" @fixture\"\n"
            "2022/23,England,,%,,\" +not published, for a test\",\" -fixture\"\n")
    check(csv_text == want, f"the CSV download:\n{csv_text}\nwanted:\n{want}")
    waiting = read(out, "metrics/waiting-times/waiting-times.csv")
    check(waiting == "period,area,value,unit\n2023,Fixtureshire,4,weeks\n", f"the CSV without areas:\n{waiting}")
    js = read(out, "metrics/screening-uptake/screening-uptake.json")
    check("null" not in js, "the JSON download has null")
    check("(line" not in js and ".." not in js, "the JSON download has a locator or '..' period")
    check('"period": "April 2019 to October 2022"' in js, "the JSON period in words")


def case_long_series(tmp):
    """A metric with 3,000 values: the page shows the latest 1,000 in its table, describes and
    draws each chart line in bounded size, and the downloads keep every value."""
    import datetime
    import re
    import shutil
    root = os.path.join(tmp, "src")
    shutil.copytree(BASIC, root)
    day0 = datetime.date(2000, 1, 1)
    rows = [(day0 + datetime.timedelta(days=i // 2), ["Fixtureshire", "England"][i % 2],
             f"{50 + (i % 40) / 2:.1f}") for i in range(3000)]
    with open(os.path.join(root, "data/metrics/screening-uptake.csv"), "w", encoding="utf-8") as f:
        f.write("period,area,value,source\n")
        f.writelines(f"{d.isoformat()},{a},{v},fixture\n" for d, a, v in rows)
    out = os.path.join(tmp, "site")
    result = build(root, out)
    if result.returncode != 0:
        sys.exit(f"building the long series failed ({result.returncode}):\n{result.stderr}")
    page = read(out, "metrics/screening-uptake/index.html")
    check(len(page) < 400_000, f"the metric page is {len(page):,} bytes")
    check('<caption class="nhsuk-table__caption nhsuk-table__caption--s">Screening uptake: the '
          'latest 1,000 of 3,000 published values</caption>' in page, "the shortened caption")
    check("the CSV, JSON and spreadsheet downloads hold all 3,000." in page,
          "the page does not say where the other values are")
    shown = re.findall(r'<th class="nhsuk-table__header" scope="row">([^<]*)</th>', page)
    # Two values a day over 1,500 days: the latest 500 days, 27 September 2002 to 8 February 2004.
    check(len(shown) == 1000, f"the table shows {len(shown)} rows, not 1,000")
    check(shown[:1] == ["27 September 2002"] and shown[-1:] == ["8 February 2004"],
          f"the table does not show the latest periods: {shown[:1]} to {shown[-1:]}")
    desc = re.search(r'<desc id="chart-screening-uptake-desc">([^<]*)</desc>', page)
    check(desc and desc.group(1).count("more values") == 2 and len(desc.group(1)) < 2000,
          f"the chart description is not shortened: {desc.group(1)[:300] if desc else None}")
    paths = re.findall(r'<path d="([^"]*)" fill="none"', page)
    check(len(paths) == 2 and all(p.count("L") <= 500 for p in paths),
          f"chart lines drawn through {[p.count('L') + 1 for p in paths]} points, not at most 501")
    csv_rows = read(out, "metrics/screening-uptake/screening-uptake.csv").splitlines()
    check(len(csv_rows) == 3001, f"the CSV download has {len(csv_rows) - 1} rows, not 3,000")


def main():
    cases = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}
    if CASE not in cases:
        sys.exit(f"unknown case '{CASE}'; cases: {', '.join(sorted(cases))}")
    with tempfile.TemporaryDirectory() as tmp:
        cases[CASE](tmp)
    if failures:
        print("\n".join(f"FAIL: {f}" for f in failures))
        sys.exit(1)
    print(f"{CASE}: ok")


main()

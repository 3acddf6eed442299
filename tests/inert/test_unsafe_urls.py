#!/usr/bin/env python3
"""Unsafe URLs never become live links (docs/CONTENT_MODEL.md, "URLs").

1. javascript: and data: URLs are planted in URL fields (metric, case study, strategy and
   charter `source.url`) and in a paper's Markdown links and images, spelt every way a browser
   still reads as that scheme: mixed case, leading whitespace, tabs inside the scheme,
   character references. `icbgen check` must report each at its line with unsafe-url and exit
   1; `icbgen build` must exit 1 and write nothing.
2. A site with safe URLs of every allowed kind (https with a query, HTTP in capitals, mailto,
   on-site anchors) is built: every link and image in every public file (HTML, SVG, XML, and
   the PDFs' links through pdftohtml) must have an allowed scheme, and the planted safe links
   must be live.

Usage: test_unsafe_urls.py <icbgen> <project root>
"""
import html.parser
import os
import re
import subprocess
import sys
import tempfile

from inert_site import PAPER, copy_valid, paper
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data"}


def scheme(url):
    """The scheme a browser reads from an attribute value (already entity-decoded)."""
    url = url.strip("".join(chr(c) for c in range(0x21)))
    url = re.sub(r"[\t\n\r]", "", url)
    m = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", url)
    return m.group(1).lower() if m else ""


def is_live_and_unsafe(url):
    s = scheme(url)
    if s:
        return s not in ("http", "https", "mailto")
    return bool(re.match(r"[/\\]{2}", url.strip()))


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in URL_ATTRIBUTES and value is not None:
                self.urls.append((tag, name, value))

    handle_startendtag = handle_starttag


def live_urls(path):
    if path.endswith(".pdf"):
        text = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", path],
                              capture_output=True, check=True).stdout.decode("utf-8", "replace")
    elif path.endswith((".html", ".svg", ".xml")):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    else:
        return []
    parser = Links()
    parser.feed(text)
    return parser.urls


def plant(path, old, new):
    with open(path) as f:
        text = f.read()
    if old not in text:
        sys.exit(f"cannot plant in {path}: {old!r} not found")
    with open(path, "w") as f:
        f.write(text.replace(old, new, 1))


UNSAFE_BODY = """[one](javascript:alert(1))
[two](JaVaScRiPt:alert(2))
[three](&#106;avascript:alert(3))
[four](&#x6A;&#x61;vascript:alert(4))
[five](<java\tscript:alert(5)>)
<javascript:alert(6)>
[seven](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)
![eight](data:image/svg+xml;base64,PHN2Zy8+)
[nine](javascript&colon;alert(9))
"""


def unsafe_case(icbgen, root, tmp):
    failures = []
    src = copy_valid(root, os.path.join(tmp, "unsafe"))
    c = lambda rel: os.path.join(src, rel)  # noqa: E731
    plant(c("content/metrics/quit-attempts.md"), "source: {name: Fixture data}",
          'source: {name: Fixture data, url: "javascript:alert(document.domain)"}')
    plant(c("content/case-studies/example-model.md"), "source: {document: icbgen test fixture}",
          'source: {document: icbgen test fixture, url: "  JaVaScRiPt:alert(1)"}')
    plant(c("content/strategy/_index.md"), "source: {document: icbgen test fixture}",
          'source: {document: icbgen test fixture, url: "&#106;avascript:alert(1)"}')
    plant(c("content/charter/_index.md"), "review_after_months: 12",
          "review_after_months: 12\nsource: {document: icbgen test fixture, "
          'url: "data:text/html,<script>alert(1)</script>"}')
    plant(c("content/charter/partnership.md"), "number: 1",
          'number: 1\nsource: {document: icbgen test fixture, url: "java\\tscript:alert(1)"}')
    with open(c(PAPER), "w") as f:
        f.write(paper(UNSAFE_BODY))

    r = subprocess.run([icbgen, "check", "--root", src], capture_output=True, text=True,
                       env={**os.environ, "NO_COLOR": "1"})
    reported = set(re.findall(r"^(\S+:\d+):\d+: error\[unsafe-url\]", r.stderr, re.M))
    expected = {"content/metrics/quit-attempts.md:7", "content/case-studies/example-model.md:10",
                "content/strategy/_index.md:" + str(line_of(c("content/strategy/_index.md"), "url:")),
                "content/charter/_index.md:" + str(line_of(c("content/charter/_index.md"), "url:")),
                "content/charter/partnership.md:" +
                str(line_of(c("content/charter/partnership.md"), "url:"))}
    expected |= {f"{PAPER}:{13 + i}" for i in range(9)}
    if r.returncode != 1:
        failures.append(f"check exited {r.returncode}, not 1")
    for missing in sorted(expected - reported):
        failures.append(f"check did not report unsafe-url at {missing}")
    for extra in sorted(reported - expected):
        failures.append(f"check reported unsafe-url at an unexpected place: {extra}")

    out = os.path.join(tmp, "unsafe-out")
    r = subprocess.run([icbgen, "build", "--root", src, "--out", os.path.join(out, "site"),
                        "--private-out", os.path.join(out, "private")],
                       capture_output=True, text=True)
    if r.returncode != 1:
        failures.append(f"build exited {r.returncode}, not 1")
    if os.path.exists(out):
        failures.append("build wrote output despite the unsafe URLs")
    return failures


def line_of(path, needle):
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if needle in line:
                return n
    return 0


SAFE_BODY = """## Next steps

Read [the guidance](https://example.org/guide?a=1&b=2), [the archive](HTTP://EXAMPLE.ORG/old),
write to [the team](mailto:team@example.org), or see [next steps](#next-steps).
"""


def safe_case(icbgen, root, tmp):
    failures = []
    src = copy_valid(root, os.path.join(tmp, "safe"))
    plant(os.path.join(src, "content/metrics/quit-attempts.md"), "source: {name: Fixture data}",
          'source: {name: Fixture data, url: "https://example.org/data?x=1&y=2"}')
    with open(os.path.join(src, PAPER), "w") as f:
        f.write(paper(SAFE_BODY))
    out = os.path.join(tmp, "safe-out")
    r = subprocess.run([icbgen, "build", "--root", src, "--out", os.path.join(out, "site"),
                        "--private-out", os.path.join(out, "private")],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return [f"build of the safe site failed ({r.returncode}):\n{r.stderr[-3000:]}"]
    seen, checked = set(), 0
    for folder in ("site", "private"):
        for dirpath, _, names in os.walk(os.path.join(out, folder)):
            for name in names:
                path = os.path.join(dirpath, name)
                urls = live_urls(path)
                checked += 1 if urls else 0
                for tag, attr, url in urls:
                    seen.add(url)
                    if is_live_and_unsafe(url):
                        failures.append(f"{os.path.relpath(path, out)}: <{tag} {attr}={url!r}>")
    for url in ("https://example.org/guide?a=1&b=2", "HTTP://EXAMPLE.ORG/old",
                "mailto:team@example.org", "https://example.org/data?x=1&y=2"):
        if url not in seen:
            failures.append(f"the safe link {url} is not live anywhere")
    if checked < 10:
        failures.append(f"only {checked} files with links were checked")
    print(f"checked the links of {checked} files")
    return failures


def main(icbgen, root):
    with tempfile.TemporaryDirectory() as tmp:
        failures = unsafe_case(icbgen, root, tmp) + safe_case(icbgen, root, tmp)
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

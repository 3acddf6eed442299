"""End-to-end tests of `icbgen serve` (docs/SERVE.md) on a scratch copy of the shipped site.

Each case starts `icbgen serve --port 0` (the system picks a free port; serve prints its address
as the first line on stdout), talks to it over HTTP and edits the copy's files. Waits poll the
server for the expected content (up to TIMEOUT seconds) and assert content, never timing.
WeasyPrint is replaced by the output tests' stand-in: these tests are about serving, not PDFs.

usage: serve_test.py CASE ICBGEN SOURCE_DIR
"""
import html.parser
import http.client
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TIMEOUT = 20.0
CASE, ICBGEN, SOURCE = sys.argv[1], sys.argv[2], sys.argv[3]
STAND_IN = os.path.join(SOURCE, "tests/output/weasyprint_stand_in.py")
STAND_IN_MODULE = os.path.join(SOURCE, "tests/output/stand_in")
METRIC = "adult-depression-prevalence"
METRIC_PAGE = f"/metrics/{METRIC}/"
RELOAD_SCRIPT = "/_icbgen/reload.js"


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def environment(**extra):
    return dict(os.environ, ICBGEN_WEASYPRINT=STAND_IN, PYTHONPATH=STAND_IN_MODULE, NO_COLOR="1",
                **extra)


def scratch_site(tmp):
    root = os.path.join(tmp, "site-src")
    os.mkdir(root)
    for folder in ("content", "data"):
        shutil.copytree(os.path.join(SOURCE, folder), os.path.join(root, folder))
    return root


class Server:
    def __init__(self, root, *options, **env):
        # stderr to a file: a pipe nobody reads would fill and stall serve's log.
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(
            [ICBGEN, "serve", "--root", root, "--port", "0", *options],
            stdout=subprocess.PIPE, stderr=self.log, text=True,
            env=environment(**env))
        line = self.proc.stdout.readline().strip()
        prefix = "serve: http://127.0.0.1:"
        if not line.startswith(prefix) or not line.endswith("/"):
            self.proc.kill()
            fail(f"first line on stdout is {line!r}; stderr: {self.stderr()}")
        self.port = int(line[len(prefix):-1])

    def request(self, path, method="GET"):
        """(status, headers, body bytes) for the raw path, sent exactly as given."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        conn.putrequest(method, path, skip_host=False, skip_accept_encoding=True)
        conn.endheaders()
        response = conn.getresponse()
        body = response.read()
        conn.close()
        return response.status, dict(response.getheaders()), body

    def text(self, path):
        status, _, body = self.request(path)
        return status, body.decode("utf-8")

    def wait_for(self, path, predicate, what):
        deadline = time.monotonic() + TIMEOUT
        while True:
            status, body = self.text(path)
            if predicate(status, body):
                return body
            if time.monotonic() > deadline:
                fail(f"{path}: waited {TIMEOUT} s for {what}; last status {status}, body "
                     f"starts {body[:300]!r}")
            time.sleep(0.05)

    def stderr(self):
        self.log.seek(0)
        return self.log.read()

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            fail("serve did not stop on SIGTERM")
        stderr = self.stderr()
        if code != 0:
            fail(f"serve exited {code} on SIGTERM; stderr: {stderr}")
        return stderr


class Text(html.parser.HTMLParser):
    """The page's visible text (script and style left out) and its script sources."""

    def __init__(self):
        super().__init__()
        self.parts, self.scripts, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs).get("src"))
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def parse(body):
    p = Text()
    p.feed(body)
    return " ".join(" ".join(p.parts).split()), p.scripts


def edit(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        fail(f"{path} does not hold {old!r}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def case_edit_reload():
    """A metric title and a CSV value edited show up in the served page; open pages are told
    to reload; a YAML error shows the error page naming file and line; fixing it brings the
    page back."""
    with tempfile.TemporaryDirectory() as tmp:
        root = scratch_site(tmp)
        server = Server(root)
        try:
            status, body = server.text(METRIC_PAGE)
            if status != 200:
                fail(f"{METRIC_PAGE}: status {status}")
            text, scripts = parse(body)
            if "Prevalence of depression in adults" not in text or "10.4" not in text:
                fail(f"{METRIC_PAGE} lacks the title or the value: {text[:500]}")
            if RELOAD_SCRIPT not in scripts:
                fail(f"served page has no reload script: scripts {scripts}")
            status, headers, script = server.request(RELOAD_SCRIPT)
            if status != 200 or not headers["Content-Type"].startswith("text/javascript"):
                fail(f"{RELOAD_SCRIPT}: {status} {headers}")

            # An open page's event stream: hello now, reload after the edit.
            events = http.client.HTTPConnection("127.0.0.1", server.port, timeout=TIMEOUT)
            events.request("GET", "/_icbgen/events")
            stream = events.getresponse()
            if stream.getheader("Content-Type") != "text/event-stream":
                fail(f"events: {stream.getheaders()}")

            def next_event():
                name = None
                while True:
                    line = stream.fp.readline().decode().rstrip("\n")
                    if line.startswith("event: "):
                        name = line[len("event: "):]
                    if line == "" and name:
                        return name

            if next_event() != "hello":
                fail("the event stream did not start with hello")

            edit(os.path.join(root, "content/metrics", METRIC + ".md"),
                 "title: Prevalence of depression in adults",
                 "title: Prevalence of depression in grown-ups")
            if next_event() != "reload":
                fail("no reload event after an edit")
            events.close()
            server.wait_for(METRIC_PAGE, lambda s, b: s == 200 and
                            "Prevalence of depression in grown-ups" in parse(b)[0],
                            "the new title")

            edit(os.path.join(root, "data/metrics", METRIC + ".csv"), "2023,SEL,10.4,",
                 "2023,SEL,10.7,")
            server.wait_for(METRIC_PAGE, lambda s, b: s == 200 and "10.7" in parse(b)[0],
                            "the new value")

            site_yaml = os.path.join(root, "content/site.yaml")
            with open(site_yaml, encoding="utf-8") as f:
                good = f.read()
            with open(site_yaml, "w", encoding="utf-8") as f:
                f.write(good + "oops: a: b\n")
            where = f"content/site.yaml:{good.count(chr(10)) + 1}:8"
            body = server.wait_for(METRIC_PAGE, lambda s, b: s == 500,
                                   "the error page")
            text, scripts = parse(body)
            if where not in text:
                fail(f"the error page does not name {where}: {text[:800]}")
            if "The site has" not in text or "error" not in text:
                fail(f"not the error page: {text[:300]}")
            if "oops: a: b" not in text or "yaml-colon" not in text:
                fail(f"the error page does not quote the source line: {text[:800]}")
            if RELOAD_SCRIPT not in scripts:
                fail("the error page has no reload script")
            status, _, css = server.request("/assets/nhsuk/nhsuk-frontend.min.css")
            if status != 200 or not css:
                fail("the error page's stylesheet is not served")

            with open(site_yaml, "w", encoding="utf-8") as f:
                f.write(good)
            server.wait_for(METRIC_PAGE, lambda s, b: s == 200 and
                            "Prevalence of depression in grown-ups" in parse(b)[0],
                            "the page again after the fix")
        finally:
            stderr = server.stop()
        if "rebuilt" not in stderr:
            fail(f"serve logged no rebuild: {stderr}")


def case_confined():
    """Requests stay inside the built file set; private packs only with --private; PDFs are
    made when asked for; other methods are refused."""
    with tempfile.TemporaryDirectory() as tmp:
        root = scratch_site(tmp)
        server = Server(root, "--poll")
        try:
            for path in ("/../content/site.yaml", "/..%2fcontent/site.yaml",
                         "/%2e%2e/content/site.yaml", "/metrics/../../content/site.yaml",
                         "/content/site.yaml", "/_private/2023-07-24-icp/pack.html",
                         "/assets/", "/assets/nhsuk/"):
                status, _, body = server.request(path)
                if status != 404:
                    fail(f"{path}: status {status}, expected 404")
                if b"base_url:" in body or b"site.css</a>" in body:
                    fail(f"{path}: body leaks a source or lists a folder")
            status, _, _ = server.request("/", method="POST")
            if status != 405:
                fail(f"POST: status {status}, expected 405")
            status, _, _ = server.request("/" + "a" * 10000)
            if status != 414:
                fail(f"a 10,000-character path: status {status}, expected 414")
            status, headers, body = server.request(METRIC_PAGE, method="HEAD")
            if status != 200 or body or not headers["Content-Type"].startswith("text/html"):
                fail(f"HEAD: {status} {headers} {body[:50]!r}")
            status, headers, pdf = server.request("/meetings/2023-07-24-icp/pack.pdf")
            if status != 200 or headers["Content-Type"] != "application/pdf" or \
                    not pdf.startswith(b"%PDF"):
                fail(f"public pack PDF: {status} {headers} {pdf[:20]!r}")
            # Kept where `build` keeps PDFs: another serve serves it without running WeasyPrint
            # (the stand-in adds a line to ICBGEN_STAND_IN_COUNT for each PDF it makes).
            cache = os.path.join(root, ".icbgen-cache", "pdf")
            kept = [name for name in os.listdir(cache) if name.endswith(".pdf")] \
                if os.path.isdir(cache) else []
            if len(kept) != 1:
                fail(f"the PDF cache holds {kept}, expected one PDF")
            # The search index is kept where `build` keeps it, part by part.
            server.wait_for("/pagefind/pagefind-entry.json", lambda s, b: s == 200,
                            "the search index")
            searches = os.path.join(root, ".icbgen-cache", "search")
            parts = [name for name in os.listdir(searches) if name.endswith(".part")] \
                if os.path.isdir(searches) else []
            if len(parts) != 1:
                fail(f"the search cache holds {parts}, expected one part")
            count = os.path.join(os.path.dirname(root), "weasyprint-runs")
            other = Server(root, ICBGEN_STAND_IN_COUNT=count)
            try:
                status, _, again = other.request("/meetings/2023-07-24-icp/pack.pdf")
                if status != 200 or again != pdf:
                    fail(f"the cached PDF: status {status}, {len(again)} bytes, "
                         f"expected the {len(pdf)} bytes served before")
                if os.path.exists(count):
                    fail("a second serve ran WeasyPrint for a PDF in the cache")
            finally:
                other.stop()
            for path, kind in (("/assets/site.css", "text/css"),
                               ("/sitemap.xml", "application/xml"),
                               (f"/metrics/{METRIC}/{METRIC}.csv", "text/csv")):
                status, headers, _ = server.request(path)
                if status != 200 or not headers["Content-Type"].startswith(kind):
                    fail(f"{path}: {status} {headers.get('Content-Type')}")
            # Polling sees an edit too.
            edit(os.path.join(root, "content/metrics", METRIC + ".md"),
                 "title: Prevalence of depression in adults",
                 "title: Prevalence of depression among adults")
            server.wait_for(METRIC_PAGE, lambda s, b: "depression among adults" in b,
                            "the polled edit")
        finally:
            server.stop()
        server = Server(root, "--private")
        try:
            status, body = server.text("/_private/2023-07-24-icp/pack.html")
            if status != 200 or "Private (part II) — not for publication" not in body:
                fail(f"private pack with --private: {status} {body[:300]!r}")
            status, _, _ = server.request("/2023-07-24-icp/pack.html")
            if status == 200:
                fail("a private pack served outside /_private/")
        finally:
            server.stop()


def case_build_has_no_reload():
    """`build` output holds no trace of serve: no reload script, no event stream."""
    with tempfile.TemporaryDirectory() as tmp:
        root = scratch_site(tmp)
        out, private = os.path.join(tmp, "out"), os.path.join(tmp, "private")
        r = subprocess.run([ICBGEN, "build", "--root", root, "--out", out, "--private-out",
                            private], capture_output=True, text=True, env=environment())
        if r.returncode != 0:
            fail(f"build failed: {r.stderr}")
        pages = 0
        for folder in (out, private):
            for dirpath, _, files in os.walk(folder):
                for name in files:
                    with open(os.path.join(dirpath, name), "rb") as f:
                        data = f.read()
                    pages += name.endswith(".html")
                    for needle in (b"_icbgen", b"EventSource", b"icbgen-warnings"):
                        if needle in data:
                            fail(f"{os.path.join(dirpath, name)} holds {needle!r}")
        if pages < 20:
            fail(f"only {pages} pages built")


{"edit_reload": case_edit_reload, "confined": case_confined,
 "build_has_no_reload": case_build_has_no_reload}[CASE]()
print("ok")

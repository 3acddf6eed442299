#!/usr/bin/env python3
"""PDF rendering reads only the build's own files (docs/BOARD_PACKS.md, "What a PDF may load").

Case `leak`: a public paper's image points at a loopback HTTP server (this script, on an
ephemeral port) that serves an SVG whose <image> names a local file by file:///; that file holds
a unique string. First, as a control, stock `weasyprint` is shown to pull the string into a
PDF (so the test can see a leak). Then `icbgen build` runs: the string must be in no file of the
public or private output (PDFs through pdftotext, workbooks unzipped), the server must see no
request, the pack must still hold the paper's text, and `check` must warn (remote-image) at the
image's line.

Case `hang`: the server accepts connections and never answers; the paper has many images
there (stock WeasyPrint waits 10 s for each). `icbgen build` must finish within a generous bound
(a subprocess timeout, not a timing assertion) and the server must see no connection.

Usage: test_pdf_fetching.py <leak|hang> <icbgen> <project root>
"""
import http.server
import os
import socket
import subprocess
import sys
import tempfile
import threading
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "pack"))
from pdf_reading import file_text  # noqa: E402
from inert_site import MEETING, PAPER, copy_valid, paper  # noqa: E402

BOUND_SECONDS = 240  # generous: a build takes seconds; 30 stalled images took 300 s per PDF before


def paper_with_images(urls):
    return paper("\n\n".join(f"![Chart {i}]({u})" for i, u in enumerate(urls, 1)))


def make_site(tmp, root, paper_text):
    src = copy_valid(root, os.path.join(tmp, "src"))
    with open(os.path.join(src, PAPER), "w") as f:
        f.write(paper_text)
    return src


def files_under(*folders):
    for folder in folders:
        for dirpath, _, names in os.walk(folder):
            for name in names:
                yield os.path.join(dirpath, name)


class SvgServer:
    """Serves one SVG at /chart.svg on 127.0.0.1 and counts requests."""

    def __init__(self, svg):
        self.requests = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                outer.requests.append(self.path)
                body = svg.encode()
                self.send_response(200)
                self.send_header("Content-Type", "image/svg+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class SilentServer:
    """Accepts connections on 127.0.0.1 and never answers; counts connections."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections.append(conn)  # held open, never read or answered

    def close(self):
        self.sock.close()
        for c in self.connections:
            c.close()


def run_build(icbgen, src, out, timeout):
    return subprocess.run([icbgen, "build", "--root", src, "--out", os.path.join(out, "site"),
                           "--private-out", os.path.join(out, "private")],
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "NO_COLOR": "1"})


def case_leak(icbgen, root, tmp):
    failures = []
    secret = "icbgen-secret-" + uuid.uuid4().hex
    secret_svg = os.path.join(tmp, "secret.svg")
    with open(secret_svg, "w") as f:
        f.write('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40">'
                f'<text x="5" y="25" font-size="14">{secret}</text></svg>')
    server = SvgServer('<svg xmlns="http://www.w3.org/2000/svg" '
                       'xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="40">'
                       f'<image xlink:href="file://{secret_svg}" href="file://{secret_svg}" '
                       'width="400" height="40"/></svg>')
    url = f"http://127.0.0.1:{server.port}/chart.svg"
    try:
        # Control: stock WeasyPrint fetches the SVG and, through it, the local file.
        control = os.path.join(tmp, "control")
        os.makedirs(control)
        with open(os.path.join(control, "c.html"), "w") as f:
            f.write(f'<html><body><p>Control</p><img src="{url}" alt="chart"></body></html>')
        subprocess.run(["weasyprint", "-q", os.path.join(control, "c.html"),
                        os.path.join(control, "c.pdf")], check=True, timeout=BOUND_SECONDS)
        if secret not in file_text(os.path.join(control, "c.pdf")):
            failures.append("control: stock weasyprint did not leak the file, so this test "
                            "cannot see a leak")
        server.requests.clear()

        src = make_site(tmp, root, paper_with_images([url]))
        check = subprocess.run([icbgen, "check", "--verbose", "--root", src], capture_output=True, text=True,
                               env={**os.environ, "NO_COLOR": "1"})
        expected = (f"{PAPER}:13:1: warning[remote-image]: the image '{url}' is on another "
                    "website: the PDF packs leave it out, since they load only the build's own "
                    "files, and the web page fetches it from that site on every visit")
        if expected not in check.stderr.splitlines():
            failures.append(f"check did not warn as expected; it printed:\n{check.stderr}")

        out = os.path.join(tmp, "out")
        r = run_build(icbgen, src, out, BOUND_SECONDS)
        if r.returncode != 0:
            failures.append(f"icbgen build failed ({r.returncode}):\n{r.stderr[-3000:]}")
        if "warning[pdf-fetch-refused]" not in r.stderr:
            failures.append("the refused image was not reported (pdf-fetch-refused)")
        checked = 0
        for path in files_under(os.path.join(out, "site"), os.path.join(out, "private")):
            checked += 1
            if secret in file_text(path):
                failures.append(f"{os.path.relpath(path, out)} holds the local file's text")
        public_pdf = os.path.join(out, "site", "meetings", MEETING, "pack.pdf")
        if not os.path.isfile(public_pdf):
            failures.append("the public pack.pdf was not made")
        elif "The strategy is on track" not in " ".join(file_text(public_pdf).split()):
            failures.append("the public pack.pdf lacks the paper's text")
        if server.requests:
            failures.append(f"the build fetched from the network: {server.requests}")
        print(f"checked {checked} output files")
    finally:
        server.close()
    return failures


def case_hang(icbgen, root, tmp):
    failures = []
    server = SilentServer()
    try:
        urls = [f"http://127.0.0.1:{server.port}/chart-{i}.png" for i in range(30)]
        src = make_site(tmp, root, paper_with_images(urls))
        out = os.path.join(tmp, "out")
        try:
            r = run_build(icbgen, src, out, BOUND_SECONDS)
        except subprocess.TimeoutExpired:
            return [f"icbgen build was still running after {BOUND_SECONDS} s"]
        if r.returncode != 0:
            failures.append(f"icbgen build failed ({r.returncode}):\n{r.stderr[-3000:]}")
        if not os.path.isfile(os.path.join(out, "site", "meetings", MEETING, "pack.pdf")):
            failures.append("the public pack.pdf was not made")
        if server.connections:
            failures.append(f"the build connected to the server {len(server.connections)} time(s)")
    finally:
        server.close()
    return failures


def main(case, icbgen, root):
    with tempfile.TemporaryDirectory() as tmp:
        failures = {"leak": case_leak, "hang": case_hang}[case](icbgen, root, tmp)
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

"""Stands in for the `weasyprint` Python module when icbgen runs its PDF driver under the output
tests (tests/output/output_test.py puts this folder on PYTHONPATH). Those tests are about where
files go, not about PDFs: HTML(...).write_pdf writes a tiny PDF at once or, when
ICBGEN_STAND_IN=block, waits until it is killed, so that a test can catch icbgen in its PDF
stage."""
import logging
import os
import signal

LOGGER = logging.getLogger("weasyprint-stand-in")


def default_url_fetcher(url, timeout=10, ssl_context=None):
    raise ValueError("the stand-in fetches nothing")


class HTML:
    def __init__(self, filename=None, encoding=None, url_fetcher=None):
        self.filename = filename

    def write_pdf(self, target, **_options):
        if os.environ.get("ICBGEN_STAND_IN") == "block":
            while True:
                signal.pause()
        # ICBGEN_STAND_IN_COUNT names a file that gets one line per PDF made, so a test can
        # count WeasyPrint's runs (tests/output/pdf_cache_test.py).
        count = os.environ.get("ICBGEN_STAND_IN_COUNT")
        if count:
            with open(count, "a") as f:
                f.write(os.path.basename(os.path.dirname(os.path.abspath(target))) + "\n")
        with open(target, "wb") as f:
            f.write(b"%PDF-1.7\n% stand-in for WeasyPrint\n%%EOF\n")

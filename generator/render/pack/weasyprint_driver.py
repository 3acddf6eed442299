"""icbgen's driver for WeasyPrint: one HTML file to one PDF, loading only the build's own files.

icbgen compiles this script into its binary and runs it, per PDF, under the Python that runs
the `weasyprint` command (the interpreter on that command's #! line), so it imports the same
WeasyPrint. It does what `weasyprint --encoding utf-8 [--pdf-variant V] IN OUT` does, with one
difference: every resource the document asks for (image, stylesheet, font, SVG and anything an
SVG points at) goes through `fetch` below, which serves only files inside the folder given with
--allow (the PDF's own staging folder) and data: URLs, and refuses everything else: no network
at all, no file elsewhere on the disk. A refused resource is left out of the PDF and reported on
standard error as a line "icbgen-refused: <url>", which icbgen turns into a warning.

Usage: python3 weasyprint_driver.py --allow DIR [--pdf-variant V] IN.html OUT.pdf
"""
import argparse
import logging
import os
import sys
import urllib.parse

import weasyprint

REFUSED_PREFIX = "icbgen-refused: "


def is_inside(path, folder):
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def make_fetcher(allowed_folder):
    allowed = os.path.realpath(allowed_folder)

    def fetch(url, timeout=10, ssl_context=None):
        parts = urllib.parse.urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "data":
            return weasyprint.default_url_fetcher(url, timeout=timeout, ssl_context=ssl_context)
        if scheme == "file" and parts.netloc in ("", "localhost"):
            path = os.path.realpath(urllib.parse.unquote(parts.path))
            if is_inside(path, allowed) and os.path.isfile(path):
                return weasyprint.default_url_fetcher(url, timeout=timeout, ssl_context=ssl_context)
        print(REFUSED_PREFIX + url[:300], file=sys.stderr, flush=True)
        raise ValueError("icbgen lets the PDF load only the build's own files")

    return fetch


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allow", required=True, help="the only folder files may come from")
    parser.add_argument("--pdf-variant", help="as weasyprint --pdf-variant, e.g. pdf/ua-1")
    parser.add_argument("input")
    parser.add_argument("output")
    args = parser.parse_args(argv)

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    weasyprint.LOGGER.addHandler(handler)

    html = weasyprint.HTML(filename=args.input, encoding="utf-8",
                           url_fetcher=make_fetcher(args.allow))
    html.write_pdf(args.output, variant=args.pdf_variant, optimize_size=("fonts",))


if __name__ == "__main__":
    main()

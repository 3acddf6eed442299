#!/usr/bin/env python3
"""Long lists split into pages (issue 17): build the site twice, as it is and with
ICBGEN_LIST_PAGE_SIZE=7, and read every list with a real HTML parser. For the metrics index,
its kind and status filters and each area page: following rel="next" from the list's own
address gives pages of at most 7 rows that together hold exactly the one-page list's rows, in
its order and under the same headings; rel="prev" leads back; each page says which rows it
shows; later pages are in sitemap.xml, searchable as their first page is, left out of the A to
Z, and every <title> in the site is unique. The one-page build has no pagination at all.

Usage: test_list_pages.py <icbgen> <site root>
"""
import glob
import html.parser
import os
import posixpath
import re
import subprocess
import sys
import tempfile

ICBGEN, ROOT = sys.argv[1], sys.argv[2]
SIZE = 7


class ListPage(html.parser.HTMLParser):
    """Rows ((heading id, first link of the row)), rel links, title, range line, flags."""

    def __init__(self):
        super().__init__()
        self.rows, self.rel, self.heading, self.title = [], {}, "", ""
        self.in_body = self.in_row = self.in_title = self.in_range = False
        self.row_link = None
        self.range, self.searchable, self.pagination = "", False, False
        self.current_links = []  # hrefs of links marked aria-current="page"

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "title" and not self.title:
            self.in_title = True
        if tag == "main":
            self.searchable = "data-pagefind-body" in a
        if tag == "h2" and a.get("id"):
            self.heading = a["id"]
        if tag == "nav" and "nhsuk-pagination" in (a.get("class") or ""):
            self.pagination = True
        if tag == "p" and a.get("class") == "app-list-range":
            self.in_range = True
        if tag == "tbody":
            self.in_body = True
        if tag == "tr" and self.in_body:
            self.in_row, self.row_link = True, None
        if tag == "a" and self.in_row and self.row_link is None:
            self.row_link = a.get("href")
        if tag == "a" and a.get("aria-current") == "page":
            self.current_links.append(a.get("href") or "")
        if tag == "a" and a.get("rel") in ("prev", "next"):
            self.rel[a["rel"]] = a["href"]

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "p":
            self.in_range = False
        if tag == "tbody":
            self.in_body = False
        if tag == "tr" and self.in_row:
            self.in_row = False
            self.rows.append((self.heading, self.row_link))

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_range:
            self.range += data


def parse(out, path):
    p = ListPage()
    with open(os.path.join(out, path), encoding="utf-8") as f:
        p.feed(f.read())
    p.rows = [(h, posixpath.normpath(posixpath.join(posixpath.dirname(path), link or "")))
              for h, link in p.rows]
    return p


def build(out, tmp, size=None):
    env = dict(os.environ)
    env.pop("ICBGEN_LIST_PAGE_SIZE", None)
    if size:
        env["ICBGEN_LIST_PAGE_SIZE"] = str(size)
    r = subprocess.run([ICBGEN, "build", "--root", ROOT, "--out", out, "--private-out",
                        os.path.join(tmp, "private-" + os.path.basename(out)), "--no-cache"],
                       capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit(f"building failed ({r.returncode}):\n{r.stderr}")


def main():
    failures = []
    with tempfile.TemporaryDirectory(prefix="icbgen-list-pages-") as tmp:
        whole, paged = os.path.join(tmp, "whole"), os.path.join(tmp, "paged")
        build(whole, tmp)
        build(paged, tmp, SIZE)
        lists = ["metrics/index.html"]
        for pattern in ("metrics/kind/*/index.html", "metrics/status/*/index.html",
                        "areas/*/index.html"):
            lists += sorted(os.path.relpath(p, whole)
                            for p in glob.glob(os.path.join(whole, pattern)))
        with open(os.path.join(paged, "sitemap.xml"), encoding="utf-8") as f:
            sitemap = f.read()
        with open(os.path.join(paged, "search/index.html"), encoding="utf-8") as f:
            a_to_z = f.read()
        split = 0
        for first in lists:
            one = parse(whole, first)
            if one.pagination or one.range or one.rel:
                failures.append(f"{first}: pagination in a one-page build")
            if not one.rows:
                failures.append(f"{first}: no rows read")
            pages, path, seen = [], first, set()
            while path and path not in seen and len(pages) < 100:
                seen.add(path)
                if not os.path.exists(os.path.join(paged, path)):
                    failures.append(f"{first}: {path} is linked but missing")
                    break
                page = parse(paged, path)
                pages.append((path, page))
                nxt = page.rel.get("next")
                path = posixpath.normpath(posixpath.join(posixpath.dirname(path), nxt)) \
                    if nxt else None
            rows = [r for _, p in pages for r in p.rows]
            if rows != one.rows:
                failures.append(f"{first}: pages hold {len(rows)} rows, not the one page's "
                                f"{len(one.rows)} in order")
            expected_pages = max(1, -(-len(one.rows) // SIZE))
            if len(pages) != expected_pages:
                failures.append(f"{first}: {len(pages)} pages, expected {expected_pages}")
            if len(pages) > 1:
                split += 1
            base = first[:-len("index.html")]
            for n, (path, page) in enumerate(pages, 1):
                want = first if n == 1 else f"{base}page/{n}/index.html"
                if path != want:
                    failures.append(f"{first}: page {n} is at {path}, not {want}")
                if len(page.rows) > SIZE:
                    failures.append(f"{path}: {len(page.rows)} rows")
                prev = page.rel.get("prev")
                back = posixpath.normpath(posixpath.join(posixpath.dirname(path), prev)) \
                    if prev else None
                if back != (pages[n - 2][0] if n > 1 else None):
                    failures.append(f"{path}: rel=prev is {back}")
                if len(pages) > 1:
                    lo, hi = (n - 1) * SIZE + 1, min(n * SIZE, len(one.rows))
                    noun = "Metrics" if len(set(r[1] for r in one.rows)) == len(one.rows) \
                        else "Rows"
                    want_range = f"{noun} {lo:,} to {hi:,} of {len(one.rows):,} " \
                                 f"(Page {n} of {len(pages)})."
                    if " ".join(page.range.split()) != want_range:
                        failures.append(f"{path}: range reads {page.range!r}, "
                                        f"not {want_range!r}")
                # aria-current="page" says "this link is this page": on a later page the
                # filter the list belongs to leads to its first page, so it may not say so.
                for link in page.current_links:
                    to = posixpath.normpath(posixpath.join(posixpath.dirname(path), link))
                    if to != path and not (to + "/index.html" == path or
                                           posixpath.join(to, "index.html") == path):
                        failures.append(f"{path}: aria-current=page on a link to {to}")
                if page.searchable != pages[0][1].searchable:
                    failures.append(f"{path}: searchable unlike its first page")
                if n > 1:
                    if f"/{path}</loc>" not in sitemap:
                        failures.append(f"{path}: not in sitemap.xml")
                    if f"/{path}\"" in a_to_z or f"../{path}\"" in a_to_z:
                        failures.append(f"{path}: in the A to Z")
        if split < 5:
            failures.append(f"only {split} lists were split: the test proves little")
        titles = {}
        for p in glob.glob(os.path.join(paged, "**/*.html"), recursive=True):
            rel = os.path.relpath(p, paged)
            t = parse(paged, rel).title
            titles.setdefault(t, []).append(rel)
        for t, paths in titles.items():
            if len(paths) > 1 and any("/page/" in p for p in paths):
                failures.append(f"title {t!r} is shared by {paths}")
        if not parse(paged, "metrics/page/2/index.html").searchable:
            failures.append("metrics/page/2 is not searchable, unlike metrics/index.html")
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

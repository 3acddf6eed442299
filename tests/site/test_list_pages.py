#!/usr/bin/env python3
"""Long lists split into pages (issue 17): build the site twice, as it is and with
ICBGEN_LIST_PAGE_SIZE=7, and read every list with a real HTML parser. For the metrics index,
its kind and status filters, each area page, the progress page's table of metrics, the case
studies and their pages by priority, and the A to Z's letters: following rel="next" from the
list's own address gives pages of at most 7 rows that together hold exactly the one-page list's
rows, in its order and under the same headings; rel="prev" leads back; each page says which
rows it shows; later pages are in sitemap.xml, searchable as their first page is, left out of
the A to Z, and every <title> in the site is unique. The one-page build has no pagination at
all. Besides: a case study's page by priority lists exactly the case studies whose front matter
names that priority, each once; the progress page's summary of ambitions is on its first page
whole; the A to Z on the letter pages names every page the one-page A to Z names, once and in
the same order, each under its letter; sitemap.xml lists every page.

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

import yaml

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


class Links(html.parser.HTMLParser):
    """Every link with where it is: (href, text, h2 id of its section, in a table body row,
    in an A to Z list, in an A to Z nav, aria-current); the title, rel links and range line,
    and the text of each <h2> and <h3> of the main content."""

    def __init__(self):
        super().__init__()
        self.links, self.rel, self.title, self.range = [], {}, "", ""
        self.h2, self.h3 = [], []  # the headings' texts
        self.section = ""
        self.stack = []  # open ul/nav/tbody elements: (tag, class or aria-label)
        self.text_of = None  # the link or heading whose text is being read
        self.in_title = self.in_range = False
        self.searchable = self.in_main = False

    def inside(self, tag, mark):
        return any(t == tag and mark in m for t, m in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "title" and not self.title:
            self.in_title = True
        if tag == "main":
            self.searchable = "data-pagefind-body" in a
            self.in_main = True
        if tag == "section":
            self.section = ""
        if tag == "h2" and a.get("id"):
            self.section = a["id"]
        if tag in ("ul", "nav", "tbody"):
            self.stack.append((tag, (a.get("class") or "") + "|" + (a.get("aria-label") or "")))
        if tag == "p" and a.get("class") == "app-list-range":
            self.in_range = True
        if tag == "a" and a.get("rel") in ("prev", "next"):
            self.rel[a["rel"]] = a["href"]
        if tag == "a":
            self.text_of = {"href": a.get("href") or "", "text": "", "section": self.section,
                            "row": self.inside("tbody", ""),
                            "az": self.inside("ul", "app-az-list"),
                            "az_nav": self.inside("nav", "|A to Z"),
                            "filters": self.inside("nav", "app-case-study-filters"),
                            "current": a.get("aria-current")}
            self.links.append(self.text_of)
        if tag in ("h2", "h3") and self.in_main:
            self.text_of = {"text": ""}
            (self.h2 if tag == "h2" else self.h3).append(self.text_of)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "p":
            self.in_range = False
        if tag in ("ul", "nav", "tbody") and self.stack:
            self.stack.pop()
        if tag in ("a", "h2", "h3"):
            self.text_of = None
        if tag == "main":
            self.in_main = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_range:
            self.range += data
        if self.text_of is not None:
            self.text_of["text"] += data


def read_links(out, path):
    p = Links()
    with open(os.path.join(out, path), encoding="utf-8") as f:
        p.feed(f.read())
    for link in p.links:
        link["to"] = resolve(path, link["href"].partition("#")[0])
        link["text"] = " ".join(link["text"].split())
    p.h2 = [" ".join(h["text"].split()) for h in p.h2]
    p.h3 = [" ".join(h["text"].split()) for h in p.h3]
    return p


def resolve(page, href):
    """The output path a relative link from `page` leads to ("" for none)."""
    if not href:
        return ""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), href))


def follow(out, first, failures, label):
    """The pages of the list whose first page is `first`, by rel="next": [(path, Links)]."""
    pages, path, seen = [], first, set()
    while path and path not in seen and len(pages) < 100:
        seen.add(path)
        if not os.path.exists(os.path.join(out, path)):
            failures.append(f"{label}: {path} is linked but missing")
            break
        page = read_links(out, path)
        pages.append((path, page))
        nxt = page.rel.get("next")
        path = resolve(path, nxt) if nxt else None
    return pages


def check_split(whole_rows, pages, first, noun, failures, everything):
    """The checks every split list shares: the rows of `pages` (path, Links, rows) are the
    one-page list's in order, at most SIZE a page, at the list's addresses, with prev links
    and range lines."""
    rows = [r for _, _, page_rows in pages for r in page_rows]
    if rows != whole_rows:
        failures.append(f"{first}: pages hold {len(rows)} rows, not the one page's "
                        f"{len(whole_rows)} in order")
    want_pages = max(1, -(-len(whole_rows) // SIZE))
    if len(pages) != want_pages:
        failures.append(f"{first}: {len(pages)} pages, expected {want_pages}")
    base = first[:-len("index.html")]
    for n, (path, page, page_rows) in enumerate(pages, 1):
        everything.append(path)
        want = first if n == 1 else f"{base}page/{n}/index.html"
        if path != want:
            failures.append(f"{first}: page {n} is at {path}, not {want}")
        if len(page_rows) > SIZE:
            failures.append(f"{path}: {len(page_rows)} rows")
        prev = page.rel.get("prev")
        if (resolve(path, prev) if prev else None) != (pages[n - 2][0] if n > 1 else None):
            failures.append(f"{path}: rel=prev is {prev}")
        if page.searchable != pages[0][1].searchable:
            failures.append(f"{path}: searchable unlike its first page")
        if len(pages) > 1:
            lo, hi = (n - 1) * SIZE + 1, min(n * SIZE, len(whole_rows))
            want_range = f"{noun} {lo:,} to {hi:,} of {len(whole_rows):,} " \
                         f"(Page {n} of {len(pages)})."
            if " ".join(page.range.split()) != want_range:
                failures.append(f"{path}: range reads {page.range!r}, not {want_range!r}")
        elif page.range or page.rel:
            failures.append(f"{path}: pagination on a list of one page")


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return yaml.safe_load(text.split("---\n", 2)[1]) or {}


def check_case_studies(whole, paged, failures, later, split_lists):
    """The case studies: the whole list and each priority's page."""
    folder = os.path.join(ROOT, "content", "case-studies")
    informs = {}  # case study page -> the priorities its front matter names
    for name in sorted(os.listdir(folder)):
        if name.endswith(".md") and not name.startswith("_"):
            refs = front_matter(os.path.join(folder, name)).get("priorities") or []
            informs[f"case-studies/{name[:-3]}/index.html"] = \
                [r["id"] if isinstance(r, dict) else r for r in refs]
    known = {name[:-3] for name in os.listdir(os.path.join(ROOT, "content", "strategy",
                                                           "priorities"))}
    firsts = ["case-studies/index.html"] + sorted(
        os.path.relpath(p, whole)
        for p in glob.glob(os.path.join(whole, "case-studies/priority/*/index.html")))
    with_studies = sorted(k for k in known if any(k in v for v in informs.values()))
    want_firsts = ["case-studies/index.html"] + [
        f"case-studies/priority/{k}/index.html" for k in with_studies]
    if firsts != want_firsts:
        failures.append(f"case studies by priority: pages {firsts}, expected {want_firsts}")

    def rows(page):
        return [(link["section"], link["to"]) for link in page.links
                if link["section"].startswith("group-") and link["to"] in informs]

    for first in firsts:
        one = read_links(whole, first)
        one_rows = rows(one)
        if not one_rows:
            failures.append(f"{first}: no case studies read")
        pages = [(path, page, rows(page))
                 for path, page in follow(paged, first, failures, first)]
        noun = "Case studies" if len(set(r[1] for r in one_rows)) == len(one_rows) \
            else "Entries"
        check_split(one_rows, pages, first, noun, failures, later)
        if len(pages) > 1:
            split_lists.append(first)
        listed = [r[1] for r in one_rows]
        if first == "case-studies/index.html":
            # Each case study once under each priority it informs, or once among the others.
            for study, refs in informs.items():
                want = max(1, len([r for r in refs if r in known]))
                if listed.count(study) != want:
                    failures.append(f"{first}: {study} listed {listed.count(study)} times, "
                                    f"not {want}")
        else:
            priority = first.split("/")[2]
            want = sorted(s for s, refs in informs.items() if priority in refs)
            if sorted(listed) != want:
                failures.append(f"{first}: lists {sorted(listed)}, not the case studies "
                                f"naming {priority}: {want}")
        # The filter of the list is marked: "page" on its first page, "true" on later ones.
        for n, (path, page, _) in enumerate(pages, 1):
            marked = [(link["to"], link["current"]) for link in page.links
                      if link["filters"] and link["current"]]
            if marked != [(first, "page" if n == 1 else "true")]:
                failures.append(f"{path}: filters marked {marked}")


def check_progress(whole, paged, failures, later, split_lists):
    """The progress page: its table of every metric is split; the rest stays on page 1."""
    first = "progress/index.html"

    def rows(page):
        return [link["to"] for link in page.links if link["row"] and
                link["to"].startswith("metrics/") and link["to"].count("/") == 2]

    one = read_links(whole, first)
    metrics = len(glob.glob(os.path.join(ROOT, "content", "metrics", "*.md")))
    if len(rows(one)) != metrics:
        failures.append(f"{first}: {len(rows(one))} metrics in the one-page table, "
                        f"not {metrics}")
    pages = [(path, page, rows(page)) for path, page in follow(paged, first, failures, first)]
    check_split(rows(one), pages, first, "Metrics", failures, later)
    if len(pages) > 1:
        split_lists.append(first)
    # Page 1 is the one-page build's page (sections and the summary's counts) but for the
    # table's rows; later pages hold the table alone.
    if pages and (pages[0][1].h2, pages[0][1].h3) != (one.h2, one.h3):
        failures.append(f"{first}: page 1's headings are {pages[0][1].h2 + pages[0][1].h3}, "
                        f"not {one.h2 + one.h3}")
    for path, page, _ in pages[1:]:
        if page.h2 != ["Every metric's current status"] or page.h3 or \
                any(link["to"].startswith("priorities/") for link in page.links if link["row"]):
            failures.append(f"{path}: holds more than the table of metrics: {page.h2 + page.h3}")


def a_to_z(out, failures, label):
    """The A to Z's entries [(text, page)], from the search page or its letter pages, and the
    pages that hold them."""
    search = read_links(out, "search/index.html")
    entries = [(link["text"], link["to"]) for link in search.links if link["az"]]
    letters = [link for link in search.links if link["az_nav"]]
    holders = ["search/index.html"]
    by_letter = [link for link in letters if not link["href"].startswith("#")]
    if entries and by_letter:
        failures.append(f"{label}: the search page has both the A to Z and letter pages")
    for letter in by_letter:
        pages = follow(out, letter["to"], failures, letter["to"])
        for path, page in pages:
            holders.append(path)
            here = [(link["text"], link["to"]) for link in page.links if link["az"]]
            entries += here
            for text, _ in here:
                initial = text[:1].upper() if text[:1].isascii() and text[:1].isalpha() \
                    else "0–9"
                if initial != letter["text"]:
                    failures.append(f"{path}: {text!r} is not under {letter['text']}")
            marked = [(link["to"], link["current"]) for link in page.links
                      if link["az_nav"] and link["current"]]
            want = (letter["to"], "page" if path == letter["to"] else "true")
            if marked != [want]:
                failures.append(f"{path}: letters marked {marked}, not {[want]}")
    return entries, holders


def check_a_to_z(whole, paged, failures, later, split_lists):
    one, _ = a_to_z(whole, failures, "one-page build")
    entries, holders = a_to_z(paged, failures, "paged build")
    if not one:
        failures.append("the one-page build's search page has no A to Z")
    if len(holders) < 3:
        failures.append("the paged build's A to Z is not on letter pages")
    # Both builds have the same pages but for the lists' later pages, which the A to Z leaves
    # out, and the letter pages: the same entries in the same order.
    if entries != one:
        gone = [e for e in one if e not in entries]
        extra = [e for e in entries if e not in one]
        failures.append(f"the letter pages' A to Z differs from the one-page A to Z: "
                        f"missing {gone[:5]}, extra {extra[:5]}, {len(entries)} against "
                        f"{len(one)} entries")
    counted = {}
    for _, page in entries:
        counted[page] = counted.get(page, 0) + 1
    twice = [p for p, n in counted.items() if n > 1]
    if twice:
        failures.append(f"listed more than once in the A to Z: {twice[:5]}")
    later += holders[1:]
    split_lists += [p for p in holders if "/page/" in p]
    return set(counted)


def site_paths_page_number(path):
    """n for page n >= 2 of a list, as site_paths::list_page_number says; 1 otherwise."""
    m = re.search(r"/page/([1-9][0-9]*)/index\.html$", path)
    return int(m.group(1)) if m else 1


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
        # The pages of the lists below, and those of them that are a later page.
        later, split_lists = [], []
        check_case_studies(whole, paged, failures, later, split_lists)
        check_progress(whole, paged, failures, later, split_lists)
        a_to_z = check_a_to_z(whole, paged, failures, later, split_lists)
        for where in ("case-studies/", "case-studies/priority/", "progress/", "search/a-z/"):
            if not any(p.startswith(where) for p in split_lists):
                failures.append(f"no list under {where} was split: the test proves little")
        for path in later:
            if site_paths_page_number(path) > 1 and path in a_to_z:
                failures.append(f"{path}: in the A to Z")
        for p in glob.glob(os.path.join(paged, "**/index.html"), recursive=True):
            if f"/{os.path.relpath(p, paged)}</loc>" not in sitemap:
                failures.append(f"{os.path.relpath(p, paged)}: not in sitemap.xml")
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
                    if path in a_to_z:
                        failures.append(f"{path}: in the A to Z")
        if split < 5:
            failures.append(f"only {split} lists were split: the test proves little")
        titles = {}
        for p in glob.glob(os.path.join(paged, "**/*.html"), recursive=True):
            rel = os.path.relpath(p, paged)
            t = parse(paged, rel).title
            titles.setdefault(t, []).append(rel)
        for t, paths in titles.items():
            if len(paths) > 1 and any(("/page/" in p or "/a-z/" in p or
                                       p.startswith("case-studies/priority/")) for p in paths):
                failures.append(f"title {t!r} is shared by {paths}")
        if not parse(paged, "metrics/page/2/index.html").searchable:
            failures.append("metrics/page/2 is not searchable, unlike metrics/index.html")
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

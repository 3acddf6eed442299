#!/usr/bin/env python3
"""The privacy rule end to end (generator/site_map/privacy.h): every public output withholds
exactly the same papers.

tests/public/fixtures/privacy, laid over the valid fixture site, puts one paper on a public and
a private agenda item, and gives a private item a paper that cites a metric with a public page.
The site is built; the private papers' words must be in no file under site/ (HTML, XML, CSV,
JSON, the Atom feed, the calendars, the text of every PDF through pdftotext, every workbook
(.xlsx and .ods) and the data zip unzipped) and must be in the
private pack (HTML and PDF). Then a public page links to the private item's paper: the build
must refuse, with `private-link`, and write nothing.

Usage: test_privacy.py <icbgen> <project root>
"""
import gzip
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "pack"))
import pdf_reading  # noqa: E402

SKIP = 77  # ctest SKIP_RETURN_CODE
MEETING = "2024-03-06-board"
# Words only the private papers and the items presenting them hold.
SECRETS = ["Wisteria", "Quenby", "7.25 million", "Halloran", "wisteria-estates", "quenby-contract"]
# What the private pack must print.
PRIVATE = ["Wisteria House estates review", "The valuation of Wisteria House is 7.25 million pounds.",
           "Quenby community contract", "Halloran Care offered the lowest price"]
PUBLIC_PAPER = "content/meetings/2024-01-10-board/papers/strategy-update.md"


def make_site(root, dest):
    shutil.copytree(os.path.join(root, "tests/fixtures/valid"), dest)
    shutil.copytree(os.path.join(HERE, "fixtures/privacy/content"), os.path.join(dest, "content"),
                    dirs_exist_ok=True)
    return dest


def build(icbgen, src, out):
    site, private = os.path.join(out, "site"), os.path.join(out, "private")
    r = subprocess.run([icbgen, "build", "--root", src, "--out", site, "--private-out", private],
                       capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    return r, site, private


# Pagefind's index files (site/pagefind/): gzip'd, each starting "pagefind_dcd" once
# decompressed; fragments hold each page's text as JSON, the index holds the words.
PAGEFIND = (".pf_fragment", ".pf_index", ".pf_meta", ".pf_filter")


def pagefind_text(path):
    with open(path, "rb") as f:
        data = gzip.decompress(f.read())
    if not data.startswith(b"pagefind_dcd"):
        raise ValueError(f"{path} is not a Pagefind index file")
    return data.decode("utf-8", "replace")


def words(text):
    return " ".join(text.split())


def main(icbgen, root):
    if not shutil.which("pdftotext"):
        print("skipped: pdftotext is not installed (poppler-utils)")
        return SKIP
    failures = []
    with tempfile.TemporaryDirectory(prefix="icbgen-privacy-") as tmp:
        src = make_site(root, os.path.join(tmp, "src"))
        r, site, private = build(icbgen, src, os.path.join(tmp, "out"))
        if r.returncode != 0:
            sys.exit("icbgen build failed (%d):\n%s" % (r.returncode, r.stderr[-3000:]))

        seen = {}
        fragments = []
        for dirpath, _, files in os.walk(site):
            for name in sorted(files):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, site)
                ext = os.path.splitext(name)[1]
                text = pagefind_text(path) if ext in PAGEFIND else pdf_reading.file_text(path)
                if ext == ".pf_fragment":
                    fragments.append(text)
                seen[ext] = seen.get(ext, 0) + 1
                for secret in SECRETS:
                    if secret.lower() in text.lower():
                        failures.append(f"site/{rel} contains {secret!r}")
        # The scan proves something only if every kind of public output was read, the meeting's
        # own public pack, appendix and page among them.
        # The search index was read too: its fragments hold the public paper's words.
        if not any("Winter plan review" in t for t in fragments):
            failures.append("no search index fragment holds the public paper's title: the scan "
                            "of site/pagefind/ proves nothing")
        for ext in (".html", ".pdf", ".xlsx", ".ods", ".zip", ".ics", ".csv", ".json", ".xml", ".pf_fragment", ".pf_index"):
            if not seen.get(ext):
                failures.append(f"no {ext} file under site/: the scan proves nothing")
        for rel in (f"meetings/{MEETING}/pack.html", f"meetings/{MEETING}/pack.pdf",
                    f"meetings/{MEETING}/index.html", f"downloads/{MEETING}-appendix.xlsx",
                    f"downloads/{MEETING}-appendix.ods", "feed.xml", "meetings.ics",
                    "downloads/all-data.zip", f"meetings/{MEETING}/papers/winter-plan/index.html"):
            if not os.path.isfile(os.path.join(site, rel)):
                failures.append(f"site/{rel} was not built")
        public_pack = words(pdf_reading.file_text(os.path.join(site, "meetings", MEETING, "pack.pdf")))
        for expected in ("Winter plan review", "Items considered in private (part II) are not included"):
            if expected not in public_pack:
                failures.append(f"the public pack lacks {expected!r}")

        for name in ("pack.html", "pack.pdf"):
            path = os.path.join(private, MEETING, name)
            if not os.path.isfile(path):
                failures.append(f"private/{MEETING}/{name} missing")
                continue
            text = words(pdf_reading.file_text(path))
            for expected in PRIVATE:
                if expected not in text:
                    failures.append(f"private/{MEETING}/{name} lacks {expected!r}")
        print(f"checked {sum(seen.values())} files under site/: " +
              ", ".join(f"{n} {ext}" for ext, n in sorted(seen.items())))

        # A public page citing the private item's paper stops the build before anything is written.
        src = make_site(root, os.path.join(tmp, "cited"))
        with open(os.path.join(src, PUBLIC_PAPER), "a", encoding="utf-8") as f:
            f.write(f"\nSee [the contract](@/meetings/{MEETING}/papers/quenby-contract.md).\n")
        r, site, private = build(icbgen, src, os.path.join(tmp, "cited-out"))
        expected = (f"{PUBLIC_PAPER}:13:5: error[private-link]: this public page links to the private "
                    f"paper 'meetings/{MEETING}/papers/quenby-contract.md'")
        if r.returncode != 1:
            failures.append(f"building with a public link to a private paper exited {r.returncode}, not 1")
        if expected not in r.stderr:
            failures.append(f"building with a public link to a private paper did not report:\n  {expected}\n"
                            f"stderr:\n{r.stderr[-2000:]}")
        if os.path.exists(site) or os.path.exists(private):
            failures.append("building with a public link to a private paper wrote output")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

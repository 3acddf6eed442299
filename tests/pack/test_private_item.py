#!/usr/bin/env python3
"""A meeting with a part II item (tests/pack/fixtures/private-item, laid over the valid fixture
site) is built; the private paper's title and text must appear nowhere under the site output,
in any file (HTML, XML, JSON, CSV, workbooks unzipped, PDFs through pdftotext), and must appear
in the private pack.

Usage: test_private_item.py <icbgen> <project root>
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdf_reading  # noqa: E402

MEETING = "2024-03-06-board"
SECRETS = ["Larkspur", "Thornfield", "3.85 million", "larkspur-disposal"]


def main(icbgen, root):
    here = os.path.dirname(os.path.abspath(__file__))
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        shutil.copytree(os.path.join(root, "tests/fixtures/valid"), src)
        fixture = os.path.join(here, "fixtures/private-item")
        for part in ("content", "data"):
            if os.path.isdir(os.path.join(fixture, part)):
                shutil.copytree(os.path.join(fixture, part), os.path.join(src, part), dirs_exist_ok=True)
        site, private = os.path.join(tmp, "site"), os.path.join(tmp, "private")
        r = subprocess.run([icbgen, "build", "--root", src, "--out", site, "--private-out", private],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("icbgen build failed (%d):\n%s" % (r.returncode, r.stderr[-3000:]))

        checked = 0
        for dirpath, _, files in os.walk(site):
            for name in files:
                path = os.path.join(dirpath, name)
                text = pdf_reading.file_text(path)
                checked += 1
                for secret in SECRETS:
                    if secret.lower() in text.lower():
                        failures.append(f"{os.path.relpath(path, site)} contains {secret!r}")
        if not os.path.isfile(os.path.join(site, "meetings", MEETING, "pack.pdf")):
            failures.append("the public pack was not built")
        if checked < 10:
            failures.append(f"only {checked} files under site/")

        for name in ("pack.html", "pack.pdf"):
            path = os.path.join(private, MEETING, name)
            if not os.path.isfile(path):
                failures.append(f"private/{MEETING}/{name} missing")
                continue
            text = pdf_reading.file_text(path)
            for secret in ["Disposal of the Larkspur Lane clinic site", "Thornfield Estates Limited",
                           "3.85 million pounds"]:
                if secret not in " ".join(text.split()):
                    failures.append(f"private/{MEETING}/{name} lacks {secret!r}")
        for pdf in (os.path.join(site, "meetings", MEETING, "pack.pdf"),
                    os.path.join(private, MEETING, "pack.pdf")):
            outside = pdf_reading.words_outside_margins(pdf)
            if outside:
                failures.append(f"{os.path.relpath(pdf, tmp)}: text beyond the margins: {outside[:5]}")
        public = pdf_reading.file_text(os.path.join(site, "meetings", MEETING, "pack.pdf"))
        if "Items considered in private (part II) are not included" not in " ".join(public.split()):
            failures.append("the public pack does not say part II items are left out")
        print(f"checked {checked} files under site/")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

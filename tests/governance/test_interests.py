#!/usr/bin/env python3
"""Registers of interests end to end. tests/governance/fixtures/interests, laid over the valid
fixture site, gives people interests (every field), a nil return, a person with no register
entry, and minutes with declarations (one on a private item, naming "Marigold"). The site is
built and read back: the register page with an HTML parser, the packs' appendix and minutes
through pdftotext, the meeting workbook's Interests sheet with openpyxl; "Marigold" must be in
no public file and must be in the private pack.

Usage: test_interests.py <icbgen> <project root>
"""
import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "pack"))
import pdf_reading  # noqa: E402

SKIP = 77
try:
    import openpyxl
except ImportError:
    sys.exit(SKIP)

FIXTURE = os.path.join(HERE, "fixtures", "interests")


class Register(HTMLParser):
    """The register page's people (h2 in main), each with its table rows or paragraphs."""

    def __init__(self):
        super().__init__()
        self.people, self.stack, self.text, self.row = [], [], "", None
        self.footer_links = []
        self.in_footer = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "footer":
            self.in_footer = True
        if tag == "a" and self.in_footer:
            self.footer_links.append(attrs.get("href"))
        if tag in ("h2", "td", "p") and not self.in_footer:
            self.stack.append(tag)
            self.text = ""
        if tag == "tr":
            self.row = []

    def handle_endtag(self, tag):
        if tag == "footer":
            self.in_footer = False
        if tag == "tr" and self.row and self.people:
            self.people[-1]["rows"].append(self.row)
            self.row = None
        if self.stack and tag == self.stack[-1]:
            self.stack.pop()
            text = " ".join(self.text.split())
            if tag == "h2":
                self.people.append({"name": text, "rows": [], "paras": []})
            elif tag == "td" and self.row is not None:
                self.row.append(text)
            elif tag == "p" and self.people:
                self.people[-1]["paras"].append(text)

    def handle_data(self, data):
        if self.stack:
            self.text += data


def flat(text):
    return " ".join(text.split())


def main(icbgen, root):
    failures = []

    def expect(cond, what):
        if not cond:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        shutil.copytree(os.path.join(root, "tests/fixtures/valid"), src)
        for part in ("content", "data"):
            shutil.copytree(os.path.join(FIXTURE, part), os.path.join(src, part), dirs_exist_ok=True)
        r = subprocess.run([icbgen, "check", "--strict", "--as-of", "2024-01-10", "--root", src],
                           capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
        expect(r.returncode == 0 and "0 errors, 0 warnings" in r.stdout + r.stderr,
               "the fixture does not check clean:\n" + r.stdout + r.stderr)
        site, private = os.path.join(tmp, "site"), os.path.join(tmp, "private")
        r = subprocess.run([icbgen, "build", "--root", src, "--out", site, "--private-out", private],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("icbgen build failed (%d):\n%s" % (r.returncode, r.stderr[-3000:]))

        # The register page.
        page = Register()
        with open(os.path.join(site, "governance/interests/index.html"), encoding="utf-8") as f:
            page.feed(f.read())
        people = {p["name"]: p for p in page.people}
        expect([p["name"] for p in page.people] == ["Alex Chair", "Bea Dee", "Dan Fox"],
               f"register page people: {[p['name'] for p in page.people]}")
        if "Alex Chair" in people:
            expect(people["Alex Chair"]["rows"] == [
                ["Financial", "Shareholder, Example Pharmacy Ltd", "from 1 April 2022", "ongoing"],
                ["Non-financial personal", "Volunteer, Example Hospice", "from 1 January 2020",
                 "to 31 March 2023"]], f"Alex Chair's rows: {people['Alex Chair']['rows']}")
        if "Bea Dee" in people:
            expect("No interests declared." in people["Bea Dee"]["paras"],
                   f"Bea Dee: {people['Bea Dee']['paras']}")
        if "Dan Fox" in people:
            expect(people["Dan Fox"]["rows"] == [
                ["Indirect", "Partner is a director of Example Care Homes Ltd", "from 1 June 2023",
                 "to 31 May 2024"]], f"Dan Fox's rows: {people['Dan Fox']['rows']}")
        home = Register()
        with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
            home.feed(f.read())
        expect("governance/interests/index.html" in home.footer_links,
               f"the home page's footer links: {home.footer_links}")
        with open(os.path.join(site, "search/index.html"), encoding="utf-8") as f:
            expect("governance/interests/" in f.read(), "the A to Z does not list the register")

        # The packs: the appendix and the minutes' declarations (pdftotext).
        public_pdf = flat(pdf_reading.file_text(os.path.join(site, "meetings/2024-01-10-board/pack.pdf")))
        for text in [
            "Appendix: register of interests of members present",
            "The chairs, presenters and item leads named on the agenda (there are no minutes of "
            "this meeting yet), with the interests each had registered as at 10 January 2024.",
            "Alex Chair Chair, Example ICB Type Interest From To Financial Shareholder, Example "
            "Pharmacy Ltd 1 April 2022 Ongoing",
            "Bea Dee Director of Strategy, Example ICB No interests declared.",
            "Cara Ellis Head of Estates, Example ICB No declaration recorded.",
            "Declarations of interest No interests were declared for this item.",
            "Alex Chair declared a financial interest (Shareholder, Example Pharmacy Ltd) and left "
            "the meeting for this item.",
            "Bea Dee declared an interest not on the register (Governor, Example School) and took "
            "no part in the decision.",
        ]:
            expect(text in public_pdf, f"the public pack PDF lacks {text!r}")
        expect("Volunteer, Example Hospice" not in public_pdf,
               "the appendix lists an interest that ended before the meeting")
        october = flat(pdf_reading.file_text(os.path.join(site, "meetings/2023-10-04-board/pack.pdf")))
        expect("The members present, as the minutes of the meeting record them, with the interests "
               "each had registered as at 4 October 2023." in october,
               "the October pack's appendix does not say it lists the members present")
        private_pdf = flat(pdf_reading.file_text(os.path.join(private, "2024-01-10-board/pack.pdf")))
        expect("Alex Chair declared an interest not on the register (Landlord of the Marigold Street "
               "clinic) and took part in the item." in private_pdf,
               "the private pack lacks the declaration on the private item")

        # The meeting page prints the public declarations.
        with open(os.path.join(site, "meetings/2023-10-04-board/index.html"), encoding="utf-8") as f:
            meeting = flat(f.read())
        expect("Bea Dee declared an interest not on the register (Governor, Example School) and "
               "took no part in the decision." in meeting, "the meeting page lacks a declaration")

        # The Interests sheet of the appendix workbook.
        wb = openpyxl.load_workbook(os.path.join(site, "downloads/2024-01-10-board-appendix.xlsx"))
        expect("Interests" in wb.sheetnames, f"sheets: {wb.sheetnames}")
        if "Interests" in wb.sheetnames:
            ws = wb["Interests"]
            expect(ws["A1"].value == "Register of interests of members present", f"A1: {ws['A1'].value}")
            tables = list(ws.tables.values())
            expect(len(tables) == 1, f"{len(tables)} tables on the Interests sheet")
            if tables:
                rows = [[c.value for c in row] for row in ws[tables[0].ref]]
                expect(rows[0] == ["Member", "Title", "Type", "Interest", "From", "To", "Notes"],
                       f"header: {rows[0]}")
                body = [r[:4] + [r[4].date().isoformat() if hasattr(r[4], "date") else r[4], r[5]]
                        for r in rows[1:]]
                expect(body == [
                    ["Alex Chair (AC)", "Chair, Example ICB", "Financial",
                     "Shareholder, Example Pharmacy Ltd", "2022-04-01", "[z]"],
                    ["Bea Dee (BD)", "Director of Strategy, Example ICB", "[z]",
                     "No interests declared", "[z]", "[z]"],
                    ["Cara Ellis (CE)", "Head of Estates, Example ICB", "[z]",
                     "No declaration recorded", "[z]", "[z]"]], f"rows: {body}")

        # The declaration on the private item reaches no public file.
        checked = 0
        for dirpath, _, files in os.walk(site):
            for name in files:
                path = os.path.join(dirpath, name)
                if "/pagefind/" in path:
                    continue
                checked += 1
                if "marigold" in pdf_reading.file_text(path).lower():
                    failures.append(f"{os.path.relpath(path, site)} contains 'Marigold'")
        expect(checked > 50, f"only {checked} public files checked")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

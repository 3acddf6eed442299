#!/usr/bin/env python3
"""The corrections made to the shipped content after checking it against the sources (issue 9).

Each check fails if the corrected mistake comes back.

Usage: test_corrections.py <repo-root> [<icbgen binary>]
With the binary, also runs `icbgen check` on the shipped content and expects the warnings
about the April 2023 draft's own paragraph numbers.
"""
import csv
import glob
import os
import subprocess
import sys

import yaml

APRIL = "content/meetings/2023-04-25-icp/minutes.md"
# Examples the strategy names without describing them, by priority: listed, never given pages.
OTHER_EXAMPLES = {
    "children-young-peoples-mental-health": [
        ("Surrey Square Primary School", "Southwark"), ("The New School", "Lambeth"),
        ("Boyhood to Manhood Foundation", "Camberwell")],
    "adults-mental-health": [
        ("Southwark Service Users Network", "Southwark"), ("Bromley Mental Health Hub", "Bromley"),
        ("Live Well Community Hub", "Greenwich"), ("Lambeth Talking Therapies", "Lambeth"),
        ("Bridge Support", "Bromley and Greenwich"), ("Blackfriars Settlement", "Southwark")],
    "primary-care-long-term-conditions": [("Personal Medical Services Premium", "Bexley")],
}
# `icbgen check` on the shipped content: the draft's numbering, reported, not renumbered.
MINUTE_WARNINGS = [
    "warning[minute-number-missing]: item 2 has no paragraph numbered 2.01, 2.02, 2.03, 2.05 or 2.06",
    "warning[minute-number-item]: paragraph number 2.05 is in item 3",
    "warning[minute-number-duplicate]: paragraph number 3.10 is used twice in item 3",
    "warning[minute-number-missing]: item 3 has no paragraph numbered 3.04, 3.06, 3.09 or 3.11",
    "warning[minute-number-missing]: item 4 has no paragraph numbered 4.01, 4.03, 4.04 or 4.05",
    "warning[minute-number-duplicate]: paragraph number 6.06 is used twice in item 6",
    "warning[minute-number-missing]: item 6 has no paragraph numbered 6.05",
]


class Checker:
    def __init__(self, root):
        self.root = root
        self.failures = []

    def check(self, ok, what):
        if not ok:
            self.failures.append(what)

    def read(self, rel):
        with open(os.path.join(self.root, rel), encoding="utf-8") as f:
            return f.read()

    def front(self, rel):
        text = self.read(rel)
        end = text.find("\n---", 4)
        return yaml.safe_load(text[4:end]), text[end + 4:]

    def rows(self, rel):
        with open(os.path.join(self.root, rel), encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def april_minutes(self):
        fm, body = self.front(APRIL)
        items = fm["items"]
        kinds = [p.get("kind", "text") for i in items for p in i["paragraphs"]]
        self.check("action" not in kinds, "the April 2023 minutes hold an action the draft does not record")
        numbers = {}
        for i, item in enumerate(items, 1):
            numbers[i] = [n for p in item["paragraphs"]
                          for n in (p.get("number"), p.get("answer_number")) if n]
        self.check(numbers[3].count("3.10") == 2, f"item 3 numbers {numbers[3]}: 3.10 should appear twice")
        self.check(numbers[6].count("6.06") == 2, f"item 6 numbers {numbers[6]}: 6.06 should appear twice")
        self.check(numbers[1] == ["1.01", "1.02"], f"item 1 numbers {numbers[1]}")
        self.check(numbers[5] == [f"5.{k:02d}" for k in range(1, 12)], f"item 5 numbers {numbers[5]}")
        self.check("summary" in body and "original" in body and "as presented" not in body,
                   "the April minutes must say they are a summary and name the original")
        self.check("icbgen" not in body, "the April minutes mention icbgen")

    def summaries_say_so(self):
        paper = self.read("content/meetings/2023-07-24-icp/papers/vcse-charter.md")
        self.check("full text" not in paper and "Enclosure D" in paper,
                   "the VCSE charter paper must call the charter page a summary and name Enclosure D")
        charter = self.read("content/charter/_index.md")
        self.check("summarises" in charter and "Enclosure D" in charter,
                   "the charter page must say it summarises the draft and name the original")

    def smaller_mismatches(self):
        rows = self.rows("tests/fixtures/broken/city-and-hackney-2019/data/metrics/continuity-of-carer.csv")
        self.check("line 60" in rows[0]["source"], "City and Hackney's 28.9% is on line 60 of seed 002")
        for name in ("cyp-mental-health-need", "maternity-care-discrimination"):
            for r in self.rows(f"data/metrics/{name}.csv"):
                self.check(r["area"] == "Area not stated", f"{name}: area {r['area']!r} is not an area")
        for path in glob.glob(os.path.join(self.root, "data/metrics/*.csv")):
            for r in self.rows(os.path.relpath(path, self.root)):
                area = (r.get("area") or "").lower()
                self.check("estimate" not in area and "survey" not in area,
                           f"{os.path.basename(path)}: a source in the area column ({r.get('area')!r})")
        smoking = self.read("content/metrics/smoking-in-pregnancy.md")
        self.check("lowest" not in smoking and "highest" not in smoking,
                   "the pack gives Lambeth and Bexley as examples, not the lowest and highest")
        paper = self.read("content/meetings/2023-07-24-icp/papers/primary-care-focus.md")
        self.check("national patient-experience" not in paper, "Enclosure B survey figures called national")
        gm, _ = self.front("content/case-studies/greater-manchester.md")
        for o in gm["outcomes"]:
            if o.get("value") == 45.8:
                self.check(o["kind"] != "observed", "Greater Manchester's 45.8% is a projection, not observed")
        smi, _ = self.front("content/metrics/smi-life-expectancy-gap.md")
        self.check(smi["unit"] == "years", f"smi-life-expectancy-gap unit {smi['unit']!r}: it is a gap in years")
        bristol, _ = self.front("content/case-studies/bristol.md")
        self.check(not bristol.get("learning"), "Bristol: the review gives no learning points")
        for path in glob.glob(os.path.join(self.root, "content/**/*.md"), recursive=True):
            with open(path, encoding="utf-8") as f:
                text = " ".join(f.read().split())
            self.check("most deprived fifth" not in text,
                       f"{os.path.relpath(path, self.root)}: Core20 is the most deprived 20% nationally")

    def other_examples(self):
        titles = set()
        for path in glob.glob(os.path.join(self.root, "content/case-studies/*.md")):
            fm, _ = self.front(os.path.relpath(path, self.root))
            titles.add(fm.get("title"))
        for pid, expected in OTHER_EXAMPLES.items():
            fm, _ = self.front(f"content/strategy/priorities/{pid}.md")
            got = [(o.get("name"), o.get("place")) for o in fm.get("other_examples") or []]
            self.check(got == expected, f"{pid}: other examples {got}")
            for name, _ in expected:
                self.check(name not in titles, f"{name}: named only, it should have no case study page")

    def check_output(self, binary):
        # --verbose: every warning in full (check shortens a code repeated three times or more).
        run = subprocess.run([binary, "check", "--verbose", "--root", self.root],
                             capture_output=True, text=True)
        out = run.stdout + run.stderr
        for w in MINUTE_WARNINGS:
            self.check(w in out, f"icbgen check does not warn: {w}")
        self.check(out.count("[minute-number-") == len(MINUTE_WARNINGS),
                   "icbgen check gives other minute-number warnings")

    def run(self, binary):
        self.april_minutes()
        self.summaries_say_so()
        self.smaller_mismatches()
        self.other_examples()
        if binary:
            self.check_output(binary)
        return self.failures


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    binary = sys.argv[2] if len(sys.argv) > 2 else ""
    failures = Checker(root).run(binary)
    for f in failures:
        print("FAIL:", f)
    print("ok" if not failures else f"{len(failures)} correction(s) undone")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

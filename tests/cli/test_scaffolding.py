#!/usr/bin/env python3
"""`icbgen init` and `icbgen new`, end to end: a new site checks with only `to-do` warnings
and builds;
init refuses a folder that is not empty; each `new` stub checks clean (exit 0) in a scratch
copy of the valid fixture site, lands where the table of kinds says, and never overwrites;
`new meeting --from` carries the previous meeting's standing items and times.

Usage: test_scaffolding.py <icbgen> <project root>
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

ICBGEN, PROJECT = sys.argv[1], sys.argv[2]
failures = []
AS_OF = ["--as-of", "2024-01-10"]


def check(condition, message):
    if not condition:
        failures.append(message)


def icbgen(*args):
    return subprocess.run([ICBGEN, *args], capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


def codes(stderr):
    return re.findall(r"^\S+: (?:error|warning|note)\[([a-z0-9-]+)\]", stderr, re.M)


def test_init(tmp):
    site = os.path.join(tmp, "new-site")
    r = icbgen("init", site)
    check(r.returncode == 0, f"init: exit {r.returncode}\n{r.stderr}")
    r = icbgen("check", "--root", site, "--verbose")
    check(r.returncode == 0, f"check of the new site: exit {r.returncode}\n{r.stderr}")
    found = codes(r.stderr)
    check(found and set(found) == {"to-do"}, f"the new site gives other warnings: {found}")
    check("content/site.yaml:2:7: warning[to-do]: still to do: name, short_name and publisher"
          in r.stderr, f"the to-do warning does not name site.yaml's fields:\n{r.stderr}")
    for rel in ("content/site.yaml", "content/strategy/priorities/first-priority.md",
                "content/metrics/first-metric.md", "data/metrics/first-metric.csv"):
        check(os.path.isfile(os.path.join(site, rel)), f"init wrote no {rel}")
    meetings = os.listdir(os.path.join(site, "content/meetings"))
    check(len(meetings) == 1 and os.path.isfile(
        os.path.join(site, "content/meetings", meetings[0], "papers/first-paper.md")),
        f"init wrote no meeting with a paper: {meetings}")
    # It builds too (with the stand-in WeasyPrint of tests/output: this is about files).
    stand_in = os.path.join(PROJECT, "tests/output")
    r = subprocess.run([ICBGEN, "build", "--root", site], capture_output=True, text=True,
                       env={**os.environ, "NO_COLOR": "1",
                            "ICBGEN_WEASYPRINT": os.path.join(stand_in, "weasyprint_stand_in.py"),
                            "PYTHONPATH": os.path.join(stand_in, "stand_in")})
    check(r.returncode == 0, f"build of the new site: exit {r.returncode}\n{r.stderr[-2000:]}")
    check(os.path.isfile(os.path.join(site, "site/index.html")), "the new site built no index.html")
    before = open(os.path.join(site, "content/site.yaml")).read()
    r = icbgen("init", site)
    check(r.returncode == 2 and "is not empty" in r.stderr, f"init into a full folder: {r.stderr}")
    check(open(os.path.join(site, "content/site.yaml")).read() == before, "init overwrote")


def test_new(tmp):
    site = os.path.join(tmp, "S")
    shutil.copytree(os.path.join(PROJECT, "tests/fixtures/valid"), site)
    made = {
        ("metric", "new-metric"): "content/metrics/new-metric.md",
        ("priority", "new-priority"): "content/strategy/priorities/new-priority.md",
        ("case-study", "new-case"): "content/case-studies/new-case.md",
        ("engagement", "new-engagement"): "content/engagement/new-engagement.md",
        ("meeting", "2024-04-10-board"): "content/meetings/2024-04-10-board/meeting.yaml",
        ("paper", "2024-04-10-board/new-paper"):
            "content/meetings/2024-04-10-board/papers/new-paper.md",
    }
    for (kind, ident), rel in made.items():
        r = icbgen("new", kind, ident, "--root", site)
        check(r.returncode == 0, f"new {kind}: exit {r.returncode}\n{r.stderr}")
        path = os.path.join(site, rel)
        check(os.path.isfile(path), f"new {kind} wrote no {rel}")
        r = icbgen("check", "--root", site, "--verbose", *AS_OF)
        check(r.returncode == 0, f"check after new {kind}: exit {r.returncode}\n{r.stderr}")
        check(re.search(rf"^{re.escape(rel)}:\d+:\d+: warning\[to-do\]: still to do: ",
                        r.stderr, re.M),
              f"no to-do warning names the fields of {rel}:\n{r.stderr}")
        text = open(path).read()
        check("\n# " in text or text.startswith("#"), f"{rel} has no comments saying what fields are")
        r = icbgen("new", kind, ident, "--root", site)
        check(r.returncode == 2 and "already exists" in r.stderr and open(path).read() == text,
              f"new {kind} twice: exit {r.returncode}, {r.stderr}")
    # The paper is on its meeting's agenda.
    meeting = yaml.safe_load(open(os.path.join(site, made[("meeting", "2024-04-10-board")])))
    check(any(i.get("paper") == "new-paper" for i in meeting["agenda"]),
          "new paper added no agenda item naming it")
    r = icbgen("new", "paper", "new-paper-2", "--meeting", "2024-04-10-board", "--root", site)
    check(r.returncode == 0, f"new paper --meeting: {r.stderr}")
    r = icbgen("new", "paper", "lonely", "--root", site)
    check(r.returncode == 2 and "belongs to a meeting" in r.stderr, f"a paper with no meeting: {r.stderr}")
    r = icbgen("new", "meeting", "2024-02-30-board", "--root", site)
    check(r.returncode == 2 and "not a meeting id" in r.stderr, f"an impossible date: {r.stderr}")
    r = icbgen("new", "metrc", "x", "--root", site)
    check(r.returncode == 2 and "did you mean 'metric'?" in r.stderr, f"a misspelt kind: {r.stderr}")


def test_new_meeting_from(tmp):
    site = os.path.join(tmp, "S")
    shutil.copytree(os.path.join(PROJECT, "tests/fixtures/valid"), site)
    prev = os.path.join(site, "content/meetings/2024-01-10-board")
    # The previous meeting with every standing item, a paper and a part II item.
    with open(os.path.join(prev, "meeting.yaml"), "w") as f:
        f.write("""body: Example Board
date: 2024-01-10
start: "10:00"
end: "12:00"
venue: Town Hall
chairs: [AC]
presenters: [BD]
agenda:
  - {title: Welcome and apologies, leads: [AC], start: "10:00"}
  - {title: Declarations of interest, leads: [AC], start: "10:05"}
  - {title: Minutes of the last meeting, leads: [AC], start: "10:10", approve_minutes: 2023-10-04-board}
  - {title: Action log, leads: [BD], start: "10:15"}
  - {title: Our strategy, leads: [BD], start: "10:20", paper: strategy-update}
  - {title: Questions from the public, leads: [AC], start: "11:30"}
  - {title: Contract award, leads: [BD], start: "11:45", part: private}
""")
    with open(os.path.join(prev, "minutes.md"), "w") as f:
        f.write("---\nstatus: draft\npresent:\n  - {person: AC, chair: true}\nitems:\n"
                "  - title: Welcome and apologies\n    paragraphs:\n"
                "      - text: The chair welcomed members.\n---\n")
    r = icbgen("check", "--root", site, *AS_OF)
    check(r.returncode == 0, f"the previous meeting does not check: {r.stderr}")
    r = icbgen("new", "meeting", "2024-04-10-board", "--from", "2024-01-10-board", "--root", site)
    check(r.returncode == 0, f"new meeting --from: exit {r.returncode}\n{r.stderr}")
    path = os.path.join(site, "content/meetings/2024-04-10-board/meeting.yaml")
    m = yaml.safe_load(open(path))
    check((m["body"], m["date"], m["start"], m["end"], m["venue"], m["chairs"]) ==
          ("Example Board", "2024-04-10", "10:00", "12:00", "Town Hall", ["AC"]),
          f"the meeting's fields were not carried over: {m}")
    check(m["agenda"] == [
        {"title": "Welcome and apologies", "leads": ["AC"], "start": "10:00"},
        {"title": "Declarations of interest", "leads": ["AC"], "start": "10:05"},
        {"title": "Minutes of the last meeting", "leads": ["AC"], "start": "10:10",
         "approve_minutes": "2024-01-10-board"},
        {"title": "Action log", "leads": ["BD"], "start": "10:15"},
        {"title": "Questions from the public", "leads": ["AC"], "start": "11:30"},
    ], f"the standing items were not carried over as they were: {m['agenda']}")
    r = icbgen("check", "--root", site, *AS_OF)
    check(r.returncode == 0, f"check after new meeting --from: {r.stderr}")
    r = icbgen("new", "meeting", "2024-07-10-board", "--from", "2024-01-10-bord", "--root", site)
    check(r.returncode == 2 and "did you mean '2024-01-10-board'?" in r.stderr,
          f"--from a misspelt meeting: {r.stderr}")


def main():
    for test in (test_init, test_new, test_new_meeting_from):
        with tempfile.TemporaryDirectory() as tmp:
            test(tmp)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

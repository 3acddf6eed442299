#!/usr/bin/env python3
"""Count the shipped content against the source documents.

Usage: python3 tests/content/test_counts.py [REPO_ROOT]

REPO_ROOT defaults to the current directory. The expected counts below are taken from the
source documents in ../shared/seeds (see docs/CONTENT_MODEL.md for the file layout):
  - 5 strategy priorities (July 2023 ICP pack, Enclosure C);
  - 4 charter commitments, sections 3 to 6, with exactly the numbered actions of the draft
    VCSE charter (Enclosure D), which ends at 6.3 e);
  - 12 models of care from the University of Essex review;
  - 3 engagement activities, the Tower Hamlets one with its 12 themes;
  - the July 2023 agenda: 5 items, papers B to D on items 2 to 4;
  - the draft minutes of 25 April 2023: 6 items and the paragraphs written for them;
  - the titles people held at each meeting: the July presenters key and co-chairs (agenda,
    lines 10-43) and the April present and in-attendance lists (lines 57-80);
  - measures and context: each ambition's `metrics:` are the pack's own example metrics (per
    priority: P1 lines 1099-1110, P2 1233-1244, P3 1378-1389, P4 1514-1527, P5 1642-1652),
    and evidence and Enclosure B figures are `context:`, with metric status `context`.
Exit code 0 when every count matches, 1 otherwise (each failure is printed).
"""
import os
import sys
import unicodedata

import yaml


class _Loader(yaml.SafeLoader):
    """Safe loader that keeps dates and times as the strings written in the file."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

PRIORITIES = {
    "prevention-and-wellbeing",
    "early-years",
    "children-young-peoples-mental-health",
    "adults-mental-health",
    "primary-care-long-term-conditions",
}

# Charter commitments: file -> (section number, [(ref, kind), ...]) in charter order.
CHARTER = {
    "strategic-partnership": (3, [
        ("3.7 a)", "champion"), ("3.7 b)", "champion"), ("3.7 c)", "champion"), ("3.7 d)", "champion"),
        ("3.8 a)", "will"), ("3.8 b)", "will"), ("3.8 c)", "will"),
    ]),
    "fair-sustainable-funding": (4, [
        ("4.5 a)", "champion"), ("4.5 b)", "champion"), ("4.5 c)", "champion"),
        ("4.6 a)", "will"), ("4.6 b)", "will"), ("4.6 c)", "will"), ("4.6 d)", "will"),
    ]),
    "reducing-bureaucracy": (5, [
        ("5.3", "will"), ("5.4", "will"), ("5.5", "will"),
        ("5.6 a)", "will"), ("5.6 b)", "will"), ("5.6 c)", "will"), ("5.6 d)", "will"), ("5.6 e)", "will"),
    ]),
    "supporting-infrastructure": (6, [
        ("6.3 a)", "will"), ("6.3 b)", "will"), ("6.3 c)", "will"), ("6.3 d)", "will"), ("6.3 e)", "will"),
    ]),
}

ESSEX_CASE_STUDIES = 12

ENGAGEMENT = {"tower-hamlets-health-visiting", "london-0-19-learning-event", "sel-strategy-engagement-2023"}

# The twelve themes of the report (lines 147-158), listed here alphabetically by id.
TOWER_HAMLETS_THEMES = sorted([
    "access-to-services", "competency-skills-capabilities", "early-intervention",
    "health-promotion", "information-and-guidance", "information-technology", "management",
    "needs", "partnership", "resource", "safeguarding", "training",
])
# Methods with participant counts given in the report (lines 71-141 and phase 3).
TOWER_HAMLETS_PARTICIPANTS = [44, 82, 56, 23, 23, 13, 36, 55]

JULY_MEETING = "2023-07-24-icp"
# (paper id or None, approve_minutes or None) per agenda item, in order.
JULY_AGENDA = [
    (None, "2023-04-25-icp"),
    ("primary-care-focus", None),
    ("integrated-care-strategy", None),
    ("vcse-charter", None),
    (None, None),
]
JULY_ENCLOSURES = {"primary-care-focus": "B", "integrated-care-strategy": "C", "vcse-charter": "D"}

APRIL_MEETING = "2023-04-25-icp"
# Paragraphs written per minute item, and how many of each kind.
APRIL_PARAGRAPHS = [
    (2, "Welcome"),
    (13, "Update on the south east London health and care system pressures"),
    (16, "Implementing our Integrated Care Strategy"),
    (11, "Voluntary, Community and Social Enterprise (VCSE)"),
    (11, "The Mental Health Concordat"),
    (4, "Questions from the public"),
]
# The draft minutes record decisions but no actions.
APRIL_KINDS = {"decision": 4, "action": 0, "question": 4}

# Titles as printed for the July 2023 meeting: the co-chairs line (10) and the presenters key
# (lines 31-39). The packs print these, not the person's latest title.
JULY_TITLES = {
    "KW": "Leader, Southwark Council",
    "RD": "Chair, South East London ICB",
    "AB": "ICB Chief Executive Officer",
    "HE": "ICB Director of Commissioning and Improvement",
    "TG": "ICB Joint Chief Medical Officer",
    "TR": "Director of Voluntary Sector Engagement and Partnership",
    "BC": "Director of ICS Development",
}
# Titles in the April 2023 present and in-attendance lists (lines 57-80) for the people whose
# title differs from the July one or from their latest.
APRIL_TITLES = {
    "TG": "Joint Medical Director, NHS South East London ICB",
    "TR": "Director of Voluntary sector collaboration and partnerships",
    "BC": "Director of ICS System Development, NHS South East London ICB",
}

# Measures of each ambition: the metrics the pack proposes as examples for its priority (and
# the evidence figures that are the same quantity). Everything else is context.
MEASURES = {
    "prevention-uptake-disparity": {"preventable-disease-deaths", "preventable-deaths-gap-core20plus5",
                                    "maternal-and-baby-mortality", "mmr-not-fully-vaccinated",
                                    "breast-screening-gap-core20"},
    "immunisation-screening-targets": {"mmr-not-fully-vaccinated", "child-vaccinations-12m-2y",
                                       "bowel-screening-uptake", "breast-screening-uptake",
                                       "cervical-screening-uptake"},
    "prevention-access-gap": {"breast-screening-gap-core20", "prevention-single-point-access-core20plus5"},
    "targeted-prevention-approaches": {"prevention-single-point-access-core20plus5", "community-trust-in-services"},
    "birth-outcomes-disparity": {"stillbirth-rate-by-ethnicity", "preterm-birth-rate-by-ethnicity"},
    "maternal-health-good-start": {"reception-overweight", "reception-long-term-condition"},
    "vulnerable-families-early-support": {"maternity-booking-after-10-weeks", "early-years-community-support-reach",
                                          "first-1001-days-social-value", "child-vaccinations-12m-2y",
                                          "child-ae-attendances-under-2"},
    "publish-maternal-outcomes": {"stillbirth-rate-by-ethnicity", "preterm-birth-rate-by-ethnicity"},
    "fewer-cyp-mental-health-problems": {"cyp-mental-health-need", "cyp-mental-health-crisis-ae",
                                         "cyp-mental-health-school-absence-gap",
                                         "cyp-mental-health-access-gap-ethnicity"},
    "cyp-support-through-schools-hubs": {"cyp-mental-health-early-intervention-share",
                                         "cyp-mental-health-service-locations", "cyp-involvement-in-service-design",
                                         "cyp-mental-health-trust-cultural-competency"},
    "fewer-adults-in-crisis": {"adult-suicide-rate", "mental-health-act-use", "adult-mental-health-crisis-ae",
                               "mental-health-referrals-in-crisis", "healthy-life-expectancy-gap"},
    "culturally-appropriate-early-support": {"adult-early-mental-health-access",
                                             "early-mental-health-service-user-survey", "early-mental-health-waits",
                                             "talking-therapies-first-treatment-wait"},
    "ltc-positive-experience": {"ltc-prevalence", "ltc-multimorbidity-transition", "ltc-independent-good-lives"},
    "integrated-neighbourhood-teams": {"community-primary-care-access", "community-involvement-primary-care",
                                       "early-diagnosis-cardiometabolic"},
}


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n"):
        raise ValueError("no front matter fence")
    end = text.find("\n---\n", 4)
    if end < 0 and text.endswith("\n---"):
        end = len(text) - 4
    if end < 0:
        raise ValueError("front matter not closed")
    return yaml.load(text[4:end + 1], Loader=_Loader) or {}


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader)


def md_files(folder):
    if not os.path.isdir(folder):
        return []
    return sorted(n for n in os.listdir(folder) if n.endswith(".md") and not n.startswith("_"))


def non_latin_letters(text):
    """Letters from scripts other than Latin (Cyrillic or Greek look-alikes)."""
    return [c for c in text if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN")]


class Checker:
    def __init__(self, root):
        self.root = root
        self.failures = []

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    def expect(self, what, got, want):
        if got != want:
            self.failures.append(f"{what}: expected {want!r}, found {got!r}")

    def load(self, loader, *parts):
        p = self.path(*parts)
        try:
            return loader(p)
        except (OSError, ValueError, yaml.YAMLError) as e:
            self.failures.append(f"{os.path.join(*parts)}: cannot read: {e}")
            return None

    def priorities(self):
        names = {n[:-3] for n in md_files(self.path("content", "strategy", "priorities"))}
        self.expect("strategy priorities", names, PRIORITIES)

    def charter(self):
        folder = self.path("content", "charter")
        names = {n[:-3] for n in md_files(folder)}
        self.expect("charter commitments", names, set(CHARTER))
        index = self.load(front_matter, "content", "charter", "_index.md")
        if index is not None:
            self.expect("charter status", index.get("status"), "draft")
            self.expect("charter review_after_months", index.get("review_after_months"), 12)
        total = 0
        for name, (number, actions) in sorted(CHARTER.items()):
            fm = self.load(front_matter, "content", "charter", name + ".md")
            if fm is None:
                continue
            self.expect(f"charter/{name} number", fm.get("number"), number)
            got = [(a.get("ref"), a.get("kind")) for a in fm.get("actions") or []]
            self.expect(f"charter/{name} actions (ref, kind)", got, actions)
            statuses = {a.get("status") for a in fm.get("actions") or []}
            self.expect(f"charter/{name} action statuses", statuses, {"proposed"})
            total += len(got)
        self.expect("charter actions in total", total, sum(len(a) for _, a in CHARTER.values()))

    def case_studies(self):
        folder = self.path("content", "case-studies")
        essex = 0
        for name in md_files(folder):
            fm = self.load(front_matter, "content", "case-studies", name)
            if fm is None:
                continue
            document = str((fm.get("source") or {}).get("document", ""))
            if "Essex" in document:
                essex += 1
        self.expect("case studies from the University of Essex review", essex, ESSEX_CASE_STUDIES)

    def engagement(self):
        names = {n[:-3] for n in md_files(self.path("content", "engagement"))}
        self.expect("engagement activities", names, ENGAGEMENT)
        th = self.load(front_matter, "content", "engagement", "tower-hamlets-health-visiting.md")
        if th is None:
            return
        themes = [t.get("id") for t in th.get("themes") or []]
        self.expect("Tower Hamlets themes", sorted(themes), TOWER_HAMLETS_THEMES)
        self.expect("Tower Hamlets theme ids unique", len(set(themes)), len(themes))
        counts = [m["participants"] for m in th.get("methods") or [] if "participants" in m]
        self.expect("Tower Hamlets participant counts", counts, TOWER_HAMLETS_PARTICIPANTS)
        theme_ids = set(themes)
        for q in th.get("quotes") or []:
            if q.get("theme") not in theme_ids:
                self.failures.append(f"Tower Hamlets quote {q.get('text')!r}: unknown theme {q.get('theme')!r}")

    def july_meeting(self):
        meeting = self.load(load_yaml, "content", "meetings", JULY_MEETING, "meeting.yaml")
        if meeting is None:
            return
        agenda = meeting.get("agenda") or []
        self.expect("July 2023 agenda items", len(agenda), len(JULY_AGENDA))
        got = [(i.get("paper"), i.get("approve_minutes")) for i in agenda]
        self.expect("July 2023 agenda papers and minutes", got, JULY_AGENDA)
        # icbgen letters enclosures in agenda order: approved minutes and papers alike.
        letters, letter = {}, ord("A")
        for item in agenda:
            if item.get("approve_minutes") or item.get("paper"):
                if item.get("paper"):
                    letters[item["paper"]] = chr(letter)
                letter += 1
        self.expect("July 2023 paper enclosure letters", letters, JULY_ENCLOSURES)
        for item in agenda:
            bad = non_latin_letters(item.get("title", "") + " ".join(item.get("sub") or []))
            if bad:
                self.failures.append(f"July 2023 agenda item {item.get('title')!r}: non-Latin letters {bad}")
        papers = {n[:-3] for n in md_files(self.path("content", "meetings", JULY_MEETING, "papers"))}
        self.expect("July 2023 papers", papers, set(JULY_ENCLOSURES))

    def april_minutes(self):
        minutes = self.load(front_matter, "content", "meetings", APRIL_MEETING, "minutes.md")
        if minutes is None:
            return
        items = minutes.get("items") or []
        got = [(len(i.get("paragraphs") or []), i.get("title")) for i in items]
        self.expect("April 2023 minute items and paragraphs", got, APRIL_PARAGRAPHS)
        kinds = {}
        for item in items:
            for p in item.get("paragraphs") or []:
                kind = p.get("kind", "text")
                kinds[kind] = kinds.get(kind, 0) + 1
        self.expect("April 2023 decisions, actions and questions",
                    {k: kinds.get(k, 0) for k in APRIL_KINDS}, APRIL_KINDS)
        self.expect("April 2023 minutes status", minutes.get("status"), "draft")

    def people(self):
        people = self.load(load_yaml, "data", "people.yaml")
        if people is None:
            return
        initials = [p.get("initials") for p in people]
        dupes = sorted({i for i in initials if initials.count(i) > 1})
        self.expect("duplicate initials in data/people.yaml", dupes, [])
        by_initials = {p.get("initials"): p for p in people}

        def title_at(initials, meeting):
            p = by_initials.get(initials) or {}
            at = (p.get("role_at") or {}).get(meeting)
            if at:
                return at
            return ", ".join(x for x in (p.get("role"), p.get("organisation")) if x)

        for initials, title in JULY_TITLES.items():
            self.expect(f"{initials}'s title at the July 2023 meeting", title_at(initials, JULY_MEETING), title)
        for initials, title in APRIL_TITLES.items():
            self.expect(f"{initials}'s title at the April 2023 meeting", title_at(initials, APRIL_MEETING), title)
        meeting = self.load(load_yaml, "content", "meetings", JULY_MEETING, "meeting.yaml") or {}
        self.expect("July presenters key", meeting.get("presenters"), ["AB", "HE", "TG", "TR", "BC"])

    def measures(self):
        folder = self.path("content", "strategy", "priorities")
        measures, context = {}, {}
        for name in md_files(folder):
            fm = self.load(front_matter, "content", "strategy", "priorities", name) or {}
            for a in fm.get("ambitions") or []:
                measures[a.get("id")] = set(a.get("metrics") or [])
                context[a.get("id")] = set(a.get("context") or [])
        self.expect("each ambition's measures", measures, MEASURES)
        all_measures = set().union(*measures.values()) if measures else set()
        for ambition, ids in sorted(context.items()):
            for metric in sorted(ids):
                fm = self.load(front_matter, "content", "metrics", metric + ".md") or {}
                if metric not in all_measures:
                    self.expect(f"metrics/{metric} status (context only)", fm.get("status"), "context")
        for metric in sorted(all_measures):
            fm = self.load(front_matter, "content", "metrics", metric + ".md") or {}
            self.expect(f"metrics/{metric} status (a measure)", fm.get("status") in ("example", "proposed"), True)
            # The English GP Patient Survey figures of Enclosure B stay out of ambition progress.
            self.expect(f"metrics/{metric} geography (a measure)", fm.get("geography") == "England", False)

    def run(self):
        for check in (self.priorities, self.charter, self.case_studies, self.engagement,
                      self.july_meeting, self.april_minutes, self.people, self.measures):
            check()
        return self.failures


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    failures = Checker(root).run()
    for f in failures:
        print("FAIL:", f)
    if failures:
        print(f"{len(failures)} count(s) do not match the source documents")
        return 1
    print("all content counts match the source documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())

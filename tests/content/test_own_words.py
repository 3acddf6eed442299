#!/usr/bin/env python3
"""Content must be written in our own words, not copied or lightly reworded from the sources.

Two checks over everything in content/ and data/ (Markdown, YAML and CSV):
  1. no run of N words may match a run in a source document;
  2. no sentence of MIN_WORDS or more words may be a light rewording of a source sentence:
     difflib's SequenceMatcher ratio against the nearest source sentence must stay below
     SIMILAR.
Text is normalised first on both sides: lower case, curly quotes made straight, quotes at the
edges of words dropped (so a run inside 'single quotes' still counts), thousands separators
removed (6,000 and 6000 are the same number), Markdown links reduced to their text. Runs of
five or more capitalised words (lists of places, names of organisations) are names, left out of
the run check, and a sentence that is mostly names is not held to the similarity check.
Names and titles (front matter `title`, `name`, `document`, `section`, `place`, `partners`,
glossary expansions, Markdown headings and *italic* titles of documents) are carried exactly
and not checked.
Quoted, attributed speech is exempt from both checks: an item with an `attribution` (the
engagement `quotes:` lists) and text inside double quotation marks.

Usage: test_own_words.py <repo-root> <seeds-dir> [--list] [--only PATH-PREFIX]
  --list prints every similar sentence with its nearest source sentence;
  --only checks only the files whose path (from the root) starts with PATH-PREFIX.
"""
import difflib
import os
import re
import sys
from collections import Counter, defaultdict

import yaml

N = 10
MIN_WORDS = 15
SIMILAR = 0.75

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                        "\u2014": "-", "\u00a0": " "})
# Fields that hold names and titles, carried from the sources exactly: not prose.
NAMES = {"source", "url", "id", "path", "title", "name", "document", "section", "place", "partners",
         "abbr", "expansion", "attribution", "theme"}
# Five or more capitalised words in a row ("Bolton, Bury, Manchester City, Oldham, Rochdale",
# "University Hospitals Bristol NHS Foundation Trust"): names, not prose, for the run check, and a sentence that is mostly names is not held to the similarity check.
PROPER_NAMES = re.compile(r"(?:\b[A-Z][\w'&.-]*(?:,?\s+(?:and|of|the|for|in|upon|on|&)\s+|[\s,;/()]+)){4,}[A-Z][\w'&-]*")
HEADING = re.compile(r"^#+ .*$", re.M)
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
DOUBLE_QUOTED = re.compile(r'"[^"\n]*"')
ITALIC_TITLE = re.compile(r"(?<![*\w])\*([^*]+)\*(?![*\w])")
SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n\s*\n|\n\s*[-*|#]\s*|\s+\|\s+|\t")


def normalise(text):
    text = text.translate(QUOTES)
    text = LINK.sub(r"\1", text)
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)


def words(text):
    tokens = re.findall(r"[a-z0-9']+", normalise(text).lower())
    return [t.strip("'") for t in tokens if t.strip("'")]


def sentences(text):
    for part in SENTENCE_END.split(normalise(text)):
        part = " ".join(part.split())
        if part:
            yield part


def unquoted(text):
    """The text without quoted speech (inside double quotation marks) or *italic titles*."""
    return ITALIC_TITLE.sub(" ", DOUBLE_QUOTED.sub(" ", normalise(text)))


def strings(node):
    """Every string in a YAML value, except quoted, attributed speech."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        if "attribution" in node:
            return
        for key, value in node.items():
            if key in NAMES:
                continue
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def texts(path):
    """The prose of a content file: front matter strings, body, CSV notes."""
    with open(path, encoding="utf-8", errors="ignore") as f:
        raw = f.read()
    if path.endswith(".csv"):
        import csv
        import io
        for row in csv.DictReader(io.StringIO(raw)):
            for key, value in row.items():
                if key and key not in ("source",) and value:
                    yield value
        return
    body = raw
    if path.endswith(".md") and raw.startswith("---\n"):
        end = raw.find("\n---", 4)
        head, body = raw[4:end], raw[end + 4:]
        try:
            yield from strings(yaml.safe_load(head))
        except yaml.YAMLError:
            yield head
    elif path.endswith((".yaml", ".yml")):
        try:
            yield from strings(yaml.safe_load(raw))
            return
        except yaml.YAMLError:
            pass
    yield HEADING.sub("", body)


class Seeds:
    def __init__(self, folder):
        self.grams = set()
        self.sentences = []
        self.index = defaultdict(list)
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8", errors="ignore") as f:
                text = f.read()
            w = words(text)
            self.grams.update(tuple(w[i:i + N]) for i in range(len(w) - N + 1))
            for s in sentences(text):
                sw = words(s)
                if len(sw) >= MIN_WORDS // 2:
                    self.sentences.append((name, " ".join(sw)))
        self.freq = Counter()
        for k, (_, s) in enumerate(self.sentences):
            for w in set(s.split()):
                self.freq[w] += 1
                self.index[w].append(k)

    def nearest(self, sentence):
        """(ratio, seed name, seed sentence) of the most similar source sentence."""
        sw = set(sentence.split())
        votes = Counter()
        for w in sw:
            if self.freq[w] <= 400:
                for k in self.index[w]:
                    votes[k] += 1
        best = (0.0, "", "")
        for k, _ in votes.most_common(25):
            name, seed = self.sentences[k]
            m = difflib.SequenceMatcher(None, sentence, seed, autojunk=False)
            if m.quick_ratio() <= best[0]:
                continue
            r = m.ratio()
            if r > best[0]:
                best = (r, name, seed)
        return best


def main():
    root, folder = sys.argv[1], sys.argv[2]
    listing = "--list" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    if not os.path.isdir(folder):
        print(f"skipped: no seeds folder at {folder}")
        return 77
    seeds = Seeds(folder)
    failures = 0
    for base in ("content", "data"):
        for dirpath, _, files in sorted(os.walk(os.path.join(root, base))):
            for f in sorted(files):
                path = os.path.join(dirpath, f)
                rel = os.path.relpath(path, root)
                if not rel.startswith(only):
                    continue
                copied, similar = [], []
                for text in texts(path):
                    plain = unquoted(text)
                    w = words(PROPER_NAMES.sub(" ", plain))
                    copied += [" ".join(w[i:i + N]) for i in range(len(w) - N + 1)
                               if tuple(w[i:i + N]) in seeds.grams]
                    for s in sentences(plain):
                        sw = words(s)
                        if len(words(PROPER_NAMES.sub(" ", s))) < MIN_WORDS:
                            continue  # mostly names
                        if len(sw) < MIN_WORDS:
                            continue
                        r, name, seed = seeds.nearest(" ".join(sw))
                        if r >= SIMILAR:
                            similar.append((r, " ".join(sw), name, seed))
                if copied:
                    print(f"{rel}: {len(copied)} runs of {N} words copied, e.g. '{copied[0]}'")
                    if listing:
                        for run in copied:
                            print(f"    run: {run}")
                if similar:
                    print(f"{rel}: {len(similar)} sentences reword a source sentence (ratio >= {SIMILAR}), "
                          f"e.g. '{similar[0][1]}'")
                    if listing:
                        for r, s, name, seed in similar:
                            print(f"    {r:.2f} ours: {s}\n         {name}: {seed}")
                failures += bool(copied or similar)
    print("ok" if not failures else f"{failures} files copy or closely reword the source documents")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Content must be written in our own words: no run of 12 words may match a source document.

Usage: test_own_words.py <repo-root> <seeds-dir>
"""
import os
import re
import sys

N = 12


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower())


def main():
    root, seeds = sys.argv[1], sys.argv[2]
    if not os.path.isdir(seeds):
        print(f"skipped: no seeds folder at {seeds}")
        return 77
    grams = set()
    for name in sorted(os.listdir(seeds)):
        w = words(open(os.path.join(seeds, name), encoding="utf-8", errors="ignore").read())
        grams.update(tuple(w[i:i + N]) for i in range(len(w) - N + 1))
    failures = 0
    for base in ("content", "data"):
        for dirpath, _, files in os.walk(os.path.join(root, base)):
            for f in sorted(files):
                path = os.path.join(dirpath, f)
                w = words(open(path, encoding="utf-8", errors="ignore").read())
                hits = [" ".join(w[i:i + N]) for i in range(len(w) - N + 1) if tuple(w[i:i + N]) in grams]
                if hits:
                    failures += 1
                    print(f"{os.path.relpath(path, root)}: {len(hits)} runs of {N} words copied, e.g. '{hits[0]}'")
    print("ok" if not failures else f"{failures} files copy the source documents")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

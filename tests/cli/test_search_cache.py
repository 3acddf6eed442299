#!/usr/bin/env python3
"""The search index is kept in the cache part by part: a rebuild runs Pagefind only for the
parts whose pages changed, a page added changes the part it falls in (where parts end depends
on the pages' addresses), the index made from the cache is byte for byte the one a build
without the cache makes, and entries no build used for ten minutes are removed.

A wrapper stands in for Pagefind: it counts the runs and passes each to the real binary.

Usage: test_search_cache.py <icbgen> <project root>
"""
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time

from pagefind_stand_in import real_pagefind, write_stand_in

ICBGEN, PROJECT = sys.argv[1], sys.argv[2]
PER_PART = "4"


def main():
    real = real_pagefind(PROJECT)
    if not real:
        print("FAIL: no Pagefind binary in node_modules (run scripts/setup)")
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "S")
        shutil.copytree(os.path.join(PROJECT, "tests/fixtures/valid"), site)
        log = os.path.join(tmp, "runs")
        wrapper = write_stand_in(os.path.join(tmp, "pagefind.sh"),
                                 f'#!/bin/sh\necho run >> "{log}"\nexec "{real}" "$@"\n')
        cache = os.path.join(site, ".icbgen-cache", "search")

        def build(*extra, out="site"):
            open(log, "w").close()
            r = subprocess.run([ICBGEN, "build", "--root", site, "-q", "--pagefind", wrapper,
                                "--out", os.path.join(site, out), *extra], capture_output=True,
                               text=True, env={**os.environ, "ICBGEN_SEARCH_PAGES_PER_INDEX": PER_PART})
            if r.returncode != 0:
                failures.append(f"build {extra}: rc {r.returncode}\n{r.stderr}")
            return len(open(log).read().split())

        def parts():
            return sorted(os.listdir(cache))

        first = build()
        entries = parts()
        if first < 3 or len(entries) != first or not all(e.endswith(".part") for e in entries):
            failures.append(f"first build: {first} runs, cache {entries}")
        if (n := build()) != 0:
            failures.append(f"a build with nothing changed ran Pagefind {n} times")

        # One page's own text: one part made again.
        study = os.path.join(site, "content/case-studies/example-model.md")
        text = open(study).read()
        open(study, "w").write(text.replace("How it works.", "How it works, told again."))
        if (n := build()) != 1:
            failures.append(f"one page changed: Pagefind ran {n} times, not once")

        # The index made from the cache is the one made without it.
        build("--no-cache", out="fresh")
        cmp = filecmp.dircmp(os.path.join(site, "site/pagefind"), os.path.join(site, "fresh/pagefind"))

        def differs(c):
            return c.left_only or c.right_only or c.diff_files or any(differs(s) for s in c.subdirs.values())
        if differs(cmp):
            failures.append("the index from the cache differs from a fresh one: "
                            f"{cmp.left_only} {cmp.right_only} {cmp.diff_files}")

        # A page added: the parts it and the lists it is in fall in, not every part after it
        # (4 runs of 15 parts; with parts cut by count, 9 of 11).
        shutil.copy(study, os.path.join(site, "content/case-studies/another-model.md"))
        total = len(parts())
        n = build()
        if not 1 <= n or 2 * n >= total:
            failures.append(f"a page added: Pagefind ran {n} times for {total} parts")

        # Unused entries: removed once ten minutes old, kept before.
        now = time.time()
        old, recent = os.path.join(cache, "0" * 64 + ".part"), os.path.join(cache, "1" * 64 + ".part")
        legacy = os.path.join(cache, "2" * 64 + ".index")
        for path, age in ((old, 3600), (recent, 60), (legacy, 3600)):
            open(path, "w").write("end\n")
            os.utime(path, (now - age, now - age))
        build()
        left = set(os.listdir(cache))
        if os.path.basename(old) in left or os.path.basename(legacy) in left:
            failures.append("an entry unused for an hour was kept")
        if os.path.basename(recent) not in left:
            failures.append("an entry a minute old was removed")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

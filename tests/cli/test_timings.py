#!/usr/bin/env python3
"""`build --timings` prints one line per stage to standard error, in the order the stages run,
each with wall time, CPU time, helpers' CPU time and peak memory; within the workbooks stage,
one indented line per workbook job (described, each file written) with its thread's CPU time;
without it, none. And a
search tool that fails without printing anything is reported in plain words (it was an
internal error).

Usage: test_timings.py <icbgen> <project root>
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ICBGEN, PROJECT = sys.argv[1], sys.argv[2]
STAGES = ["load", "model", "check", "pages", "packs", "workbooks", "search index",
          "link check", "write", "whole build"]
LINE = re.compile(r"^timing: (.+?) +\d+ ms wall, +\d+ ms CPU \(\+\d+ ms helpers\), \d+ MB peak$")
JOB = re.compile(r"^timing:   ((describe|write) downloads/\S+) +\d+ ms wall, +\d+ ms CPU \(its thread\)$")


def build(site, *extra):
    return subprocess.run([ICBGEN, "build", "--root", site, "-q", *extra], capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "S")
        shutil.copytree(os.path.join(PROJECT, "tests/fixtures/valid"), site)
        plain = build(site)
        if "timing:" in plain.stderr:
            failures.append("a build without --timings printed timings:\n" + plain.stderr)
        shutil.rmtree(os.path.join(site, "site"), ignore_errors=True)
        timed = build(site, "--timings")
        # A stage's own lines (a workbook's, say) are indented under it; the stages are not.
        lines = [l for l in timed.stderr.splitlines()
                 if l.startswith("timing:") and not l.startswith("timing:  ")]
        stages = [LINE.match(l).group(1) if LINE.match(l) else "?" + l for l in lines]
        if stages != STAGES:
            failures.append(f"stages {stages}, expected {STAGES}\n{timed.stderr}")
        all_lines = timed.stderr.splitlines()
        jobs = [l for l in all_lines if l.startswith("timing:   ")]
        names = [JOB.match(l).group(1) if JOB.match(l) else "?" + l for l in jobs]
        for want_job in ("describe downloads/strategy-metrics.xlsx",
                         "write downloads/strategy-metrics.xlsx", "write downloads/strategy-metrics.ods"):
            if names.count(want_job) != 1:
                failures.append(f"workbook job {want_job!r} not timed once: {names}")
        if any(n.startswith("?") for n in names):
            failures.append(f"malformed workbook job lines: {names}")
        # Job lines come inside the workbooks stage: after packs, before its own line.
        if jobs and "timing: packs" in timed.stderr:
            first = all_lines.index(jobs[0])
            last = all_lines.index(jobs[-1])
            packs = next(i for i, l in enumerate(all_lines) if l.startswith("timing: packs"))
            books = next(i for i, l in enumerate(all_lines) if l.startswith("timing: workbooks"))
            if not packs < first <= last < books:
                failures.append("workbook job lines outside the workbooks stage:\n" + timed.stderr)
        silent = build(site, "--pagefind", "/bin/false")
        want = ("node_modules/pagefind: error[search-index-failed]: Pagefind could not index the "
                "website: it exited with status 1 and printed nothing\n"
                "  = hint: run `/bin/false --site site --verbose` to see more\n"
                "build: failed with 1 error, 0 warnings; nothing was written\n")
        if silent.returncode != 1 or silent.stderr != want:
            failures.append(f"silent Pagefind failure: rc {silent.returncode}\n{silent.stderr}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

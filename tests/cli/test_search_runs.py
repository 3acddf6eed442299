#!/usr/bin/env python3
"""The search index is made in parts (ICBGEN_SEARCH_PAGES_PER_INDEX pages each), two Pagefind
runs at once on a machine with two cores or more; a part that fails is reported with what
Pagefind printed, and nothing is written. The time limit (ICBGEN_SEARCH_TIMEOUT) is for each
part's run: parts that each take a second pass a limit of 3 s however many there are, and a
part that hangs is stopped.

A wrapper stands in for Pagefind: it records each run and passes it to the real binary, except
where told to fail. To show that two runs overlap, the first part's run waits (up to 60 s) for
the second part's to start: run one after the other, the second would never start while the
first waits, and the wrapper records that.

Usage: test_search_runs.py <icbgen> <project root>
"""
import os
import shutil
import subprocess
import sys
import tempfile

from pagefind_stand_in import real_pagefind, write_stand_in

ICBGEN, PROJECT = sys.argv[1], sys.argv[2]

WRAPPER = """#!/bin/sh
# $1 is --site, $2 the part's site folder (.../part-N/site)
part=$(basename "$(dirname "$2")")
echo "$part" >> "{log}/started"
touch "{log}/$part.started"
if [ "$part" = "{fail}" ]; then echo "part three broke"; exit 3; fi
if [ "$part" = part-1 ]; then
  i=0
  while [ ! -e "{log}/part-2.started" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done
  [ -e "{log}/part-2.started" ] || echo alone >> "{log}/alone"
fi
exec "{real}" "$@"
"""


SLOW = """#!/bin/sh
part=$(basename "$(dirname "$2")")
if [ "$part" = "{hang}" ]; then sleep 30; fi
sleep 1
exec "{real}" "$@"
"""


def build(site, wrapper, **extra):
    env = {**os.environ, "NO_COLOR": "1", "ICBGEN_SEARCH_PAGES_PER_INDEX": "3", **extra}
    return subprocess.run([ICBGEN, "build", "--root", site, "-q", "--no-cache", "--pagefind", wrapper],
                          capture_output=True, text=True, env=env)


def main():
    real = real_pagefind(PROJECT)
    if not real:
        print("FAIL: no Pagefind binary in node_modules (run scripts/setup)")
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "S")
        shutil.copytree(os.path.join(PROJECT, "tests/fixtures/valid"), site)
        for case, fail in (("ok", "none"), ("fails", "part-3")):
            log = os.path.join(tmp, case)
            os.mkdir(log)
            wrapper = write_stand_in(os.path.join(tmp, case + ".sh"),
                                     WRAPPER.format(log=log, fail=fail, real=real))
            shutil.rmtree(os.path.join(site, "site"), ignore_errors=True)
            r = build(site, wrapper)
            started = open(os.path.join(log, "started")).read().split()
            if case == "ok":
                parts = sorted(started, key=lambda p: int(p.split("-")[1]))
                if r.returncode != 0 or len(parts) < 3 or parts != [f"part-{i}" for i in range(1, len(parts) + 1)]:
                    failures.append(f"build in parts: rc {r.returncode}, runs {started}\n{r.stderr}")
                listed = os.path.join(site, "site/pagefind/icbgen-parts.json")
                if not os.path.exists(listed) or open(listed).read().count("part-") != len(parts) - 1:
                    failures.append("pagefind/icbgen-parts.json does not list every other part")
                if os.cpu_count() >= 2 and os.path.exists(os.path.join(log, "alone")):
                    failures.append("the second part's Pagefind run did not start while the first ran")
            else:
                want = ("node_modules/pagefind: error[search-index-failed]: Pagefind could not index "
                        "the website: it exited with status 3: part three broke\n"
                        f"  = hint: run `{wrapper} --site site --verbose` to see more\n"
                        "build: failed with 1 error, 0 warnings; nothing was written\n")
                if r.returncode != 1 or r.stderr != want:
                    failures.append(f"a failed part: rc {r.returncode}\n{r.stderr}")
                if os.path.exists(os.path.join(site, "site")):
                    failures.append("a build whose search index failed wrote site/")
        # Each part takes over a second: together far more than the limit, each well within it.
        for hang in ("none", "part-2"):
            wrapper = write_stand_in(os.path.join(tmp, f"slow-{hang}.sh"),
                                     SLOW.format(hang=hang, real=real))
            shutil.rmtree(os.path.join(site, "site"), ignore_errors=True)
            r = build(site, wrapper, ICBGEN_SEARCH_TIMEOUT="3", ICBGEN_SEARCH_PAGES_PER_INDEX="8")
            parts = open(os.path.join(site, "site/pagefind/icbgen-parts.json")).read().count("part-") + 1 \
                if r.returncode == 0 else 0
            if hang == "none" and (r.returncode != 0 or parts < 6):
                failures.append(f"parts each within the limit: rc {r.returncode}, {parts} parts\n{r.stderr}")
            want = ("node_modules/pagefind: error[search-index-failed]: Pagefind could not index the "
                    "website: one part of the index took longer than 3 s and was stopped\n")
            if hang != "none" and (r.returncode != 1 or not r.stderr.startswith(want)):
                failures.append(f"a part that hangs: rc {r.returncode}\n{r.stderr}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

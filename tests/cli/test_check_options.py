#!/usr/bin/env python3
"""How `check` lists what it finds, end to end on a scratch copy of the valid fixture site:
errors first; a warning code seen three times or more shortened to its first and a count;
--verbose lists all; --quiet lists errors only; --ignore CODE (an unknown or error code is a
usage error); --as-of must be a real date; `check` judges data freshness against today
(SOURCE_DATE_EPOCH stands in for the clock) while `build` uses the content's date; JSON stays
complete; an unknown command gets "did you mean".

Usage: test_check_options.py <icbgen> <project root>
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ICBGEN, PROJECT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
# 1 January 2030: the valid site's three data files (to 2022/23) are stale by then.
LATER = str(1893456000)
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def icbgen(*args, **env):
    return subprocess.run([ICBGEN, *args], capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1", "SOURCE_DATE_EPOCH": LATER, **env})


def headlines(stderr):
    return [l for l in stderr.splitlines() if not l.startswith((" ", "\t")) and l.strip()]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "S")
        shutil.copytree(os.path.join(PROJECT, "tests/fixtures/valid"), site)
        # One error, in a file that sorts after the first stale warning's, so that listing
        # it first is the listing's doing, not the sort's.
        with open(os.path.join(site, "data/metrics/smoking-prevalence.csv"), "a") as f:
            f.write("2023/24,Example,-5,fixture\n")
        stale = ("data/metrics/healthy-birth-weight.csv:1:1: warning[data-stale]: the newest "
                 "data for 'healthy-birth-weight' is older than its annual frequency allows "
                 "(as of 2030-01-01)")

        r = icbgen("check", "--root", site)
        lines = headlines(r.stderr)
        check(r.returncode == 1, f"exit {r.returncode}")
        check(lines[:3] == [
            lines[0] if "error[" in lines[0] else "an error first",
            stale,
            "warning[data-stale]: 2 more like this (--verbose shows all)",
        ], f"errors first, then the first stale warning and a count:\n{r.stderr}")
        check(all("error[" not in l for l in lines[1:]), f"an error after a warning:\n{r.stderr}")

        r = icbgen("check", "--root", site, "--verbose")
        check(sum("warning[data-stale]" in l for l in headlines(r.stderr)) == 3,
              f"--verbose does not list every stale warning:\n{r.stderr}")
        check("more like this" not in r.stderr, "--verbose still shortens")

        r = icbgen("check", "--root", site, "--quiet")
        lines = headlines(r.stderr)
        check(r.returncode == 1 and lines and all("error[" in l for l in lines),
              f"--quiet shows more than errors:\n{r.stderr}")
        check(r.stdout == "", f"--quiet prints a summary:\n{r.stdout}")

        r = icbgen("check", "--root", site, "--format", "json")
        stale_json = [d for d in json.loads(r.stdout)["diagnostics"] if d["code"] == "data-stale"]
        check(len(stale_json) == 3, f"JSON is not complete: {len(stale_json)} stale entries")

        r = icbgen("check", "--root", site, "--ignore", "data-stale")
        check("data-stale" not in r.stderr and r.returncode == 1,
              f"--ignore data-stale:\n{r.stderr}")
        r = icbgen("check", "--root", site, "--ignore", "data-stal")
        check(r.returncode == 2 and "did you mean 'data-stale'?" in r.stderr,
              f"--ignore of an unknown code: exit {r.returncode}\n{r.stderr}")
        r = icbgen("check", "--root", site, "--ignore", "csv-negative")
        check(r.returncode == 2 and "errors cannot be ignored" in r.stderr,
              f"--ignore of an error: exit {r.returncode}\n{r.stderr}")

        for bad, why in (("2023-02-29", "February 2023 has 28 days"),
                         ("31/03/2024", "not a date written YYYY-MM-DD")):
            r = icbgen("check", "--root", site, "--as-of", bad)
            check(r.returncode == 2 and why in r.stderr, f"--as-of {bad}: {r.returncode} {r.stderr}")
        r = icbgen("check", "--root", site, "--as-of", "2024-01-10")
        check("data-stale" not in r.stderr, f"--as-of 2024-01-10 still finds stale data:\n{r.stderr}")

        # build: judged at the content's own date, whatever the clock says.
        os.remove(os.path.join(site, "data/metrics/smoking-prevalence.csv"))
        shutil.copy(os.path.join(PROJECT, "tests/fixtures/valid/data/metrics/smoking-prevalence.csv"),
                    os.path.join(site, "data/metrics/smoking-prevalence.csv"))
        stand_in = os.path.join(PROJECT, "tests/output")
        r = icbgen("build", "--root", site,
                   ICBGEN_WEASYPRINT=os.path.join(stand_in, "weasyprint_stand_in.py"),
                   PYTHONPATH=os.path.join(stand_in, "stand_in"))
        check(r.returncode == 0 and "data-stale" not in r.stderr,
              f"build judged freshness by the clock: exit {r.returncode}\n{r.stderr}")

        r = icbgen("bild")
        check(r.returncode == 2 and "did you mean 'build'?" in r.stderr,
              f"an unknown command: exit {r.returncode}\n{r.stderr}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

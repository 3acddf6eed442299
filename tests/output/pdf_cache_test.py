#!/usr/bin/env python3
"""The PDF cache and `icbgen pack <id>`, end to end, on a scratch copy of tests/fixtures/valid
with the stand-in WeasyPrint (weasyprint_stand_in.py), which writes one line per PDF it makes
into the file named by ICBGEN_STAND_IN_COUNT, so the test counts WeasyPrint's runs.

Usage: pdf_cache_test.py <case> <icbgen> <project root>
  cache: a second build with nothing changed runs WeasyPrint for no pack, and Pagefind not at
         all; a changed paper re-runs WeasyPrint for exactly that meeting's two packs, and
         Pagefind once; a damaged cache entry is made again; --no-cache makes every PDF and
         the search index and keeps none; --cache DIR puts the cache there. (Pagefind is
         counted through a wrapper script named by ICBGEN_PAGEFIND.)
  pack:  `pack <id>` makes only that meeting's packs and replaces only those files in the
         outputs of an earlier build; with no earlier build it writes nothing; killed after
         staging its files it leaves the outputs as they were, and the next run tidies up.
"""
import os
import signal
import subprocess
import sys
import tempfile

CASE, ICBGEN, PROJECT = sys.argv[1], sys.argv[2], sys.argv[3]
HERE = os.path.dirname(os.path.abspath(__file__))
MEETING = "2024-01-10-board"
PAPER = f"content/meetings/{MEETING}/papers/strategy-update.md"
failures = []
sys.path.insert(0, HERE)
import output_test as ot  # noqa: E402  (its helpers; it takes the same arguments)


def check(condition, message):
    if not condition:
        failures.append(message)


def runs(count_file):
    """How many PDFs the stand-in made since the last call (and empties the count)."""
    if not os.path.exists(count_file):
        return 0
    with open(count_file) as f:
        n = len(f.read().splitlines())
    os.remove(count_file)
    return n


PAGEFIND_WRAPPER = {}  # ICBGEN_PAGEFIND for every run, once case_cache has made the wrapper


def icbgen(count_file, *args, **env):
    return subprocess.run([ICBGEN, *args], capture_output=True, text=True,
                          env=ot.environment(ICBGEN_STAND_IN_COUNT=count_file,
                                             **PAGEFIND_WRAPPER, **env))


def pagefind_wrapper(tmp):
    """A script that notes each run in tmp/pagefind-runs, then runs the real Pagefind."""
    import glob
    real = sorted(glob.glob(os.path.join(PROJECT, "node_modules/@pagefind/*/bin/pagefind*")))
    real = [r for r in real if not r.endswith(".sha256")]
    if not real:
        sys.exit("no Pagefind under node_modules/@pagefind: run scripts/setup")
    counter, wrapper = os.path.join(tmp, "pagefind-runs"), os.path.join(tmp, "pagefind")
    with open(wrapper, "w") as f:
        f.write(f'#!/bin/sh\necho run >> "{counter}"\nexec "{real[0]}" "$@"\n')
    os.chmod(wrapper, 0o755)
    PAGEFIND_WRAPPER["ICBGEN_PAGEFIND"] = wrapper
    return counter


def ok(r, what):
    if r.returncode != 0:
        sys.exit(f"{what}: exit {r.returncode}\n{r.stderr[-3000:]}")


def case_cache(tmp):
    site = ot.scratch_site(tmp)
    count = os.path.join(tmp, "count")
    searches = pagefind_wrapper(tmp)
    build = ["build", "--root", site]
    ok(icbgen(count, *build), "first build")
    first = runs(count)
    check(first == 4, f"the first build made {first} PDFs, not 4 (two meetings, two packs each)")
    check(runs(searches) == 1, "the first build did not run Pagefind once")
    cache = os.path.join(site, ".icbgen-cache", "pdf")
    cached = sorted(f for f in os.listdir(cache) if f.endswith(".pdf"))
    check(len(cached) == 4, f"the cache holds {cached}")
    before = ot.snapshot(os.path.join(site, "site"))

    ok(icbgen(count, *build), "second build")
    check(runs(count) == 0, "a build with nothing changed ran WeasyPrint")
    check(runs(searches) == 0, "a build with nothing changed ran Pagefind")
    check(ot.snapshot(os.path.join(site, "site")) == before,
          "a build from the cache differs: " +
          ot.differences(before, ot.snapshot(os.path.join(site, "site"))))

    with open(os.path.join(site, PAPER), "a") as f:
        f.write("\nA sentence added to the paper.\n")
    ok(icbgen(count, *build), "build after changing a paper")
    made = open(count).read().split() if os.path.exists(count) else []
    check(len(made) == 2, f"changing one paper made {len(made)} PDFs ({made}), not its meeting's 2")
    runs(count)
    check(runs(searches) == 1, "changing a paper did not make the search index again")

    # A damaged entry (cut short, as by a full disk) is not served: the PDF is made again.
    # The newest entry, made by the last build, is one the next build needs; an older one may
    # be the changed paper's earlier packs, which no build asks for again.
    pdfs = sorted((f for f in os.listdir(cache) if f.endswith(".pdf")),
                  key=lambda f: (os.stat(os.path.join(cache, f)).st_mtime_ns, f))
    path = os.path.join(cache, pdfs[-1])
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[:10])
    ok(icbgen(count, *build), "build with a damaged cache entry")
    check(runs(count) == 1, "a damaged cache entry was not made again (exactly once)")
    with open(os.path.join(site, "site", "meetings", MEETING, "pack.pdf"), "rb") as f:
        check(f.read().rstrip().endswith(b"%%EOF"), "the public pack PDF is not whole")

    ok(icbgen(count, *build, "--no-cache"), "build --no-cache")
    check(runs(count) == 4, "--no-cache did not make every PDF")
    check(runs(searches) == 1, "--no-cache did not make the search index")
    nocache = ot.snapshot(os.path.join(site, "site"))
    ok(icbgen(count, *build), "build from the cache after --no-cache")
    runs(count)
    check(runs(searches) == 0, "the search index was not taken from the cache")
    check(ot.snapshot(os.path.join(site, "site")) == nocache,
          "a build from the cache differs from one without it: " +
          ot.differences(nocache, ot.snapshot(os.path.join(site, "site"))))
    other = os.path.join(tmp, "elsewhere")
    ok(icbgen(count, *build, "--cache", other), "build --cache DIR")
    check(runs(count) == 4, "a new --cache folder did not start empty")
    check(len([f for f in os.listdir(other) if f.endswith(".pdf")]) == 4,
          "--cache DIR does not hold the PDFs")
    ok(icbgen(count, *build, "--cache", other), "second build --cache DIR")
    check(runs(count) == 0, "the --cache folder was not used")
    runs(searches)
    check(os.listdir(os.path.join(other, "search")), "--cache DIR does not hold the search index")


def case_pack(tmp):
    site = ot.scratch_site(tmp)
    count = os.path.join(tmp, "count")
    out, priv = os.path.join(site, "site"), os.path.join(site, "private")

    r = icbgen(count, "pack", MEETING, "--root", site)
    check(r.returncode == 2 and "error[pack-no-output]" in r.stderr,
          f"pack without an earlier build: exit {r.returncode}\n{r.stderr}")
    check(not os.path.exists(out) and not os.path.exists(priv), "pack without a build wrote")

    ok(icbgen(count, "build", "--root", site), "build")
    runs(count)
    site_before, private_before = ot.snapshot(out), ot.snapshot(priv)
    with open(os.path.join(site, PAPER), "a") as f:
        f.write("\nA sentence added to the paper.\n")
    with open(os.path.join(site, "content/strategy/_index.md"), "a") as f:
        f.write("\nA sentence that only a build publishes.\n")
    ok(icbgen(count, "pack", MEETING, "--root", site), "pack")
    check(runs(count) == 2, "pack did not make exactly its meeting's two PDFs")
    site_after, private_after = ot.snapshot(out), ot.snapshot(priv)
    changed = {k for k in site_before.keys() | site_after.keys()
               if site_before.get(k) != site_after.get(k)}
    check(changed == {f"meetings/{MEETING}/pack.html"},
          f"pack changed other files of the website, or not its pack: {sorted(changed)}")
    # The stand-in's PDF bytes are always the same; its HTML beside it changed.
    with open(os.path.join(out, "strategy", "index.html"), encoding="utf-8") as f:
        check("only a build publishes" not in f.read(), "pack rewrote the website")
    with open(os.path.join(out, "meetings", MEETING, "pack.html"), encoding="utf-8") as f:
        check("A sentence added to the paper." in f.read(), "the public pack was not updated")
    changed = {k for k in private_before.keys() | private_after.keys()
               if private_before.get(k) != private_after.get(k)}
    check(changed == {f"{MEETING}/pack.html"}, f"pack changed in private/: {sorted(changed)}")

    # Killed once every new file is staged and none is in place: nothing changed.
    with open(os.path.join(site, PAPER), "a") as f:
        f.write("\nA sentence the killed pack never publishes.\n")
    before = (ot.snapshot(out), ot.snapshot(priv))
    p = subprocess.Popen([ICBGEN, "pack", MEETING, "--root", site], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True,
                         env=ot.environment(ICBGEN_PAUSE_AT="pack-staged"))
    ot.wait_for(lambda: ot.proc_stat(p.pid) and ot.proc_stat(p.pid)[0] == "T", p,
                "pack stopped after staging")
    staged = [os.path.join(d, f) for d, _, fs in os.walk(out) for f in fs if ".new-" in f]
    check(staged, "pack staged no files beside its targets")
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    after = (ot.snapshot(out), ot.snapshot(priv))
    real = lambda snap: {k: v for k, v in snap.items() if ".new-" not in k}  # noqa: E731
    check(real(after[0]) == real(before[0]) and real(after[1]) == real(before[1]),
          "a pack killed before its renames changed the outputs")
    ok(icbgen(count, "pack", MEETING, "--root", site), "pack after a killed pack")
    left = [os.path.join(d, f) for top in (out, priv) for d, _, fs in os.walk(top) for f in fs
            if ".new-" in f]
    check(not left, f"staged files of the killed pack are left: {left}")
    with open(os.path.join(out, "meetings", MEETING, "pack.html"), encoding="utf-8") as f:
        check("the killed pack never publishes" in f.read(), "the second pack did not publish")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        {"cache": case_cache, "pack": case_pack}[CASE](tmp)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

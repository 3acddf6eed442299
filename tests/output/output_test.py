#!/usr/bin/env python3
"""End-to-end tests of where icbgen writes: dangerous --out and --private-out folders are
refused, folders icbgen did not write are kept unless --force, and a build that fails or is
killed at any moment leaves the previous outputs whole. Each case works on a scratch copy of
tests/fixtures/valid in a temporary folder; WeasyPrint is replaced by a stand-in
(weasyprint_stand_in.py), since these tests are about files, not PDFs.

Usage: output_test.py <case> <icbgen> <project root>
"""
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

CASE, ICBGEN, PROJECT = sys.argv[1], sys.argv[2], sys.argv[3]
HERE = os.path.dirname(os.path.abspath(__file__))
STAND_IN = os.path.join(HERE, "weasyprint_stand_in.py")
# icbgen runs its PDF driver under the interpreter on the stand-in's #! line; the driver imports
# `weasyprint`, which this folder stands in for.
STAND_IN_MODULE = os.path.join(HERE, "stand_in")
MARKER = ".icbgen-output"
WHY = ("; icbgen replaces its output folders whole, so building there would delete the site's "
       "own files")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def environment(**extra):
    env = dict(os.environ, ICBGEN_WEASYPRINT=STAND_IN, NO_COLOR="1", PYTHONPATH=STAND_IN_MODULE)
    env.pop("ICBGEN_PAUSE_AT", None)
    env.pop("ICBGEN_STAND_IN", None)
    env.pop("ICBGEN_STAND_IN_COUNT", None)
    env.update(extra)
    return env


def icbgen(*args, env=None, preexec_fn=None):
    return subprocess.run([ICBGEN, *args], capture_output=True, text=True,
                          env=env or environment(), preexec_fn=preexec_fn)


def scratch_site(tmp):
    site = os.path.join(tmp, "S")
    shutil.copytree(os.path.join(PROJECT, "tests/fixtures/valid"), site)
    return site


def build_ok(site, *extra, env=None):
    r = icbgen("build", "--root", site, *extra, env=env)
    if r.returncode != 0:
        sys.exit(f"the build failed ({r.returncode}):\n{r.stderr[-3000:]}")
    return r


def snapshot(top):
    """Every file, link and folder under `top`, with the bytes of each file."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, top)
            if os.path.islink(path):
                found[rel] = "link " + os.readlink(path)
            elif os.path.isdir(path):
                found[rel] = "folder"
            else:
                with open(path, "rb") as f:
                    found[rel] = hashlib.sha256(f.read()).hexdigest()
    return found


def differences(before, after):
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    return ", ".join(changed[:8]) + (" ..." if len(changed) > 8 else "")


def change_content(site, words):
    """A visible change to the strategy page, so that a new build differs from the last."""
    with open(os.path.join(site, "content/strategy/_index.md"), "a") as f:
        f.write(f"\n{words}\n")


def break_content(site):
    with open(os.path.join(site, "content/strategy/_index.md"), "a") as f:
        f.write("\nSee [a missing metric](@/metrics/no-such-metric.md).\n")


def wait_for(condition, process, what):
    """Polls until `condition()` holds; fails if `process` ends first. The deadline only keeps a
    broken build from hanging the test: nothing here depends on how long a step takes."""
    deadline = time.monotonic() + 600
    while not condition():
        if process.poll() is not None:
            sys.exit(f"icbgen ended (exit {process.returncode}) before {what}:\n"
                     f"{process.stderr.read()[-3000:]}")
        if time.monotonic() > deadline:
            process.kill()
            sys.exit(f"gave up waiting for {what}")
        time.sleep(0.01)


def proc_stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            text = f.read()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()  # state, ppid, ...


def children_of(pid):
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = proc_stat(entry)
            if stat and stat[1] == str(pid):
                kids.append(int(entry))
    return kids


def pdf_children(pid):
    """icbgen's WeasyPrint processes (here the stand-in)."""
    found = []
    for child in children_of(pid):
        try:
            with open(f"/proc/{child}/cmdline", "rb") as f:
                if b"weasyprint" in f.read():
                    found.append(child)
        except OSError:
            pass
    return found


def kill_and_reap(process):
    process.kill()
    process.wait()
    process.stderr.close()


def leftovers(parent):
    return sorted(n for n in os.listdir(parent) if ".new-" in n or ".old-" in n or "journal" in n)


# ---------------------------------------------------------------------------------------------


def case_dangerous_options(tmp):
    site = scratch_site(tmp)
    build_ok(site)  # site/ and private/ inside the site folder: the defaults are fine
    os.symlink(site, os.path.join(tmp, "link-to-S"))
    os.makedirs(os.path.join(tmp, "elsewhere"))
    pub, priv = os.path.join(tmp, "www"), os.path.join(tmp, "papers")
    build_ok(site, "--out", pub, "--private-out", priv)
    # Your own files, beside and inside the site.
    with open(os.path.join(site, "content", "notes.docx"), "w") as f:
        f.write("an editor's work")
    with open(os.path.join(tmp, "elsewhere", "keep.txt"), "w") as f:
        f.write("keep me")
    same = "; the private packs would be published with the website"
    tries = [
        (["--out", site], f"--out {site} is the site folder itself{WHY}"),
        (["--out", site + "/"], f"--out {site} is the site folder itself{WHY}"),
        (["--out", os.path.join(tmp, "link-to-S")], f"--out {site} is the site folder itself{WHY}"),
        (["--out", os.path.join(site, "site", "..")], f"--out {site} is the site folder itself{WHY}"),
        (["--out", tmp], f"--out {tmp} contains the site folder {site}{WHY}"),
        (["--out", "/"], f"--out / contains the site folder {site}{WHY}"),
        (["--out", os.path.join(site, "content")], f"--out {site}/content is the site's content/ folder{WHY}"),
        (["--out", os.path.join(site, "site/../data/www")],
         f"--out {site}/data/www lies inside the site's data/ folder{WHY}"),
        (["--out", os.path.join(site, "templates")], f"--out {site}/templates is the site's templates/ folder{WHY}"),
        (["--private-out", site], f"--private-out {site} is the site folder itself{WHY}"),
        (["--private-out", os.path.join(site, "content/meetings")],
         f"--private-out {site}/content/meetings lies inside the site's content/ folder{WHY}"),
        (["--out", pub, "--private-out", os.path.join(pub, "private")],
         f"--private-out {pub}/private lies inside the website's folder {pub}{same}"),
        (["--out", os.path.join(site, "site"), "--private-out", os.path.join(site, "site/private")],
         f"--private-out {site}/site/private lies inside the website's folder {site}/site{same}"),
        (["--out", os.path.join(priv, "site"), "--private-out", priv],
         f"--out {priv}/site lies inside the private folder {priv}; each build would delete the other output"),
        (["--out", pub, "--private-out", pub + "/"], f"--out and --private-out are the same folder, {pub}{same}"),
        (["--out", os.path.join(tmp, "elsewhere")],
         f"--out {tmp}/elsewhere already holds files that icbgen did not write (it has no {MARKER} file); "
         "building there would delete them"),
    ]
    before = snapshot(tmp)
    for command in ("build", "pack"):
        for options, message in tries:
            args = [command, "--root", site, *options] + (["2024-01-10-board"] if command == "pack" else [])
            r = icbgen(*args, env=environment(ICBGEN_WEASYPRINT="/no/weasyprint/is/needed/here"))
            label = f"icbgen {' '.join(args[:1] + options)}"
            check(r.returncode == 2, f"{label}: exit {r.returncode}, expected 2\n{r.stderr}")
            code = "output-not-ours" if "already holds" in message else "output-unsafe"
            check(f"icbgen: error[{code}]: {message}\n" in r.stderr,
                  f"{label}: no '{message}' in:\n{r.stderr}")
            check("  = hint: " in r.stderr, f"{label}: no hint in:\n{r.stderr}")
            check(r.stderr.endswith(f"{command}: failed with 1 error, 0 warnings; nothing was written\n"),
                  f"{label}: the last line is not the summary:\n{r.stderr}")
            after = snapshot(tmp)
            check(after == before, f"{label} changed {differences(before, after)}")


def case_unmarked_folder(tmp):
    site = scratch_site(tmp)
    out, priv = os.path.join(tmp, "out"), os.path.join(tmp, "private")
    os.makedirs(out)
    with open(os.path.join(out, "report.docx"), "w") as f:
        f.write("someone's report")
    before = snapshot(tmp)
    r = icbgen("build", "--root", site, "--out", out, "--private-out", priv)
    check(r.returncode == 2, f"exit {r.returncode} without --force, expected 2")
    check(f"icbgen: error[output-not-ours]: --out {out} already holds files that icbgen did not write "
          f"(it has no {MARKER} file); building there would delete them\n"
          "  = hint: choose a new or empty folder for --out, or pass --force to replace this folder "
          "and everything in it\n" in r.stderr, f"the refusal is not explained:\n{r.stderr}")
    check(snapshot(tmp) == before, "a refused build changed files")

    r = icbgen("build", "--root", site, "--out", out, "--private-out", priv, "--force")
    check(r.returncode == 0, f"exit {r.returncode} with --force:\n{r.stderr}")
    check(not os.path.exists(os.path.join(out, "report.docx")), "--force kept the unknown file")
    for folder in (out, priv):
        check(os.path.isfile(os.path.join(folder, MARKER)), f"{folder} has no {MARKER}")
        check(os.path.isfile(os.path.join(folder, "2024-01-10-board/pack.pdf")) or folder == out,
              f"{folder} has no private pack")
    check(os.path.isfile(os.path.join(out, "index.html")), "the website was not written")
    with open(os.path.join(out, MARKER)) as f:
        check(f.read() == "This folder was written by icbgen. Each build replaces it whole,\n"
              "so keep nothing of your own in it: edit content/ and data/ instead.\n", "the marker text")

    # icbgen's own output is replaced without --force, whole: a file added to it goes.
    with open(os.path.join(out, "stray.txt"), "w") as f:
        f.write("added by hand")
    build_ok(site, "--out", out, "--private-out", priv)
    check(not os.path.exists(os.path.join(out, "stray.txt")), "a build kept a file it did not write")
    # An existing empty folder is used as it is.
    empty = os.path.join(tmp, "empty")
    os.makedirs(empty)
    build_ok(site, "--out", empty, "--private-out", os.path.join(tmp, "private2"))
    check(os.path.isfile(os.path.join(empty, "index.html")), "an empty folder was not used")
    check(leftovers(tmp) == [], f"leftovers: {leftovers(tmp)}")


def case_pack_replaces_only_packs(tmp):
    site = scratch_site(tmp)
    out, priv = os.path.join(tmp, "site"), os.path.join(tmp, "private")
    build_ok(site, "--out", out, "--private-out", priv)
    with open(os.path.join(out, "stray.txt"), "w") as f:
        f.write("added by hand")
    with open(os.path.join(priv, "stray.txt"), "w") as f:
        f.write("added by hand")
    built = snapshot(tmp)
    # `pack` replaces only its meeting's pack files (here with the same bytes), so the rest of
    # each output, even a file icbgen did not write, is left as it is (pdf_cache_test.py pack).
    r = icbgen("pack", "2024-01-10-board", "--root", site, "--out", out, "--private-out", priv)
    check(r.returncode == 0, f"pack: exit {r.returncode}\n{r.stderr}")
    check(snapshot(tmp) == built, f"pack changed the outputs: {differences(built, snapshot(tmp))}")
    r = icbgen("pack", "2099-01-01-board", "--root", site, "--out", out, "--private-out", priv)
    check(r.returncode == 2 and "error[unknown-reference]: no meeting '2099-01-01-board'" in r.stderr,
          f"an unknown meeting: exit {r.returncode}\n{r.stderr}")
    check(snapshot(tmp) == built, "a failed pack changed the outputs")


def outputs_snapshot(tmp):
    return snapshot(os.path.join(tmp, "site")), snapshot(os.path.join(tmp, "private"))


def start_build(site, tmp, *extra, **env):
    return subprocess.Popen([ICBGEN, "build", "--root", site, "--out", os.path.join(tmp, "site"),
                             "--private-out", os.path.join(tmp, "private"), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=environment(**env))


def case_kill_during_pdf(tmp):
    site = scratch_site(tmp)
    build_ok(site, "--out", os.path.join(tmp, "site"), "--private-out", os.path.join(tmp, "private"))
    before = outputs_snapshot(tmp)
    change_content(site, "A sentence the killed build never publishes.")
    # The stand-in WeasyPrint waits until killed, so the build is certainly in its PDF stage
    # when it is killed. Its temporary folder goes in the scratch folder, not in /tmp.
    temp = os.path.join(tmp, "temp")
    os.makedirs(temp)
    # --no-cache: the change is not in a pack, so the cached PDFs would be used.
    build = start_build(site, tmp, "--no-cache", ICBGEN_STAND_IN="block", TMPDIR=temp)
    wait_for(lambda: pdf_children(build.pid), build, "WeasyPrint started")
    children = pdf_children(build.pid)
    kill_and_reap(build)
    for child in children:
        os.kill(child, signal.SIGKILL)
    check(outputs_snapshot(tmp) == before, "killing the build in its PDF stage changed the outputs")
    # The website's pages were staged as they were rendered (output/staging_folder.h), before
    # the packs: the killed build leaves its staging folder, and nothing else; the next run
    # deletes it before it publishes anything.
    check(leftovers(tmp) in ([], [f".site.new-{build.pid}"]),
          f"the killed build left {leftovers(tmp)} beside the outputs")
    build_ok(site, "--out", os.path.join(tmp, "site"), "--private-out", os.path.join(tmp, "private"))
    check(leftovers(tmp) == [], f"the next build left {leftovers(tmp)} beside the outputs")
    with open(os.path.join(tmp, "site/strategy/index.html")) as f:
        check("A sentence the killed build never publishes." in f.read(), "the next build did not publish")


STEPS = ["staged", "journaled", "swapped-1", "swapped-2", "committed"]


def case_kill_while_writing(tmp):
    site = scratch_site(tmp)
    out = ["--out", os.path.join(tmp, "site"), "--private-out", os.path.join(tmp, "private")]
    for n, step in enumerate(STEPS):
        build_ok(site, *out)
        old = outputs_snapshot(tmp)
        change_content(site, f"New words number {n}.")
        build = start_build(site, tmp, ICBGEN_PAUSE_AT=step)
        wait_for(lambda: (proc_stat(build.pid) or ["?"])[0] == "T", build, f"the build paused at '{step}'")
        kill_and_reap(build)
        if step in ("staged", "journaled"):
            check(outputs_snapshot(tmp) == old, f"killed at '{step}', the outputs changed before the swap")
        # The next run, even one that fails on the content, puts things right first.
        shutil.copy(os.path.join(site, "content/strategy/_index.md"), os.path.join(tmp, "good.md"))
        break_content(site)
        r = icbgen("build", "--root", site, *out)
        check(r.returncode == 1, f"after a kill at '{step}': the broken build exited {r.returncode}:\n{r.stderr}")
        shutil.copy(os.path.join(tmp, "good.md"), os.path.join(site, "content/strategy/_index.md"))
        os.remove(os.path.join(tmp, "good.md"))
        now = outputs_snapshot(tmp)
        if step == "committed":
            check(now != old, "killed after the commit, the new outputs were undone")
            with open(os.path.join(tmp, "site/strategy/index.html")) as f:
                check(f"New words number {n}." in f.read(), "the committed outputs are not the new ones")
        else:
            check(now == old, f"killed at '{step}', the previous outputs were not put back: "
                  f"{differences(old[0], now[0])} {differences(old[1], now[1])}")
        check(leftovers(tmp) == [], f"killed at '{step}': {leftovers(tmp)} left beside the outputs")


def case_private_write_fails(tmp):
    site = scratch_site(tmp)
    out = ["--out", os.path.join(tmp, "site"), "--private-out", os.path.join(tmp, "private")]
    build_ok(site, *out)
    old = outputs_snapshot(tmp)
    change_content(site, "Words that must not be published alone.")

    # The private folder cannot be staged (its parent is a file).
    with open(os.path.join(tmp, "a-file"), "w") as f:
        f.write("not a folder")
    r = icbgen("build", "--root", site, "--out", os.path.join(tmp, "site"),
               "--private-out", os.path.join(tmp, "a-file/private"))
    check(r.returncode == 2, f"staging under a file: exit {r.returncode}, expected 2\n{r.stderr}")
    check("; the previous outputs are unchanged\n" in r.stderr, f"no 'unchanged' in:\n{r.stderr}")
    check(r.stderr.endswith("build: could not write the output\n"), f"the last line:\n{r.stderr}")
    check(outputs_snapshot(tmp) == old, "a failure staging the private output changed the outputs")

    # Both are staged, the public one is swapped in, then the private swap fails (its staging
    # folder is removed while the build is paused just before the swaps).
    build = start_build(site, tmp, ICBGEN_PAUSE_AT="journaled")
    wait_for(lambda: (proc_stat(build.pid) or ["?"])[0] == "T", build, "the build paused")
    shutil.rmtree(os.path.join(tmp, f".private.new-{build.pid}"))
    os.kill(build.pid, signal.SIGCONT)
    build.wait()
    err = build.stderr.read()
    build.stderr.close()
    check(build.returncode == 2, f"a failed private swap: exit {build.returncode}, expected 2\n{err}")
    check(f"{tmp}/private: error[io]: could not swap the new output into place: No such file or "
          "directory; the previous outputs are unchanged\n" in err, f"the failure is not explained:\n{err}")
    check(outputs_snapshot(tmp) == old, "a failed private swap left a new public site")
    check(leftovers(tmp) == [], f"{leftovers(tmp)} left beside the outputs")


def case_full_disk(tmp):
    site = scratch_site(tmp)
    out = ["--out", os.path.join(tmp, "site"), "--private-out", os.path.join(tmp, "private")]
    build_ok(site, *out)
    # A file size limit makes writing the largest output file fail as a full disk would.
    sizes = []
    for dirpath, _, names in os.walk(os.path.join(tmp, "site")):
        sizes += [(os.path.getsize(os.path.join(dirpath, n)), os.path.join(dirpath, n))
                  for n in names]
    largest, name = max(sizes)
    limit = largest - 1
    # A file the build would make again unchanged is linked from the previous output, not
    # written (output/staged_tree.h); this one differs there, so it is written.
    with open(name, "r+b") as f:
        f.write(b"/* changed by hand */")
    old = outputs_snapshot(tmp)

    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    change_content(site, "Words written to a full disk.")
    r = icbgen("build", "--root", site, *out, preexec_fn=limited)
    check(r.returncode == 2, f"a write beyond the limit ({name}, {largest} bytes): exit {r.returncode}\n{r.stderr}")
    check("error[io]: could not write " in r.stderr and "; the previous outputs are unchanged" in r.stderr,
          f"the write failure is not explained:\n{r.stderr}")
    check(outputs_snapshot(tmp) == old, "a failed write changed the outputs")
    check(leftovers(tmp) == [], f"{leftovers(tmp)} left beside the outputs")


def main():
    cases = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}
    if CASE not in cases:
        sys.exit(f"unknown case '{CASE}'; cases: {', '.join(sorted(cases))}")
    with tempfile.TemporaryDirectory(prefix="icbgen-output-") as tmp:
        cases[CASE](os.path.realpath(tmp))
    if failures:
        print("\n".join(f"FAIL: {f}" for f in failures))
        sys.exit(1)
    print(f"{CASE}: ok")


if __name__ == "__main__":  # pdf_cache_test.py imports the helpers above
    main()

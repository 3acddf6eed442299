#!/usr/bin/env python3
"""Edit-to-reload time of `icbgen serve` on a scratch copy of the shipped site.

Starts `icbgen serve --port 0` on a copy of content/ and data/, holds an open page's event
stream, then edits a metric's Markdown (its title) and its CSV (a value) in turn, several times.
For each edit it prints the time from the write to the "reload" event, and to the first GET of
the page that shows the change; then the medians, and the rebuild times serve logged.

usage: bench/serve_reload.py [--icbgen build/icbgen] [--edits 10] [--poll]
"""
import argparse
import http.client
import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
METRIC = "adult-depression-prevalence"
PAGE = f"/metrics/{METRIC}/"


def wait_until_finished(log_path, builds):
    """Until serve has logged `builds` complete builds (workbooks and link check done)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with open(log_path) as f:
            if f.read().count("workbooks and link check") >= builds:
                return
        time.sleep(0.02)
    raise SystemExit("serve did not finish a build within 60 s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--icbgen", default=os.path.join(SOURCE, "build/icbgen"))
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--poll", action="store_true", help="serve --poll")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "site")
        os.mkdir(root)
        for folder in ("content", "data"):
            shutil.copytree(os.path.join(SOURCE, folder), os.path.join(root, folder))
        log_path = os.path.join(tmp, "serve.log")
        log = open(log_path, "w")
        cmd = [args.icbgen, "serve", "--root", root, "--port", "0"] + (["--poll"] if args.poll else [])
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True)
        try:
            port = int(proc.stdout.readline().strip().rsplit(":", 1)[1].rstrip("/"))
            events = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            events.request("GET", "/_icbgen/events")
            stream = events.getresponse()

            def next_event():
                name = None
                while True:
                    line = stream.fp.readline().decode().rstrip("\n")
                    if line.startswith("event: "):
                        name = line[7:]
                    if line == "" and name:
                        return name

            assert next_event() == "hello"
            md = os.path.join(root, "content/metrics", METRIC + ".md")
            csv = os.path.join(root, "data/metrics", METRIC + ".csv")
            results = {"markdown": [], "csv": []}
            for i in range(args.edits * 2):
                kind = "markdown" if i % 2 == 0 else "csv"
                path = md if kind == "markdown" else csv
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                if kind == "markdown":
                    new = f"Prevalence of depression in adults, edit {i}"
                    text = re.sub(r"^title: .*$", "title: " + new, text, count=1, flags=re.M)
                    expect = new
                else:
                    value = f"10.{i % 10}{(i // 10) % 10}"
                    text = re.sub(r"^2023,SEL,[0-9.]+,", f"2023,SEL,{value},", text, count=1,
                                  flags=re.M)
                    expect = value.rstrip("0").rstrip(".")
                wait_until_finished(log_path, i + 1)  # the previous build, workbooks and all
                time.sleep(0.1)
                start = time.monotonic()
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                while next_event() != "reload":
                    pass
                reload_ms = (time.monotonic() - start) * 1000
                while True:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    conn.request("GET", PAGE)
                    body = conn.getresponse().read().decode()
                    conn.close()
                    if expect in body:
                        break
                served_ms = (time.monotonic() - start) * 1000
                results[kind].append((reload_ms, served_ms))
                print(f"{kind:8} edit {i // 2 + 1:2}: reload event {reload_ms:6.1f} ms, "
                      f"changed page served {served_ms:6.1f} ms")
            events.close()
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
            log.close()
        with open(log_path) as f:
            log_text = f.read()
        rebuilds = [(float(a), float(b)) for a, b in
                    re.findall(r"rebuilt: .*; ([0-9]+) ms \(cpu ([0-9]+) ms\)", log_text)]
        finishes = [(float(a), float(b)) for a, b in
                    re.findall(r"workbooks and link check: .*; ([0-9]+) ms \(cpu ([0-9]+) ms\)",
                               log_text)]
        print()
        for kind, rows in results.items():
            print(f"{kind}: median edit to reload event {statistics.median(r[0] for r in rows):.1f} ms, "
                  f"to changed page served {statistics.median(r[1] for r in rows):.1f} ms "
                  f"({len(rows)} edits)")
        for what, rows in (("rebuild before the reload (load, check, render pages and packs; "
                            "no PDFs)", rebuilds),
                           ("then, after the reload: workbooks and link check", finishes)):
            if rows:
                print(f"{what}: median {statistics.median(r[0] for r in rows):.0f} ms on the "
                      f"clock, {statistics.median(r[1] for r in rows):.0f} ms of CPU "
                      f"({len(rows)} runs, as serve logged them)")
        phases = re.findall(r"rebuilt: .*load and check: cpu ([0-9]+) ms .*pages, downloads and "
                            r"packs: cpu ([0-9]+) ms", log_text)
        if phases:
            print(f"of which: load and check {statistics.median(float(a) for a, _ in phases):.0f} ms "
                  f"of CPU, pages, downloads and packs {statistics.median(float(b) for _, b in phases):.0f} ms "
                  f"of CPU (medians)")
        rebuilt_lines = re.findall(r"rebuilt: (.*)", log_text)
        if rebuilt_lines:
            print(f"last rebuild as serve logged it: {rebuilt_lines[-1]}")
        print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(f"machine: {os.cpu_count()} cores; watcher: {'polling' if args.poll else 'inotify'}")


if __name__ == "__main__":
    main()

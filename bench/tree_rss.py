#!/usr/bin/env python3
"""Runs a command and writes, to OUT, the peak of the resident memory of the command and all its
descendants together (in kB), sampled every 20 ms from /proc. /usr/bin/time -v gives the peak
of the largest single process only, which hides helpers running side by side (two Pagefind
runs at once). Not a test: a benchmark helper for bench/scale.sh.

Usage: tree_rss.py OUT COMMAND...   (exits with the command's status)
"""
import os
import subprocess
import sys
import time


def children():
    """pid -> list of child pids, for every process."""
    kids = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        kids.setdefault(ppid, []).append(int(name))
    return kids


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, IndexError, ValueError):
        return 0


def main():
    out, cmd = sys.argv[1], sys.argv[2:]
    proc = subprocess.Popen(cmd)
    peak = 0
    while proc.poll() is None:
        kids, total, todo = children(), 0, [proc.pid]
        while todo:
            pid = todo.pop()
            total += rss_kb(pid)
            todo.extend(kids.get(pid, []))
        peak = max(peak, total)
        time.sleep(0.02)
    with open(out, "w") as f:
        f.write(f"{peak}\n")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())

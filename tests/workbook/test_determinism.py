#!/usr/bin/env python3
"""The same input gives byte-identical workbooks (.xlsx and .ods) and zip, feed and calendar
downloads: builds the shipped site twice into two temporary folders (a second apart, so a
clock-stamped date would differ) and compares the bytes of our own two outputs.

usage: test_determinism.py ICBGEN_BINARY SITE_ROOT"""
import filecmp
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from workbook_lib import Failures, build_site, workbooks  # noqa: E402


def main():
    binary, root = sys.argv[1], os.path.abspath(sys.argv[2])
    f = Failures()
    with tempfile.TemporaryDirectory(prefix="icbgen-determinism-") as tmp:
        first = build_site(binary, root, os.path.join(tmp, "a"))
        time.sleep(1.1)
        second = build_site(binary, root, os.path.join(tmp, "b"))
        a, b = workbooks(first), workbooks(second)
        f.check([os.path.basename(p) for p in a] == [os.path.basename(p) for p in b], "different workbooks written")
        f.check(len(a) >= 3, f"only {len(a)} workbooks written")
        others = [p[:-5] + ".ods" for p in a] + [
            os.path.join(first, p) for p in ("downloads/all-data.zip", "feed.xml", "meetings.ics")]
        for p in others:
            f.check(os.path.exists(p), f"{os.path.relpath(p, first)} was not written")
        a += [p for p in others if os.path.exists(p)]
        b += [os.path.join(second, os.path.relpath(p, first)) for p in others if os.path.exists(p)]
        for pa, pb in zip(a, b):
            f.check(os.path.exists(pb) and filecmp.cmp(pa, pb, shallow=False),
                    f"{os.path.basename(pa)} differs between two builds")
    f.finish(f"{len(a)} workbooks and downloads byte-identical across two builds")


if __name__ == "__main__":
    main()

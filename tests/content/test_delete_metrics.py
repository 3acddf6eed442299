#!/usr/bin/env python3
"""For every ambition in the shipped strategy: deleting its `metrics:` list must make
`icbgen check` exit 1 with `file:line:col: error[ambition-no-metric]` naming that ambition.

Usage: test_delete_metrics.py <icbgen> <repo-root>
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile


def without_metrics(lines, start, indent):
    """The lines with the `metrics:` key of the ambition starting at `start` removed, along
    with its block list (lines indented deeper than the key, or list items at its indent)."""
    out = lines[:start + 1]
    j = start + 1
    key = " " * indent + "metrics:"
    while j < len(lines):
        line = lines[j]
        if re.match(r"^\s*- id:", line) or (line.strip() and len(line) - len(line.lstrip()) < indent):
            break  # the next ambition, or the end of this one
        if line.startswith(key):
            j += 1
            while j < len(lines) and (lines[j].startswith(" " * (indent + 1)) or
                                      lines[j].startswith(" " * indent + "- ")):
                j += 1
            continue
        out.append(line)
        j += 1
    return out + lines[j:]


def main():
    icbgen, root = sys.argv[1], sys.argv[2]
    failures = 0
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "site")
        shutil.copytree(os.path.join(root, "content"), os.path.join(site, "content"))
        shutil.copytree(os.path.join(root, "data"), os.path.join(site, "data"))
        for path in sorted(glob.glob(os.path.join(site, "content/strategy/priorities/*.md"))):
            original = open(path, encoding="utf-8").read()
            lines = original.split("\n")
            for i, line in enumerate(lines):
                m = re.match(r"^(\s*)- id: (\S+)\s*$", line)
                if not m:
                    continue
                ambition = m.group(2)
                out = without_metrics(lines, i, len(m.group(1)) + 2)
                open(path, "w", encoding="utf-8").write("\n".join(out))
                proc = subprocess.run([icbgen, "check", "--root", site], capture_output=True,
                                      text=True, env={**os.environ, "NO_COLOR": "1"})
                open(path, "w", encoding="utf-8").write(original)
                rel = os.path.relpath(path, site)
                pattern = re.compile(re.escape(rel) + r":\d+:\d+: error\[ambition-no-metric\]: ambition '" +
                                     re.escape(ambition) + "'")
                checked += 1
                if proc.returncode != 1 or not pattern.search(proc.stderr):
                    failures += 1
                    print(f"FAIL {ambition}: exit {proc.returncode}\n{proc.stderr[:2000]}")
    print(f"{checked} ambitions checked, {failures} failures")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

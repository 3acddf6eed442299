"""Stand-ins for Pagefind in the cli tests: a shell script that does something first (records
its run, waits, fails) and then runs the real binary from the project's node_modules."""
import glob
import os
import stat


def real_pagefind(project):
    """The Pagefind binary in node_modules, or None when scripts/setup has not installed it."""
    found = sorted(p for p in glob.glob(os.path.join(project, "node_modules/@pagefind/*/bin/pagefind*"))
                   if os.access(p, os.X_OK))
    return found[0] if found else None


def write_stand_in(path, script):
    """Writes the shell `script` to `path`, executable by its owner; returns the path."""
    with open(path, "w") as f:
        f.write(script)
    os.chmod(path, stat.S_IRWXU)
    return path

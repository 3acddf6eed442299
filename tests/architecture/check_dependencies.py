#!/usr/bin/env python3
"""The dependency rule, enforced: no stage includes a header of, or links to, a later stage.

Usage: python3 tests/architecture/check_dependencies.py [REPO_ROOT]

Reads the stages and what each builds on from generator/stages.txt, then checks
  - every `#include "stage/..."` in generator/**/*.{h,cpp}: the including file's stage must be
    allowed to use the included header's stage (unit tests, *_test.cpp and *_test_*.h, may
    include anything; so may fuzz/, which is not scanned);
  - every `target_link_libraries(icbgen_<stage> ...)` in generator/**/CMakeLists.txt: a library
    links only to the stages its stage may use;
  - that each library links (directly or through the libraries it links) to every stage whose
    headers its files include, so that the link graph CMake sees is the real one.
Each problem is printed as `file:line: message`. Exit code 0 when there is none, 1 otherwise.
"""
import os
import re
import sys

STAGES_FILE = "generator/stages.txt"

# Today's known violations, each with the change that removes it. The test fails on any other
# violation, and on any entry here that no longer occurs (delete the entry then). Empty it,
# don't grow it: a new violation is fixed, not listed.
KNOWN_VIOLATIONS = set()  # none: a violation is fixed, not listed

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
LINK = re.compile(r"target_link_libraries\s*\(\s*([A-Za-z0-9_]+)([^)]*)\)", re.S)
TEST_FILE = re.compile(r"(^|_)test(_|$)")
SOURCE_EXTENSIONS = (".h", ".hpp", ".cpp", ".cc")
# CMake targets that are not a stage's library: the unit-test binary may link anything.
NOT_STAGE_TARGETS = {"icbgen_tests"}


class Problem(Exception):
    pass


def read_stages(root):
    """Returns (ordered stage names, {stage: set of stages it may use, transitively})."""
    path = os.path.join(root, STAGES_FILE)
    order, uses = [], {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            stage, deps = words[0], words[1:]
            where = f"{STAGES_FILE}:{number}"
            if stage in uses:
                raise Problem(f"{where}: stage {stage} is listed twice")
            for d in deps:
                if d not in uses:
                    raise Problem(f"{where}: {stage} builds on {d}, which is not a stage listed "
                                  f"above it; list {d} on a line above {stage}")
            closure = set()
            for d in deps:
                closure.add(d)
                closure |= uses[d]
            order.append(stage)
            uses[stage] = closure
    if not order:
        raise Problem(f"{STAGES_FILE}: no stages listed")
    return order, uses


def library_name(stage):
    return "icbgen_" + stage.replace("/", "_")


def stage_of(relative, stages):
    """The stage a path under generator/ belongs to (longest listed folder prefix), or None."""
    best = None
    for s in stages:
        if relative == s or relative.startswith(s + "/"):
            if best is None or len(s) > len(best):
                best = s
    return best


def is_test_file(name):
    stem = os.path.splitext(os.path.basename(name))[0]
    return bool(TEST_FILE.search(stem))


def allowed_list(stage, uses, order):
    names = [s for s in order if s in uses[stage]]
    return ", ".join(names) if names else "no other stage"


def source_files(generator):
    for folder, dirs, files in os.walk(generator):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(SOURCE_EXTENSIONS):
                yield os.path.join(folder, name)


def check(root, known=KNOWN_VIOLATIONS):
    """Returns the list of problems, each a 'file:line: message' string."""
    try:
        order, uses = read_stages(root)
    except Problem as e:
        return [str(e)]
    generator = os.path.join(root, "generator")
    problems, seen_known = [], set()
    # Stages whose headers each stage's own (non-test) files include: {stage: {stage: where}}.
    needs = {s: {} for s in order}

    def violation(key, message):
        if key in known:
            seen_known.add(key)
        else:
            problems.append(message)

    for path in source_files(generator):
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        in_generator = os.path.relpath(os.path.dirname(path), generator).replace(os.sep, "/")
        stage = stage_of(in_generator, order)
        if stage is None:
            problems.append(f"{rel}:1: the folder generator/{in_generator} is not a stage: add it "
                            f"to {STAGES_FILE} (see the comment at its top), or move the file "
                            f"into a stage's folder")
            continue
        if is_test_file(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m or "/" not in m.group(1):
                    continue
                header = m.group(1)
                target = stage_of(os.path.dirname(header), order)
                if target is None:
                    if os.path.isdir(os.path.join(generator, header.split("/")[0])):
                        problems.append(f"{rel}:{number}: includes {header}, in a folder that "
                                        f"is not a stage: add it to {STAGES_FILE}")
                    continue
                if target == stage or target in uses[stage]:
                    needs[stage].setdefault(target, f"{rel}:{number}")
                    continue
                violation(("include", rel, header),
                          f"{rel}:{number}: {stage} includes {header}, a header of {target}, "
                          f"which {stage} may not use: it builds only on "
                          f"{allowed_list(stage, uses, order)} ({STAGES_FILE}). Move what it "
                          f"needs into a stage it builds on, or pass it in as a value")

    links, link_lines = read_links(root, generator, order, problems)
    for library, targets in links.items():
        stage = next(s for s in order if library_name(s) == library)
        for target_library in targets:
            target = next((s for s in order if library_name(s) == target_library), None)
            if target is None or target in uses[stage]:
                continue
            violation(("link", library, target_library),
                      f"{link_lines[library]}: {library} links to {target_library}, but {stage} "
                      f"may not use {target}: it builds only on {allowed_list(stage, uses, order)} "
                      f"({STAGES_FILE})")

    # Honest links: a library reaches every stage library whose headers its files include.
    for stage in order:
        library = library_name(stage)
        if library not in links:
            continue
        reached = reachable(library, links)
        for target, where in sorted(needs_through_headers(stage, needs, links, order).items()):
            if target == stage or library_name(target) not in links:
                continue
            if library_name(target) not in reached:
                problems.append(f"{where}: {stage} includes a header of {target}, but "
                                f"{library} does not link to {library_name(target)}: add it to "
                                f"target_link_libraries in {link_lines[library].split(':')[0]}")

    for key in sorted(set(known) - seen_known):
        problems.append(f"tests/architecture/check_dependencies.py:1: the known violation {key} no "
                        f"longer occurs: delete it from KNOWN_VIOLATIONS")
    return problems


def read_links(root, generator, order, problems):
    """{library: [linked icbgen_ libraries]} and {library: 'CMakeLists.txt:line'}."""
    libraries = {library_name(s) for s in order}
    links, where = {}, {}
    for folder, dirs, files in os.walk(generator):
        dirs.sort()
        if "CMakeLists.txt" not in files:
            continue
        path = os.path.join(folder, "CMakeLists.txt")
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for m in LINK.finditer(text):
            library = m.group(1)
            if library in NOT_STAGE_TARGETS or not library.startswith("icbgen_"):
                continue
            line = text.count("\n", 0, m.start()) + 1
            if library not in libraries:
                problems.append(f"{rel}:{line}: {library} is not the library of any stage in "
                                f"{STAGES_FILE}: name a stage's library icbgen_<stage> ('/' "
                                f"becomes '_'), or add the stage")
                continue
            targets = [t for t in m.group(2).split() if t.startswith("icbgen_")]
            links.setdefault(library, []).extend(targets)
            where.setdefault(library, f"{rel}:{line}")
    return links, where


def reachable(library, links):
    seen, todo = set(), [library]
    while todo:
        for t in links.get(todo.pop(), []):
            if t not in seen:
                seen.add(t)
                todo.append(t)
    return seen


def needs_through_headers(stage, needs, links, order):
    """Stages whose code `stage` needs: its direct includes, and what the headers of stages
    without a library of their own (such as render/) include in turn."""
    result, todo = {}, [stage]
    visited = set()
    while todo:
        s = todo.pop()
        if s in visited:
            continue
        visited.add(s)
        for target, where in needs[s].items():
            result.setdefault(target, needs[stage].get(target, where))
            if library_name(target) not in links and target != s:
                todo.append(target)
    return result


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    problems = check(root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} dependency problem(s); the rule is in {STAGES_FILE} and "
              f"docs/ARCHITECTURE.md")
        return 1
    print("every include and link follows generator/stages.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Every diagnostic code is registered in one place and documented for editors.

Usage: python3 tests/architecture/check_diagnostic_codes.py [REPO_ROOT]

Finds every code that generator/ (not its unit tests) reports: the first argument of
`diags.error("code", ...)`, `.warning(...)`, `.note(...)` and the code in
`Diagnostic{Severity::..., "code", ...}`, each with its severity. It fails, naming file:line
and what to add where, on
  - a code that is not registered in generator/core/diagnostic_codes.cpp, or is reported at
    another severity than the registered one;
  - a registered code that nothing reports;
  - a registered code without its row in docs/CONTENT_MODEL.md ("What `check` reports"), or a
    row whose code is not registered or whose severity disagrees;
  - a code that is not a string literal where it is reported (the check could not see it);
  - a code in a fixture's expected diagnostics (tests/fixtures/**/expected) that is not
    registered.
Exit code 0 when there is no problem, 1 otherwise.
"""
import os
import re
import sys

REGISTRY = "generator/core/diagnostic_codes.cpp"
DOCS = "docs/CONTENT_MODEL.md"
DOCS_SECTION = "## What `check` reports"
# Diagnostics::error/warning/note themselves, which pass on the code their callers give.
FORWARDERS = {"generator/core/diagnostic.cpp"}

SEVERITIES = ("error", "warning", "note")
CALL = re.compile(r"(?:\.|->)\s*(error|warning|note)\s*\(")
BRACE = re.compile(r"\{\s*Severity::(\w+)\s*,")
ASSIGN = re.compile(r"\.code\s*=(?!=)")
LITERAL = re.compile(r'\s*"([^"\\]*)"')
REGISTERED = re.compile(r'\{\s*"([^"]*)"\s*,\s*Severity::(\w+)\s*,')
DOC_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*([a-z]+)\s*\|")
EXPECTED = re.compile(r"\b(error|warning|note)\[([^\]]+)\]")
CODE_FORM = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TEST_FILE = re.compile(r"(^|_)test(_|$)")


def strip_comments(text, mask_strings=False):
    """The text with comments blanked out, and with mask_strings the insides of string and char
    literals too; the length and the newlines stay, so positions agree with the original."""
    out, i, n = [], 0, len(text)

    def literal(j_end, body_from, body_to):
        if mask_strings:
            out.append(text[i:body_from] + re.sub(r"[^\n]", "_", text[body_from:body_to]) +
                       text[body_to:j_end])
        else:
            out.append(text[i:j_end])

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not text[i - 1].isalnum()):
            open_paren = text.find("(", i + 2)
            delimiter = text[i + 2:open_paren]
            close = text.find(")" + delimiter + '"', open_paren)
            close = n if close < 0 else close
            j = min(n, close + len(delimiter) + 2)
            literal(j, open_paren + 1, close)
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j, n - 1)
            literal(j + 1, i + 1, j)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def reported_codes(root, problems):
    """[(code, severity, 'file:line')] for every code generator/ reports, outside unit tests."""
    found = []
    generator = os.path.join(root, "generator")
    for folder, dirs, files in os.walk(generator):
        dirs.sort()
        for name in sorted(files):
            stem, ext = os.path.splitext(name)
            if ext not in (".h", ".hpp", ".cpp", ".cc") or TEST_FILE.search(stem):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if rel == REGISTRY or rel in FORWARDERS:
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                original = f.read()
            text = strip_comments(original)
            code = strip_comments(original, mask_strings=True)
            sites = [(m, m.group(1)) for m in CALL.finditer(code)]
            sites += [(m, m.group(1)) for m in BRACE.finditer(code)]
            sites += [(m, None) for m in ASSIGN.finditer(code)]
            for m, severity in sites:
                where = f"{rel}:{line_of(text, m.start())}"
                rest = text[m.end():]
                literal = LITERAL.match(rest)
                if literal:
                    if severity is None or severity in SEVERITIES:
                        found.append((literal.group(1), severity, where))
                    continue
                if CALL.match(m.group(0)) and rest.lstrip().startswith(")"):
                    continue  # an error() accessor with no arguments, not a diagnostic
                problems.append(f"{where}: the diagnostic code here is not a string literal, so "
                                f"{os.path.basename(__file__)} cannot check it: write the code "
                                f"itself, e.g. diags.error(\"csv-negative\", ...)")
    return found


def registered_codes(root, problems):
    """{code: (severity, 'file:line')} from the registry."""
    path = os.path.join(root, REGISTRY)
    try:
        with open(path, encoding="utf-8") as f:
            text = strip_comments(f.read())
    except OSError:
        problems.append(f"{REGISTRY}:1: the registry of diagnostic codes is missing")
        return {}
    codes = {}
    for m in REGISTERED.finditer(text):
        code, severity = m.group(1), m.group(2)
        where = f"{REGISTRY}:{line_of(text, m.start())}"
        if code in codes:
            problems.append(f"{where}: '{code}' is registered twice (also at {codes[code][1]}): "
                            f"delete one")
            continue
        if not CODE_FORM.match(code):
            problems.append(f"{where}: '{code}' is not a code: use lowercase words joined by "
                            f"hyphens, e.g. 'csv-negative'")
        codes[code] = (severity, where)
    return codes


def documented_codes(root, problems):
    """{code: (severity, 'file:line')} from the tables of the docs section."""
    path = os.path.join(root, DOCS)
    codes = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    inside = False
    for number, line in enumerate(lines, 1):
        if line.startswith("## "):
            inside = line.strip() == DOCS_SECTION
            continue
        m = DOC_ROW.match(line) if inside else None
        if not m:
            continue
        code, severity = m.group(1), m.group(2)
        where = f"{DOCS}:{number}"
        if code in codes:
            problems.append(f"{where}: '{code}' has a second row (the first is {codes[code][1]}): "
                            f"keep one")
            continue
        codes[code] = (severity, where)
    return codes


def expected_codes(root):
    """[(code, 'file:line')] from the fixture sites' expected diagnostics."""
    found = []
    fixtures = os.path.join(root, "tests", "fixtures")
    for folder, dirs, files in os.walk(fixtures):
        dirs.sort()
        for name in sorted(files):
            if not name.startswith("expected"):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    for m in EXPECTED.finditer(line):
                        found.append((m.group(2), f"{rel}:{number}"))
    return found


def registry_line(code, severity):
    return (f'{{"{code}", Severity::{severity}, "<what it means, in one line>"}}, to '
            f"diagnostic_codes() in {REGISTRY}, in its group")


def docs_row(code, severity):
    return (f"| `{code}` | {severity} | <what it means, in plain words> | <what to do> | to the "
            f"table of its group in {DOCS} (\"{DOCS_SECTION[3:]}\")")


def check(root):
    problems = []
    reported = reported_codes(root, problems)
    registry = registered_codes(root, problems)
    docs = documented_codes(root, problems)

    used = set()
    for code, severity, where in reported:
        used.add(code)
        if code not in registry:
            sev = severity or "error"
            problems.append(f"{where}: the diagnostic code '{code}' is not registered: add "
                            f"{registry_line(code, sev)}, and add a row {docs_row(code, sev)}")
        elif severity and registry[code][0] != severity:
            problems.append(f"{where}: '{code}' is reported as {severity} here but registered as "
                            f"{registry[code][0]} at {registry[code][1]}: make them agree (a code "
                            f"has one severity; a different severity is a different code)")

    for code, (severity, where) in registry.items():
        if code not in used:
            problems.append(f"{where}: '{code}' is registered but nothing in generator/ reports "
                            f"it: delete its line, and its row in {DOCS}")
        if code not in docs:
            problems.append(f"{where}: '{code}' is not documented: add a row "
                            f"{docs_row(code, severity)}")
        elif docs[code][0] != severity:
            problems.append(f"{docs[code][1]}: '{code}' is documented as {docs[code][0]} but "
                            f"registered as {severity} at {where}: make them agree")

    for code, (severity, where) in docs.items():
        if code not in registry:
            problems.append(f"{where}: '{code}' is documented but not registered in {REGISTRY}: "
                            f"register it, or delete the row")

    for code, where in expected_codes(root):
        if code not in registry:
            problems.append(f"{where}: the expected diagnostics name '{code}', which is not "
                            f"registered in {REGISTRY}")
    return problems


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    problems = check(root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) with diagnostic codes: each code is registered in "
              f"{REGISTRY} and explained in {DOCS}")
        return 1
    print(f"every diagnostic code is registered in {REGISTRY} and documented in {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Tests the diagnostic-code check itself on small fake trees, and that the repository passes.

Usage: python3 tests/architecture/test_check_diagnostic_codes.py REPO_ROOT
"""
import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_diagnostic_codes  # noqa: E402

REPO = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.getcwd()

REGISTRY = """namespace icbgen {
const std::vector<DiagnosticCode>& diagnostic_codes() {
    static const std::vector<DiagnosticCode> codes = {
        // {"commented-out", Severity::error, "ignored"},
        {"csv-negative", Severity::error, "a negative count"},
        {"raw-html", Severity::warning,
         "raw HTML"},
    };
    return codes;
}
}
"""

DOCS = """# The content model

| `not-in-this-section` | error | x | y |

## What `check` reports
### Data
| code | severity | what it means | what to do |
| --- | --- | --- | --- |
| `csv-negative` | error | a negative count | correct it |
| `raw-html` | warning | HTML | write Markdown |

## Another section
| `elsewhere` | error | x | y |
"""

CHECK = """// diags.error("in-a-comment", {}, "x");
void check(Diagnostics& diags) {
    diags.error("csv-negative", {path, 1, 1}, "the value is negative");
    /* diags.warning("in-a-block-comment", {}, "x"); */
    std::string s = "diags.error(\\"in-a-string\\", ...)";
    if (x) book.error();
}
Diagnostic make() {
    return Diagnostic{Severity::warning,
                      "raw-html", {}, "x"};
}
"""


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class FakeTree(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="icbgen-codes-")
        write(self.root, "generator/core/diagnostic_codes.cpp", REGISTRY)
        write(self.root, "docs/CONTENT_MODEL.md", DOCS)
        write(self.root, "generator/validate/check.cpp", CHECK)
        write(self.root, "generator/validate/check_test.cpp",
              'ds.error("only-in-a-test", {}, "x");\n')
        write(self.root, "tests/fixtures/broken/x/expected",
              "data/metrics/a.csv:3:1: error[csv-negative]: the value is negative\nexit 1\n")

    def tearDown(self):
        shutil.rmtree(self.root)

    def check(self):
        return check_diagnostic_codes.check(self.root)

    def add_code_use(self, line):
        with open(os.path.join(self.root, "generator/validate/check.cpp"), "a") as f:
            f.write(line)

    def test_clean_tree_passes(self):
        self.assertEqual(self.check(), [])

    def test_unregistered_code_says_what_to_add_where(self):
        self.add_code_use('void f(Diagnostics& d) {\n    d.warning(\n        "paper-stale", {}, "x");\n}\n')
        self.assertEqual(self.check(), [
            "generator/validate/check.cpp:13: the diagnostic code 'paper-stale' is not "
            "registered: add {\"paper-stale\", Severity::warning, \"<what it means, in one "
            "line>\"}, to diagnostic_codes() in generator/core/diagnostic_codes.cpp, in its "
            "group, and add a row | `paper-stale` | warning | <what it means, in plain words> | "
            "<what to do> | to the table of its group in docs/CONTENT_MODEL.md (\"What `check` "
            "reports\")"])

    def test_registered_code_nothing_reports(self):
        write(self.root, "generator/validate/check.cpp",
              'void f(Diagnostics& d) { d.error("csv-negative", {}, "x"); }\n')
        self.assertEqual(self.check(), [
            "generator/core/diagnostic_codes.cpp:6: 'raw-html' is registered but nothing in "
            "generator/ reports it: delete its line, and its row in docs/CONTENT_MODEL.md"])

    def test_undocumented_code(self):
        write(self.root, "docs/CONTENT_MODEL.md", DOCS.replace("| `raw-html` | warning | HTML | write Markdown |\n", ""))
        self.assertEqual(self.check(), [
            "generator/core/diagnostic_codes.cpp:6: 'raw-html' is not documented: add a row | "
            "`raw-html` | warning | <what it means, in plain words> | <what to do> | to the table "
            "of its group in docs/CONTENT_MODEL.md (\"What `check` reports\")"])

    def test_documented_severity_and_unregistered_rows(self):
        write(self.root, "docs/CONTENT_MODEL.md",
              DOCS.replace("| `raw-html` | warning |", "| `raw-html` | error |") +
              "## What `check` reports\n| `gone` | error | x | y |\n")
        self.assertEqual(self.check(), [
            "docs/CONTENT_MODEL.md:10: 'raw-html' is documented as error but registered as "
            "warning at generator/core/diagnostic_codes.cpp:6: make them agree",
            "docs/CONTENT_MODEL.md:15: 'gone' is documented but not registered in "
            "generator/core/diagnostic_codes.cpp: register it, or delete the row"])

    def test_severity_disagreeing_with_the_registry(self):
        self.add_code_use('void g(Diagnostics& d) { d.warning("csv-negative", {}, "x"); }\n')
        self.assertEqual(self.check(), [
            "generator/validate/check.cpp:12: 'csv-negative' is reported as warning here but "
            "registered as error at generator/core/diagnostic_codes.cpp:5: make them agree (a "
            "code has one severity; a different severity is a different code)"])

    def test_code_that_is_not_a_literal(self):
        self.add_code_use('void g(Diagnostics& d, std::string c) { d->error(c, {}, "x"); }\n')
        self.assertEqual(self.check(), [
            "generator/validate/check.cpp:12: the diagnostic code here is not a string literal, "
            "so check_diagnostic_codes.py cannot check it: write the code itself, e.g. "
            "diags.error(\"csv-negative\", ...)"])

    def test_code_in_expected_diagnostics_must_be_registered(self):
        write(self.root, "tests/fixtures/broken/y/expected",
              "content/x.md:1:1: warning[no-such-code]: x\nexit 0\n")
        self.assertEqual(self.check(), [
            "tests/fixtures/broken/y/expected:1: the expected diagnostics name 'no-such-code', "
            "which is not registered in generator/core/diagnostic_codes.cpp"])


class RealTree(unittest.TestCase):
    def test_repository_passes(self):
        self.assertEqual(check_diagnostic_codes.check(REPO), [])

    def test_every_code_reported_today_is_found(self):
        problems = []
        codes = {c for c, _, _ in check_diagnostic_codes.reported_codes(REPO, problems)}
        self.assertEqual(problems, [])
        # Spot checks across the ways a code is reported: a call, a call whose code sits on the
        # next line, and Diagnostic{Severity::..., "code", ...}.
        for code in ("ambition-no-metric", "output-unsafe", "yaml-tab", "yaml-syntax", "io"):
            self.assertIn(code, codes)


if __name__ == "__main__":
    unittest.main(verbosity=2)

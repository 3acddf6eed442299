#!/usr/bin/env python3
"""Tests the dependency check itself: it must fail on a backward include or link, name the file,
the line and both stages, let unit tests include anything, and flag stale known violations.

Usage: python3 tests/architecture/test_check_dependencies.py REPO_ROOT
"""
import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_dependencies  # noqa: E402

REPO = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.getcwd()

STAGES = """# comment
core
model    core   # trailing comment
render/site  model
cli      render/site
"""


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class FakeTree(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="icbgen-deps-")
        write(self.root, "generator/stages.txt", STAGES)
        write(self.root, "generator/core/text.h", "#pragma once\n#include <string>\n")
        write(self.root, "generator/model/site_model.h", '#pragma once\n#include "core/text.h"\n')
        write(self.root, "generator/render/site/page.cpp",
              '#include "render/site/page.h"\n#include "model/site_model.h"\n')
        write(self.root, "generator/render/site/page.h", "#pragma once\n")
        write(self.root, "generator/cli/app.cpp", '#include "render/site/page.h"\n')
        write(self.root, "generator/core/CMakeLists.txt", "add_library(icbgen_core STATIC text.cpp)\n")
        write(self.root, "generator/model/CMakeLists.txt",
              "add_library(icbgen_model STATIC m.cpp)\n"
              "target_link_libraries(icbgen_model PUBLIC icbgen_core)\n")
        write(self.root, "generator/render/site/CMakeLists.txt",
              "target_link_libraries(icbgen_render_site PUBLIC icbgen_model\n  Threads::Threads)\n")
        write(self.root, "generator/cli/CMakeLists.txt",
              "target_link_libraries(icbgen_cli PUBLIC icbgen_render_site)\n"
              "target_link_libraries(icbgen_tests PRIVATE icbgen_cli)\n")

    def tearDown(self):
        shutil.rmtree(self.root)

    def check(self, known=frozenset()):
        return check_dependencies.check(self.root, known)

    def test_clean_tree_passes(self):
        self.assertEqual(self.check(), [])

    def test_backward_include_fails_naming_file_line_and_both_stages(self):
        write(self.root, "generator/model/site_model.h",
              '#pragma once\n#include "core/text.h"\n  #  include "render/site/page.h"\n')
        self.assertEqual(self.check(), [
            "generator/model/site_model.h:3: model includes render/site/page.h, a header of "
            "render/site, which model may not use: it builds only on core "
            "(generator/stages.txt). Move what it needs into a stage it builds on, or pass it "
            "in as a value"])

    def test_unit_tests_may_include_anything(self):
        write(self.root, "generator/core/text_test.cpp", '#include "cli/app.h"\n')
        write(self.root, "generator/model/model_test_site.h", '#include "render/site/page.h"\n')
        self.assertEqual(self.check(), [])

    def test_backward_link_fails(self):
        write(self.root, "generator/model/CMakeLists.txt",
              "target_link_libraries(icbgen_model PUBLIC icbgen_core icbgen_cli)\n")
        self.assertEqual(self.check(), [
            "generator/model/CMakeLists.txt:1: icbgen_model links to icbgen_cli, but model may "
            "not use cli: it builds only on core (generator/stages.txt)"])

    def test_include_without_link_fails(self):
        write(self.root, "generator/render/site/CMakeLists.txt",
              "target_link_libraries(icbgen_render_site PUBLIC icbgen_core)\n")
        self.assertEqual(self.check(), [
            "generator/render/site/page.cpp:2: render/site includes a header of model, but "
            "icbgen_render_site does not link to icbgen_model: add it to target_link_libraries "
            "in generator/render/site/CMakeLists.txt"])

    def test_folder_that_is_no_stage_fails(self):
        write(self.root, "generator/site_map/site_map.h", "#pragma once\n")
        self.assertEqual(self.check(), [
            "generator/site_map/site_map.h:1: the folder generator/site_map is not a stage: add "
            "it to generator/stages.txt (see the comment at its top), or move the file into a "
            "stage's folder"])

    def test_known_violation_is_allowed_and_a_stale_one_fails(self):
        write(self.root, "generator/model/site_model.h", '#include "cli/app.h"\n')
        known = {("include", "generator/model/site_model.h", "cli/app.h")}
        self.assertEqual(self.check(known), [])
        known.add(("include", "generator/model/gone.cpp", "cli/app.h"))
        self.assertEqual(self.check(known), [
            "tests/architecture/check_dependencies.py:1: the known violation ('include', "
            "'generator/model/gone.cpp', 'cli/app.h') no longer occurs: delete it from "
            "KNOWN_VIOLATIONS"])

    def test_stage_naming_a_later_stage_fails(self):
        write(self.root, "generator/stages.txt", "core model\nmodel core\n")
        self.assertEqual(self.check(), [
            "generator/stages.txt:1: core builds on model, which is not a stage listed above "
            "it; list model on a line above core"])


class RealTree(unittest.TestCase):
    """The repository as it is passes; one backward include added to a copy of it fails."""

    def test_repository_passes(self):
        self.assertEqual(check_dependencies.check(REPO), [])

    def test_backward_include_in_a_copy_fails(self):
        root = tempfile.mkdtemp(prefix="icbgen-deps-")
        try:
            shutil.copytree(os.path.join(REPO, "generator"), os.path.join(root, "generator"))
            path = os.path.join(root, "generator", "model", "site_model.h")
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            lines.insert(1, '#include "render/site/site_paths.h"')
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            problems = check_dependencies.check(root)
            self.assertEqual(len(problems), 1, problems)
            self.assertTrue(problems[0].startswith(
                "generator/model/site_model.h:2: model includes render/site/site_paths.h, a "
                "header of render/site, which model may not use: it builds only on core, data, "
                "format, content ("), problems[0])
        finally:
            shutil.rmtree(root)


if __name__ == "__main__":
    unittest.main(verbosity=2)

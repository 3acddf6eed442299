// YAML mistakes explained in plain words, run through YamlDocument::parse as the loader does.
#include <catch2/catch.hpp>

#include "content/yaml_document.h"
#include "content/yaml_error.h"

using namespace icbgen;

namespace {
// The one diagnostic for `yaml` read from line 2 of x.md: "line:col: code: message | hint".
std::string problem(const std::string& yaml) {
    Diagnostics d;
    auto doc = YamlDocument::parse("x.md", yaml, 2, d);
    if (doc || d.items().size() != 1) return "parsed";
    const Diagnostic& e = d.items()[0];
    return std::to_string(e.location.line) + ":" + std::to_string(e.location.column) + ": " +
           e.code + ": " + e.message + " | " + e.hint;
}
}  // namespace

TEST_CASE("YAML errors: a tab in the indentation", "[yaml_error]") {
    CHECK(problem("title: Prevention\nsource:\n  document: x\n\tsection: y\n") ==
          "5:1: yaml-tab: this line is indented with a tab, and YAML indentation must be spaces "
          "| replace the tab with spaces (two for each level), and set your editor to indent "
          "with spaces");
    CHECK(problem("title: Prevention\nambitions:\n\t- id: x\n").rfind("4:1: yaml-tab:", 0) == 0);
}

TEST_CASE("YAML errors: an apostrophe inside a single-quoted title", "[yaml_error]") {
    CHECK(problem("title: 'Children's health'\norder: 1\n") ==
          "2:17: yaml-quote: the apostrophe in \"Children's\" ends the text in single quotes "
          "early, so YAML cannot read the rest | write the apostrophe twice inside single "
          "quotes: title: 'Children''s health', or use double quotes: title: \"Children's "
          "health\"");
    CHECK(problem("ambitions:\n  - id: x\n    statement: 'Our children's future'\n")
              .rfind("4:29: yaml-quote: the apostrophe in \"children's\"", 0) == 0);
}

TEST_CASE("YAML errors: ': ' inside an unquoted title", "[yaml_error]") {
    CHECK(problem("title: Prevention: the first\norder: 1\n") ==
          "2:18: yaml-colon: the ': ' inside the text of 'title' makes YAML read what follows "
          "as another key | put the whole text in quotes: title: \"Prevention: the first\"");
    CHECK(problem("agenda:\n  - title: Item 3: finance\n    leads: [AC]\n")
              .rfind("3:18: yaml-colon:", 0) == 0);
}

TEST_CASE("YAML errors: other mistakes keep the parser's words", "[yaml_error]") {
    CHECK(problem("title: [a, b\norder: 1\n") ==
          "3:6: yaml-syntax: invalid YAML: end of sequence flow not found | check indentation, "
          "and quote values containing ': ' or starting with a special character such as '@', "
          "'*', '&', '[' or '{'");
    CHECK(problem("title: Prevention\norder: 1\n") == "parsed");
}

// Found by the front_matter fuzzer: a line of list markers and spaces only ("- " then nothing)
// made the key search read before the start of the line.
TEST_CASE("YAML errors: a line of bare list markers is explained without reading past it",
          "[yaml_error]") {
    for (std::string line : {"- ", "-  ", "- - ", "-   -   ", "  - "}) {
        Diagnostic d = explain_yaml_error("x.md", "a: 1\n" + line + "\n", 2,
                                          YamlParseError{1, 0, "Illegal map value"});
        CHECK(d.code == "yaml-syntax");
        CHECK(d.location.line == 3);
        CHECK(d.message == "invalid YAML: illegal map value");
    }
}

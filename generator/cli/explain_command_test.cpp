#include "cli/explain_command.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("explain: a code's severity and meaning, and where the docs say what to do") {
    ExplainResult r = explain("csv-negative");
    CHECK(r.exit_code == 0);
    CHECK(r.text ==
          "csv-negative (error): a negative value for a measure that cannot be\n"
          "docs/CONTENT_MODEL.md (\"What `check` reports\") says what to do about each code\n");
}

TEST_CASE("explain: an unknown code fails with the nearest one") {
    ExplainResult r = explain("csv-negativ");
    CHECK(r.exit_code == 2);
    CHECK(r.text ==
          "icbgen: no diagnostic code is called 'csv-negativ'\n"
          "  = hint: did you mean 'csv-negative'?\n");
    CHECK(explain("zzzzzzzzzzzzzzzzzzzz").text ==
          "icbgen: no diagnostic code is called 'zzzzzzzzzzzzzzzzzzzz'\n"
          "  = hint: run 'icbgen explain' to list every code\n");
}

TEST_CASE("explain: without a code, every code, one a line") {
    ExplainResult r = explain("");
    CHECK(r.exit_code == 0);
    CHECK(r.text.rfind("io (error): a file or folder could not be read or written\n", 0) == 0);
    CHECK(r.text.find("\nraw-html (warning): raw HTML in Markdown, which is never published\n") !=
          std::string::npos);
}

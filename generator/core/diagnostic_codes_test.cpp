#include "core/diagnostic_codes.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace icbgen;

TEST_CASE("diagnostic codes: each registered once, as words joined by hyphens, with a meaning") {
    std::set<std::string> seen;
    for (const auto& c : diagnostic_codes()) {
        const std::string code = c.code;
        INFO(code);
        CHECK(seen.insert(code).second);
        CHECK(!code.empty());
        CHECK(code.front() != '-');
        CHECK(code.back() != '-');
        CHECK(code.find("--") == std::string::npos);
        CHECK(code.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos);
        CHECK(std::string(c.meaning).size() > 10);
    }
    CHECK(!seen.empty());
}

TEST_CASE("diagnostic codes: looked up by code") {
    const DiagnosticCode* c = find_diagnostic_code("csv-negative");
    REQUIRE(c != nullptr);
    CHECK(c->severity == Severity::error);
    CHECK(std::string(c->meaning) == "a negative value for a measure that cannot be");
    REQUIRE(find_diagnostic_code("raw-html") != nullptr);
    CHECK(find_diagnostic_code("raw-html")->severity == Severity::warning);
    CHECK(find_diagnostic_code("output-restored")->severity == Severity::note);
    CHECK(find_diagnostic_code("no-such-code") == nullptr);
    CHECK(find_diagnostic_code("") == nullptr);
}

#include "content/enum_suggestion.h"

#include <catch2/catch.hpp>

using namespace icbgen;

namespace {
const std::vector<std::string> kUnits = {"percent", "rate-per-1000", "rate-per-100000", "count",
                                         "gbp",     "days",          "weeks",           "minutes",
                                         "ratio",   "score"};
const std::vector<std::string> kParts = {"public", "private"};
}  // namespace

TEST_CASE("enum suggestions: common ways of writing a unit", "[enum_suggestion]") {
    CHECK(enum_suggestion("%", kUnits) == "percent");
    CHECK(enum_suggestion("Per cent", kUnits) == "percent");
    CHECK(enum_suggestion("£", kUnits) == "gbp");
    CHECK(enum_suggestion("per 100,000", kUnits) == "rate-per-100000");
    CHECK(enum_suggestion("Rate per 1000", kUnits) == "rate-per-1000");
}

TEST_CASE("enum suggestions: the units of a change in a percentage", "[enum_suggestion]") {
    std::vector<std::string> units = kUnits;
    units.insert(units.begin() + 1, {"percentage-points", "percent-change"});
    CHECK(enum_suggestion("pp", units) == "percentage-points");
    CHECK(enum_suggestion("Percentage points", units) == "percentage-points");
    CHECK(enum_suggestion("% change", units) == "percent-change");
    CHECK(enum_suggestion("percentage change", units) == "percent-change");
    CHECK(enum_suggestion("%", units) == "percent");
    CHECK(enum_suggestion("pp", kUnits) == std::nullopt);  // only where the field allows it
}

TEST_CASE("enum suggestions: case, separators and typos", "[enum_suggestion]") {
    CHECK(enum_suggestion("PERCENT", kUnits) == "percent");
    CHECK(enum_suggestion("rate per 1000", kUnits) == "rate-per-1000");
    CHECK(enum_suggestion("precent", kUnits) == "percent");
    CHECK(enum_suggestion("Higher_is_better", {"higher-is-better", "lower-is-better"}) ==
          "higher-is-better");
}

TEST_CASE("enum suggestions: an alias only where its meaning is allowed", "[enum_suggestion]") {
    CHECK(enum_suggestion("Part II", kParts) == "private");
    CHECK(enum_suggestion("closed", kParts) == "private");
    CHECK(enum_suggestion("closed", {"open", "done", "superseded"}) == "done");
    CHECK(enum_suggestion("%", kParts) == std::nullopt);
    CHECK(enum_suggestion("banana", kUnits) == std::nullopt);
}

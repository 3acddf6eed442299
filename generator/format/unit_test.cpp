#include "format/unit.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("each unit: words, label and title", "[format]") {
    struct Case {
        const char *code, *words, *label, *title;
    };
    for (const auto& c :
         {Case{"percent", "per cent", "%", "Per cent"},
          Case{"rate-per-1000", "rate per 1,000", "per 1,000", "Rate per 1,000"},
          Case{"rate-per-100000", "rate per 100,000", "per 100,000", "Rate per 100,000"},
          Case{"rate-per-10000", "rate per 10,000", "per 10,000", "Rate per 10,000"},
          Case{"count", "number", "number", "Number"}, Case{"", "number", "number", "Number"},
          Case{"gbp", "pounds", "£", "Pounds"}, Case{"days", "days", "days", "Days"},
          Case{"weeks", "weeks", "weeks", "Weeks"},
          Case{"minutes", "minutes", "minutes", "Minutes"},
          Case{"years", "years", "years", "Years"}, Case{"ratio", "ratio", "ratio", "Ratio"},
          Case{"score", "score", "score", "Score"}, Case{"beds", "beds", "beds", "Beds"}}) {
        INFO(c.code);
        Unit u = unit_of(c.code);
        CHECK(u.words == c.words);
        CHECK(u.label == c.label);
        CHECK(u.title() == c.title);
    }
}

TEST_CASE("only a percentage is a percentage - scales for ratios", "[format]") {
    CHECK(unit_of("percent").percentage);
    CHECK(unit_of("percent").scale == 100);
    CHECK(unit_of("rate-per-1000").scale == 1000);
    CHECK(unit_of("rate-per-100000").scale == 100000);
    for (const char* other : {"rate-per-1000", "count", "gbp", "days", "ratio", "score", "beds"}) {
        INFO(other);
        CHECK_FALSE(unit_of(other).percentage);
    }
    CHECK(unit_of("count").scale == 1);
    for (const char* never : {"count", "gbp", "rate-per-1000", "rate-per-100000"}) {
        INFO(never);
        CHECK(unit_of(never).never_negative);
    }
    for (const char* may : {"percent", "days", "ratio", "score", "", "beds"}) {
        INFO(may);
        CHECK_FALSE(unit_of(may).never_negative);
    }
    CHECK(unit_of("rate-per-").scale == 1);  // not a rate: a unit in the content's words
    CHECK(unit_of("rate-per-0").scale == 1);
}

TEST_CASE("values with their units", "[format]") {
    CHECK(format_value(52.1, "percent") == "52.1%");
    CHECK(format_value(0, "percent") == "0%");
    CHECK(format_value(100, "percent") == "100%");
    CHECK(format_value(52.1, "percent", 2) == "52.10%");
    CHECK(format_value(-14.9, "percent") == "-14.9%");
    CHECK(format_value(4.12, "rate-per-1000") == "4.12 per 1,000");
    CHECK(format_value(1523.4, "rate-per-100000") == "1,523.4 per 100,000");
    CHECK(format_value(162, "gbp") == "£162");
    CHECK(format_value(166000, "gbp") == "£166,000");
    CHECK(format_value(-5, "gbp") == "-£5");
    CHECK(format_value(1, "days") == "1 day");
    CHECK(format_value(12, "days") == "12 days");
    CHECK(format_value(1, "weeks") == "1 week");
    CHECK(format_value(1.0, "minutes", 1) == "1.0 minutes");
    CHECK(format_value(3, "years") == "3 years");
    CHECK(format_value(15385, "count") == "15,385");
    CHECK(format_value(15385, "") == "15,385");
    CHECK(format_value(0.82, "ratio") == "0.82");
    CHECK(format_value(7, "score") == "7");
    CHECK(format_value(12, "beds") == "12 beds");
}

TEST_CASE("changes carry their sign and may be negative, down to -100", "[format]") {
    CHECK(format_value(10.1, "percent-change") == "+10.1%");
    CHECK(format_value(-3.2, "percent-change") == "-3.2%");
    CHECK(format_value(0, "percent-change") == "0%");
    CHECK(format_value(-3.2, "percentage-points") == "-3.2 percentage points");
    CHECK(format_value(1, "percentage-points") == "+1 percentage point");
    CHECK(format_value(2.5, "percentage-points") == "+2.5 percentage points");
    Unit change = unit_of("percent-change");
    CHECK(change.words == "per cent change");
    CHECK(change.label == "% change");
    CHECK(change.title() == "Per cent change");
    CHECK(change.change);
    CHECK_FALSE(change.percentage);
    CHECK_FALSE(change.never_negative);
    CHECK(change.minimum == -100);
    CHECK(unit_of("percentage-points").label == "percentage points");
    CHECK_FALSE(unit_of("percent").change);
}

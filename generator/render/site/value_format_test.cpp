#include "render/site/value_format.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("numbers and values as the website writes them") {
    CHECK(format_number(15385) == "15,385");
    CHECK(format_number(29000000) == "29,000,000");
    CHECK(format_number(52.1, 1) == "52.1");
    CHECK(format_number(60.0, 1) == "60.0");
    CHECK(format_number(4.126) == "4.13");
    CHECK(format_number(-1234.5) == "-1,234.5");
    CHECK(format_number(-0.001) == "0");
    CHECK(format_value(52.1, "percent", 1) == "52.1%");
    CHECK(format_value(4.12, "rate-per-1000", 2) == "4.12 per 1,000");
    CHECK(format_value(12, "rate-per-10000") == "12 per 10,000");
    CHECK(format_value(166000, "gbp") == "£166,000");
    CHECK(format_value(1, "days") == "1 day");
    CHECK(format_value(3, "years") == "3 years");
    CHECK(unit_words("rate-per-100000") == "rate per 100,000");
}

TEST_CASE("a change in a percentage carries its sign and its unit") {
    CHECK(format_value(10.1, "percent-change", 1) == "+10.1%");
    CHECK(format_value(-3.2, "percent-change", 1) == "-3.2%");
    CHECK(format_value(0, "percent-change", 1) == "0.0%");
    CHECK(format_value(-3.2, "percentage-points", 1) == "-3.2 percentage points");
    CHECK(format_value(1, "percentage-points") == "+1 percentage point");
    CHECK(unit_words("percent-change") == "per cent change");
    CHECK(unit_words("percentage-points") == "percentage points");
}

TEST_CASE("dates and times") {
    CHECK(format_date("2023-07-24") == "24 July 2023");
    CHECK(format_date("2023-11") == "November 2023");
    CHECK(format_date("2023") == "2023");
    CHECK(format_date("2023-13-01") == "2023-13-01");
    CHECK(format_clock(15 * 60 + 5) == "15:05");
    CHECK(humanise("higher-is-better") == "Higher is better");
}

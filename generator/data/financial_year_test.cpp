#include "data/financial_year.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("a span written like a financial year gets the financial year's spelling") {
    CHECK(financial_year_spelling(*parse_period("2023-24")) == "2023/24");
    CHECK(financial_year_spelling(*parse_period("1999-00")) == "1999/00");
    CHECK_FALSE(financial_year_spelling(*parse_period("2019-21")));
    CHECK_FALSE(financial_year_spelling(*parse_period("2023/24")));
    CHECK_FALSE(financial_year_spelling(*parse_period("2023-05")));
    CHECK_FALSE(financial_year_spelling(*parse_period("2023")));
}

TEST_CASE("a span written like a financial year is warned about, suggesting the spelling") {
    Diagnostics d;
    warn_financial_year_lookalike(*parse_period("2023-24"), {"x.csv", 3, 1}, d);
    warn_financial_year_lookalike(*parse_period("2023/24"), {"x.csv", 4, 1}, d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].severity == Severity::warning);
    CHECK(d.items()[0].code == "period-financial-year");
    CHECK(d.items()[0].location.line == 3);
    CHECK(d.items()[0].message ==
          "'2023-24' is read as the two calendar years 2023 and 2024; if "
          "it is a financial year, write it '2023/24'");
    CHECK(d.items()[0].hint ==
          "the financial year from April 2023 to March 2024 is written "
          "'2023/24'; two calendar years are written '2023-01..2024-12'");
}

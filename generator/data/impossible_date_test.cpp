#include "data/iso_date.h"

#include <catch2/catch.hpp>

#include "data/period.h"

namespace icbgen {

TEST_CASE("calendar dates: real days pass, impossible ones are explained", "[calendar_date]") {
    CHECK_FALSE(impossible_date("2024-02-29"));  // a leap year
    CHECK_FALSE(impossible_date("2000-02-29"));  // divisible by 400
    CHECK_FALSE(impossible_date("2023-12-31"));
    CHECK(impossible_date("2023-02-29") == "2023 is not a leap year, so February 2023 has 28 days");
    CHECK(impossible_date("1900-02-29") == "1900 is not a leap year, so February 1900 has 28 days");
    CHECK(impossible_date("2024-02-30") == "February 2024 has 29 days");
    CHECK(impossible_date("2023-04-31") == "April 2023 has 30 days");
    CHECK(impossible_date("2023-13-01") == "there is no month 13");
    CHECK(impossible_date("2023-00-10") == "there is no month 0");
    CHECK(impossible_date("2023-05-00") == "there is no day 0");
    // Other forms are not dates at all: their parser or schema reports them.
    CHECK_FALSE(impossible_date("2023-24"));
    CHECK_FALSE(impossible_date("2023/02/30"));
    CHECK_FALSE(impossible_date("2023-02-30x"));
}

TEST_CASE("calendar dates: the period parser takes only real days", "[calendar_date]") {
    CHECK(parse_period("2024-02-29"));
    CHECK_FALSE(parse_period("2023-02-29"));
    CHECK_FALSE(parse_period("2023-06-31"));
    CHECK(days_in_month(2023, 2) == 28);
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2023, 13) == 0);
}

}  // namespace icbgen

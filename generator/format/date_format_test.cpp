#include "format/date_format.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("dates written out", "[format]") {
    CHECK(long_date({2023, 7, 24}) == "24 July 2023");
    CHECK(long_date({2023, 1, 1}) == "1 January 2023");
    CHECK(day_date({2023, 7, 24}) == "Monday 24 July 2023");
    CHECK(day_date({2024, 2, 29}) == "Thursday 29 February 2024");
    CHECK(month_name(1) == std::string("January"));
    CHECK(month_name(12) == std::string("December"));
    CHECK(month_name(13) == std::string());
}

TEST_CASE("dates from content written for people", "[format]") {
    CHECK(date_words("2023-07-24") == "24 July 2023");
    CHECK(date_words("2023-07-04") == "4 July 2023");
    CHECK(date_words("2024-02-29") == "29 February 2024");
    CHECK(date_words("2023-07") == "July 2023");
    CHECK(day_date_words("2023-07-24") == "Monday 24 July 2023");
    CHECK(day_date_words("2023-07") == "July 2023");
    // Not dates: returned as written, for the checks to report.
    CHECK(date_words("2023-02-29") == "2023-02-29");
    CHECK(date_words("2023-02-30") == "2023-02-30");
    CHECK(date_words("2023-13") == "2023-13");
    CHECK(date_words("") == "");
    CHECK(date_words("next spring") == "next spring");
    CHECK(day_date_words("2023-02-30") == "2023-02-30");
}

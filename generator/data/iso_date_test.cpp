#include "data/iso_date.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("ISO dates: real days only", "[iso_date]") {
    CHECK(parse_iso_date("2023-07-24") == IsoDate{2023, 7, 24});
    CHECK(parse_iso_date("2024-02-29") == IsoDate{2024, 2, 29});  // leap year
    CHECK(parse_iso_date("2000-02-29") == IsoDate{2000, 2, 29});  // divisible by 400
    CHECK(parse_iso_date("2023-12-31") == IsoDate{2023, 12, 31});
    for (const char* bad :
         {"2023-02-29", "1900-02-29", "2023-02-30", "2023-04-31", "2023-13-01", "2023-00-10",
          "2023-07-00", "2023-7-24", "2023-07-24 ", " 2023-07-24", "2023-07-24T10:00", "24/07/2023",
          "2023-07", "", "2023-0a-01", "+2023-07-2"}) {
        INFO(bad);
        CHECK_FALSE(parse_iso_date(bad));
    }
}

TEST_CASE("ISO months", "[iso_date]") {
    CHECK(parse_iso_month("2023-07") == IsoDate{2023, 7, 0});
    CHECK_FALSE(parse_iso_month("2023-13"));
    CHECK_FALSE(parse_iso_month("2023-00"));
    CHECK_FALSE(parse_iso_month("2023-07-24"));
}

TEST_CASE("seconds since 1970 at midnight UTC, or nothing", "[iso_date]") {
    CHECK(epoch_seconds(std::string_view("1970-01-01")) == 0);
    CHECK(epoch_seconds(std::string_view("2023-07-24")) == 1690156800);
    CHECK(epoch_seconds(std::string_view("1969-12-31")) == -86400);
    CHECK(epoch_seconds(std::string_view("2024-03-01")) == 1709251200);
    CHECK_FALSE(epoch_seconds(std::string_view("2023-02-30")));
    CHECK_FALSE(epoch_seconds(std::string_view("not a date")));
}

TEST_CASE("weekdays", "[iso_date]") {
    CHECK(weekday(IsoDate{2023, 7, 24}) == 1);  // a Monday
    CHECK(weekday(IsoDate{1970, 1, 1}) == 4);   // a Thursday
    CHECK(weekday(IsoDate{2024, 2, 29}) == 4);
}

TEST_CASE("adding days crosses months, leap days and years") {
    CHECK(add_days({2023, 7, 24}, 1) == IsoDate{2023, 7, 25});
    CHECK(add_days({2024, 2, 28}, 1) == IsoDate{2024, 2, 29});
    CHECK(add_days({2023, 2, 28}, 1) == IsoDate{2023, 3, 1});
    CHECK(add_days({2023, 12, 31}, 1) == IsoDate{2024, 1, 1});
    CHECK(add_days({2024, 1, 1}, -1) == IsoDate{2023, 12, 31});
    CHECK(add_days({1969, 12, 31}, 0) == IsoDate{1969, 12, 31});
}

#include "format/clock_time.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("times of day on the 24-hour clock", "[format]") {
    CHECK(clock_time(0) == "00:00");  // midnight that starts the day
    CHECK(clock_time(5) == "00:05");
    CHECK(clock_time(12 * 60) == "12:00");  // noon
    CHECK(clock_time(15 * 60 + 35) == "15:35");
    CHECK(clock_time(23 * 60 + 59) == "23:59");
}

TEST_CASE("times past midnight say which day", "[format]") {
    CHECK(clock_time(24 * 60) == "00:00 the next day");  // midnight that ends the day
    CHECK(clock_time(24 * 60 + 30) == "00:30 the next day");
    CHECK(clock_time(2 * 24 * 60 + 5) == "00:05, 2 days later");
    CHECK(clock_time(-30) == "23:30 the day before");
    CHECK(clock_time(-24 * 60) == "00:00 the day before");
    CHECK(clock_time(-2 * 24 * 60) == "00:00, 2 days before");
}

TEST_CASE("time ranges", "[format]") {
    CHECK(clock_range(15 * 60, 17 * 60) == "15:00 to 17:00");
    CHECK(clock_range(23 * 60, 24 * 60) == "23:00 to 00:00 the next day");
}

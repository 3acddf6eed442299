#include "format/machine_date.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("dates for machines: RFC 3339 and iCalendar") {
    CHECK(rfc3339({2023, 7, 24}) == "2023-07-24T00:00:00Z");
    CHECK(ical_date({2023, 7, 4}) == "20230704");
    CHECK(ical_date_time({2023, 7, 24}, 15 * 60) == "20230724T150000");
    CHECK(ical_date_time({2023, 7, 24}, 9 * 60 + 5) == "20230724T090500");
    CHECK(ical_date_time({2023, 12, 31}, 1470) == "20240101T003000");
}

#include "interchange/external_period.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("Fingertips time periods map to icbgen's notation") {
    struct Case {
        const char* fingertips;
        const char* icbgen;
    };
    for (const auto& c :
         {Case{"2021", "2021"}, Case{"2021/22", "2021/22"}, Case{"2019 - 21", "2019-21"},
          Case{"2017 - 19", "2017-19"}, Case{"2018/19 - 20/21", "2018-04..2021-03"},
          Case{"2021/22 Q1", "2021/22 Q1"}, Case{"2020/21 Q4", "2020/21 Q4"},
          Case{"2022 Q3", "2022 Q3"}, Case{"Jan 2022", "2022-01"},
          Case{"September 2023", "2023-09"}, Case{" 2021/22 ", "2021/22"}}) {
        INFO(c.fingertips);
        auto p = fingertips_period(c.fingertips);
        REQUIRE(p);
        CHECK(*p == c.icbgen);
    }
}

TEST_CASE("Fingertips time periods icbgen cannot represent") {
    // A financial year ending in the wrong year, a span of more than four years, a month
    // icbgen reads as a span (2011-12), a week, and words.
    for (const char* bad : {"2021/23", "2015 - 21", "Dec 2011", "2022 W05", "Smarch 2022",
                            "2018/19 - 20/22", "", "2021/22 Q5"}) {
        INFO(bad);
        CHECK_FALSE(fingertips_period(bad));
    }
}

TEST_CASE("NHS Oversight Framework reporting dates are months") {
    CHECK(oversight_period("Mar-26") == std::optional<std::string>("2026-03"));
    CHECK(oversight_period("Dec-25") == std::optional<std::string>("2025-12"));
    CHECK(oversight_period("sep-2025") == std::optional<std::string>("2025-09"));
    CHECK_FALSE(oversight_period("Mar 26"));
    CHECK_FALSE(oversight_period("Foo-26"));
    CHECK_FALSE(oversight_period("2026-03"));
}

TEST_CASE("Open SDG years are icbgen periods") {
    CHECK(open_sdg_period("2021") == std::optional<std::string>("2021"));
    CHECK(open_sdg_period("2019-04..2022-10") == std::optional<std::string>("2019-04..2022-10"));
    CHECK_FALSE(open_sdg_period("2021.5"));
}

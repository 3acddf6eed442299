#include "data/period.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("periods in every accepted form") {
    using K = Period::Kind;
    struct Case {
        const char* text;
        K kind;
        double start, end;
    };
    for (const auto& c :
         {Case{"2023", K::year, 2023, 2024}, Case{"2021/22", K::financial_year, 2021.25, 2022.25},
          Case{"2023/24 Q1", K::quarter, 2023.25, 2023.5},
          Case{"2023 Q3", K::quarter, 2023.5, 2023.75}, Case{"2019-21", K::span, 2019, 2022},
          Case{"2019-04..2022-10", K::window, 2019.25, 2022 + 10 / 12.0}}) {
        INFO(c.text);
        auto p = parse_period(c.text);
        REQUIRE(p);
        CHECK(p->kind == c.kind);
        CHECK(p->start == Approx(c.start));
        CHECK(p->end == Approx(c.end));
    }
    auto month = parse_period("2023-05");
    REQUIRE(month);
    CHECK(month->kind == K::month);
    CHECK(parse_period("2023-05-17")->kind == K::day);
}

TEST_CASE("periods that are not periods") {
    for (const char* bad :
         {"", "20233", "2021/23", "2023/24 Q5", "2023-13", "May 2023", "2022-10..2019-04", "1800",
          "2023-02-30", "2023-02-29", "2023-04-31", "2023-05-00"}) {
        INFO(bad);
        CHECK_FALSE(parse_period(bad));
    }
}

TEST_CASE("a day is a period only when it is a real date", "[period]") {
    CHECK(parse_period("2024-02-29")->kind == Period::Kind::day);
    CHECK(parse_period("2023-12-31")->kind == Period::Kind::day);
}

TEST_CASE("the last day a period covers") {
    auto last = [](const char* text) {
        IsoDate d = period_last_day(*parse_period(text));
        return std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day);
    };
    CHECK(last("2023") == "2023-12-31");
    CHECK(last("2021/22") == "2022-3-31");
    CHECK(last("2023/24 Q1") == "2023-6-30");
    CHECK(last("2023 Q1") == "2023-3-31");
    CHECK(last("2024-02") == "2024-2-29");
    CHECK(last("2023-05-17") == "2023-5-17");
    CHECK(last("2019-21") == "2021-12-31");
    CHECK(last("2019-04..2022-10") == "2022-10-31");
}

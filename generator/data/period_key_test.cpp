#include "data/period_key.h"

#include <catch2/catch.hpp>

using namespace icbgen;

namespace {
Period P(const char* text) { return *parse_period(text); }
}  // namespace

TEST_CASE("one period written in two notations has one key") {
    CHECK(same_period(P("2021/22"), P("2021-22")));
    CHECK(same_period(P("2023 Q1"), P("2022/23 Q4")));
    CHECK(same_period(P("2023/24 Q1"), P("2023 Q2")));
    CHECK(same_period(P("2023"), P("2023-01..2023-12")));
    CHECK(same_period(P("2023-05"), P("2023-05..2023-05")));
}

TEST_CASE("different periods have different keys") {
    CHECK_FALSE(same_period(P("2021/22"), P("2021")));
    CHECK_FALSE(same_period(P("2021/22"), P("2022/23")));
    CHECK_FALSE(same_period(P("2023 Q1"), P("2023/24 Q1")));
    CHECK_FALSE(same_period(P("2019-21"), P("2019/20")));  // a three-year span is no financial year
    CHECK_FALSE(same_period(P("2023-01-31"), P("2023-02-01")));
    CHECK_FALSE(same_period(P("2023-02"), P("2023-02-01")));
}

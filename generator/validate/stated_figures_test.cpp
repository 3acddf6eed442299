#include "validate/stated_figures.h"

#include <catch2/catch.hpp>

using namespace icbgen;
using Mark = StatedFigure::Mark;

namespace {

std::vector<std::string> written(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& f : stated_figures(text)) out.push_back(f.written);
    return out;
}

StatedFigure only(std::string_view text) {
    auto all = stated_figures(text);
    REQUIRE(all.size() == 1);
    return all.front();
}

}  // namespace

TEST_CASE("stated figures: what marks a number") {
    auto f = only("15.2% more people");
    CHECK(f.mark == Mark::percent);
    CHECK(f.value == Approx(15.2));
    CHECK(f.tolerance == Approx(0.05));
    CHECK(f.offset == 0);
    CHECK(only("64 per cent of referrals").mark == Mark::percent);
    f = only(
        "spent \xC2\xA3"
        "162 a head");
    CHECK(f.mark == Mark::pounds);
    CHECK(f.written ==
          "\xC2\xA3"
          "162");
    CHECK(f.offset == 6);
    f = only("29 million appointments");
    CHECK(f.mark == Mark::plain);
    CHECK(f.value == Approx(29e6));
    CHECK(f.tolerance == Approx(0.5e6));
    CHECK(only("\xC2\xA3"
               "1.2m a year")
              .value == Approx(1.2e6));
    CHECK(only("15,385 individuals").value == Approx(15385));
    f = only("1 in 10 children");
    CHECK(f.mark == Mark::fraction);
    CHECK(f.value == Approx(10));
    CHECK(f.tolerance == Approx(5));
    f = only("a wait of 22.8 days");
    CHECK(f.mark == Mark::duration);
    CHECK(f.duration == "days");
    CHECK(only("down 3.2 percentage points").mark == Mark::points);
    CHECK(only("down 3.2pp").mark == Mark::points);
    CHECK(only("fell \xE2\x88\x92"
               "3.2%")
              .value == Approx(3.2));
    CHECK(written("70.8% face to face and 26.2% by telephone") ==
          std::vector<std::string>{"70.8%", "26.2%"});
}

TEST_CASE("stated figures: numbers that are not figures") {
    CHECK(written("the Core20 gap").empty());
    CHECK(written("in 2021/22 and 2019-21").empty());
    CHECK(written("since 2019").empty());
    CHECK(written("aged 5 and per 100,000 people, page 47, priority 3").empty());
    CHECK(written("the 3rd quarter, people in their 20s").empty());
    CHECK(written("aged 0-20 years").empty());
    CHECK(written("Caf\xC3\xA9"
                  "2 and \xCE\xB1"
                  "3")
              .empty());
    CHECK(written("between 5\xE2\x80\x93"
                  "10")
              .empty());
}

TEST_CASE("stated figures agree with values to the rounding shown") {
    CHECK(figure_agrees(only("15.2%"), 15.17, 2));
    CHECK(figure_agrees(only("15%"), 15.4, 1));
    CHECK_FALSE(figure_agrees(only("15%"), 15.6, 1));
    CHECK(figure_agrees(only("15.17%"), 15.2, 1));  // the data is rounded more than the text
    CHECK_FALSE(figure_agrees(only("15.7%"), 15.2, 1));
    CHECK(figure_agrees(only("fell by 3.2%"), -3.2, 1));
    CHECK(figure_agrees(only("29 million"), 29345678, 0));
    CHECK_FALSE(figure_agrees(only("29 million"), 31000000, 0));
    CHECK(figure_agrees(only("1 in 10"), 10, 0));
    CHECK(figure_agrees(only("1 in 10"), 12, 0));
    CHECK_FALSE(figure_agrees(only("1 in 10"), 25, 0));
}

TEST_CASE("stated shares: a percentage beside its counts") {
    auto s = stated_shares("25 of 28 (63%) of GP survey respondents");
    REQUIRE(s.size() == 1);
    CHECK(s[0].numerator == 25);
    CHECK(s[0].denominator == 28);
    CHECK(s[0].percent == 63);
    CHECK(s[0].percent_decimals == 0);
    CHECK(s[0].written == "25 of 28 (63%");
    CHECK(s[0].offset == 0);
    s = stated_shares("and 25 out of 28 GPs (89.3%; the report prints 63%)");
    REQUIRE(s.size() == 1);
    CHECK(s[0].percent == Approx(89.3));
    CHECK(s[0].percent_decimals == 1);
    s = stated_shares("82% of survey respondents (67 of 82) knew how");
    REQUIRE(s.size() == 1);
    CHECK(s[0].numerator == 67);
    CHECK(s[0].percent == 82);
    s = stated_shares("practices (20 of 21, 95%). Then 25/28 (63%) valued it");
    REQUIRE(s.size() == 2);
    CHECK(s[0].percent == 95);
    CHECK(s[1].numerator == 25);
    CHECK(s[1].written == "25/28 (63%");
    CHECK(stated_shares("25 of 28 GPs thought it had grown, 18 of 25 (72%) citing staff").size() ==
          1);
    CHECK(stated_shares("in 2021/22 (40%) and 2.25 of 28 (8%)").empty());
}

TEST_CASE("stated reductions") {
    auto r = stated_reductions("a 120% reduction in admissions, cut by 110 per cent, a fall of 5%");
    REQUIRE(r.size() == 3);
    CHECK(r[0].percent == 120);
    CHECK(r[0].written == "120% reduction");
    CHECK(r[1].percent == 110);
    CHECK(r[2].percent == 5);
    CHECK(stated_reductions("Admissions were reduced in Bristol by 39%")[0].percent == 39);
    CHECK(stated_reductions("150% more visits").empty());
}

TEST_CASE("stated figures written with 'per cent' in words, in any case, are still found") {
    // The expressions run only over text with a '%' or "cent": these have no '%'.
    auto s = stated_shares("25 of 28 (63 Per Cent) of respondents");
    REQUIRE(s.size() == 1);
    CHECK(s[0].percent == 63);
    auto r = stated_reductions("admissions were CUT BY 120 PERCENT");
    REQUIRE(r.size() == 1);
    CHECK(r[0].percent == 120);
    CHECK(stated_reductions("a fall of 5 per\tcent")[0].percent == 5);
    CHECK(stated_shares("25 of 28 (63) of respondents").empty());
    CHECK(stated_reductions("cut by 120 people, a fall of 5 in the centre").empty());
}

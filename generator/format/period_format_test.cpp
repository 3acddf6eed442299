#include "format/period_format.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("periods read as people write them", "[format]") {
    CHECK(period_words(std::string_view("2019-04..2022-10")) == "April 2019 to October 2022");
    CHECK(period_words(std::string_view("2023-05")) == "May 2023");
    CHECK(period_words(std::string_view("2023-05-07")) == "7 May 2023");
    CHECK(period_words(std::string_view("2024-02-29")) == "29 February 2024");
    CHECK(period_words(std::string_view("2019-21")) == "2019 to 2021");
    CHECK(period_words(std::string_view("2021/22")) == "2021/22");
    CHECK(period_words(std::string_view("2023/24 Q1")) == "2023/24 Q1");
    CHECK(period_words(std::string_view("2023 Q3")) == "2023 Q3");
    CHECK(period_words(std::string_view("2023")) == "2023");
    CHECK(period_words(std::string_view("2023-02-29")) == "2023-02-29");  // not a day
    CHECK(period_words(std::string_view("not a period")) == "not a period");
}

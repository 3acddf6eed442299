#include "format/words.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("codes written as words", "[format]") {
    CHECK(humanise("higher-is-better") == "Higher is better");
    CHECK(humanise("multi_year") == "Multi year");
    CHECK(humanise("annual") == "Annual");
    CHECK(humanise("") == "");
}

TEST_CASE("lists joined", "[format]") {
    CHECK(join({}, ", ") == "");
    CHECK(join({"a"}, ", ") == "a");
    CHECK(join({"a", "b", "c"}, "; ") == "a; b; c");
    CHECK(join({"a"}, ", ", " or ") == "a");
    CHECK(join({"a", "b"}, ", ", " or ") == "a or b");
    CHECK(join({"3.02", "3.04", "3.05"}, ", ", " or ") == "3.02, 3.04 or 3.05");
}

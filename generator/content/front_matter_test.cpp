#include "content/front_matter.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("front matter is split with the body's first line") {
    auto s = split_front_matter("---\ntitle: A\n---\n# Body\n");
    CHECK(s.has_front_matter);
    CHECK_FALSE(s.unterminated);
    CHECK(s.yaml == "title: A\n");
    CHECK(s.yaml_first_line == 2);
    CHECK(s.body == "# Body\n");
    CHECK(s.body_first_line == 4);
}

TEST_CASE("missing and unterminated front matter") {
    CHECK_FALSE(split_front_matter("# Just markdown\n").has_front_matter);
    auto s = split_front_matter("---\ntitle: A\n");
    CHECK(s.unterminated);
    CHECK(split_front_matter("\xEF\xBB\xBF---\r\na: 1\r\n---\r\n").has_front_matter);
}

#include "data/csv.h"
#include "data/series.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("CSV records keep their line numbers, including after quoted newlines") {
    Diagnostics d;
    auto t = parse_csv("x.csv", "period,value,note\n2021,1,\"a, b\"\n2022,2,\"two\nlines\"\n\n2023,3,x\n", d);
    CHECK(d.empty());
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].fields[2] == "a, b");
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[1].fields[2] == "two\nlines");
    CHECK(t.rows[2].line == 6);
}

TEST_CASE("CSV rows with the wrong field count are reported at their line") {
    Diagnostics d;
    auto t = parse_csv("x.csv", "period,value\n2021,1,9\n2022,2\n", d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].code == "csv-field-count");
    CHECK(d.items()[0].location.line == 2);
    CHECK(t.rows.size() == 1);
}

TEST_CASE("an unterminated quote is reported where it opens") {
    Diagnostics d;
    parse_csv("x.csv", "period,value\n2021,\"1\n2022,2\n", d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].code == "csv-syntax");
    CHECK(d.items()[0].location.line == 2);
}

TEST_CASE("a source's '(line N)' locator is kept apart from the public citation", "[series]") {
    auto [text, line] =
        split_source_locator("ICP meeting pack, 24 July 2023, Enclosure C, page 47 (line 1046)");
    CHECK(text == "ICP meeting pack, 24 July 2023, Enclosure C, page 47");
    CHECK(line == 1046);
    auto [whole, none] = split_source_locator("Fingertips (line of best fit)");
    CHECK(whole == "Fingertips (line of best fit)");
    CHECK(none == 0);
}

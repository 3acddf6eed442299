#include "data/csv.h"
#include "data/series.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("CSV records keep their line numbers, including after quoted newlines") {
    Diagnostics d;
    auto t = parse_csv(
        "x.csv", "period,value,note\n2021,1,\"a, b\"\n2022,2,\"two\nlines\"\n\n2023,3,x\n", d);
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

TEST_CASE("a CSV saved with semicolons or tabs is reported at its header") {
    for (const char* sep : {";", "\t"}) {
        Diagnostics d;
        std::string text = std::string("\nperiod") + sep + "value\n2021" + sep + "1,5\n";
        auto t = parse_csv("x.csv", text, d);
        REQUIRE(d.items().size() == 1);
        const Diagnostic& e = d.items()[0];
        CHECK(e.code == "csv-separator");
        CHECK(e.location.line == 2);
        CHECK(e.location.column == 7);
        CHECK(e.message == std::string("the columns of this file are separated by ") +
                               (*sep == ';' ? "semicolons" : "tabs") +
                               ", so icbgen reads the header as one column");
        CHECK(e.hint == std::string("separate columns with commas: save the file as 'CSV (comma "
                                    "delimited)', or replace each ") +
                            (*sep == ';' ? "';'" : "tab") + " between columns with ','");
        CHECK(t.header.empty());
        CHECK(t.rows.empty());
    }
}

TEST_CASE("a source's '(line N)' locator is kept apart from the public citation", "[series]") {
    auto [text, line] =
        split_source_locator("ICP meeting pack, 24 July 2023, Enclosure C, page 47 (line 1046)");
    CHECK(text == "ICP meeting pack, 24 July 2023, Enclosure C, page 47");
    CHECK(line == 1046);
    auto [whole, none] = split_source_locator("Fingertips (line of best fit)");
    CHECK(whole == "Fingertips (line of best fit)");
    CHECK(none == 0);
    using Split = std::pair<std::string, int>;
    CHECK(split_source_locator("Report\t (line 7) \r\n") == Split{"Report", 7});
    CHECK(split_source_locator("(line 123456)") == Split{"", 123456});
    CHECK(split_source_locator("A (line 1) (line 2)") == Split{"A (line 1)", 2});
    CHECK(split_source_locator("A (line 1234567)") == Split{"A (line 1234567)", 0});
    CHECK(split_source_locator("A (line )") == Split{"A (line )", 0});
    CHECK(split_source_locator("A(line 3)") == Split{"A", 3});
    CHECK(split_source_locator("A (Line 3)") == Split{"A (Line 3)", 0});
    CHECK(split_source_locator("A (line  3)") == Split{"A (line  3)", 0});
    CHECK(split_source_locator("two\nlines (line 3)") == Split{"two\nlines (line 3)", 0});
    CHECK(split_source_locator("ends (line 3) and more") == Split{"ends (line 3) and more", 0});
}

TEST_CASE("a file saved by Excel: byte-order mark, CRLF line ends, quoted CRLF") {
    Diagnostics d;
    auto t = parse_csv("x.csv",
                       "\xEF\xBB\xBFIndicator ID,Time period,Value\r\n"
                       "90901,2019 - 21,3.88\r\n"
                       "90901,\"two\r\nlines\",3.9\r\n",
                       d);
    CHECK(d.empty());
    CHECK(t.header == std::vector<std::string>{"Indicator ID", "Time period", "Value"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[0].fields[2] == "3.88");
    CHECK(t.rows[1].fields[1] == "two\r\nlines");
    CHECK(t.rows[1].line == 3);
}

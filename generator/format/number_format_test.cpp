#include "format/number_format.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("numbers for people: fewest decimals, at most two", "[format]") {
    CHECK(format_number(0) == "0");
    CHECK(format_number(52.1) == "52.1");
    CHECK(format_number(4.125) == "4.12");  // rounded as printf rounds the stored double
    CHECK(format_number(4.1) == "4.1");
    CHECK(format_number(7.0) == "7");
    CHECK(format_number(100) == "100");
    CHECK(format_number(999.999) == "1,000");
    CHECK(format_number(1000) == "1,000");
    CHECK(format_number(15385) == "15,385");
    CHECK(format_number(29000000) == "29,000,000");
    CHECK(format_number(1234567.891) == "1,234,567.89");
    CHECK(format_number(-3) == "-3");
    CHECK(format_number(-1234.5) == "-1,234.5");
    CHECK(format_number(-0.001) == "0");  // never "-0"
    CHECK(format_number(-0.0) == "0");
}

TEST_CASE("numbers for people: a fixed number of decimals", "[format]") {
    CHECK(format_number(52.1, 2) == "52.10");
    CHECK(format_number(52.1, 0) == "52");
    CHECK(format_number(0, 1) == "0.0");
    CHECK(format_number(29000000, 0) == "29,000,000");
    CHECK(format_number(1234.5, 1) == "1,234.5");
    CHECK(format_number(-0.04, 1) == "0.0");
    CHECK(format_number(-0.06, 1) == "-0.1");
    CHECK(format_number(0.05, 3) == "0.050");
}

TEST_CASE("fractions as percentages", "[format]") {
    CHECK(format_percent(0) == "0%");
    CHECK(format_percent(1) == "100%");
    CHECK(format_percent(0.8) == "80%");
    CHECK(format_percent(0.005) == "0.5%");
    CHECK(format_percent(0.0324, 1) == "3.2%");
    CHECK(format_percent(12.345, 1) == "1,234.5%");
}

TEST_CASE("numbers for machines: no separators, exact", "[format]") {
    CHECK(plain_number(0) == "0");
    CHECK(plain_number(0.1) == "0.1");
    CHECK(plain_number(1234.5678) == "1234.5678");
    CHECK(plain_number(29000000) == "29000000");  // never "2.9e+07"
    CHECK(plain_number(0.0000001) == "0.0000001");
    CHECK(plain_number(-2.5) == "-2.5");
    CHECK(plain_number(52.1, 2) == "52.10");
    CHECK(plain_number(52, 0) == "52");
}

TEST_CASE("computed numbers to significant digits", "[format]") {
    CHECK(significant_number(25.0 / 28 * 100, 4) == "89.29");
    CHECK(significant_number(0.655, 4) == "0.655");
    CHECK(significant_number(0.6, 4) == "0.6");
    CHECK(significant_number(63, 4) == "63");
    CHECK(significant_number(123456, 4) == "123456");
    CHECK(significant_number(0.000123456, 4) == "0.0001235");
    CHECK(significant_number(-89.2857, 4) == "-89.29");
    CHECK(significant_number(0, 4) == "0");
}

TEST_CASE("the decimals a stored value needs", "[format]") {
    CHECK(decimals_of(52) == 0);
    CHECK(decimals_of(52.1) == 1);
    CHECK(decimals_of(4.12) == 2);
    CHECK(decimals_of(-0.125) == 3);
    CHECK(decimals_of(1.0 / 3) == 6);
}

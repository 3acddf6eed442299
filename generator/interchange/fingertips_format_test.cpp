#include <catch2/catch.hpp>

#include "interchange/external_format.h"

using namespace icbgen;

namespace {
ImportedTable read(const std::string& csv, const ImportOptions& options, Diagnostics& d) {
    CsvTable t = parse_csv("ft.csv", csv, d);
    return read_fingertips(t, options, d);
}
}  // namespace

TEST_CASE("Fingertips columns are found by name, in any order, unknown ones ignored") {
    // Value before Time period, a column Fingertips never wrote, and the parent comparison
    // named after the parent area type.
    std::string csv =
        "\xEF\xBB\xBFSomething new,Value,Time period,Area Code,Area Name,Indicator ID,"
        "Indicator Name,Sex,Age,Category Type,Category,Compared to Region value or "
        "percentiles,Value note\r\n"
        "x,4.1,2019 - 21,E1,Area one,901,Rate,Persons,<1 yr,,,Similar,\r\n"
        "x,4.0,2019 - 21,E2,Area two,901,Rate,Persons,All ages,,,Similar,\r\n"
        "x,3.9,2018 - 20,E1,Area one,901,Rate,Persons,<1 yr,,,Similar,\r\n"
        "x,5.0,2019 - 21,E1,Area one,901,Rate,Persons,<1 yr,Deprivation,Most deprived,,\r\n";
    Diagnostics d;
    ImportedTable t = read(csv, {}, d);
    CHECK(d.empty());
    // The standard age is <1 yr (two rows against one); the category row is left out.
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].period == "2019-21");
    CHECK(t.rows[0].value == "4.1");
    CHECK(t.rows[0].area == "Area one");
    CHECK(t.rows[0].area_code == "E1");
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].period == "2018-20");
    CHECK(t.facts.title == "Rate");
    CHECK(t.rows[0].source == "OHID Fingertips indicator 901, file ");
}

TEST_CASE("a Fingertips file without a required column is refused") {
    Diagnostics d;
    ImportedTable t = read("Indicator ID,Value\n1,2\n", {}, d);
    CHECK(t.rows.empty());
    REQUIRE(d.has_errors());
    CHECK(d.items()[0].code == "import-missing-column");
}

#include "data/series.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("reserved columns are kept out of the breakdowns") {
    Diagnostics d;
    CsvTable t = parse_csv("data/metrics/x.csv",
                           "period,area,area_code,sex,value,period_sortable,compared_to,"
                           "value_note,indicator_id\n"
                           "2021,SEL,E54000030,Male,3,20210000,Similar,,90901\n",
                           d);
    Series s = build_series(t, d);
    CHECK(d.empty());
    CHECK(s.breakdown_columns == std::vector<std::string>{"sex"});
    REQUIRE(s.observations.size() == 1);
    CHECK(s.observations[0].breakdown ==
          std::vector<std::pair<std::string, std::string>>{{"sex", "Male"}});
    CHECK(is_reserved_series_column("area_code"));
    CHECK_FALSE(is_reserved_series_column("ethnicity"));
}

TEST_CASE("a reserved column written in capitals is reported, not read as a breakdown") {
    Diagnostics d;
    CsvTable t = parse_csv("data/metrics/x.csv", "period,value,Area_Code\n2021,3,E1\n", d);
    build_series(t, d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].code == "csv-header-case");
}

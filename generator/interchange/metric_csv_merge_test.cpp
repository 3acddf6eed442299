#include "interchange/metric_csv_merge.h"

#include <catch2/catch.hpp>

using namespace icbgen;

namespace {
ImportedRow row(const char* period, const char* area, const char* value, int line,
                const char* note = "") {
    ImportedRow r;
    r.period = period, r.area = area, r.value = value, r.note = note, r.line = line;
    r.gives_note = true;
    r.source = "test file";
    return r;
}
}  // namespace

TEST_CASE("a new file is written in the documented order") {
    Diagnostics d;
    auto m =
        merge_into_metric_csv("data/metrics/x.csv", std::nullopt,
                              {row("2021/22", "England", "3.9", 4), row("2019/20", "SEL", "4.1", 2),
                               row("2019/20", "England", "", 3, "suppressed: fewer than 5")},
                              d);
    REQUIRE(m.ok);
    CHECK(m.changed);
    CHECK(m.changes.size() == 3);
    CHECK(m.text ==
          "period,area,value,note,source\n"
          "2019/20,England,,suppressed: fewer than 5,test file\n"
          "2019/20,SEL,4.1,,test file\n"
          "2021/22,England,3.9,,test file\n");
}

TEST_CASE("merging keeps rows, adds new periods, updates changed values, and is idempotent") {
    std::string existing =
        "period,area,value,note,source\n"
        "2019-21,SEL,4.12,,\"pack, page 52\"\n"
        "2019-21,England,3.9,,\"pack, page 52\"\n";
    Diagnostics d;
    auto m = merge_into_metric_csv(
        "data/metrics/x.csv", existing,
        {row("2019-21", "England", "3.90", 7, ""), row("2019-21", "London", "3.5", 8),
         row("2020-22", "England", "4.0", 9)},
        d);
    REQUIRE(m.ok);
    CHECK(m.unchanged == 1);  // 3.90 is 3.9
    REQUIRE(m.changes.size() == 2);
    CHECK(m.changes[0].added);
    CHECK(m.changes[0].row == "2019-21, London");
    CHECK(m.text ==
          "period,area,value,note,source\n"
          "2019-21,England,3.9,,\"pack, page 52\"\n"
          "2019-21,London,3.5,,test file\n"
          "2019-21,SEL,4.12,,\"pack, page 52\"\n"
          "2020-22,England,4.0,,test file\n");

    // The same import again changes nothing and hands back the text as it was.
    auto again = merge_into_metric_csv(
        "data/metrics/x.csv", m.text,
        {row("2019-21", "London", "3.5", 8), row("2020-22", "England", "4.0", 9)}, d);
    CHECK_FALSE(again.changed);
    CHECK(again.changes.empty());
    CHECK(again.text == m.text);

    // A revised value is an update, reported old -> new with its input line.
    auto revised = merge_into_metric_csv("data/metrics/x.csv", m.text,
                                         {row("2020-22", "England", "4.2", 11)}, d);
    REQUIRE(revised.changes.size() == 1);
    CHECK_FALSE(revised.changes[0].added);
    CHECK(revised.changes[0].input_line == 11);
    REQUIRE(revised.changes[0].fields.size() == 1);
    CHECK(revised.changes[0].fields[0].field == "value");
    CHECK(revised.changes[0].fields[0].old_value == "4.0");
    CHECK(revised.changes[0].fields[0].new_value == "4.2");
    CHECK(revised.text.find("2020-22,England,4.2,,test file\n") != std::string::npos);
    CHECK(d.empty());
}

TEST_CASE("breakdowns and the area_code column") {
    std::string existing = "period,area,sex,value\n2021/22,SEL,Female,10\n";
    ImportedRow r = row("2021/22", "SEL", "10", 2);
    r.breakdown = {{"sex", "Female"}};
    r.area_code = "E54000030";
    Diagnostics d;
    auto m = merge_into_metric_csv("x.csv", existing, {r}, d);
    CHECK_FALSE(m.changed);  // an area code alone is no change
    ImportedRow male = row("2021/22", "SEL", "9", 3);
    male.breakdown = {{"sex", "Male"}};
    male.area_code = "E54000030";
    auto added = merge_into_metric_csv("x.csv", existing, {male}, d);
    CHECK(added.text ==
          "period,area,area_code,sex,value,source\n"
          "2021/22,SEL,,Female,10,\n"
          "2021/22,SEL,E54000030,Male,9,test file\n");
}

TEST_CASE("an unreadable existing file is not merged") {
    Diagnostics d;
    auto m =
        merge_into_metric_csv("data/metrics/x.csv", std::string("period,area,value\n2021,SEL\n"),
                              {row("2022", "SEL", "1", 2)}, d);
    CHECK_FALSE(m.ok);
    CHECK(d.has_errors());
}

TEST_CASE("fields are quoted only when they must be") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a, b") == "\"a, b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field(" lead") == "\" lead\"");
}

#include <catch2/catch.hpp>

#include <algorithm>

#include "render/workbook/metric_tables.h"

using namespace icbgen;
using namespace icbgen::workbook;

namespace {

Observation row(const std::string& period, const std::string& area, std::optional<double> value,
                std::vector<std::pair<std::string, std::string>> breakdown = {}) {
    Observation o;
    o.period = *parse_period(period);
    o.area = area;
    o.value = value;
    o.value_decimals = 1;
    o.breakdown = std::move(breakdown);
    return o;
}

Metric metric(std::vector<Observation> rows) {
    Metric m;
    m.id = "rate";
    m.title = "A rate";
    m.unit = "rate-per-1000";
    m.series = Series{};
    m.series->observations = std::move(rows);
    return m;
}

bool has_line(const Sheet& s, const std::string& start) {
    return std::any_of(s.lines.begin(), s.lines.end(),
                       [&](const Line& l) { return l.text.rfind(start, 0) == 0; });
}

}  // namespace

TEST_CASE("metric sheet: periods in time order, headline area first, one column per series") {
    Metric m = metric({row("2022", "London", 3.5), row("2021/22", "SEL", 4.1),
                       row("2021", "SEL", 4.0), row("2022", "SEL", 4.2), row("2021", "London", 3.4),
                       row("2021/22", "London", 3.3)});
    m.headline_area = "SEL";
    Names names;
    NoteBook notes;
    Sheet s = metric_chart_sheet(m, names, notes);
    const Table& t = *s.table;
    const std::vector<Row> rows = all_rows(t);
    REQUIRE(t.columns.size() == 3);
    CHECK(t.columns[1].header == "SEL (per 1,000)");
    CHECK(t.columns[2].header == "London (per 1,000)");
    std::vector<std::string> periods;
    for (const auto& r : rows) periods.push_back(r[0].text);
    CHECK(periods == std::vector<std::string>{"2021", "2021/22", "2022"});
    CHECK(rows[1][1].number == 4.1);
    REQUIRE(s.chart);
    CHECK(s.chart->series.size() == 2);
    CHECK(s.chart->alt_text.find("over 3 periods, from 2021 to 2022") != std::string::npos);
    CHECK(s.chart->alt_text.find(
              "SEL: 4.0 per 1,000 in 2021, 4.1 per 1,000 in 2021/22, 4.2 per 1,000 in 2022.") !=
          std::string::npos);
}

TEST_CASE(
    "metric sheet: a series with a gap is tabulated but not drawn - conflicts keep the first") {
    Metric m = metric({row("2021", "SEL", 4.0), row("2022", "SEL", 4.2), row("2022", "SEL", 9.9),
                       row("2022", "England", 3.9)});
    Names names;
    NoteBook notes;
    Sheet s = metric_chart_sheet(m, names, notes);
    const std::vector<Row> rows = all_rows(*s.table);
    CHECK(rows[0][2].text == "[x]");  // England has no 2021 value
    CHECK(rows[1][1].number == 4.2);  // the first of two 2022 rows
    REQUIRE(s.chart);
    CHECK(s.chart->series.size() == 1);
    CHECK(has_line(s, "Not drawn in the chart, because a period has no value: England"));
    CHECK(has_line(s, "Where the source gives two figures for one period"));
    CHECK(notes.notes().size() == 1);
}

TEST_CASE("metric sheet: breakdowns label their series - at most ten are drawn") {
    std::vector<Observation> rows;
    for (int i = 0; i < 12; ++i)
        rows.push_back(
            row("2023", "SEL", i, {{"group", "Group " + std::to_string(i)}, {"sex", ""}}));
    Metric m = metric(rows);
    Names names;
    NoteBook notes;
    Sheet s = metric_chart_sheet(m, names, notes);
    CHECK(s.table->columns[1].header == "Group 0 (per 1,000)");  // one area: categories only
    REQUIRE(s.chart);
    CHECK(s.chart->series.size() == 10);
    CHECK(
        has_line(s, "The chart draws the first 10 complete series; 2 more are in the table only."));
    CHECK(s.lines.front().text == "This worksheet contains one table and one chart.");

    Table data = observations_table({&m}, "Data", notes);
    const std::vector<Row> data_rows = all_rows(data);
    REQUIRE(data_rows.size() == 12);
    CHECK(data_rows[0][4].text == "group");  // the empty "sex" category is a total, not a breakdown
    CHECK(data_rows[0][5].text == "Group 0");
}

TEST_CASE("data sheets: past the rows a worksheet can hold, the table is split into parts") {
    Metric a = metric({row("2021", "SEL", 1), row("2022", "SEL", 2), row("2023", "SEL", 3)});
    Metric b = metric({row("2021", "London", 4), row("2022", "London", 5)});
    b.id = "other";
    Metric none;
    none.id = "none";
    none.title = "Not measured";
    none.unit = "percent";
    Names names;
    NoteBook notes;
    const std::vector<const Metric*> metrics{&a, &none, &b};
    CHECK(observation_rows(metrics) == 6);
    // At the limit: one sheet, as before.
    auto one = observation_sheets(metrics, "Data", "Data", "T", "D", {"L"}, names, notes, 6);
    REQUIRE(one.size() == 1);
    CHECK(one[0].table->row_count() == 6);

    auto parts = observation_sheets(metrics, "Data", "Data", "T", "D", {"L"}, names, notes, 4);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].name == "Data");
    CHECK(parts[1].name == "Data (2)");
    CHECK(parts[1].table->name == "Data_2");
    CHECK(parts[1].title == "T (part 2)");
    CHECK(std::any_of(parts[1].lines.begin(), parts[1].lines.end(), [](const Line& l) {
        return l.text ==
               "Part 2 of 2 of the table: rows 5 to 6 of 6. A worksheet holds at most 1,048,576 "
               "rows, so the table is split over the sheets Data to Data (2), in the same order.";
    }));
    // The parts together are the whole table, in order, each row once.
    std::vector<std::string> got;
    for (const auto& p : parts)
        for (const auto& r : all_rows(*p.table)) got.push_back(r[0].text + " " + r[2].text);
    CHECK(got == std::vector<std::string>{"rate 2021", "rate 2022", "rate 2023", "none [x]",
                                          "other 2021", "other 2022"});
    CHECK(parts[0].table->row_count() == 4);
    CHECK(parts[1].table->row_count() == 2);

    // Split inside a metric's rows too.
    auto thirds = observation_sheets(metrics, "D", "D", "T", "D", {}, names, notes, 2);
    REQUIRE(thirds.size() == 3);
    std::vector<std::string> middle;
    for (const auto& r : all_rows(*thirds[1].table)) middle.push_back(r[0].text + " " + r[2].text);
    CHECK(middle == std::vector<std::string>{"rate 2023", "none [x]"});
}

TEST_CASE("metric sheet: past the periods a worksheet holds, the latest, and a line saying so") {
    Metric m = metric({row("2021", "SEL", 4.0), row("2023", "SEL", 4.2), row("2022", "SEL", 4.1),
                       row("2020", "SEL", 3.9)});
    Names names;
    NoteBook notes;
    Sheet s = metric_chart_sheet(m, names, notes, 2);
    std::vector<std::string> periods;
    for (const auto& r : all_rows(*s.table)) periods.push_back(r[0].text);
    CHECK(periods == std::vector<std::string>{"2022", "2023"});
    CHECK(has_line(s,
                   "This table shows the latest 2 of 4 periods, as many as a worksheet can "
                   "hold; every figure is on the Data worksheet."));
    REQUIRE(s.chart);
    CHECK(s.chart->alt_text.find("over 2 periods, from 2022 to 2023") != std::string::npos);
    CHECK_FALSE(has_line(metric_chart_sheet(m, names, notes, 4), "This table shows the latest"));
}

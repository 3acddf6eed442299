#pragma once
// The metric data sheets shared by the strategy workbook and the meeting appendices: one tidy
// long table of every observation, and one sheet per metric with its series side by side by
// period under a native line chart.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/site_model.h"
#include "render/workbook/workbook_spec.h"

namespace icbgen::workbook {

// Every observation of the metrics, one row each, in file order; a metric without data gets a
// single row of [x] saying so. Columns: metric id and title, period, area, breakdown and
// category, value, unit, confidence interval, numerator, denominator, note, source.
// `first` and `count` take a slice of its rows (counted from 0), for a table split over sheets.
Table observations_table(const std::vector<const Metric*>& metrics, const std::string& name,
                         NoteBook& notes, std::size_t first = 0, std::size_t count = SIZE_MAX);
std::size_t observation_rows(const std::vector<const Metric*>& metrics);

// A worksheet holds at most 1,048,576 rows (Excel; LibreOffice too): past this many rows the
// tidy table is split into parts, each on a sheet of its own, so no workbook fails to build
// however much data there is (1,125,000 rows at the benchmark's 100,000 pages).
inline constexpr std::size_t kMaxSheetRows = 1000000;

// A metric's series by period (headline area first, then comparators and breakdowns), with a
// line chart of every series that has a value in every period. Only for tracked metrics. Past
// `max_periods` periods (more than a worksheet holds), the latest, and a line saying so.
Sheet metric_chart_sheet(const Metric& metric, Names& names, NoteBook& notes,
                         std::size_t max_periods = kMaxSheetRows);

// The sheet of the tidy table (table_sheet: `sheet` already taken from `names`, the table
// named `table`), or, past `max_rows` rows, its parts: `sheet`, `sheet (2)`, ... each saying
// which rows it holds.
std::vector<Sheet> observation_sheets(const std::vector<const Metric*>& metrics,
                                      const std::string& sheet, const std::string& table,
                                      const std::string& title, const std::string& description,
                                      const std::vector<std::string>& lines, Names& names,
                                      NoteBook& notes, std::size_t max_rows = kMaxSheetRows);

// The alt text of a metric's chart: what it shows and the values of each series drawn.
struct SeriesValues {
    std::string label;
    std::vector<std::pair<std::string, std::pair<double, int>>> points;  // period, value, decimals
};
std::string chart_alt_text(const Metric& metric, const std::vector<SeriesValues>& drawn,
                           const std::vector<std::string>& periods);

}  // namespace icbgen::workbook

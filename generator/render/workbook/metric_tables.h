#pragma once
// The metric data sheets shared by the strategy workbook and the meeting appendices: one tidy
// long table of every observation, and one sheet per metric with its series side by side by
// period under a native line chart.
#include <string>
#include <vector>

#include "model/site_model.h"
#include "render/workbook/workbook_spec.h"

namespace icbgen::workbook {

// Every observation of the metrics, one row each, in file order; a metric without data gets a
// single row of [x] saying so. Columns: metric id and title, period, area, breakdown and
// category, value, unit, confidence interval, numerator, denominator, note, source.
Table observations_table(const std::vector<const Metric*>& metrics, const std::string& name,
                         NoteBook& notes);

// A metric's series by period (headline area first, then comparators and breakdowns), with a
// line chart of every series that has a value in every period. Only for tracked metrics.
Sheet metric_chart_sheet(const Metric& metric, Names& names, NoteBook& notes);

// The alt text of a metric's chart: what it shows and the values of each series drawn.
struct SeriesValues {
    std::string label;
    std::vector<std::pair<std::string, std::pair<double, int>>> points;  // period, value, decimals
};
std::string chart_alt_text(const Metric& metric, const std::vector<SeriesValues>& drawn,
                           const std::vector<std::string>& periods);

}  // namespace icbgen::workbook

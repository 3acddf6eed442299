#pragma once
// downloads/strategy-metrics.xlsx: cover, contents, notes, the traceability map (priority ->
// ambition -> metric -> latest value -> target -> progress), the metric definitions, every
// observation in one tidy table, and one sheet with a line chart per metric with data (up to
// kMaxMetricSheets of them).
#include <cstddef>
#include <string>
#include <vector>

#include "model/site_model.h"
#include "render/workbook/workbook_spec.h"

namespace icbgen::workbook {

// A workbook of thousands of worksheets cannot be used (a regional or national publisher's
// metrics, or the speed benchmark's 4,500): past this many metrics with data, a worksheet of
// its own goes only to each metric that measures an ambition, up to this many, in metric order.
// Every figure stays on the Data worksheet and in the data download; the workbook says so.
inline constexpr std::size_t kMaxMetricSheets = 100;

// The metrics, of those with data, that get a worksheet of their own.
std::vector<const Metric*> metric_sheets_for(const SiteModel& model,
                                             const std::vector<const Metric*>& tracked);

WorkbookSpec strategy_workbook(const SiteModel& model, const std::string& build_date);

}  // namespace icbgen::workbook

#pragma once
// downloads/strategy-metrics.xlsx: cover, contents, notes, the traceability map (priority ->
// ambition -> metric -> latest value -> target -> progress), the metric definitions, every
// observation in one tidy table, and one sheet with a line chart per metric with data.
#include <string>

#include "model/site_model.h"
#include "render/workbook/workbook_spec.h"

namespace icbgen::workbook {

WorkbookSpec strategy_workbook(const SiteModel& model, const std::string& build_date);

}  // namespace icbgen::workbook

#pragma once
// downloads/case-studies.xlsx: cover, contents, notes and one filterable table of every
// outcome of every case study, with the figure as a number where the source gives one.
#include <string>

#include "model/site_model.h"
#include "render/workbook/workbook_spec.h"

namespace icbgen::workbook {

// nullopt when no case study reports an outcome: there is nothing to tabulate.
std::optional<WorkbookSpec> case_study_workbook(const SiteModel& model,
                                                const std::string& build_date);

}  // namespace icbgen::workbook

#pragma once
// downloads/<meeting-id>-appendix.xlsx: cover, contents, notes, the public agenda, the action
// log of this and earlier meetings' minutes, and the data behind every metric cited by the
// meeting's public papers. Private (part II) items and papers never appear.
#include <string>

#include "model/site_model.h"
#include "render/workbook/workbook_spec.h"

namespace icbgen::workbook {

WorkbookSpec meeting_workbook(const SiteModel& model, const Meeting& meeting,
                              const std::string& build_date);

}  // namespace icbgen::workbook

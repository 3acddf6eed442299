#pragma once
// The strategy workbook's Decisions sheet: the decisions register (render/decision_register.h)
// as one table, public decisions only.
#include "render/workbook/workbook_spec.h"

namespace icbgen::workbook {

// nullopt when no meeting's minutes record a public decision.
std::optional<Sheet> decisions_sheet(const SiteModel& model, Names& names, NoteBook& notes);

}  // namespace icbgen::workbook

#pragma once
// `icbgen export open-sdg`: a metric's CSV as Open SDG's tidy data CSV: Year, the breakdown
// columns (a blank category stays blank, Open SDG's "all"), Units, Series, GeoCode, Value.
// Year is the icbgen period as written; GeoCode the area; Units the unit's words (format/
// unit.h, e.g. "Per cent"); Series the metric's title. Values are copied as written. Rows with
// no value (a note only) are left out: the format has no place for the note. The reserved
// columns, notes and sources stay in icbgen.
#include <string>

#include "data/csv.h"

namespace icbgen {

// `table` is the metric's CSV as parse_csv reads it.
std::string open_sdg_csv(const CsvTable& table, const std::string& title, const std::string& unit);

}  // namespace icbgen

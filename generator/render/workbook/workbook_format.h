#pragma once
// Names Excel accepts and Excel number formats, for the workbook builders. Numbers, units,
// dates and lists are written by format/, as on the site and in the packs.
#include <string>
#include <vector>

namespace icbgen::workbook {

// A sheet name Excel accepts (at most 31 characters, none of []:*?/\), not already in
// `taken` (compared case-insensitively, as Excel does); the name is added to `taken`.
std::string unique_sheet_name(const std::string& wanted, std::vector<std::string>& taken);

// A valid Excel table name made from `wanted` (letters, digits and underscores, starting
// with a letter, never looking like a cell reference), unique within `taken`.
std::string unique_table_name(const std::string& wanted, std::vector<std::string>& taken);

// The Excel number format for a number shown with `decimals` places: "#,##0", "#,##0.0";
// "0" (no thousands separator) for decimals -1, used for years.
std::string number_format(int decimals);

}  // namespace icbgen::workbook

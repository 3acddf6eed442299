#pragma once
// Small text helpers shared by the workbook builders: names Excel accepts, units as readers
// see them, number formats and dates written out in words.
#include <string>
#include <vector>

namespace icbgen::workbook {

// A sheet name Excel accepts (at most 31 characters, none of []:*?/\), not already in
// `taken` (compared case-insensitively, as Excel does); the name is added to `taken`.
std::string unique_sheet_name(const std::string& wanted, std::vector<std::string>& taken);

// A valid Excel table name made from `wanted` (letters, digits and underscores, starting
// with a letter, never looking like a cell reference), unique within `taken`.
std::string unique_table_name(const std::string& wanted, std::vector<std::string>& taken);

// How a metric unit reads in a table ("%", "per 1,000", "£", "number", "days"), in a column
// header ("(%)") and on a chart axis ("Per cent").
std::string unit_label(const std::string& unit);
std::string unit_header(const std::string& unit);
std::string unit_axis(const std::string& unit);

// A value with its unit for prose, e.g. "52.1%", "£162", "4.12 per 1,000", "29,000,000".
std::string value_with_unit(double value, int decimals, const std::string& unit);

// The value with thousands separators and the given decimal places: "29,000,000", "52.1".
std::string format_number(double value, int decimals);

// The Excel number format for a number shown with `decimals` places: "#,##0", "#,##0.0";
// "0" (no thousands separator) for decimals -1, used for years.
std::string number_format(int decimals);

// The fewest decimal places (up to 6) that show `value` exactly as stored.
int decimals_of(double value);

// "higher-is-better" -> "Higher is better".
std::string humanise(const std::string& code);

// "2023-07-24" -> "24 July 2023"; text that is not an ISO date is returned unchanged.
std::string long_date(const std::string& iso);

// Seconds since 1970 at midnight UTC of an ISO date, or nullopt-like -1 when not a date.
long long epoch_seconds(const std::string& iso);

// The parts joined with `separator`.
std::string join(const std::vector<std::string>& parts, const std::string& separator);

}  // namespace icbgen::workbook

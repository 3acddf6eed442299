#pragma once
// Names Excel accepts and Excel number formats, for the workbook builders. Numbers, units,
// dates and lists are written by format/, as on the site and in the packs.
#include <initializer_list>
#include <string>
#include <unordered_set>

namespace icbgen::workbook {

// Names already given in a workbook, compared ignoring case as Excel does. A set, so that
// naming thousands of sheets stays linear (a list searched for each new name did not).
class TakenNames {
public:
    TakenNames(std::initializer_list<std::string> names = {});
    bool contains(const std::string& name) const;
    void add(const std::string& name);

private:
    std::unordered_set<std::string> folded_;  // ASCII letters in lower case
};

// A sheet name Excel accepts (at most 31 characters, none of []:*?/\), not already in
// `taken` (compared case-insensitively, as Excel does); the name is added to `taken`.
std::string unique_sheet_name(const std::string& wanted, TakenNames& taken);

// A valid Excel table name made from `wanted` (letters, digits and underscores, starting
// with a letter, never looking like a cell reference), unique within `taken`.
std::string unique_table_name(const std::string& wanted, TakenNames& taken);

// The Excel number format for a number shown with `decimals` places: "#,##0", "#,##0.0";
// "0" (no thousands separator) for decimals -1, used for years.
std::string number_format(int decimals);

}  // namespace icbgen::workbook

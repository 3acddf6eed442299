#pragma once
// A metric's data: typed observations read from its tidy CSV.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/csv.h"
#include "data/period.h"

namespace icbgen {

struct Observation {
    Period period;
    std::optional<double> value;  // empty only with a note explaining why
    int value_decimals = 0;       // decimal places as written, e.g. 1 for 52.1
    std::string area;             // "" when the file has no area column
    // Breakdown dimension -> category, e.g. {"ethnicity", "Black"}; ordered by column.
    std::vector<std::pair<std::string, std::string>> breakdown;
    std::optional<double> lower_ci, upper_ci, numerator, denominator;
    std::string note;
    // Where the figure comes from, as published: the `source` column without its trailing
    // "(line N)" locator, which points into the extracted text of a source document for the
    // content tests and never reaches a reader.
    std::string source;
    int source_line = 0;  // N of that locator, 0 without one
    int line = 0;         // CSV line
};

struct Series {
    std::string path;                            // data/metrics/<id>.csv
    std::vector<std::string> breakdown_columns;  // columns beyond the known ones
    std::vector<Observation> observations;       // in file order

    bool has_values() const;
    // Areas in order of first appearance.
    std::vector<std::string> areas() const;
};

// Splits "<document>, page 47 (line 1046)" into the public citation "<document>, page 47" and
// the locator 1046; text without a trailing "(line N)" is returned whole with 0.
std::pair<std::string, int> split_source_locator(const std::string& source);

// The known column names of a series CSV.
bool is_known_series_column(const std::string& name);
// The reserved column names importers write (area_code, period_sortable, compared_to,
// value_note, indicator_id): never breakdowns, shown nowhere.
bool is_reserved_series_column(const std::string& name);

// Types a parsed CSV: reports unparsable numbers and periods (pointing at their line) and a
// missing `period` or `value` column; rows with problems are left out.
Series build_series(const CsvTable& table, Diagnostics& diags);

}  // namespace icbgen

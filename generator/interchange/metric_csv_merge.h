#pragma once
// Merges imported rows into a metric's CSV (data/metrics/<id>.csv), safely and idempotently:
//  - a row is identified by its period (as data/period_key.h compares them: 2021/22 and
//    2021-22 are one), its area and its breakdown categories; rows of the file that share an
//    identity are paired with imported ones in order;
//  - an imported row with a new identity is added; one whose value (or, where the format
//    gives them, confidence limits, counts or note) differs is updated, taking the imported
//    source; one that agrees is left exactly as it is; rows the import does not mention are kept;
//  - nothing changed means the file's text is returned untouched, so importing the same file
//    twice is byte-identical; otherwise the whole file is written in a fixed order (below).
//
// Written order: columns period, area, area_code, the breakdowns (the file's, then new
// ones), value, lower_ci, upper_ci, numerator, denominator, note, source, then any other
// reserved column the file has; a column appears when the file had it or a row fills it. Rows
// sorted by period (start, then end), area, then breakdown categories; ties keep their order.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "interchange/imported_row.h"

namespace icbgen {

struct FieldChange {
    std::string field, old_value, new_value;
};

struct RowChange {
    bool added = false;               // else updated
    std::string row;                  // "2021/22, England" (period, area, categories)
    std::vector<FieldChange> fields;  // for an update: what changed
    int input_line = 0;               // line of the imported file
};

struct MergeResult {
    bool ok = false;       // false when the existing file could not be read whole
    bool changed = false;  // whether `text` differs from the existing file
    std::string text;      // the file to write
    std::vector<RowChange> changes;
    int unchanged = 0;  // imported rows equal to rows already there
};

// `existing` is the current file (nullopt when there is none), read from `path`. A problem
// reading it (a row with too few fields, an unclosed quote) is reported and gives ok=false:
// merging would lose rows.
MergeResult merge_into_metric_csv(const std::string& path,
                                  const std::optional<std::string>& existing,
                                  const std::vector<ImportedRow>& rows, Diagnostics& diags);

// A CSV field as icbgen writes it: quoted when it holds a comma, quote, line break or
// surrounding space.
std::string csv_field(const std::string& text);

}  // namespace icbgen

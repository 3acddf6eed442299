#pragma once
// The small engine every import format shares: a format names the columns it reads in a
// table (by exact name or by prefix, required or not); the engine finds them in the header,
// whatever their order, reports the required ones that are missing, and reads fields, numbers
// and their positions for diagnostics. Columns no format names are ignored.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/csv.h"

namespace icbgen {

struct ColumnSpec {
    const char* key;      // the format's own name for the column
    const char* header;   // the name in the file
    bool prefix = false;  // match any header starting with `header` not matched exactly
    bool required = false;
};

class ColumnMap {
public:
    // Finds the columns of `specs` in `table`'s header; reports each missing required one
    // ("import-missing-column"). `format` names the format in messages.
    ColumnMap(const CsvTable& table, const std::vector<ColumnSpec>& specs, const char* format,
              Diagnostics& diags);

    bool complete() const { return complete_; }
    bool has(const std::string& key) const { return index(key) >= 0; }
    // The field of `key` in `row`; "" when the file has no such column.
    const std::string& field(const CsvRecord& row, const std::string& key) const;
    // Where the field of `key` in `row` is, for a diagnostic.
    SourceLocation where(const CsvRecord& row, const std::string& key) const;
    // The header name `key` matched (for a prefix match, the file's own name).
    std::string header(const std::string& key) const;

    // The field of `key` when it is empty or a plain number; otherwise reports
    // "import-bad-number" and returns nullopt.
    std::optional<std::string> number(const CsvRecord& row, const std::string& key,
                                      Diagnostics& diags) const;

private:
    int index(const std::string& key) const;
    const CsvTable& table_;
    std::vector<std::pair<std::string, int>> found_;
    bool complete_ = true;
};

// Whether `text` is a plain decimal number, as icbgen's CSV reads it.
bool is_plain_number(const std::string& text);

}  // namespace icbgen

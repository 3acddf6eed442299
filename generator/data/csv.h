#pragma once
// RFC 4180 CSV with the line number of every record, for precise diagnostics.
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace icbgen {

struct CsvRecord {
    int line = 0;  // 1-based line where the record starts
    std::vector<std::string> fields;
};

struct CsvTable {
    std::string path;
    std::vector<std::string> header;
    std::vector<CsvRecord> rows;  // records after the header with the header's field count
};

// Parses `text`; records with the wrong number of fields and unterminated quotes are reported
// ("csv-field-count", "csv-syntax") and left out of the table. Blank lines are skipped.
CsvTable parse_csv(const std::string& path, std::string_view text, Diagnostics& diags);

// The 1-based column where field `index` of a record starts, counting characters and taking
// the fields as unquoted (records do not keep their columns): for diagnostics.
int field_column(const std::vector<std::string>& fields, std::size_t index);

}  // namespace icbgen

#pragma once
// The formats `icbgen import` reads, one table-driven mapping each (fingertips_format.cpp,
// oversight_format.cpp, open_sdg_format.cpp). To add a format: a file with its column table
// and row mapping, and one line in external_formats() (docs/IMPORTING.md, "Adding a format").
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/csv.h"
#include "interchange/imported_row.h"

namespace icbgen {

using ImportFunction = ImportedTable (*)(const CsvTable&, const ImportOptions&, Diagnostics&);

struct ExternalFormat {
    const char* name;         // as typed after `icbgen import`
    const char* description;  // for --help
    ImportFunction read;
};

const std::vector<ExternalFormat>& external_formats();
const ExternalFormat* find_external_format(const std::string& name);

// The formats' mappings. Each reads a parsed CSV, selects the rows the options ask for and maps
// them to icbgen's terms; problems are reported with the input's file, line and column.
ImportedTable read_fingertips(const CsvTable& table, const ImportOptions& options,
                              Diagnostics& diags);
ImportedTable read_oversight(const CsvTable& table, const ImportOptions& options,
                             Diagnostics& diags);
ImportedTable read_open_sdg(const CsvTable& table, const ImportOptions& options,
                            Diagnostics& diags);

// An icbgen unit code for a unit as a publisher writes it ("%", "Percentage", "Number",
// "Rate per 100,000", "Per cent"), or "" when it is not clear.
std::string unit_code_for(const std::string& publisher_unit);

}  // namespace icbgen

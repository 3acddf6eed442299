#pragma once
// What an importer hands over: rows in icbgen's own terms (periods in icbgen notation, areas,
// breakdowns, values as written), each with the input line it came from, and what the file
// says about the metric, to prefill a new metric's definition.
#include <string>
#include <utility>
#include <vector>

namespace icbgen {

struct ImportedRow {
    std::string period;     // icbgen notation (data/period.h), e.g. "2019-21", "2026-03"
    std::string area;       // area name, e.g. "England"; "" for none
    std::string area_code;  // e.g. "E92000001"; "" for none
    std::vector<std::pair<std::string, std::string>> breakdown;  // column -> category
    std::string value;  // as written in the input; "" only with a note
    std::string lower_ci, upper_ci, numerator, denominator, note;
    // Which of the fields above this format gives (a field it does not give is never
    // compared or replaced).
    bool gives_ci = false, gives_counts = false, gives_note = false;
    std::string source;  // provenance, for the `source` column
    int line = 0;        // line of the input file
};

// What the file says about the metric; "" where it says nothing.
struct MetricFacts {
    std::string title;
    std::string unit;  // an icbgen unit code (format/unit.h), "" when not clear
    std::string source_name;
    std::string source_url;
};

struct ImportedTable {
    std::string input_path;  // as given on the command line
    std::vector<ImportedRow> rows;
    MetricFacts facts;
    int skipped = 0;                   // rows selected but holding neither a value nor a note
    std::vector<std::string> remarks;  // what the analyst should know, in a sentence each
};

// What the user chose on the command line.
struct ImportOptions {
    std::string input_name;          // file name of the input, for provenance
    std::string indicator;           // fingertips --indicator
    std::vector<std::string> areas;  // --area, repeatable; empty: every area
    std::string sex, age;            // fingertips --sex, --age; empty: the headline rows
    std::string metric_id;           // nhs-oversight --metric-id
    bool peer_median = false;        // nhs-oversight --peer-median
    std::string series, units;       // open-sdg --series, --units
};

}  // namespace icbgen

// Fuzz target: the CSV reader, the typed series built from it (numbers and periods), every
// field read as a period, and the printing of the diagnostics with their source lines.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/content_loader.h"
#include "core/diagnostic_format.h"
#include "core/file_system.h"
#include "data/csv.h"
#include "data/period.h"
#include "data/series.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    const std::string path = "data/metrics/fuzz.csv";

    // Every field of the first line, whatever the encoding, read as a period.
    std::size_t end = text.find('\n');
    std::string first = text.substr(0, end);
    for (std::size_t start = 0; start <= first.size();) {
        std::size_t comma = first.find(',', start);
        if (comma == std::string::npos) comma = first.size();
        if (auto p = icbgen::parse_period(std::string_view(first).substr(start, comma - start)))
            (void)p->midpoint();
        start = comma + 1;
    }

    icbgen::Diagnostics diags;
    if (!icbgen::check_utf8(path, text, diags)) return 0;  // the loader stops here too
    icbgen::CsvTable table = icbgen::parse_csv(path, text, diags);
    for (const auto& row : table.rows)
        for (const auto& field : row.fields) (void)icbgen::parse_period(field);
    icbgen::Series series = icbgen::build_series(table, diags);
    (void)series.has_values();
    (void)series.areas();

    icbgen::MemoryFileSystem fs;
    fs.add(path, text);
    diags.sort_and_dedupe();
    for (const auto& d : diags.items()) (void)icbgen::format_diagnostic(d, &fs, false);
    return 0;
}

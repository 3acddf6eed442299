#pragma once
// How `check`, `build` and `pack` list diagnostics as text, so that warnings never bury
// errors: every error first, in full, except that past the first 10 errors of one code in one
// file the rest are one line with their count ("error[csv-bad-period]: 999990 more like this
// in data/metrics/x.csv (--verbose shows all)": a spreadsheet pasted in the wrong shape should
// not print a million errors); then the warnings, where a code reported three times or
// more shows its first report in full and then one line with the count of the rest
// ("warning[data-stale]: 11 more like this (--verbose shows all)"); then, with --verbose,
// the notes. --verbose lists every warning in full; --quiet lists errors only. JSON output
// (--format json) is always complete and never uses this.
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_system.h"

namespace icbgen {

struct ListingOptions {
    bool verbose = false;  // every warning in full, and the notes
    bool quiet = false;    // errors only
    bool color = false;
};

// Errors of one code in one file shown in full before the rest are counted in one line.
inline constexpr std::size_t kErrorsShownPerFile = 10;

// A code with this many warnings or more is shortened to its first and a count.
inline constexpr std::size_t kCollapseFrom = 3;

// `items` in the order to keep within each severity (sorted, as Diagnostics::sort_and_dedupe).
std::string list_diagnostics(const std::vector<Diagnostic>& items, const FileSystem* fs,
                             const ListingOptions& options);

}  // namespace icbgen

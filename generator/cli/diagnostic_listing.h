#pragma once
// How `check`, `build` and `pack` list diagnostics as text, so that warnings never bury
// errors: every error first, in full; then the warnings, where a code reported three times or
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

// A code with this many warnings or more is shortened to its first and a count.
inline constexpr std::size_t kCollapseFrom = 3;

// `items` in the order to keep within each severity (sorted, as Diagnostics::sort_and_dedupe).
std::string list_diagnostics(const std::vector<Diagnostic>& items, const FileSystem* fs,
                             const ListingOptions& options);

}  // namespace icbgen

#include "cli/diagnostic_listing.h"

#include <map>

#include "core/diagnostic_format.h"

namespace icbgen {

std::string list_diagnostics(const std::vector<Diagnostic>& items, const FileSystem* fs,
                             const ListingOptions& options) {
    std::string out;
    for (const auto& d : items)
        if (d.severity == Severity::error) out += format_diagnostic(d, fs, options.color);
    if (options.quiet) return out;

    std::map<std::string, std::size_t> warnings_of;
    for (const auto& d : items)
        if (d.severity == Severity::warning) ++warnings_of[d.code];
    std::map<std::string, bool> shown;
    for (const auto& d : items) {
        if (d.severity != Severity::warning) continue;
        const std::size_t n = warnings_of[d.code];
        if (options.verbose || n < kCollapseFrom) {
            out += format_diagnostic(d, fs, options.color);
            continue;
        }
        if (shown[d.code]) continue;
        shown[d.code] = true;
        out += format_diagnostic(d, fs, options.color);
        out += "warning[" + d.code + "]: " + std::to_string(n - 1) +
               " more like this (--verbose shows all)\n";
    }
    if (options.verbose)
        for (const auto& d : items)
            if (d.severity == Severity::note) out += format_diagnostic(d, fs, options.color);
    return out;
}

}  // namespace icbgen

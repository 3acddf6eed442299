#include "cli/diagnostic_listing.h"

#include <map>

#include "core/diagnostic_format.h"

namespace icbgen {

std::string list_diagnostics(const std::vector<Diagnostic>& items, const FileSystem* fs,
                             const ListingOptions& options) {
    std::string out;
    DiagnosticFormatter formatter(fs, options.color);
    std::map<std::pair<std::string, std::string>, std::size_t> errors_of;  // (path, code)
    for (const auto& d : items)
        if (d.severity == Severity::error) ++errors_of[{d.location.path, d.code}];
    std::map<std::pair<std::string, std::string>, std::size_t> errors_shown;
    for (const auto& d : items) {
        if (d.severity != Severity::error) continue;
        const std::pair<std::string, std::string> key{d.location.path, d.code};
        const std::size_t n = errors_of[key];
        std::size_t& shown = errors_shown[key];
        if (options.verbose || n <= kErrorsShownPerFile + 1 || shown < kErrorsShownPerFile) {
            out += formatter.format(d);
        } else if (shown == kErrorsShownPerFile) {
            out += "error[" + d.code + "]: " + std::to_string(n - kErrorsShownPerFile) +
                   " more like this in " + d.location.path + " (--verbose shows all)\n";
        }
        ++shown;
    }
    if (options.quiet) return out;

    std::map<std::string, std::size_t> warnings_of;
    for (const auto& d : items)
        if (d.severity == Severity::warning) ++warnings_of[d.code];
    std::map<std::string, bool> shown;
    for (const auto& d : items) {
        if (d.severity != Severity::warning) continue;
        const std::size_t n = warnings_of[d.code];
        if (options.verbose || n < kCollapseFrom) {
            out += formatter.format(d);
            continue;
        }
        if (shown[d.code]) continue;
        shown[d.code] = true;
        out += formatter.format(d);
        out += "warning[" + d.code + "]: " + std::to_string(n - 1) +
               " more like this (--verbose shows all)\n";
    }
    if (options.verbose)
        for (const auto& d : items)
            if (d.severity == Severity::note) out += formatter.format(d);
    return out;
}

}  // namespace icbgen

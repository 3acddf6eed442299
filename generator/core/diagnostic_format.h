#pragma once
// Prints diagnostics like a compiler: `path:line:col: error[code]: message`, the source line
// with a caret under the spot, and the hint; or as JSON for CI.
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_system.h"

namespace icbgen {

// Formats many diagnostics, reading each quoted file once and indexing its lines once: a CSV
// with a million bad rows gives a million diagnostics in one file, and reading the file and
// scanning to the line for each of them was quadratic (hours for one such file).
class DiagnosticFormatter {
public:
    // `fs` (may be null) supplies the source lines to quote.
    explicit DiagnosticFormatter(const FileSystem* fs, bool color = false)
        : fs_(fs), color_(color) {}
    std::string format(const Diagnostic& d);

private:
    struct Source {
        bool readable = false;
        std::string text;
        std::vector<std::size_t> line_starts;  // offset of each line's first byte
    };
    const Source& source(const std::string& path);
    std::string line(const std::string& path, int number);

    const FileSystem* fs_;
    bool color_;
    std::map<std::string, Source> sources_;
};

// One diagnostic; `fs` (may be null) supplies the source line to quote.
std::string format_diagnostic(const Diagnostic& d, const FileSystem* fs, bool color = false);
nlohmann::json diagnostic_to_json(const Diagnostic& d);

}  // namespace icbgen

#pragma once
// Prints diagnostics like a compiler: `path:line:col: error[code]: message`, the source line
// with a caret under the spot, and the hint; or as JSON for CI.
#include <nlohmann/json.hpp>
#include <string>

#include "core/diagnostic.h"
#include "core/file_system.h"

namespace icbgen {

// `fs` (may be null) supplies the source line to quote.
std::string format_diagnostic(const Diagnostic& d, const FileSystem* fs, bool color = false);
nlohmann::json diagnostic_to_json(const Diagnostic& d);

}  // namespace icbgen

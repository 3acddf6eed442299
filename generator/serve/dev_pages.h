#pragma once
// What `icbgen serve` adds to, or shows instead of, the built pages. None of it is ever part
// of `build` output: the build command does not use this stage.
//   - the live-reload script (/_icbgen/reload.js, an external file so that a
//     Content-Security-Policy of script-src 'self' allows it), tagged with the build it came
//     from, so a page that missed a rebuild while loading reloads at once;
//   - a dismissible panel listing the warnings, at the top of each page;
//   - a banner on private (part II) pages;
//   - the error page shown for every page while `check` finds errors.
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_system.h"

namespace icbgen {

inline constexpr const char* kEventsPath = "/_icbgen/events";
inline constexpr const char* kReloadScriptPath = "/_icbgen/reload.js";

// The script behind kReloadScriptPath.
const std::string& reload_script();

// `html` with the reload script before </head> (tagged with `generation`), then after <body>
// the private banner (when `is_private`) and `warnings_panel` (may be empty).
std::string add_dev_tools(const std::string& html, unsigned long generation,
                          const std::string& warnings_panel, bool is_private);

// The warnings panel (empty when there are none). `sources` (may be null) supplies each
// warning's source line.
std::string warnings_panel(const std::vector<Diagnostic>& warnings, const FileSystem* sources);

// A complete NHS-styled page listing `errors` (file:line:col, message, hint, source line),
// styled by the stylesheets at `stylesheets` (absolute paths on the server).
std::string error_page(const std::vector<Diagnostic>& errors, const FileSystem* sources,
                       const std::vector<std::string>& stylesheets);

}  // namespace icbgen

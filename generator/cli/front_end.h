#pragma once
// Load, model and validate: the stages every command runs before it renders anything.
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_system.h"
#include "model/site_model.h"
#include "site_map/site_map.h"
#include "validate/validator.h"

namespace icbgen {

struct CommonOptions {
    std::string root = ".";
    std::string format = "text";  // text | json
    bool strict = false;
    bool verbose = false;             // every warning in full, and notes (conflicts in the sources)
    bool quiet = false;               // errors only
    std::vector<std::string> ignore;  // warning and note codes left out of every report
    std::string as_of;                // YYYY-MM-DD; default below
    bool as_of_today = false;  // `check`: no --as-of means today; `build`: the strategy's date
};

struct FrontEnd {
    std::unique_ptr<DiskFileSystem> fs;
    SiteModel model;
    SiteMap site_map;  // built once from the model; validate and every renderer ask it
    Diagnostics diags;
};

class ParseCache;  // content/parse_cache.h

// Returns nullopt (after printing why) when the root is not a site folder. With a parse cache
// (`serve`), only files changed since the last run through it are parsed again.
std::optional<FrontEnd> run_front_end(const CommonOptions& options, ParseCache* cache = nullptr);

// Prints diagnostics (text to stderr, or nothing in JSON mode: see print_json_report).
void print_diagnostics(const FrontEnd& fe, const CommonOptions& options);
// The coverage summary, in words.
std::string coverage_text(const CoverageSummary& s);
nlohmann::json coverage_json(const CoverageSummary& s);
// "2 errors, 5 warnings" etc.
std::string counts_text(const Diagnostics& d);

}  // namespace icbgen

#pragma once
// `icbgen export open-sdg [--out DIR] [--metric ID]...`: each metric's data as an Open SDG
// tidy CSV, <DIR>/<id>.csv (interchange/open_sdg_export.h).
#include <string>
#include <vector>

#include "cli/front_end.h"

namespace icbgen {

struct ExportOptions {
    std::string format = "open-sdg";
    std::string out;                   // default <root>/open-sdg
    std::vector<std::string> metrics;  // default: every metric with data
};

int run_export(const CommonOptions& common, const ExportOptions& options);

}  // namespace icbgen

namespace CLI {
class App;
}

namespace icbgen {
// Registers `export` and its options on `app`.
CLI::App* add_export_command(CLI::App& app, CommonOptions& common, ExportOptions& options);
}  // namespace icbgen

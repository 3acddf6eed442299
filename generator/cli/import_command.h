#pragma once
// `icbgen import FORMAT FILE --metric ID`: reads a table another publisher exports (formats in
// interchange/external_format.h) into data/metrics/<ID>.csv, merging with what is there, and
// writes a definition to complete (content/metrics/<ID>.md) when the metric is new.
#include <string>

#include "interchange/imported_row.h"

namespace icbgen {

struct ImportCommandOptions {
    std::string root = ".";
    std::string format;  // fingertips | nhs-oversight | open-sdg
    std::string file;
    std::string metric;  // icbgen metric id
    bool dry_run = false;
    ImportOptions import;
};

int run_import(ImportCommandOptions options);

}  // namespace icbgen

namespace CLI {
class App;
}

namespace icbgen {
// Registers `import` and its options on `app`.
CLI::App* add_import_command(CLI::App& app, ImportCommandOptions& options);
}  // namespace icbgen

#pragma once
#include "cli/front_end.h"

namespace icbgen {

struct BuildOptions {
    std::string out;          // default <root>/site
    std::string private_out;  // default <root>/private
    std::string base_url;     // default from content/site.yaml
    std::string assets;       // nhsuk-frontend dist folder; default found beside the binary
    std::string meeting;      // `pack`: only this meeting
    int jobs = 0;
};

// `icbgen build`: check, then render the website, workbooks and packs and write them.
int run_build(const CommonOptions& common, const BuildOptions& options);
// `icbgen pack <meeting-id>`: check, then render and write one meeting's packs.
int run_pack(const CommonOptions& common, const BuildOptions& options);

}  // namespace icbgen

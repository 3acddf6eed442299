#pragma once
#include "cli/front_end.h"

namespace icbgen {

struct BuildOptions {
    std::string out;          // default <root>/site
    std::string private_out;  // default <root>/private
    std::string base_url;     // default from content/site.yaml
    std::string assets;       // nhsuk-frontend dist folder; default found beside the binary
    std::string pagefind;     // Pagefind binary; default found like the assets (cli/search_index.h)
    std::string meeting;      // `pack`: the meeting whose packs must be made
    bool force = false;       // replace output folders icbgen did not write
    int jobs = 0;
    std::string cache;      // PDF cache folder; default <root>/.icbgen-cache/pdf
    bool no_cache = false;  // make every PDF afresh, and keep none
};

// `icbgen build`: check, then render the website, workbooks and packs and write them: both
// output folders are replaced whole, together, or not at all.
int run_build(const CommonOptions& common, const BuildOptions& options);

}  // namespace icbgen

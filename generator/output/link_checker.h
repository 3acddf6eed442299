#pragma once
// The last check before anything is written, run by the build command on the merged output of
// every renderer: every relative href and src in every HTML file of the finished website
// (its pages, the workbooks and the public packs) must name a file in that
// output, and a #fragment on a page must name an id on it. Links to folders are broken too:
// opened from disk, a folder is not a page. Absolute URLs (https:, mailto:, ...) are not
// checked. Diagnostics name the page with line and column ("metrics/x/index.html:12:5").
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_set.h"

namespace icbgen {

// Pages are read on `threads` threads (0: one per core); the diagnostics, in the pages' order,
// do not depend on it. A page whose bytes are in the FileSet's store is read back from it.
// `also_present` names files that count as there without being in `files` (`serve`'s PDFs,
// made when asked for).
void check_output_links(const FileSet& files, Diagnostics& diags, int threads = 0,
                        const std::vector<std::string>& also_present = {});

}  // namespace icbgen

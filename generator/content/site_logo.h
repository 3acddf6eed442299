#pragma once
// The organisation's logo that site.yaml names (`logo: assets/logo.svg`, relative to the site
// folder): the loader reads it once, so the website header and the pack cover (HTML and PDF)
// use the same bytes. A file that is missing, outside the site folder or neither SVG nor PNG is
// an error at the `logo:` line.
#include <string>

#include "content/content_loader.h"
#include "core/diagnostic.h"
#include "core/file_system.h"

namespace icbgen {

struct SiteLogo {
    std::string path;   // as written in site.yaml
    std::string bytes;  // the file; empty when it could not be used (reported)
    SourceLocation location;
};

// Reads the logo named by the site document's `logo:`; an empty SiteLogo when there is none.
SiteLogo load_site_logo(const FileSystem& fs, const SourceDocument& site, Diagnostics& diags);

}  // namespace icbgen

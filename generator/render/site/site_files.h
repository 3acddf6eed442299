#pragma once
// The website's files that are not pages: nhsuk-frontend's assets, the site's own stylesheet and
// script, each metric's downloads, the sitemap and robots.txt.
#include "core/diagnostic.h"
#include "core/file_set.h"
#include "render/site/site_data.h"

namespace icbgen {

// nhsuk-frontend's compiled CSS, JS and assets/ from RenderContext::assets_dir into
// assets/nhsuk/, plus assets/site.css and assets/site.js from the templates. A missing
// assets folder is an error.
void add_assets(const SiteData& data, FileSet& out, Diagnostics& diags);

// metrics/<id>/<id>.csv (the observations, written from the model: periods in words, no source
// line locators, formula-looking text kept as text) and metrics/<id>/<id>.json (definition,
// progress and observations; missing values left out rather than null).
void add_metric_downloads(const SiteData& data, FileSet& out, Diagnostics& diags);

// sitemap.xml with absolute URLs of every page in `out` (except 404.html) and robots.txt.
void add_sitemap(const SiteData& data, FileSet& out);

}  // namespace icbgen

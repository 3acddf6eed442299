#pragma once
// The website's files that are not pages: nhsuk-frontend's assets, the site's own stylesheet and
// script, each metric's downloads, the sitemap and robots.txt.
#include <string>
#include <vector>

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

// The text of a metric's CSV download (the metric has a series): period in words, area (the
// metric's geography when the data file has no area column), breakdowns, value, unit (its
// label, "%"), then the optional columns the data uses. Also in downloads/all-data.zip.
std::string metric_csv_text(const Metric& metric);
// The columns of that file, in order, as names (its first line is them, CSV-quoted).
std::vector<std::string> metric_csv_columns(const Metric& metric);

// downloads/all-data.zip: every metric's CSV as data/<id>.csv and a Frictionless
// datapackage.json (tabular-data-package) describing each file's fields, unit, polarity and
// source. Written through render/zip_archive.h, dated by the build date from the content.
void add_all_data_zip(const SiteData& data, FileSet& out, Diagnostics& diags);

// feed.xml: the Atom 1.0 feed of meetings, approved minutes and metrics' latest periods.
void add_feed(const SiteData& data, FileSet& out);
// The feed's title, as the feed and every page's <link rel="alternate"> give it.
std::string feed_title(const SiteInfo& site);

// meetings.ics (every meeting) and one iCalendar file per body.
void add_calendars(const SiteData& data, FileSet& out);

// sitemap.xml with absolute URLs of every page in `out` (except 404.html) and robots.txt.
void add_sitemap(const SiteData& data, FileSet& out);

}  // namespace icbgen

#pragma once
// The part of every page's view that the layout partials use (head, header, navigation,
// breadcrumbs, phase banner, footer), and small view pieces shared by several pages.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "progress/progress.h"
#include "render/site/site_data.h"

namespace icbgen {

struct Crumb {
    std::string text;
    std::string path;  // output path of the page
};

struct PageMeta {
    PageMeta(std::string path_, std::string title_, std::string section_,
             std::vector<Crumb> crumbs_, std::string description_ = {})
        : path(std::move(path_)),
          title(std::move(title_)),
          section(std::move(section_)),
          crumbs(std::move(crumbs_)),
          description(std::move(description_)) {}

    std::string path;           // output path, e.g. "metrics/x/index.html"
    std::string title;          // the page's <h1>; <title> is "title – site name"
    std::string section;        // navigation section: "strategy", "metrics", ... ("" for none)
    std::vector<Crumb> crumbs;  // the pages above this one, home first; empty on the home page
    std::string description;    // meta description; may be empty
    std::string doc_title;      // the first part of <title> when not `title` (home page)
    std::string page_type;      // what search results call the page: "Metric", "Meeting", ...
};

// Keys: lang, page_title, title, description, canonical, root, css, site_css, js, favicon_ico,
// favicon_svg, site{name, short_name, publisher, licence, contact_email}, phase_text,
// phase_tag, home_href, nav[{text, href, current}], crumbs[{text, href}], back{text, href},
// footer_links[{text, href}].
// Top-level view keys must not share a name with a partial (header, footer, breadcrumbs,
// source, ...): the template facade puts partials beside the view's keys, and they would win.
nlohmann::json page_view(const SiteData& data, const PageMeta& meta);

// A link from the page to an output path.
std::string href(const PageMeta& meta, const std::string& to);

// {label, colour, code} for an nhsuk-tag showing a progress status.
nlohmann::json status_tag(ProgressStatus status);
// {document, section, url} when a source was given, else null.
nlohmann::json source_view(const SourceRef& source);
// The ids the layout itself uses, which Markdown heading ids must avoid.
std::set<std::string> layout_ids();

}  // namespace icbgen

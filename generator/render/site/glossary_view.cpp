// The glossary: every abbreviation in data/glossary.yaml, alphabetically as the file lists it.
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

nlohmann::json glossary_view(const SiteData& data) {
    PageMeta meta{site_paths::glossary(),
                  "Glossary of abbreviations",
                  "",
                  {{"Home", site_paths::home()}},
                  "The abbreviations used on this site and in the documents it draws on."};
    meta.page_type = "Glossary";
    nlohmann::json v = page_view(data, meta);
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& g : data.model.glossary)
        entries.push_back({{"abbr", g.abbr}, {"expansion", g.expansion}, {"note", g.note}});
    v["entries"] = entries;
    v["count"] = std::to_string(entries.size());
    return v;
}

}  // namespace

void add_glossary_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back(
        {site_paths::glossary(), "glossary.mustache", [&data] { return glossary_view(data); }});
}

}  // namespace icbgen

// The strategy page: mission, vision, the introduction and the priorities.
#include "format/date_format.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

nlohmann::json strategy_view(const SiteData& data) {
    const Strategy& s = data.model.strategy;
    PageMeta meta{site_paths::strategy(),
                  s.title.empty() ? "Our strategy" : s.title,
                  "strategy",
                  {{"Home", site_paths::home()}},
                  s.mission};
    meta.page_type = "Strategy";
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> ids = layout_ids();
    v["draft"] = s.status != "final";
    v["published"] = date_words(s.published);
    v["mission"] = s.mission;
    v["vision"] = s.vision;
    v["body"] = data.markdown(s.body.text, meta.path, ids, 3);  // under "Introduction"
    nlohmann::json priorities = nlohmann::json::array();
    for (const auto& p : data.model.priorities) {
        std::size_t n = p.ambitions.size();
        priorities.push_back(
            {{"title", p.title},
             {"summary", p.summary},
             {"href", href(meta, site_paths::priority(p.id))},
             {"ambitions", std::to_string(n) + (n == 1 ? " ambition" : " ambitions")}});
    }
    v["priorities"] = std::move(priorities);
    v["workbook_href"] = href(meta, site_paths::strategy_workbook());
    v["workbook_ods_href"] = href(meta, site_paths::ods_copy(site_paths::strategy_workbook()));
    v["metrics_href"] = href(meta, site_paths::metrics());
    v["progress_href"] = href(meta, site_paths::progress());
    v["source_ref"] = source_view(s.source);
    return v;
}

}  // namespace

void add_strategy_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back(
        {site_paths::strategy(), "strategy.mustache", [&data] { return strategy_view(data); }});
}

}  // namespace icbgen

// The metrics index: every metric with its latest value and progress, by priority.
#include <algorithm>

#include "render/site/metric_facts.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

nlohmann::json metrics_index_view(const SiteData& data) {
    const SiteModel& model = data.model;
    PageMeta meta{site_paths::metrics(),
                  "Metrics",
                  "metrics",
                  {{"Home", site_paths::home()}},
                  "Every metric in the strategy with its latest value and progress."};
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> listed;
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& p : model.priorities) {
        nlohmann::json metrics = nlohmann::json::array();
        std::set<std::string> here;
        for (const auto& a : p.ambitions)
            for (const auto& ref : a.metrics)
                if (const Metric* m = model.find_metric(ref.id); m && here.insert(m->id).second) {
                    metrics.push_back(metric_summary(data, meta, *m));
                    listed.insert(m->id);
                }
        if (!metrics.empty())
            groups.push_back({{"title", p.title},
                              {"href", href(meta, site_paths::priority(p.id))},
                              {"caption", "Metrics for " + p.title},
                              {"metrics", metrics}});
    }
    nlohmann::json others = nlohmann::json::array();
    for (const auto& m : model.metrics)
        if (!listed.count(m.id)) others.push_back(metric_summary(data, meta, m));
    if (!others.empty())
        groups.push_back({{"title", "Metrics not yet linked to an ambition"},
                          {"href", ""},
                          {"caption", "Metrics not yet linked to an ambition"},
                          {"metrics", others}});
    v["groups"] = groups;
    std::size_t tracked = std::count_if(model.metrics.begin(), model.metrics.end(),
                                        [](const Metric& m) { return m.tracked(); });
    v["count"] = std::to_string(model.metrics.size());
    v["tracked"] = std::to_string(tracked);
    v["progress_href"] = href(meta, site_paths::progress());
    v["workbook_href"] = href(meta, site_paths::strategy_workbook());
    v["all_data_href"] = href(meta, site_paths::all_data());
    v["workbook_ods_href"] = href(meta, site_paths::ods_copy(site_paths::strategy_workbook()));
    return v;
}

}  // namespace

void add_metrics_index_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back(
        {site_paths::metrics(), "metrics.mustache", [&data] { return metrics_index_view(data); }});
}

}  // namespace icbgen

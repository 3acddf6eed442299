// The metrics index: every metric with its latest value and progress, by priority; and the
// same list narrowed to one progress status or one kind (outcome, output), as pages of their
// own so that the filters work without JavaScript. Priorities are the index's own sections
// (#priority-<id>) and areas have their pages (area_view.cpp).
#include <algorithm>
#include <functional>
#include <map>

#include "format/words.h"
#include "render/site/area_facts.h"
#include "render/site/metric_facts.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

using Keep = std::function<bool(const Metric&)>;

// The statuses and kinds that some metric has, in a stable order, for the filter links.
std::vector<ProgressStatus> statuses_present(const SiteData& data) {
    std::vector<ProgressStatus> out;
    for (const auto& m : data.model.metrics) {
        ProgressStatus s = data.metric_progress(m.id).status;
        if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> kinds_present(const SiteModel& model) {
    std::vector<std::string> out;
    for (const auto& m : model.metrics)
        if (!m.kind.empty() && std::find(out.begin(), out.end(), m.kind) == out.end())
            out.push_back(m.kind);
    std::sort(out.begin(), out.end());
    return out;
}

nlohmann::json filters_view(const SiteData& data, const PageMeta& meta) {
    nlohmann::json f;
    nlohmann::json priorities = nlohmann::json::array();
    for (const auto& p : data.model.priorities)
        priorities.push_back(
            {{"text", p.title}, {"href", href(meta, site_paths::metrics()) + "#priority-" + p.id}});
    nlohmann::json statuses = nlohmann::json::array();
    for (ProgressStatus s : statuses_present(data)) {
        std::string path = site_paths::metrics_by_status(progress_code(s));
        statuses.push_back({{"text", progress_label(s)},
                            {"href", href(meta, path)},
                            {"current", path == meta.path}});
    }
    nlohmann::json kinds = nlohmann::json::array();
    for (const auto& k : kinds_present(data.model)) {
        std::string path = site_paths::metrics_by_kind(k);
        kinds.push_back(
            {{"text", humanise(k)}, {"href", href(meta, path)}, {"current", path == meta.path}});
    }
    nlohmann::json areas = nlohmann::json::array();
    for (const auto& a : data.areas)
        areas.push_back({{"text", a.name}, {"href", href(meta, site_paths::area(a.slug))}});
    f["priorities"] = priorities;
    f["statuses"] = statuses;
    f["kinds"] = kinds;
    f["areas"] = areas;
    f["all_href"] = href(meta, site_paths::metrics());
    f["narrowed"] = meta.path != site_paths::metrics();
    return f;
}

nlohmann::json metrics_list_view(const SiteData& data, PageMeta meta, const Keep& keep) {
    const SiteModel& model = data.model;
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> listed;
    nlohmann::json groups = nlohmann::json::array();
    std::size_t shown = 0;
    for (const auto& p : model.priorities) {
        nlohmann::json metrics = nlohmann::json::array();
        std::set<std::string> here;
        for (const auto& a : p.ambitions)
            for (const auto& ref : a.metrics)
                if (const Metric* m = model.find_metric(ref.id); m && here.insert(m->id).second) {
                    listed.insert(m->id);
                    if (!keep(*m)) continue;
                    metrics.push_back(metric_summary(data, meta, *m));
                }
        shown += metrics.size();
        if (!metrics.empty())
            groups.push_back({{"title", p.title},
                              {"id", "priority-" + p.id},
                              {"href", href(meta, site_paths::priority(p.id))},
                              {"caption", "Metrics for " + p.title},
                              {"metrics", metrics}});
    }
    nlohmann::json others = nlohmann::json::array();
    for (const auto& m : model.metrics)
        if (!listed.count(m.id) && keep(m)) others.push_back(metric_summary(data, meta, m));
    shown += others.size();
    if (!others.empty())
        groups.push_back({{"title", "Metrics not yet linked to an ambition"},
                          {"id", "priority-none"},
                          {"href", ""},
                          {"caption", "Metrics not yet linked to an ambition"},
                          {"metrics", others}});
    v["groups"] = std::move(groups);
    std::size_t tracked = std::count_if(model.metrics.begin(), model.metrics.end(),
                                        [](const Metric& m) { return m.tracked(); });
    v["count"] = std::to_string(model.metrics.size());
    v["shown"] = std::to_string(shown) + (shown == 1 ? " metric" : " metrics");
    v["tracked"] = std::to_string(tracked);
    v["progress_href"] = href(meta, site_paths::progress());
    v["workbook_href"] = href(meta, site_paths::strategy_workbook());
    v["all_data_href"] = href(meta, site_paths::all_data());
    v["workbook_ods_href"] = href(meta, site_paths::ods_copy(site_paths::strategy_workbook()));
    v["filters"] = filters_view(data, meta);
    // The narrowed lists repeat the index: only the index itself is in the search index.
    if (meta.path != site_paths::metrics()) v["searchable"] = false;
    return v;
}

PageMeta index_meta(std::string path, std::string title, std::string description) {
    std::vector<Crumb> crumbs = {{"Home", site_paths::home()}};
    if (path != site_paths::metrics()) crumbs.push_back({"Metrics", site_paths::metrics()});
    PageMeta meta{std::move(path), std::move(title), "metrics", std::move(crumbs),
                  std::move(description)};
    meta.page_type = "Metrics";
    return meta;
}

}  // namespace

void add_metrics_index_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back({site_paths::metrics(), "metrics.mustache", [&data] {
                        return metrics_list_view(
                            data,
                            index_meta(site_paths::metrics(), "Metrics",
                                       "Every metric in the strategy with its latest value and "
                                       "progress."),
                            [](const Metric&) { return true; });
                    }});
    for (ProgressStatus s : statuses_present(data)) {
        std::string label = progress_label(s);
        jobs.push_back(
            {site_paths::metrics_by_status(progress_code(s)), "metrics.mustache",
             [&data, s, label] {
                 return metrics_list_view(
                     data,
                     index_meta(site_paths::metrics_by_status(progress_code(s)),
                                "Metrics: " + label,
                                "The strategy's metrics whose progress is: " + label + "."),
                     [&data, s](const Metric& m) {
                         return data.metric_progress(m.id).status == s;
                     });
             }});
    }
    for (const auto& k : kinds_present(data.model))
        jobs.push_back({site_paths::metrics_by_kind(k), "metrics.mustache", [&data, k] {
                            return metrics_list_view(
                                data,
                                index_meta(site_paths::metrics_by_kind(k), humanise(k) + " metrics",
                                           "The strategy's " + k + " metrics."),
                                [k](const Metric& m) { return m.kind == k; });
                        }});
}

}  // namespace icbgen

// The metrics index: every metric with its latest value and progress, by priority; and the
// same list narrowed to one progress status or one kind (outcome, output), as pages of their
// own so that the filters work without JavaScript. Priorities are the index's own sections
// (#priority-<id>) and areas have their pages (area_view.cpp).
#include <algorithm>
#include <functional>
#include <map>
#include <memory>

#include "format/words.h"
#include "render/site/area_facts.h"
#include "render/site/list_pages.h"
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

// The list's rows in order: each priority's metrics (a metric may serve several), then the
// metrics no ambition names. Pages split this list; a priority's heading is repeated on every
// page its rows reach.
struct ListGroup {
    std::string title;
    std::string id;           // the heading's id: "priority-<id>"
    std::string priority_id;  // empty for the metrics no ambition names
};
struct ListRow {
    std::size_t group;
    const Metric* metric;
};
struct MetricList {
    std::vector<ListGroup> groups;
    std::vector<ListRow> rows;
};

MetricList metric_list(const SiteModel& model, const Keep& keep) {
    MetricList list;
    std::set<std::string> listed;
    for (const auto& p : model.priorities) {
        std::size_t group = list.groups.size();
        list.groups.push_back({p.title, "priority-" + p.id, p.id});
        std::set<std::string> here;
        for (const auto& a : p.ambitions)
            for (const auto& ref : a.metrics)
                if (const Metric* m = model.find_metric(ref.id); m && here.insert(m->id).second) {
                    listed.insert(m->id);
                    if (keep(*m)) list.rows.push_back({group, m});
                }
    }
    std::size_t others = list.groups.size();
    list.groups.push_back({"Metrics not yet linked to an ambition", "priority-none", ""});
    for (const auto& m : model.metrics)
        if (!listed.count(m.id) && keep(m)) list.rows.push_back({others, &m});
    return list;
}

// Priority id -> the page of the whole index where its heading first appears.
using PriorityPages = std::map<std::string, std::size_t>;

PriorityPages priority_pages(const SiteModel& model) {
    MetricList all = metric_list(model, [](const Metric&) { return true; });
    PriorityPages pages;
    for (std::size_t i = 0; i < all.rows.size(); ++i)
        pages.emplace(all.groups[all.rows[i].group].priority_id,
                      i / site_paths::list_page_size() + 1);
    return pages;
}

nlohmann::json filters_view(const SiteData& data, const PageMeta& meta,
                            const std::string& list_path, const PriorityPages& priority_pages) {
    nlohmann::json f;
    nlohmann::json priorities = nlohmann::json::array();
    for (const auto& p : data.model.priorities) {
        std::size_t page = 1;
        if (auto it = priority_pages.find(p.id); it != priority_pages.end()) page = it->second;
        priorities.push_back(
            {{"text", p.title},
             {"href", href(meta, site_paths::list_page(site_paths::metrics(), page)) +
                          "#priority-" + p.id}});
    }
    // The filter whose list this page belongs to: aria-current "page" on its first page, where
    // the link leads; "true" (the current one of the set) on its later pages.
    auto current = [&](const std::string& path) -> nlohmann::json {
        if (path != list_path) return false;
        return meta.path == list_path ? "page" : "true";
    };
    nlohmann::json statuses = nlohmann::json::array();
    for (ProgressStatus s : statuses_present(data)) {
        std::string path = site_paths::metrics_by_status(progress_code(s));
        statuses.push_back(
            {{"text", progress_label(s)}, {"href", href(meta, path)}, {"current", current(path)}});
    }
    nlohmann::json kinds = nlohmann::json::array();
    for (const auto& k : kinds_present(data.model)) {
        std::string path = site_paths::metrics_by_kind(k);
        kinds.push_back(
            {{"text", humanise(k)}, {"href", href(meta, path)}, {"current", current(path)}});
    }
    nlohmann::json areas = nlohmann::json::array();
    for (const auto& a : data.areas)
        areas.push_back({{"text", a.name}, {"href", href(meta, site_paths::area(a.slug))}});
    f["priorities"] = priorities;
    f["statuses"] = statuses;
    f["kinds"] = kinds;
    f["areas"] = areas;
    f["all_href"] = href(meta, site_paths::metrics());
    f["narrowed"] = list_path != site_paths::metrics();
    return f;
}

// Page `number` of the list whose first page is `first`.
nlohmann::json metrics_list_view(const SiteData& data, const PageMeta& first,
                                 const MetricList& list, const PriorityPages& priority_pages,
                                 std::size_t number) {
    const SiteModel& model = data.model;
    ListPage page = list_page_of(list.rows.size(), number);
    PageMeta meta = list_page_meta(first, page);
    nlohmann::json v = page_view(data, meta);
    nlohmann::json groups = nlohmann::json::array();
    nlohmann::json metrics = nlohmann::json::array();
    auto close_group = [&](std::size_t g) {
        if (metrics.empty()) return;
        const ListGroup& group = list.groups[g];
        groups.push_back(
            {{"title", group.title},
             {"id", group.id},
             {"href",
              group.priority_id.empty() ? "" : href(meta, site_paths::priority(group.priority_id))},
             {"caption", group.priority_id.empty() ? group.title : "Metrics for " + group.title},
             {"metrics", std::move(metrics)}});
        metrics = nlohmann::json::array();
    };
    for (std::size_t i = page.first; i < page.last; ++i) {
        if (i > page.first && list.rows[i].group != list.rows[i - 1].group)
            close_group(list.rows[i - 1].group);
        metrics.push_back(metric_summary(data, meta, *list.rows[i].metric));
    }
    if (page.last > page.first) close_group(list.rows[page.last - 1].group);
    std::size_t shown = list.rows.size();
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
    v["filters"] = filters_view(data, meta, first.path, priority_pages);
    // A metric that serves several priorities is a row under each: count rows, not metrics,
    // when they differ.
    std::set<const Metric*> distinct;
    for (const auto& r : list.rows) distinct.insert(r.metric);
    v["paging"] =
        paging_view(meta, first.path, page, distinct.size() == shown ? "Metrics" : "Rows");
    // The narrowed lists repeat the index: only the index itself (all its pages) is in the
    // search index.
    if (first.path != site_paths::metrics()) v["searchable"] = false;
    return v;
}

// One job for each page of the list of metrics that `keep` keeps.
// The list and the priorities' pages are worked out once and shared by the list's pages.
void add_list_pages(const SiteData& data, std::vector<PageJob>& jobs, const PageMeta& first,
                    const Keep& keep, const std::shared_ptr<const PriorityPages>& priorities) {
    auto list = std::make_shared<const MetricList>(metric_list(data.model, keep));
    std::size_t pages = list_page_count(list->rows.size());
    for (std::size_t n = 1; n <= pages; ++n)
        jobs.push_back({site_paths::list_page(first.path, n), "metrics.mustache",
                        [&data, first, list, priorities, n] {
                            return metrics_list_view(data, first, *list, *priorities, n);
                        }});
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
    auto priorities = std::make_shared<const PriorityPages>(priority_pages(data.model));
    add_list_pages(
        data, jobs,
        index_meta(site_paths::metrics(), "Metrics",
                   "Every metric in the strategy with its latest value and progress."),
        [](const Metric&) { return true; }, priorities);
    for (ProgressStatus s : statuses_present(data)) {
        std::string label = progress_label(s);
        add_list_pages(
            data, jobs,
            index_meta(site_paths::metrics_by_status(progress_code(s)), "Metrics: " + label,
                       "The strategy's metrics whose progress is: " + label + "."),
            [&data, s](const Metric& m) { return data.metric_progress(m.id).status == s; },
            priorities);
    }
    for (const auto& k : kinds_present(data.model))
        add_list_pages(
            data, jobs,
            index_meta(site_paths::metrics_by_kind(k), humanise(k) + " metrics",
                       "The strategy's " + k + " metrics."),
            [k](const Metric& m) { return m.kind == k; }, priorities);
}

}  // namespace icbgen

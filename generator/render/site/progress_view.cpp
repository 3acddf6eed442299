// The progress method page: how statuses are worked out (the thresholds come from the code
// that applies them, so the page cannot drift from it) and the current assessment of every
// ambition and metric. The table of metrics grows with the content: it is split into pages of
// at most site_paths::list_page_size() rows (progress/page/<n>/), the method and the ambitions
// staying on page 1.
#include "format/number_format.h"
#include "render/site/content_links.h"
#include "render/site/list_pages.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"
#include "render/site/status_groups.h"

namespace icbgen {

namespace {

nlohmann::json row(ProgressStatus s, const std::string& rule) {
    return {{"status", status_tag(s)}, {"rule", rule}};
}

PageMeta first_meta() {
    PageMeta meta{site_paths::progress(),
                  "How progress is measured",
                  "metrics",
                  {{"Home", site_paths::home()}, {"Metrics", site_paths::metrics()}},
                  "How the progress status of each metric and ambition is worked out."};
    meta.page_type = "Page";
    return meta;
}

// The table of every metric's status, the part of the page that grows with the content: the
// rows of `page`, and the range line and pagination when the table takes several pages.
void add_metric_rows(const SiteData& data, const PageMeta& meta, const ListPage& page,
                     nlohmann::json& v) {
    nlohmann::json metrics = nlohmann::json::array();
    for (std::size_t i = page.first; i < page.last; ++i) {
        const Metric& m = data.model.metrics[i];
        const ProgressResult& r = data.metric_progress(m.id);
        metrics.push_back({{"title", m.title},
                           {"href", href(meta, site_paths::metric(m.id))},
                           {"status", status_tag(r.status)},
                           {"explanation", r.explanation}});
    }
    v["metrics"] = std::move(metrics);
    v["paging"] = paging_view(meta, site_paths::progress(), page, "Metrics");
}

// Page 2 or later: the method and the ambitions stay on page 1; this page continues the table
// of every metric's status.
nlohmann::json later_page_view(const SiteData& data, std::size_t number) {
    const PageMeta first = first_meta();
    ListPage page = list_page_of(data.model.metrics.size(), number);
    PageMeta meta = list_page_meta(first, page);
    nlohmann::json v = page_view(data, meta);
    v["later"] = {{"first_href", href(meta, first.path)}};
    add_metric_rows(data, meta, page, v);
    return v;
}

nlohmann::json progress_view(const SiteData& data) {
    namespace t = progress_thresholds;
    PageMeta meta = first_meta();
    nlohmann::json v = page_view(data, meta);
    nlohmann::json with_target = nlohmann::json::array({
        row(ProgressStatus::target_achieved, "The latest value has reached the target"),
        row(ProgressStatus::on_track,
            "At least " + format_percent(t::kRatioOnTrack) + " of the pace needed"),
        row(ProgressStatus::needs_acceleration,
            "From " + format_percent(t::kRatioAcceleration) + " to under " +
                format_percent(t::kRatioOnTrack) + " of the pace needed"),
        row(ProgressStatus::limited_progress,
            "From 0% to under " + format_percent(t::kRatioAcceleration) + " of the pace needed"),
        row(ProgressStatus::deterioration, "Moving away from the target"),
    });
    nlohmann::json without_target = nlohmann::json::array({
        row(ProgressStatus::on_track,
            "Improving by at least " + format_percent(t::kGrowthOnTrack) + " a year"),
        row(ProgressStatus::needs_acceleration,
            "Improving by " + format_percent(t::kGrowthAcceleration) + " to under " +
                format_percent(t::kGrowthOnTrack) + " a year"),
        row(ProgressStatus::limited_progress, "Improving by less than " +
                                                  format_percent(t::kGrowthAcceleration) +
                                                  " a year, or not changing"),
        row(ProgressStatus::deterioration, "Getting worse at any rate"),
    });
    v["target_table"] = {{"caption", "Statuses for metrics with a target"}, {"rules", with_target}};
    v["plain_table"] = {{"caption", "Statuses for metrics without a target"},
                        {"rules", without_target}};
    v["zero"] = format_number(t::kZeroReplacement, 3);
    add_metric_rows(data, meta, list_page_of(data.model.metrics.size(), 1), v);
    nlohmann::json ambitions = nlohmann::json::array();
    for (const auto& p : data.model.priorities) {
        int n = 0;
        for (const auto& a : p.ambitions) {
            const AmbitionProgress& ap = data.ambition_progress(a.id);
            ambitions.push_back(
                {{"id", a.id},
                 {"priority", p.title},
                 {"name", "Ambition " + std::to_string(++n)},
                 {"statement", a.statement},
                 {"href", href(meta, site_paths::priority(p.id)) + "#" + ambition_anchor(a.id)},
                 {"status", status_tag(ap.status)},
                 {"basis", ambition_basis(ap)}});
        }
    }
    v["ambitions"] = ambitions;
    // The lists the home page's cards link to, one per group of statuses.
    std::vector<nlohmann::json> lists(status_groups().size(), nlohmann::json::array());
    for (const auto& p : data.model.priorities) {
        int n = 0;
        for (const auto& a : p.ambitions) {
            ++n;
            lists[status_group_of(data.ambition_progress(a.id).status)].push_back(
                {{"text", p.title + ", Ambition " + std::to_string(n) + ": " + a.statement},
                 {"href", href(meta, site_paths::priority(p.id)) + "#" + ambition_anchor(a.id)}});
        }
    }
    nlohmann::json groups = nlohmann::json::array();
    for (std::size_t i = 0; i < lists.size(); ++i) {
        const StatusGroup& g = status_groups()[i];
        std::string heading = "Ambitions " + g.what;
        groups.push_back({{"id", g.id},
                          {"heading", heading},
                          {"count", std::to_string(lists[i].size())},
                          {"items", lists[i]}});
    }
    v["groups"] = std::move(groups);
    v["own_area"] = data.model.site.own_area_name();
    v["opensdg_url"] = "https://open-sdg.readthedocs.io/en/latest/progress-measure/";
    return v;
}

}  // namespace

void add_progress_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back(
        {site_paths::progress(), "progress.mustache", [&data] { return progress_view(data); }});
    std::size_t pages = list_page_count(data.model.metrics.size());
    for (std::size_t n = 2; n <= pages; ++n)
        jobs.push_back({site_paths::list_page(site_paths::progress(), n), "progress.mustache",
                        [&data, n] { return later_page_view(data, n); }});
}

}  // namespace icbgen

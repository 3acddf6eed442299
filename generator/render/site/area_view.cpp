// "How is my area doing": the areas index and one page per area with data, listing every
// metric with a value for that area, its latest figure, period and trend.
#include <algorithm>
#include <memory>

#include "data/period.h"
#include "format/period_format.h"
#include "format/unit.h"
#include "format/words.h"
#include "progress/progress.h"
#include "render/site/area_facts.h"
#include "render/site/list_pages.h"
#include "render/site/metric_facts.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

// The figure before the latest for `csv_area` (no breakdown), as "52.1% in 2021/22", or "".
std::string previous_text(const Metric& metric, const std::string& csv_area) {
    std::vector<const Observation*> points;
    for (const auto& o : metric.series->observations) {
        bool total = std::all_of(o.breakdown.begin(), o.breakdown.end(),
                                 [](const auto& b) { return b.second.empty(); });
        if (o.value && o.area == csv_area && total) points.push_back(&o);
    }
    std::stable_sort(points.begin(), points.end(), [](const Observation* a, const Observation* b) {
        return a->period.midpoint() < b->period.midpoint();
    });
    // Periods written twice (a source conflict) count once: the earlier row is kept.
    const Observation* latest = points.empty() ? nullptr : points.back();
    for (auto it = points.rbegin(); it != points.rend(); ++it)
        if ((*it)->period.midpoint() < latest->period.midpoint())
            return format_value(*(*it)->value, metric.unit, (*it)->value_decimals) + " in " +
                   period_words((*it)->period);
    return {};
}

// The metrics with a latest figure for `area`, in the model's order: the area page's rows.
std::vector<const Metric*> area_metrics(const SiteModel& model, const SiteArea& area) {
    std::vector<const Metric*> out;
    for (const auto& m : model.metrics)
        if (auto csv = metric_csv_area(area, m); csv && latest_value(m, *csv)) out.push_back(&m);
    return out;
}

// Page `number` of the area's list (list_pages.h), of the metrics `listed` holds.
nlohmann::json area_view(const SiteData& data, const std::vector<SiteArea>& areas,
                         const SiteArea& area, const std::vector<const Metric*>& listed,
                         std::size_t number) {
    PageMeta first{site_paths::area(area.slug),
                   "How is " + area.name + " doing?",
                   "metrics",
                   {{"Home", site_paths::home()}, {"Areas", site_paths::areas()}},
                   "The latest figure for " + area.name + " of every metric with data for it."};
    first.page_type = "Area";
    ListPage page = list_page_of(listed.size(), number);
    PageMeta meta = list_page_meta(first, page);
    nlohmann::json v = page_view(data, meta);
    v["area"] = area.name;
    v["own"] = area.own;
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = page.first; i < page.last; ++i) {
        const Metric& m = *listed[i];
        auto csv = metric_csv_area(area, m);
        auto latest = latest_value(m, *csv);
        bool headline = headline_area(m) == *csv;
        nlohmann::json row = {
            {"id", m.id},
            {"title", m.title},
            {"href", href(meta, site_paths::metric(m.id))},
            {"kind", humanise(m.kind)},
            {"value", latest->text},
            {"period", latest->period},
            {"previous", previous_text(m, *csv)},
            {"status", headline ? status_tag(data.metric_progress(m.id).status) : nullptr},
        };
        rows.push_back(row);
    }
    v["paging"] = paging_view(meta, first.path, page, "Metrics");
    v["metrics"] = rows;
    v["count"] = std::to_string(listed.size());
    v["count_verb"] = listed.size() == 1 ? "has" : "have";
    v["areas_href"] = href(meta, site_paths::areas());
    v["progress_href"] = href(meta, site_paths::progress());
    nlohmann::json others = nlohmann::json::array();
    for (const auto& a : areas)
        if (a.slug != area.slug)
            others.push_back({{"name", a.name}, {"href", href(meta, site_paths::area(a.slug))}});
    v["others"] = std::move(others);
    return v;
}

nlohmann::json areas_index_view(const SiteData& data, const std::vector<SiteArea>& areas) {
    PageMeta meta{site_paths::areas(),
                  "How is my area doing?",
                  "metrics",
                  {{"Home", site_paths::home()}, {"Metrics", site_paths::metrics()}},
                  "Every area the strategy's metrics have figures for, with a page each."};
    meta.page_type = "Area";
    nlohmann::json v = page_view(data, meta);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& a : areas) {
        std::size_t n =
            std::count_if(data.model.metrics.begin(), data.model.metrics.end(),
                          [&](const Metric& m) { return metric_csv_area(a, m) ? 1 : 0; });
        list.push_back({{"name", a.name},
                        {"href", href(meta, site_paths::area(a.slug))},
                        {"count", std::to_string(n) + (n == 1 ? " metric" : " metrics")},
                        {"own", a.own}});
    }
    v["areas"] = std::move(list);
    v["metrics_href"] = href(meta, site_paths::metrics());
    return v;
}

}  // namespace

void add_area_pages(const SiteData& data, std::vector<PageJob>& jobs) {
    auto areas = std::make_shared<std::vector<SiteArea>>(data.areas);
    if (areas->empty()) return;
    jobs.push_back({site_paths::areas(), "areas.mustache",
                    [&data, areas] { return areas_index_view(data, *areas); }});
    for (std::size_t i = 0; i < areas->size(); ++i) {
        auto listed = std::make_shared<const std::vector<const Metric*>>(
            area_metrics(data.model, (*areas)[i]));
        std::size_t pages = list_page_count(listed->size());
        for (std::size_t n = 1; n <= pages; ++n)
            jobs.push_back({site_paths::list_page(site_paths::area((*areas)[i].slug), n),
                            "area.mustache", [&data, areas, i, listed, n] {
                                return area_view(data, *areas, (*areas)[i], *listed, n);
                            }});
    }
}

}  // namespace icbgen

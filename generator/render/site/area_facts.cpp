#include "render/site/area_facts.h"

#include <algorithm>
#include <map>

#include "site_map/site_paths.h"

namespace icbgen {

namespace {

bool is_total(const Observation& o) {
    return std::all_of(o.breakdown.begin(), o.breakdown.end(),
                       [](const auto& b) { return b.second.empty(); });
}

bool is_no_area(const std::string& name) {
    std::string lower;
    for (unsigned char c : name) lower += static_cast<char>(std::tolower(c));
    return lower.empty() || lower == "area not stated" || lower == "not stated";
}

bool has_value_for(const Metric& metric, const std::string& csv_area) {
    if (!metric.series) return false;
    return std::any_of(
        metric.series->observations.begin(), metric.series->observations.end(),
        [&](const Observation& o) { return o.value && o.area == csv_area && is_total(o); });
}

// Sort rank: own area, ordinary areas, London, England.
int rank(const SiteArea& a) {
    if (a.own) return 0;
    if (a.name == "London") return 2;
    if (a.name == "England") return 3;
    return 1;
}

}  // namespace

std::vector<SiteArea> site_areas(const SiteModel& model) {
    std::map<std::string, SiteArea> by_name;
    for (const auto& m : model.metrics) {
        if (!m.series) continue;
        for (const auto& o : m.series->observations) {
            if (!o.value || !is_total(o) || is_no_area(o.area)) continue;
            bool own = model.site.is_own_area(o.area);
            std::string name = own ? model.site.own_area_name() : o.area;
            SiteArea& a = by_name[name];
            a.name = name;
            a.own = own;
            if (std::find(a.csv_names.begin(), a.csv_names.end(), o.area) == a.csv_names.end())
                a.csv_names.push_back(o.area);
        }
    }
    std::vector<SiteArea> out;
    for (auto& [name, a] : by_name) {
        a.slug = site_paths::area_slug(a.name);
        out.push_back(std::move(a));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SiteArea& x, const SiteArea& y) { return rank(x) < rank(y); });
    return out;
}

std::optional<std::string> metric_csv_area(const SiteArea& area, const Metric& metric) {
    for (const auto& csv : area.csv_names)
        if (has_value_for(metric, csv)) return csv;
    return std::nullopt;
}

std::vector<const SiteArea*> metric_areas(const std::vector<SiteArea>& areas,
                                          const Metric& metric) {
    std::vector<const SiteArea*> out;
    for (const auto& a : areas)
        if (metric_csv_area(a, metric)) out.push_back(&a);
    return out;
}

}  // namespace icbgen

#include "render/site/metric_facts.h"

#include <algorithm>

#include "data/period.h"
#include "format/period_format.h"
#include "format/unit.h"
#include "format/words.h"
#include "progress/progress.h"
#include "render/site/site_paths.h"

namespace icbgen {

std::optional<LatestValue> latest_value(const Metric& metric, const std::string& area) {
    if (!metric.series) return std::nullopt;
    const Observation* best = nullptr;
    for (const auto& o : metric.series->observations) {
        bool total = std::all_of(o.breakdown.begin(), o.breakdown.end(),
                                 [](const auto& b) { return b.second.empty(); });
        if (!o.value || o.area != area || !total) continue;
        if (!best || o.period.midpoint() > best->period.midpoint()) best = &o;
    }
    if (!best) return std::nullopt;
    return LatestValue{area, period_words(best->period),
                       format_value(*best->value, metric.unit, best->value_decimals)};
}

std::string target_text(const Metric& metric) {
    if (!metric.target) return {};
    std::string t = format_value(metric.target->value, metric.unit);
    if (metric.target->by) t += " by " + std::to_string(*metric.target->by);
    if (!metric.target->origin.empty()) t += " (" + metric.target->origin + ")";
    return t;
}

namespace {

nlohmann::json value_view(const std::optional<LatestValue>& v) {
    if (!v) return nullptr;
    return {{"text", v->text}, {"period", v->period}, {"area", v->area}};
}

}  // namespace

nlohmann::json metric_summary(const SiteData& data, const PageMeta& meta, const Metric& metric) {
    const ProgressResult& progress = data.metric_progress(metric.id);
    std::string area = headline_area(metric);
    nlohmann::json v = {
        {"id", metric.id},
        {"title", metric.title},
        {"href", href(meta, site_paths::metric(metric.id))},
        {"kind", humanise(metric.kind)},
        {"tracked", metric.tracked()},
        {"latest", value_view(latest_value(metric, area))},
        // Comparators: London's and England's latest values, also when the headline series is
        // itself London's or England's (the column then repeats the latest value).
        {"london", value_view(latest_value(metric, "London"))},
        {"england", value_view(latest_value(metric, "England"))},
        {"target", target_text(metric)},
        {"status", status_tag(progress.status)},
        {"explanation", progress.explanation},
    };
    return v;
}

}  // namespace icbgen

#include <nlohmann/json.hpp>

#include "render/site/site_files.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

nlohmann::json optional_number(const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json metric_json(const SiteData& data, const Metric& m) {
    const ProgressResult& p = data.metric_progress(m.id);
    nlohmann::json observations = nlohmann::json::array();
    if (m.series)
        for (const auto& o : m.series->observations) {
            nlohmann::json breakdown = nlohmann::json::object();
            for (const auto& [dim, cat] : o.breakdown) breakdown[dim] = cat;
            observations.push_back({{"period", o.period.text},
                                    {"area", o.area},
                                    {"breakdown", breakdown},
                                    {"value", optional_number(o.value)},
                                    {"lower_ci", optional_number(o.lower_ci)},
                                    {"upper_ci", optional_number(o.upper_ci)},
                                    {"numerator", optional_number(o.numerator)},
                                    {"denominator", optional_number(o.denominator)},
                                    {"note", o.note},
                                    {"source", o.source}});
        }
    nlohmann::json target = nullptr, baseline = nullptr;
    if (m.target)
        target = {{"value", m.target->value},
                  {"by", m.target->by ? nlohmann::json(*m.target->by) : nlohmann::json(nullptr)},
                  {"origin", m.target->origin}};
    if (m.baseline) baseline = {{"period", m.baseline->period}, {"value", m.baseline->value}};
    return {{"id", m.id},
            {"title", m.title},
            {"kind", m.kind},
            {"unit", m.unit},
            {"polarity", m.polarity},
            {"frequency", m.frequency},
            {"status", m.status},
            {"geography", m.geography},
            {"headline_area", headline_area(m)},
            {"source", {{"name", m.source_name}, {"url", m.source_url}}},
            {"baseline", baseline},
            {"target", target},
            {"progress",
             {{"status", progress_code(p.status)},
              {"label", progress_label(p.status)},
              {"observed_growth", optional_number(p.observed_growth)},
              {"required_growth", optional_number(p.required_growth)},
              {"ratio", optional_number(p.ratio)},
              {"explanation", p.explanation}}},
            {"page", data.context.base_url + site_paths::metric(m.id)},
            {"observations", observations}};
}

}  // namespace

void add_metric_downloads(const SiteData& data, FileSet& out, Diagnostics& diags) {
    for (const auto& m : data.model.metrics) {
        out.add(site_paths::metric_json(m.id), metric_json(data, m).dump(2) + "\n");
        if (!m.series) continue;
        if (auto csv = data.context.site.read(m.series->path))
            out.add(site_paths::metric_csv(m.id), *csv);
        else
            diags.error("io", {m.series->path, 0, 0}, "could not read this file to publish it");
    }
}

}  // namespace icbgen

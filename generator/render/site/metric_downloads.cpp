// Each metric's downloads, written from the model (never copied from the input file): the CSV
// of its observations and a JSON file with its definition, progress and observations. Periods
// read as people write them, every CSV row names its area and unit, a source's "(line N)"
// locator is left out, missing values are left out (JSON) or empty (CSV), and text a
// spreadsheet would take for a formula stays text.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/parallel.h"
#include "core/text.h"
#include "data/period.h"
#include "format/number_format.h"
#include "format/period_format.h"
#include "format/unit.h"
#include "progress/progress.h"
#include "render/site/site_files.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

std::string csv_field(const std::string& text) {
    std::string cell = spreadsheet_literal(text);
    if (cell.find_first_of(",\"\r\n") == std::string::npos && cell == text) return cell;
    std::string quoted = "\"";
    for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

void put(nlohmann::json& j, const char* key, const std::optional<double>& v) {
    if (v) j[key] = *v;
}

void put(nlohmann::json& j, const char* key, const std::string& s) {
    if (!s.empty()) j[key] = s;
}

nlohmann::json metric_json(const SiteData& data, const Metric& m) {
    const ProgressResult& p = data.metric_progress(m.id);
    nlohmann::json observations = nlohmann::json::array();
    if (m.series)
        for (const auto& o : m.series->observations) {
            nlohmann::json ob = {{"period", period_words(o.period)}};
            put(ob, "area", o.area);
            if (!o.breakdown.empty()) {
                nlohmann::json breakdown = nlohmann::json::object();
                for (const auto& [dim, cat] : o.breakdown) breakdown[dim] = cat;
                ob["breakdown"] = breakdown;
            }
            put(ob, "value", o.value);
            put(ob, "lower_ci", o.lower_ci);
            put(ob, "upper_ci", o.upper_ci);
            put(ob, "numerator", o.numerator);
            put(ob, "denominator", o.denominator);
            put(ob, "note", o.note);
            put(ob, "source", o.source);
            observations.push_back(ob);
        }
    nlohmann::json j = {{"id", m.id},         {"title", m.title},        {"kind", m.kind},
                        {"unit", m.unit},     {"polarity", m.polarity},  {"frequency", m.frequency},
                        {"status", m.status}, {"geography", m.geography}};
    put(j, "headline_area", headline_area(m));
    nlohmann::json source = {{"name", m.source_name}};
    put(source, "url", m.source_url);
    j["source"] = source;
    if (m.baseline)
        j["baseline"] = {{"period", period_words(m.baseline->period)},
                         {"value", m.baseline->value}};
    if (m.target) {
        nlohmann::json target = {{"value", m.target->value}};
        if (m.target->by) target["by"] = *m.target->by;
        put(target, "origin", m.target->origin);
        j["target"] = target;
    }
    nlohmann::json progress = {{"status", progress_code(p.status)},
                               {"label", progress_label(p.status)}};
    put(progress, "observed_growth", p.observed_growth);
    put(progress, "required_growth", p.required_growth);
    put(progress, "ratio", p.ratio);
    put(progress, "explanation", p.explanation);
    j["progress"] = progress;
    j["page"] = data.context.base_url + site_paths::metric(m.id);
    j["observations"] = observations;
    return j;
}

}  // namespace

namespace {

// The optional columns a metric's CSV has: those its observations use.
struct OptionalColumns {
    bool lo, hi, num, den, note, source;
};

OptionalColumns optional_columns(const Metric& m) {
    const auto& obs = m.series->observations;
    auto any = [&](auto field) { return std::any_of(obs.begin(), obs.end(), field); };
    return {any([](const Observation& o) { return o.lower_ci.has_value(); }),
            any([](const Observation& o) { return o.upper_ci.has_value(); }),
            any([](const Observation& o) { return o.numerator.has_value(); }),
            any([](const Observation& o) { return o.denominator.has_value(); }),
            any([](const Observation& o) { return !o.note.empty(); }),
            any([](const Observation& o) { return !o.source.empty(); })};
}

std::vector<std::string> columns(const Metric& m, const OptionalColumns& c) {
    // Every file names its area and unit on each row, so a downloaded file stands on its own:
    // a file without an `area` column is all about the metric's geography.
    std::vector<std::string> header = {"period", "area"};
    for (const auto& b : m.series->breakdown_columns) header.push_back(b);
    header.push_back("value");
    header.push_back("unit");
    if (c.lo) header.push_back("lower_ci");
    if (c.hi) header.push_back("upper_ci");
    if (c.num) header.push_back("numerator");
    if (c.den) header.push_back("denominator");
    if (c.note) header.push_back("note");
    if (c.source) header.push_back("source");
    return header;
}

}  // namespace

std::vector<std::string> metric_csv_columns(const Metric& m) {
    return columns(m, optional_columns(m));
}

std::string metric_csv_text(const Metric& m) {
    const auto& obs = m.series->observations;
    const auto [lo, hi, num, den, note, source] = optional_columns(m);
    const std::vector<std::string> header = columns(m, {lo, hi, num, den, note, source});
    const std::string unit = unit_of(m.unit).label;
    const std::string geography = headline_area_or_geography(m);

    auto number = [](const std::optional<double>& v, int decimals = -1) {
        return v ? plain_number(*v, decimals) : std::string();
    };
    std::string out;
    auto row = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + cells[i];
        out += "\n";
    };
    std::vector<std::string> names;
    for (const auto& h : header) names.push_back(csv_field(h));
    row(names);
    for (const auto& o : obs) {
        std::vector<std::string> cells = {csv_field(period_words(o.period))};
        cells.push_back(csv_field(o.area.empty() ? geography : o.area));
        for (const auto& b : m.series->breakdown_columns) {
            std::string category;
            for (const auto& [dim, cat] : o.breakdown)
                if (dim == b) category = cat;
            cells.push_back(csv_field(category));
        }
        cells.push_back(number(o.value, o.value_decimals));
        cells.push_back(csv_field(unit));
        if (lo) cells.push_back(number(o.lower_ci));
        if (hi) cells.push_back(number(o.upper_ci));
        if (num) cells.push_back(number(o.numerator));
        if (den) cells.push_back(number(o.denominator));
        if (note) cells.push_back(csv_field(o.note));
        if (source) cells.push_back(csv_field(o.source));
        row(cells);
    }
    return out;
}

void add_metric_downloads(const SiteData& data, FileSet& out, Diagnostics& /*diags*/) {
    // Made on the pages' threads, each metric's into its own slot, added in the metrics' order.
    const auto& metrics = data.model.metrics;
    std::vector<std::pair<std::string, std::string>> made(metrics.size());
    parallel_for(metrics.size(), data.context.jobs, [&](std::size_t i) {
        made[i].first = metric_json(data, metrics[i]).dump(2) + "\n";
        if (metrics[i].series) made[i].second = metric_csv_text(metrics[i]);
    });
    for (std::size_t i = 0; i < metrics.size(); ++i) {
        out.add(site_paths::metric_json(metrics[i].id), std::move(made[i].first));
        if (metrics[i].series)
            out.add(site_paths::metric_csv(metrics[i].id), std::move(made[i].second));
    }
}

}  // namespace icbgen

// A metric page: definition and method, source, chart, the same data as a table, downloads,
// the ambitions it serves and how its progress was judged.
#include <algorithm>
#include <set>

#include "core/url.h"
#include "data/period.h"
#include "format/number_format.h"
#include "format/period_format.h"
#include "format/unit.h"
#include "format/words.h"
#include "render/site/area_facts.h"
#include "render/site/chart_svg.h"
#include "render/site/content_links.h"
#include "render/site/metric_facts.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

std::string metric_status_text(const std::string& status) {
    if (status == "example") return "Example metric in a draft strategy";
    if (status == "proposed") return "Proposed metric";
    if (status == "agreed") return "Agreed metric";
    if (status == "context") return "Background figure: published data that gives context";
    return humanise(status);
}

std::string polarity_text(const std::string& polarity) {
    if (polarity == "higher-is-better") return "Higher is better";
    if (polarity == "lower-is-better") return "Lower is better";
    return "Neither higher nor lower is better in itself";
}

std::string optional_number(const std::optional<double>& v) {
    return v ? format_number(*v) : std::string();
}

// The most values a metric page's table shows, and the most sources it names.
constexpr std::size_t kTableRows = 1000;
constexpr std::size_t kSourcesListed = 20;

// The data table: a column for each field the file uses.
nlohmann::json data_table(const Metric& m) {
    const Series& s = *m.series;
    auto any = [&](auto field) {
        return std::any_of(s.observations.begin(), s.observations.end(), field);
    };
    bool area = any([](const Observation& o) { return !o.area.empty(); });
    bool ci = any([](const Observation& o) { return o.lower_ci || o.upper_ci; });
    bool counts = any([](const Observation& o) { return o.numerator || o.denominator; });
    bool notes = any([](const Observation& o) { return !o.note.empty(); });

    nlohmann::json columns = nlohmann::json::array({"Period"});
    if (area) columns.push_back("Area");
    for (const auto& b : s.breakdown_columns) columns.push_back(humanise(b));
    columns.push_back("Value (" + unit_of(m.unit).words + ")");
    if (ci) columns.insert(columns.end(), {"Lower confidence limit", "Upper confidence limit"});
    if (counts) columns.insert(columns.end(), {"Numerator", "Denominator"});
    if (notes) columns.push_back("Note");

    // A page stays a readable size however long the series: past kTableRows values it shows
    // the latest ones (by period), in the order the file gives them; the downloads hold all.
    std::vector<const Observation*> shown;
    for (const auto& o : s.observations) shown.push_back(&o);
    if (shown.size() > kTableRows) {
        std::stable_sort(shown.begin(), shown.end(),
                         [](const Observation* a, const Observation* b) {
                             return a->period.end > b->period.end;
                         });
        shown.resize(kTableRows);
        std::sort(shown.begin(), shown.end());  // back to the file's order
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const Observation* row : shown) {
        const Observation& o = *row;
        nlohmann::json cells = nlohmann::json::array();
        if (area) cells.push_back(o.area);
        for (const auto& b : s.breakdown_columns) {
            std::string category;
            for (const auto& [dim, cat] : o.breakdown)
                if (dim == b) category = cat;
            cells.push_back(category);
        }
        cells.push_back(o.value ? format_number(*o.value, o.value_decimals) : "Not published");
        if (ci)
            cells.insert(cells.end(), {optional_number(o.lower_ci), optional_number(o.upper_ci)});
        if (counts)
            cells.insert(cells.end(),
                         {optional_number(o.numerator), optional_number(o.denominator)});
        if (notes) cells.push_back(o.note);
        nlohmann::json row_cells = nlohmann::json::array();
        for (std::size_t i = 0; i < cells.size(); ++i)  // notes get room to read; the table scrolls
            row_cells.push_back({{"text", cells[i]}, {"wide", notes && i + 1 == cells.size()}});
        rows.push_back({{"period", period_words(o.period)}, {"cells", row_cells}});
    }
    std::vector<std::string> sources;
    std::set<std::string> distinct;
    for (const auto& o : s.observations)
        if (!o.source.empty() && distinct.insert(o.source).second &&
            sources.size() < kSourcesListed)
            sources.push_back(o.source);
    if (distinct.size() > sources.size())
        sources.push_back("and " + format_number(distinct.size() - sources.size()) +
                          " more, named in the source column of the CSV download");
    const std::size_t all = s.observations.size();
    nlohmann::json table = {
        {"caption", all > shown.size() ? m.title + ": the latest " + format_number(shown.size()) +
                                             " of " + format_number(all) + " published values"
                                       : m.title + ": every published value"},
        {"columns", columns},
        {"rows", rows},
        {"sources", sources}};
    if (all > shown.size())
        table["shortened"] =
            "The table shows the values of the latest periods; the CSV, JSON "
            "and spreadsheet downloads hold all " +
            format_number(all) + ".";
    return table;
}

nlohmann::json metric_view(const SiteData& data, const Metric& m) {
    PageMeta meta{site_paths::metric(m.id),
                  m.title,
                  "metrics",
                  {{"Home", site_paths::home()}, {"Metrics", site_paths::metrics()}},
                  ""};
    meta.page_type = "Metric";
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> ids = layout_ids();
    const ProgressResult& progress = data.metric_progress(m.id);
    nlohmann::json summary = metric_summary(data, meta, m);
    v["metric"] = std::move(summary);
    v["status_text"] = metric_status_text(m.status);
    v["progress"] = status_tag(progress.status);
    v["explanation"] = progress.explanation;
    nlohmann::json facts = nlohmann::json::array();
    auto fact = [&](const std::string& key, const std::string& value) {
        if (!value.empty()) facts.push_back({{"key", key}, {"value", value}});
    };
    fact("Type", humanise(m.kind) + " metric");
    fact("Unit", unit_of(m.unit).title());
    fact("Direction", polarity_text(m.polarity));
    fact("Area", m.geography);
    fact("How often it is published", humanise(m.frequency));
    if (m.baseline)
        fact("Baseline", format_value(m.baseline->value, m.unit) + " (" +
                             period_words(std::string_view(m.baseline->period)) + ")");
    fact("Target", target_text(m).empty() ? "No target set" : target_text(m));
    if (auto latest = latest_value(m, headline_area(m)))
        fact("Latest value", latest->text + " (" + latest->period +
                                 (latest->area.empty() ? "" : ", " + latest->area) + ")");
    v["facts"] = std::move(facts);
    v["source_name"] = m.source_name;
    v["source_url"] = safe_href(m.source_url);  // check reports an unsafe one
    v["body"] = data.markdown(m.body.text, meta.path, ids, 3);
    v["tracked"] = m.tracked();
    v["chart"] = metric_chart_svg(m, "chart-" + m.id);
    v["table"] =
        m.series && !m.series->observations.empty() ? data_table(m) : nlohmann::json(nullptr);
    v["csv_href"] = m.series ? href(meta, site_paths::metric_csv(m.id)) : "";
    v["json_href"] = href(meta, site_paths::metric_json(m.id));
    v["workbook_href"] = href(meta, site_paths::strategy_workbook());
    v["workbook_ods_href"] = href(meta, site_paths::ods_copy(site_paths::strategy_workbook()));
    v["progress_href"] = href(meta, site_paths::progress());
    nlohmann::json areas = nlohmann::json::array();
    for (const SiteArea* a : metric_areas(data.areas, m))
        areas.push_back({{"name", a->name}, {"href", href(meta, site_paths::area(a->slug))}});
    v["areas"] = std::move(areas);

    auto list = [&](const std::vector<const Ambition*>& found) {
        nlohmann::json out = nlohmann::json::array();
        for (const Ambition* a : found) {
            const Priority* p = data.model.find_priority(a->priority_id);
            if (!p) continue;
            int n = 1;
            for (const auto& other : p->ambitions) {
                if (other.id == a->id) break;
                ++n;
            }
            out.push_back(
                {{"priority", p->title},
                 {"name", "Ambition " + std::to_string(n)},
                 {"statement", a->statement},
                 {"href", href(meta, site_paths::priority(p->id)) + "#" + ambition_anchor(a->id)}});
        }
        return out;
    };
    nlohmann::json ambitions = list(data.model.ambitions_using(m.id));
    v["background_for"] = list(data.model.ambitions_with_context(m.id));
    if (!ambitions.empty() && !headline_is_local(data.model.site, m))
        v["non_local"] = "Its figures are for " +
                         (headline_area_or_geography(m).empty() ? std::string("an unnamed area")
                                                                : headline_area_or_geography(m)) +
                         ", not " + data.model.site.own_area_name() +
                         ", so it is shown but does not count towards these ambitions' progress.";
    v["ambitions"] = std::move(ambitions);
    return v;
}

}  // namespace

void add_metric_pages(const SiteData& data, std::vector<PageJob>& jobs) {
    for (const auto& m : data.model.metrics)
        jobs.push_back({site_paths::metric(m.id), "metric.mustache",
                        [&data, &m] { return metric_view(data, m); }});
}

}  // namespace icbgen

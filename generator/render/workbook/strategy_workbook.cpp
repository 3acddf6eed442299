#include "render/workbook/strategy_workbook.h"

#include <algorithm>
#include <map>

#include "core/url.h"
#include "data/period.h"
#include "format/number_format.h"
#include "format/period_format.h"
#include "format/unit.h"
#include "format/words.h"
#include "progress/progress.h"
#include "progress/site_progress.h"
#include "render/workbook/decision_sheet.h"
#include "render/workbook/metric_tables.h"
#include "render/workbook/plain_text.h"
#include "render/workbook/workbook_format.h"
#include "site_map/site_paths.h"

namespace icbgen::workbook {

namespace {

const char* kLatestNote =
    "The latest value is the most recent figure of the metric's headline series: its headline "
    "area, with no breakdown.";
const char* kProgressNote =
    "Progress is calculated from the data, never typed in, after Open SDG's method: the growth "
    "observed is compared with the growth needed to reach the target by its year, or with "
    "fixed thresholds where there is no target. 'Not enough data' means the series is too short "
    "to judge.";
const char* kAmbitionProgressNote =
    "An ambition's progress combines the progress of those of its measures that can be assessed "
    "and whose figures are for the organisation's own area. Background figures (context "
    "indicators) are not listed here and never count.";
const char* kNonLocal =
    "The headline figures of this metric are for another area than the organisation's own, so "
    "it is shown but does not count towards the ambition's progress.";
const char* kNoData =
    "This metric has no data yet: it is named in the strategy but not yet measured.";
const char* kNoHeadline =
    "Every figure of this metric is broken down (for example by ethnicity or by mode), so there "
    "is no single latest value; the figures are on the Data worksheet and the metric's own "
    "worksheet.";
const char* kAmbitionUnmeasured =
    "No metric of this ambition has data yet, so the ambition is not yet measured.";
const char* kNoMetric = "This ambition names no metric.";
const char* kNoTarget = "No target has been set for this metric.";
const char* kStatusNote =
    "'Example' metrics are examples named in a draft strategy; most have no agreed target or "
    "baseline yet. 'Proposed' metrics are named but not yet measured. 'Agreed' metrics are "
    "adopted. 'Context' metrics are published figures given as background to an ambition, not "
    "measures of it.";

Cell yes_no(bool b) { return Cell::str(b ? "Yes" : "No"); }

// The decimals the headline point was written with in the CSV.
int decimals_for(const Metric& m, const HeadlinePoint& p) {
    if (m.series)
        for (const auto& o : m.series->observations)
            if (o.period.text == p.period && o.value && *o.value == p.value)
                return o.value_decimals;
    return decimals_of(p.value);
}

Table traceability(const SiteModel& model, const SiteProgress& progress, Names& names,
                   NoteBook& notes) {
    Table t;
    t.name = names.table("Traceability");
    t.columns = {{"Priority", 28, true},
                 {"Ambition ID", 22},
                 {"Ambition", 50, true},
                 {"Metric ID", 30},
                 {"Metric", 36, true},
                 {"Kind", 10},
                 {"Has data", 9},
                 {"Latest period", 16},
                 {"Latest value " + notes.ref(kLatestNote), 12},
                 {"Unit", 11},
                 {"Target", 10},
                 {"Target year", 10},
                 {"Metric progress " + notes.ref(kProgressNote), 18, true},
                 {"Counts towards ambition progress", 12},
                 {"Ambition progress " + notes.ref(kAmbitionProgressNote), 18, true},
                 {"Ambition progress rests on", 40, true},
                 {"Notes", 16, true}};
    for (const auto& p : model.priorities)
        for (const auto& a : p.ambitions) {
            const AmbitionProgress& ap = progress.ambition(a.id);
            bool measured = ap.with_data > 0;
            std::string ambition_status = progress_label(ap.status);
            std::vector<Cell> lead{Cell::str(std::to_string(p.order) + ". " + p.title),
                                   Cell::str(a.id), Cell::str(a.statement)};
            if (a.metrics.empty()) {
                std::vector<Cell> row = lead;
                for (int i = 0; i < 9; ++i) row.push_back(Cell::missing());
                row.push_back(Cell::str(progress_label(ProgressStatus::not_enough_data)));
                row.push_back(Cell::not_applicable());
                row.push_back(Cell::str(ambition_status));
                row.push_back(Cell::str(ambition_basis(ap)));
                row.push_back(Cell::str(notes_cell({notes.ref(kNoMetric)})));
                t.rows.push_back(std::move(row));
                continue;
            }
            for (const auto& r : a.metrics) {
                const Metric* m = model.find_metric(r.id);
                std::vector<Cell> row = lead;
                std::vector<std::string> row_notes;
                row.push_back(Cell::str(r.id));
                row.push_back(m ? Cell::str(m->title) : Cell::missing());
                row.push_back(m ? Cell::str(humanise(m->kind)) : Cell::missing());
                row.push_back(yes_no(m && m->tracked()));
                auto points = m ? headline_series(*m) : std::vector<HeadlinePoint>{};
                if (!points.empty()) {
                    row.push_back(Cell::str(period_words(std::string_view(points.back().period))));
                    row.push_back(Cell::num(points.back().value, decimals_for(*m, points.back())));
                } else {
                    row.push_back(Cell::missing());
                    row.push_back(Cell::missing());
                    row_notes.push_back(notes.ref(m && m->tracked() ? kNoHeadline : kNoData));
                }
                row.push_back(m ? Cell::str(unit_of(m->unit).label) : Cell::missing());
                if (m && m->target) {
                    row.push_back(Cell::num(m->target->value, decimals_of(m->target->value)));
                    row.push_back(m->target->by ? Cell::year(*m->target->by) : Cell::missing());
                } else {
                    row.push_back(Cell::missing());
                    row.push_back(Cell::missing());
                    row_notes.push_back(notes.ref(kNoTarget));
                }
                row.push_back(Cell::str(progress_label(progress.metric(r.id).status)));
                bool local = m && headline_is_local(model.site, *m);
                row.push_back(yes_no(local));
                if (m && !local) row_notes.push_back(notes.ref(kNonLocal));
                row.push_back(Cell::str(ambition_status));
                row.push_back(Cell::str(ambition_basis(ap)));
                if (!measured) row_notes.push_back(notes.ref(kAmbitionUnmeasured));
                row.push_back(Cell::str(notes_cell(row_notes)));
                t.rows.push_back(std::move(row));
            }
        }
    return t;
}

Table metric_definitions(const SiteModel& model, const std::map<std::string, std::string>& sheets,
                         Names& names, NoteBook& notes) {
    Table t;
    t.name = names.table("Metric_definitions");
    t.columns = {{"Metric ID", 30},
                 {"Metric", 36, true},
                 {"Definition", 70, true},
                 {"Kind", 10},
                 {"Unit", 11},
                 {"Polarity", 16},
                 {"Frequency", 12},
                 {"Status " + notes.ref(kStatusNote), 12},
                 {"Source", 40, true},
                 {"Source URL", 36},
                 {"Geography", 22, true},
                 {"Headline area", 16},
                 {"Baseline period", 14},
                 {"Baseline value", 12},
                 {"Target value", 12},
                 {"Target year", 10},
                 {"Target origin", 18, true},
                 {"Has data", 9},
                 {"Ambitions", 30, true},
                 {"Worksheet", 30}};
    for (const auto& m : model.metrics) {
        std::vector<std::string> ambitions;
        for (const auto* a : model.ambitions_using(m.id)) ambitions.push_back(a->id);
        if (ambitions.empty())
            for (const auto* a : model.ambitions_with_context(m.id))
                ambitions.push_back("background figure for " + a->id);
        std::string definition = first_paragraph(m.body.text).substr(0, 32000);
        std::string headline = headline_area(m);
        if (headline.empty()) headline = m.headline_area;
        auto sheet = sheets.find(m.id);
        t.rows.push_back(
            {Cell::str(m.id),
             Cell::str(m.title),
             definition.empty() ? Cell::missing() : Cell::str(definition),
             Cell::str(humanise(m.kind)),
             Cell::str(unit_of(m.unit).label),
             Cell::str(humanise(m.polarity)),
             Cell::str(humanise(m.frequency)),
             Cell::str(humanise(m.status)),
             m.source_name.empty() ? Cell::missing() : Cell::str(m.source_name),
             is_remote_url(m.source_url) ? Cell::url(m.source_url)
             : m.source_url.empty()      ? Cell::missing()
                                         : Cell::str(m.source_url),
             Cell::str(m.geography),
             headline.empty() ? Cell::not_applicable() : Cell::str(headline),
             m.baseline ? Cell::str(m.baseline->period) : Cell::missing(),
             m.baseline ? Cell::num(m.baseline->value, decimals_of(m.baseline->value))
                        : Cell::missing(),
             m.target ? Cell::num(m.target->value, decimals_of(m.target->value)) : Cell::missing(),
             m.target && m.target->by ? Cell::year(*m.target->by) : Cell::missing(),
             m.target && !m.target->origin.empty() ? Cell::str(m.target->origin) : Cell::missing(),
             yes_no(m.tracked()),
             Cell::str(ambitions.empty() ? kNotApplicable : join(ambitions, "; ")),
             sheet == sheets.end() ? Cell::not_applicable()
                                   : Cell::sheet_link(sheet->second, sheet->second)});
    }
    return t;
}

}  // namespace

std::vector<const Metric*> metric_sheets_for(const SiteModel& model,
                                             const std::vector<const Metric*>& tracked) {
    if (tracked.size() <= kMaxMetricSheets) return tracked;
    std::vector<const Metric*> own;
    for (const auto* m : tracked)
        if (own.size() < kMaxMetricSheets && !model.ambitions_using(m->id).empty())
            own.push_back(m);
    return own;
}

WorkbookSpec strategy_workbook(const SiteModel& model, const std::string& build_date) {
    Names names;
    NoteBook notes;
    std::vector<Sheet> sheets;
    const SiteProgress progress(model);

    std::vector<const Metric*> tracked;
    for (const auto& m : model.metrics)
        if (m.tracked()) tracked.push_back(&m);
    // Name the per-metric sheets first so the other tables can link to them.
    std::string trace_name = names.sheet("Traceability");
    std::string metrics_name = names.sheet("Metrics");
    std::string data_name = names.sheet("Data");

    sheets.push_back(table_sheet(
        trace_name, "Traceability: ambitions and the metrics that measure them",
        "Each priority's ambitions, the metrics that measure them, the latest value, target and "
        "progress",
        {"One row per measure of each ambition; background figures are not listed. An ambition "
         "with no measure that has data shows [x] and a note: it is not yet measured."},
        traceability(model, progress, names, notes)));

    // A worksheet per metric, unless there are too many to be of use (metric_sheets_for).
    const std::vector<const Metric*> own = metric_sheets_for(model, tracked);
    std::string without_sheets;
    if (own.size() < tracked.size())
        without_sheets =
            format_number(static_cast<double>(tracked.size()), 0) +
            " metrics have data, too many for a worksheet each: " +
            (own.empty()
                 ? std::string("none has its own worksheet")
                 : "only the " + format_number(static_cast<double>(own.size()), 0) +
                       (own.size() == 1 ? " metric that measures an ambition has a worksheet "
                                          "of its own, with a chart"
                                        : " metrics that measure an ambition have worksheets "
                                          "of their own, with a chart")) +
            ". Every figure of every metric is on the Data worksheet and in the website's data "
            "download, " +
            site_paths::all_data() + ".";
    std::vector<Sheet> charts;
    std::map<std::string, std::string> chart_sheets;
    for (const auto* m : own) {
        charts.push_back(metric_chart_sheet(*m, names, notes));
        chart_sheets[m->id] = charts.back().name;
    }
    // A metric with data but no worksheet of its own points to the Data worksheet.
    if (own.size() < tracked.size())
        for (const auto* m : tracked) chart_sheets.emplace(m->id, data_name);
    std::vector<std::string> metric_lines{"One row per metric, by metric ID."};
    if (!without_sheets.empty()) metric_lines.push_back(without_sheets);
    sheets.push_back(table_sheet(metrics_name, "Metric definitions",
                                 "What each metric measures, its unit, source, status and target",
                                 std::move(metric_lines),
                                 metric_definitions(model, chart_sheets, names, notes)));
    if (!tracked.empty())
        for (auto& part : observation_sheets(
                 tracked, data_name, names.table("Data"), "Data: every figure of every metric",
                 "Every figure of every metric with data, in one filterable table",
                 {"One row per figure, as in the data files behind the website. "
                  "Filter the Metric ID column to see one metric."},
                 names, notes))
            sheets.push_back(std::move(part));
    auto decisions = decisions_sheet(model, names, notes);
    if (decisions) sheets.push_back(std::move(*decisions));
    for (auto& c : charts) sheets.push_back(std::move(c));

    std::size_t ambitions = 0, measured = 0, local = 0;
    for (const auto* a : model.ambitions()) {
        ++ambitions;
        if (progress.ambition(a->id).with_data > 0) ++measured;
        if (progress.ambition(a->id).local_with_data > 0) ++local;
    }
    Cover cover = site_cover(model, build_date);
    if (!without_sheets.empty()) cover.contents_lines.push_back(without_sheets);
    cover.title =
        model.strategy.title.empty() ? "Strategy metrics" : model.strategy.title + ": metrics";
    cover.about = {
        "The metrics of the integrated care strategy of " + model.site.name +
            ": which metrics measure each ambition, how each metric is defined, every figure "
            "behind them and a chart of each metric with data.",
        std::to_string(measured) + " of " + std::to_string(ambitions) +
            " ambitions have at least one measure with data, " + std::to_string(local) +
            " of them for " + model.site.own_area_name() + "; " + std::to_string(tracked.size()) +
            " of " + std::to_string(model.metrics.size()) + " metrics have data."};
    cover.source = (model.strategy.source.document.empty() ? model.site.name
                                                           : model.strategy.source.document) +
                   ". Each figure's own source is in the Source column of the Data worksheet.";

    Properties props = site_properties(model, build_date);
    props.title = cover.title;
    props.subject = "Integrated care strategy: ambitions, metrics and data";
    props.category = "Statistics";
    props.keywords =
        "integrated care strategy, metrics, ambitions, progress, " + model.site.short_name;
    props.comments = cover.about.front();
    props.status = model.strategy.status;
    return assemble(site_paths::strategy_workbook(), std::move(props), cover, std::move(sheets),
                    notes);
}

}  // namespace icbgen::workbook

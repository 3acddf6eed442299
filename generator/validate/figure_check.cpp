// Figures that must agree with the data they speak of: a number in the text of a link to a
// metric, a case-study outcome that names a metric, a metric's baseline; and percentage
// targets that cannot be met (over 100%, below 0%, a fall of more than 100%).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "data/financial_year.h"
#include "data/period_key.h"
#include "markdown/markdown.h"
#include "progress/progress.h"
#include "validate/checks.h"
#include "validate/link_targets.h"
#include "validate/stated_figures.h"

namespace icbgen {

namespace {

// A value as the data writes it, with the mark of its unit: "15.2%", "£162", "22.8 days".
std::string shown(const Metric& m, double v, int decimals) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string n = buf;
    if (m.unit == "percent" || m.unit == "percent-change") return n + "%";
    if (m.unit == "percentage-points") return n + " percentage points";
    if (m.unit == "gbp") return "\xC2\xA3" + n;
    if (m.unit == "days" || m.unit == "weeks" || m.unit == "minutes" || m.unit == "years")
        return n + " " + m.unit;
    return n;
}

// Whether a figure is stated in the metric's unit, so that it speaks of the metric's values:
// "15.2%" for a percentage, "£162" for pounds, "22.8 days" for days, a plain number for a
// count or a rate. Other numbers in the text (ages, years, a count beside a percentage) are
// left alone.
bool in_unit_of(const Metric& m, const StatedFigure& f) {
    using Mark = StatedFigure::Mark;
    if (m.unit == "percent") return f.mark == Mark::percent || f.mark == Mark::fraction;
    if (m.unit == "percent-change") return f.mark == Mark::percent;
    if (m.unit == "percentage-points") return f.mark == Mark::points;
    if (m.unit == "gbp") return f.mark == Mark::pounds;
    if (m.unit == "days" || m.unit == "weeks" || m.unit == "minutes" || m.unit == "years")
        return f.mark == Mark::duration && f.duration == m.unit;
    return f.mark == Mark::plain;
}

// Every figure of a metric a text may quote: the values of its series (any period, area or
// breakdown), their counts, its baseline and its target.
std::vector<std::pair<double, int>> quotable_values(const Metric& m) {
    std::vector<std::pair<double, int>> out;
    if (m.series)
        for (const auto& o : m.series->observations) {
            if (o.value) out.emplace_back(*o.value, o.value_decimals);
            if (o.numerator) out.emplace_back(*o.numerator, 0);
            if (o.denominator) out.emplace_back(*o.denominator, 0);
        }
    if (m.baseline) out.emplace_back(m.baseline->value, m.baseline->value_decimals);
    if (m.target) out.emplace_back(m.target->value, 0);
    return out;
}

// "10.1%, 15.2%": the distinct values of a series, at most six.
std::string values_list(const Metric& m) {
    std::vector<std::string> seen;
    std::string out;
    for (const auto& o : m.series->observations) {
        if (!o.value) continue;
        std::string v = shown(m, *o.value, o.value_decimals);
        if (std::find(seen.begin(), seen.end(), v) != seen.end()) continue;
        if (seen.size() == 6) return out + ", ...";
        seen.push_back(v);
        out += (out.empty() ? "" : ", ") + v;
    }
    return out;
}

bool agree(double a, int a_decimals, double b, int b_decimals) {
    double tolerance = 0.5 * std::pow(10.0, -std::min(a_decimals, b_decimals));
    return std::fabs(a - b) <= tolerance + 1e-9 * std::max(1.0, std::fabs(a));
}

// `[15.2% more people](@/metrics/x.md)`: every figure the link text states in the metric's
// unit must be one of the metric's figures, allowing for the rounding shown.
void check_link_figures(const SiteModel& model, Diagnostics& diags) {
    for_each_markdown(model, [&](const Markdown& md, bool) {
        if (md.text.find("@/metrics/") == std::string::npos) return;
        for (const auto& link : markdown_links(md.text)) {
            if (link.image || link.url.rfind("@/metrics/", 0) != 0) continue;
            std::string id = link.url.substr(10);
            if (auto hash = id.find('#'); hash != std::string::npos) id.resize(hash);
            if (id.size() > 3 && id.compare(id.size() - 3, 3, ".md") == 0) id.resize(id.size() - 3);
            const Metric* m = model.find_metric(id);
            if (!m || !m->tracked()) continue;
            auto values = quotable_values(*m);
            for (const auto& f : stated_figures(link.text)) {
                if (!in_unit_of(*m, f)) continue;
                bool found = false;
                for (const auto& [v, d] : values) found = found || figure_agrees(f, v, d);
                if (found) continue;
                diags.error("figure-link-mismatch", markdown_location(md, link.line, link.column),
                            "the link text says " + f.written + ", but no figure of metric '" +
                                m->id + "' is " + f.written + " (its data: " + values_list(*m) +
                                ")",
                            "correct the figure, or the data in " + m->series->path +
                                "; a figure the metric's data does not hold should not link to it");
                break;  // one report per link
            }
        }
    });
}

// An outcome that names a metric states one of its figures: for the outcome's period and
// area, when it gives them, the data must hold a value that agrees with it.
void check_outcome_figures(const SiteModel& model, Diagnostics& diags) {
    for (const auto& cs : model.case_studies)
        for (const auto& o : cs.outcomes) {
            std::optional<Period> period;
            if (!o.period.empty() && !(period = parse_period(o.period))) {
                diags.error("bad-format", o.period_location,
                            "'" + o.period + "' is not a period icbgen understands",
                            period_forms());
                continue;
            }
            if (period) warn_financial_year_lookalike(*period, o.period_location, diags);
            if (!o.metric || !o.value || !o.conflict.empty()) continue;
            if (o.kind != "observed" && o.kind != "context") continue;
            const Metric* m = model.find_metric(o.metric->id);
            if (!m || !m->series) continue;
            const Observation* first = nullptr;
            bool agrees = false;
            for (const auto& obs : m->series->observations) {
                if (!obs.value || (period && !same_period(obs.period, *period)) ||
                    (!o.area.empty() && obs.area != o.area))
                    continue;
                if (!first) first = &obs;
                agrees =
                    agrees || agree(*o.value, o.value_decimals, *obs.value, obs.value_decimals);
            }
            if (!first || agrees) continue;
            std::string scope;
            if (period) scope = period->text;
            if (!o.area.empty()) scope += (scope.empty() ? "" : ", ") + o.area;
            std::string given = shown(*m, *first->value, first->value_decimals);
            diags.error("outcome-metric-mismatch", o.value_location,
                        "this outcome gives " + shown(*m, *o.value, o.value_decimals) +
                            " for metric '" + m->id + "'" +
                            (scope.empty() ? "" : " (" + scope + ")") + ", but " + m->series->path +
                            " line " + std::to_string(first->line) + " gives " + given + " for " +
                            first->period.text + (first->area.empty() ? "" : ", " + first->area),
                        "correct the value, or the period or area it is for; where the source "
                        "itself gives two figures, keep both and explain in 'conflict'");
        }
}

// A baseline restates the series at its period: it must agree with the headline row there.
void check_baselines(const SiteModel& model, Diagnostics& diags) {
    for (const auto& m : model.metrics) {
        if (!m.baseline || !m.series) continue;
        auto period = parse_period(m.baseline->period);
        if (!period) continue;
        std::string area = headline_area(m);
        const Observation* first = nullptr;
        bool agrees = false;
        for (const auto& o : m.series->observations) {
            bool headline = o.value && o.area == area &&
                            std::all_of(o.breakdown.begin(), o.breakdown.end(),
                                        [](const auto& b) { return b.second.empty(); });
            if (!headline || !same_period(o.period, *period)) continue;
            if (!first) first = &o;
            agrees = agrees || agree(m.baseline->value, m.baseline->value_decimals, *o.value,
                                     o.value_decimals);
        }
        if (!first || agrees) continue;
        diags.error("baseline-mismatch", m.baseline->location,
                    "the baseline " + shown(m, m.baseline->value, m.baseline->value_decimals) +
                        " for " + m.baseline->period + " disagrees with " + m.series->path +
                        " line " + std::to_string(first->line) + ", which gives " +
                        shown(m, *first->value, first->value_decimals) + " for " +
                        first->period.text + (area.empty() ? "" : " (" + area + ")"),
                    "make the baseline the figure in the data, or correct the data");
    }
}

// A target no percentage can reach: a share over 100% or below 0%, a fall of more than 100%.
void check_percent_target(const Metric& m, double value, const SourceLocation& loc,
                          Diagnostics& diags) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    if (m.unit == "percent" && (value < 0 || value > 100))
        diags.error("target-percent-range", loc,
                    std::string("the target ") + buf + " is outside 0-100, but metric '" + m.id +
                        "' is a percentage",
                    "a share cannot be over 100% or below 0%: check the figure; a target for a "
                    "change belongs to a metric with unit 'percentage-points' or 'percent-change'");
    if (m.unit == "percent-change" && value < -100)
        diags.error("target-percent-range", loc,
                    std::string("the target ") + buf +
                        " is a fall of more than 100%, which metric '" + m.id +
                        "', a percentage change, cannot reach",
                    "nothing falls by more than all of itself: check the figure and its sign");
}

void check_targets(const SiteModel& model, Diagnostics& diags) {
    for (const auto& m : model.metrics)
        if (m.target) check_percent_target(m, m.target->value, m.target->location, diags);
    for (const auto& cs : model.case_studies)
        for (const auto& o : cs.outcomes)
            if (o.kind == "target" && o.metric && o.value)
                if (const Metric* m = model.find_metric(o.metric->id))
                    check_percent_target(*m, *o.value, o.value_location, diags);
}

}  // namespace

void check_figures(const SiteModel& model, Diagnostics& diags) {
    check_link_figures(model, diags);
    check_outcome_figures(model, diags);
    check_baselines(model, diags);
    check_targets(model, diags);
}

}  // namespace icbgen

// Checks on metric series: duplicates, impossible values, arithmetic, and freshness.
#include <algorithm>
#include <cmath>
#include <map>

#include "core/text.h"
#include "data/period.h"
#include "data/period_key.h"
#include "format/number_format.h"
#include "format/unit.h"
#include "progress/progress.h"
#include "validate/checks.h"

namespace icbgen {

namespace {

// A series with no metric of its name is data the site silently ignores, so lost: usually a
// typo in the file name, while the metric it was meant for shows "not yet measured".
void check_orphan_series(const SiteModel& model, Diagnostics& diags) {
    std::vector<std::string> ids;
    for (const auto& m : model.metrics) ids.push_back(m.id);
    for (const auto& path : model.orphan_series) {
        std::string id = path.substr(path.rfind('/') + 1);
        id = id.substr(0, id.rfind('.'));
        if (find_confusable(id)) continue;  // the loader reports the look-alike letter in its name
        auto near = nearest(id, ids);
        std::string hint =
            near && !model.find_metric(*near)->series
                ? "did you mean '" + *near + "'? rename the file to data/metrics/" + *near + ".csv"
                : (near ? "did you mean '" + *near + "'? " : std::string()) +
                      "add content/metrics/" + id +
                      ".md, or rename the file after the metric it measures";
        diags.error("series-orphan", {path, 1, 1},
                    "no metric is called '" + id + "', so this data is shown nowhere", hint);
    }
}

}  // namespace

bool is_source_conflict(const std::string& note) { return note.rfind("Source conflict:", 0) == 0; }

void check_data(const SiteModel& model, const ValidateOptions& options, Diagnostics& diags) {
    std::optional<Period> as_of;
    if (!options.as_of.empty()) as_of = parse_period(options.as_of);

    check_orphan_series(model, diags);

    for (const auto& m : model.metrics) {
        if (!m.series) continue;
        const Series& s = *m.series;
        // Rows are the same when they cover the same time, however the period is written
        // ("2021/22" and "2021-22", "2023 Q1" and "2022/23 Q4"): period -> first line, text.
        std::map<std::string, std::pair<int, std::string>> seen;
        double latest_end = -1;
        for (const auto& o : s.observations) {
            std::string key = period_key(o.period) + "\x1f" + o.area;
            for (const auto& [dim, cat] : o.breakdown) key += "\x1f" + cat;
            auto [it, inserted] = seen.emplace(key, std::make_pair(o.line, o.period.text));
            if (!inserted && is_source_conflict(o.note)) {
                // Both figures come from the source, which disagrees with itself: keep both.
            } else if (!inserted) {
                const auto& [first_line, first_text] = it->second;
                bool respelt = first_text != o.period.text;
                std::string what = "period " + o.period.text;
                if (!o.area.empty()) what += ", area " + o.area;
                for (const auto& [dim, cat] : o.breakdown)
                    if (!cat.empty()) what += ", " + dim + " " + cat;
                diags.error("csv-duplicate-period", {s.path, o.line, 1},
                            "a second value for " + what + " (the first is on line " +
                                std::to_string(first_line) +
                                (respelt ? ", where the same period is written '" + first_text + "'"
                                         : std::string()) +
                                ")",
                            respelt ? "write each period one way in a series ('" + first_text +
                                          "'), then remove one of the two rows or give them "
                                          "different areas or breakdowns"
                                    : "remove one row, or give them different areas or breakdowns");
            }
            if (!o.value) continue;
            latest_end = std::max(latest_end, o.period.end);
            double v = *o.value;
            const Unit unit = unit_of(m.unit);
            if (unit.percentage && (v < 0 || v > 100))
                diags.error("csv-percent-range", {s.path, o.line, 1},
                            "the value " + plain_number(v) + " is outside 0-100, but metric '" +
                                m.id + "' is a percentage",
                            "write percentages as numbers from 0 to 100, e.g. 52.1 for 52.1%; a "
                            "change in a percentage, which may be negative, has unit "
                            "'percentage-points' or 'percent-change'");
            if (unit.change && v < unit.minimum)
                diags.error("csv-percent-range", {s.path, o.line, 1},
                            "the value " + plain_number(v) +
                                " is a fall of more than 100%, which "
                                "metric '" +
                                m.id + "', a percentage change, cannot be",
                            "nothing falls by more than all of itself: check the sign and the "
                            "figure, or use unit 'percentage-points' for a change in a share");
            if (unit.never_negative && v < 0)
                diags.error("csv-negative", {s.path, o.line, 1},
                            "the value " + plain_number(v) + " is negative, which a " + m.unit +
                                " cannot be");
            if (o.numerator && o.denominator) {
                if (*o.denominator == 0) {
                    diags.error("csv-ratio-mismatch", {s.path, o.line, 1},
                                "the denominator is zero");
                } else {
                    double computed = *o.numerator / *o.denominator * unit.scale;
                    double tolerance = 0.5 * std::pow(10.0, -o.value_decimals) + 1e-9;
                    if (std::fabs(computed - v) > tolerance)
                        diags.error("csv-ratio-mismatch", {s.path, o.line, 1},
                                    "numerator " + plain_number(*o.numerator) + " / denominator " +
                                        plain_number(*o.denominator) + " gives " +
                                        significant_number(computed, 4) + ", not " +
                                        plain_number(v),
                                    "correct the value or the counts; if the source itself is "
                                    "wrong, give the recomputed value and explain in 'note'");
                }
            }
            if (o.lower_ci && o.upper_ci && !(*o.lower_ci <= v && v <= *o.upper_ci))
                diags.error("csv-ci-range", {s.path, o.line, 1},
                            "the value " + plain_number(v) +
                                " is not inside its confidence "
                                "interval " +
                                plain_number(*o.lower_ci) + " to " + plain_number(*o.upper_ci));
        }
        if (!m.headline_area.empty()) {
            auto areas = s.areas();
            if (std::find(areas.begin(), areas.end(), m.headline_area) == areas.end()) {
                std::string hint = did_you_mean(m.headline_area, areas);
                if (hint.empty()) {
                    hint = "name an area of its 'area' column";
                    for (std::size_t i = 0; i < areas.size() && i < 5; ++i)
                        hint += (i == 0 ? ": " : ", ") + areas[i];
                    if (areas.empty() || (areas.size() == 1 && areas[0].empty()))
                        hint = "the file has no areas: remove 'headline_area'";
                }
                diags.error("unknown-reference", m.headline_area_location,
                            "headline_area '" + m.headline_area + "' does not appear in " + s.path,
                            hint);
            }
        }
        auto age = allowed_data_age(m.frequency);
        if (as_of && age && latest_end > 0 && as_of->start - latest_end > *age)
            diags.warning("data-stale", {s.path, 1, 1},
                          "the newest data for '" + m.id + "' is older than its " + m.frequency +
                              " frequency allows (as of " + as_of->text + ")",
                          "add the latest figures, or correct 'frequency' in the metric");
    }
}

}  // namespace icbgen

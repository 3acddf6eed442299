#include "progress/progress.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "data/period.h"
#include "format/number_format.h"
#include "format/period_format.h"
#include "format/unit.h"

namespace icbgen {

namespace t = progress_thresholds;

namespace {

bool is_headline_row(const Observation& o, const std::string& area) {
    if (!o.value || o.area != area) return false;
    return std::all_of(o.breakdown.begin(), o.breakdown.end(),
                       [](const auto& b) { return b.second.empty(); });
}

// Compound annual growth rate from `from` to `to` over `years`.
double growth(double to, double from, double years) { return std::pow(to / from, 1 / years) - 1; }

// Piecewise-linear map of `x` through the points (xs[i], ys[i]), clamped at both ends.
double interpolate(double x, const std::vector<std::pair<double, double>>& points) {
    if (x <= points.front().first) return points.front().second;
    for (std::size_t i = 1; i < points.size(); ++i)
        if (x <= points[i].first) {
            auto [x0, y0] = points[i - 1];
            auto [x1, y1] = points[i];
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
        }
    return points.back().second;
}

// Statistics Canada's score transformations (progress value to -5..+5).
double score_for_ratio(double r) { return interpolate(r, {{-0.6, -5}, {0.6, 0}, {1.3, 5}}); }
double score_for_growth(double g) {
    return interpolate(g, {{-0.02, -5}, {0, -2.5}, {0.005, 0}, {0.015, 2.5}, {0.02, 5}});
}

ProgressStatus status_for_ratio(double r) {
    if (r >= t::kRatioOnTrack) return ProgressStatus::on_track;
    if (r >= t::kRatioAcceleration) return ProgressStatus::needs_acceleration;
    if (r >= 0) return ProgressStatus::limited_progress;
    return ProgressStatus::deterioration;
}

ProgressStatus status_for_growth(double g) {
    if (g >= t::kGrowthOnTrack) return ProgressStatus::on_track;
    if (g >= t::kGrowthAcceleration) return ProgressStatus::needs_acceleration;
    if (g >= 0) return ProgressStatus::limited_progress;
    return ProgressStatus::deterioration;
}

// A value as written in an explanation, with its unit: "52.1%", "4.12 per 1,000", "£162".
std::string valued(const Metric& m, double v) { return format_value(v, m.unit); }

// A yearly growth rate: "3.2%".
std::string rate(double fraction) { return format_percent(fraction, 1); }

std::string compared(const Metric& m, const HeadlinePoint& base, const HeadlinePoint& latest) {
    return "Compared " + valued(m, base.value) + " in " +
           period_words(std::string_view(base.period)) + " with " + valued(m, latest.value) +
           " in " + period_words(std::string_view(latest.period));
}

// The change between two values: for a percentage, first in percentage points ("down 14.9
// percentage points, "), then always as a relative yearly rate, said to be relative.
std::string change_words(const Metric& m, double from, double to, double observed) {
    std::string text;
    if (unit_of(m.unit).percentage) {
        double pp = to - from;
        text = pp == 0 ? "no change in percentage points, "
                       : std::string(pp > 0 ? "up " : "down ") + format_number(std::fabs(pp)) +
                             " percentage points, ";
    }
    return text + "a relative " + (observed >= 0 ? "rise" : "fall") + " of " +
           rate(std::fabs(observed)) + " a year";
}

}  // namespace

std::string headline_area(const Metric& metric) {
    if (!metric.headline_area.empty()) return metric.headline_area;
    // The first of the series' areas (Series::areas, in order of first appearance): the
    // first row's, found without listing them all (a page per area asked it of every metric).
    if (!metric.series || metric.series->observations.empty()) return {};
    return metric.series->observations.front().area;
}

std::string headline_area_or_geography(const Metric& metric) {
    std::string area = headline_area(metric);
    return area.empty() ? metric.geography : area;
}

bool headline_is_local(const SiteInfo& site, const Metric& metric) {
    return site.is_own_area(headline_area_or_geography(metric));
}

std::vector<HeadlinePoint> headline_series(const Metric& metric) {
    std::vector<std::pair<Period, double>> rows;
    if (!metric.series) return {};
    std::string area = headline_area(metric);
    std::set<std::string> seen;
    for (const auto& o : metric.series->observations)
        if (is_headline_row(o, area) && seen.insert(o.period.text).second)
            rows.emplace_back(o.period, *o.value);
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.first.midpoint() != b.first.midpoint())
            return a.first.midpoint() < b.first.midpoint();
        return a.first.start < b.first.start;
    });
    std::vector<HeadlinePoint> out;
    for (const auto& [period, value] : rows) out.push_back({period.text, period.midpoint(), value});
    return out;
}

ProgressResult assess_progress(const Metric& metric) {
    ProgressResult r;
    if (metric.polarity == "neutral") {
        r.status = ProgressStatus::not_assessed;
        r.explanation =
            "Not assessed: a rise or a fall in this measure is neither good nor bad "
            "in itself (neutral polarity).";
        return r;
    }
    auto points = headline_series(metric);
    std::optional<HeadlinePoint> base;
    if (metric.baseline)
        if (auto p = parse_period(metric.baseline->period))
            base = HeadlinePoint{p->text, p->midpoint(), metric.baseline->value};
    if (!base && !points.empty()) base = points.front();
    if (points.empty() || !base) {
        r.explanation =
            metric.tracked()
                ? "Not enough data: values have been published only for parts of the "
                  "population or for other areas, not for " +
                      (headline_area(metric).empty() ? std::string("the area as a whole")
                                                     : headline_area(metric) + " as a whole") +
                      ", so progress cannot be judged."
                : "Not enough data: no values have been published yet.";
        return r;
    }
    HeadlinePoint latest = points.back();
    r.base = base;
    r.latest = latest;
    double years = latest.year - base->year;
    if (points.size() < 2 && !metric.baseline) {
        std::string area = headline_area(metric);
        r.explanation = "Not enough data: only one value (" +
                        period_words(std::string_view(latest.period)) +
                        (area.empty() ? "" : ", " + area) +
                        ") has been published, and progress needs at least two.";
        return r;
    }
    if (years < t::kMinimumSpanYears) {
        r.explanation = "Not enough data: the first and latest values (" +
                        period_words(std::string_view(base->period)) + " and " +
                        period_words(std::string_view(latest.period)) +
                        ") are less than a year apart.";
        return r;
    }

    double d = metric.polarity == "lower-is-better" ? -1 : 1;
    double y0 = base->value, yi = latest.value;
    std::optional<double> target;
    if (metric.target) target = metric.target->value;
    bool all_negative = y0 < 0 && yi <= 0 && (!target || *target <= 0);
    bool all_positive = y0 >= 0 && yi >= 0 && (!target || *target >= 0);
    if (!all_negative && !all_positive) {
        r.status = ProgressStatus::not_assessed;
        r.explanation =
            "Not assessed: the values change sign, so a growth rate cannot be "
            "calculated.";
        return r;
    }
    if (all_negative) d = -d;  // growth rates of negative values run the other way
    if (y0 == 0) y0 = t::kZeroReplacement;

    // Target achieved: the latest value has reached the target in the desired direction.
    if (target) {
        bool achieved = metric.polarity == "lower-is-better" ? latest.value <= *target
                                                             : latest.value >= *target;
        if (achieved) {
            r.status = ProgressStatus::target_achieved;
            r.score = 5;
            r.explanation = "Target achieved: the latest value, " + valued(metric, latest.value) +
                            " in " + period_words(std::string_view(latest.period)) +
                            ", has reached the target of " + valued(metric, *target) + ".";
            return r;
        }
    }

    double observed = growth(yi, y0, years);
    r.observed_growth = observed;
    double target_year = metric.target && metric.target->by ? *metric.target->by + 0.5 : 0;
    if (target && metric.target->by && target_year > base->year) {
        double goal = *target == 0 ? t::kZeroReplacement : *target;
        double required = growth(goal, y0, target_year - base->year);
        r.required_growth = required;
        double ratio = required == 0 ? -1 : d * observed / std::fabs(required);
        r.ratio = ratio;
        r.status = status_for_ratio(ratio);
        r.score = score_for_ratio(ratio);
        r.explanation = compared(metric, *base, latest) + ": " +
                        change_words(metric, base->value, latest.value, observed) +
                        ", against a relative " + (required >= 0 ? "rise" : "fall") + " of " +
                        rate(std::fabs(required)) + " a year needed to reach " +
                        valued(metric, *target) + " by " + std::to_string(*metric.target->by) +
                        (ratio < 0 ? " (it is moving away from the target)."
                                   : " (" + std::to_string(std::lround(ratio * 100)) +
                                         "% of the pace needed).");
        return r;
    }
    double directed = d * observed;
    r.status = status_for_growth(directed);
    r.score = score_for_growth(directed);
    r.explanation =
        compared(metric, *base, latest) + ": " +
        change_words(metric, base->value, latest.value, observed) + ", " +
        (directed >= 0 ? "in the desired direction" : "against the desired direction") +
        (!target              ? " (no target, so fixed growth thresholds are used)."
         : !metric.target->by ? " (the target has no date, so fixed growth thresholds are used)."
                              : " (the target date is not after the first value, so fixed growth "
                                "thresholds are used).");
    return r;
}

std::optional<double> allowed_data_age(const std::string& frequency) {
    if (frequency == "monthly") return 0.25;
    if (frequency == "quarterly") return 0.5;
    if (frequency == "annual") return 2.0;
    if (frequency == "multi-year") return 4.0;
    return std::nullopt;
}

Metric metric_as_at(const Metric& metric, const std::string& date) {
    Metric out = metric;
    auto day = parse_iso_date(date);
    if (!day || !out.series) return out;
    auto ended = [&](const Observation& o) {
        IsoDate last = period_last_day(o.period);
        return std::tie(last.year, last.month, last.day) <=
               std::tie(day->year, day->month, day->day);
    };
    auto& obs = out.series->observations;
    obs.erase(
        std::remove_if(obs.begin(), obs.end(), [&](const Observation& o) { return !ended(o); }),
        obs.end());
    return out;
}

ProgressResult assess_progress_as_at(const Metric& metric, const std::string& date) {
    return assess_progress(metric_as_at(metric, date));
}

const char* progress_label(ProgressStatus status) {
    switch (status) {
        case ProgressStatus::target_achieved: return "Target achieved";
        case ProgressStatus::on_track: return "On track";
        case ProgressStatus::needs_acceleration: return "Needs acceleration";
        case ProgressStatus::limited_progress: return "Limited progress";
        case ProgressStatus::deterioration: return "Getting worse";
        case ProgressStatus::not_enough_data: return "Not enough data";
        case ProgressStatus::not_assessed: return "Not assessed";
        case ProgressStatus::insufficient_local_data: return "Insufficient local data";
    }
    return "Not assessed";
}

const char* progress_code(ProgressStatus status) {
    switch (status) {
        case ProgressStatus::target_achieved: return "target-achieved";
        case ProgressStatus::on_track: return "on-track";
        case ProgressStatus::needs_acceleration: return "needs-acceleration";
        case ProgressStatus::limited_progress: return "limited-progress";
        case ProgressStatus::deterioration: return "deterioration";
        case ProgressStatus::not_enough_data: return "not-enough-data";
        case ProgressStatus::not_assessed: return "not-assessed";
        case ProgressStatus::insufficient_local_data: return "insufficient-local-data";
    }
    return "not-assessed";
}

const char* progress_tag_colour(ProgressStatus status) {
    switch (status) {
        case ProgressStatus::target_achieved: return "green";
        case ProgressStatus::on_track: return "blue";
        case ProgressStatus::needs_acceleration: return "yellow";
        case ProgressStatus::limited_progress: return "orange";
        case ProgressStatus::deterioration: return "red";
        case ProgressStatus::not_enough_data: return "grey";
        case ProgressStatus::not_assessed: return "white";
        case ProgressStatus::insufficient_local_data: return "grey";
    }
    return "grey";
}

ProgressStatus status_from_score(double score) {
    if (score >= 2.5) return ProgressStatus::on_track;
    if (score >= 0) return ProgressStatus::needs_acceleration;
    if (score >= -2.5) return ProgressStatus::limited_progress;
    return ProgressStatus::deterioration;
}

AmbitionProgress assess_ambition(const SiteModel& model, const Ambition& ambition) {
    AmbitionProgress out;
    double total = 0;
    bool all_achieved = true;
    std::set<std::string> counted;
    for (const auto& ref : ambition.metrics) {
        const Metric* m = model.find_metric(ref.id);
        if (!m || !counted.insert(ref.id).second) continue;
        ++out.measures;
        bool local = headline_is_local(model.site, *m);
        if (!local) out.non_local.push_back(m->id);
        if (!m->tracked()) continue;
        ++out.with_data;
        if (!local) continue;
        ++out.local_with_data;
        ProgressResult r = assess_progress(*m);
        if (!r.score) continue;
        ++out.assessed;
        total += *r.score;
        all_achieved = all_achieved && r.status == ProgressStatus::target_achieved;
    }
    if (out.assessed == 0) {
        if (out.with_data > 0 && out.local_with_data == 0)
            out.status = ProgressStatus::insufficient_local_data;
        return out;
    }
    out.score = total / out.assessed;
    out.status = all_achieved ? ProgressStatus::target_achieved : status_from_score(*out.score);
    return out;
}

std::string ambition_basis(const AmbitionProgress& p) {
    auto measures = [](int n) { return std::to_string(n) + (n == 1 ? " measure" : " measures"); };
    if (p.measures == 0) return "No measures are linked to this ambition yet.";
    if (p.status == ProgressStatus::insufficient_local_data)
        return "Not judged: " +
               std::string(p.with_data == 1 ? "its measure with data describes"
                                            : "its measures with data describe") +
               " another area, not ours, so none of its " + measures(p.measures) +
               " can show local progress.";
    if (p.assessed == 0)
        return "Not judged: none of its " + measures(p.measures) +
               " has enough local data yet to show a trend.";
    return "Based on " + std::to_string(p.assessed) + " of " + measures(p.measures) +
           " with enough local data to show a trend.";
}

}  // namespace icbgen

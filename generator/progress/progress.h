#pragma once
// Progress status, computed from data and never typed in, after Open SDG's progress
// calculation (from Statistics Canada): with a target, the growth observed is compared with
// the growth needed to reach the target by its date; without one, observed growth is compared
// with fixed thresholds. Direction follows the metric's polarity. See docs/PROGRESS.md.
#include <optional>
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

enum class ProgressStatus {
    target_achieved,
    on_track,            // substantial progress
    needs_acceleration,  // moderate progress
    limited_progress,    // limited or no progress
    deterioration,
    not_enough_data,  // no data, or a single point
    not_assessed,     // neutral polarity: direction carries no judgement
    // An ambition whose measures have data, but none for the organisation's own area.
    insufficient_local_data,
};

// The thresholds of the method (Open SDG's defaults), shown on the progress page.
namespace progress_thresholds {
// With a target: the ratio of observed to required annual growth.
inline constexpr double kRatioOnTrack = 0.95;
inline constexpr double kRatioAcceleration = 0.60;
// Without a target: the observed compound annual growth rate, in the desired direction.
inline constexpr double kGrowthOnTrack = 0.015;
inline constexpr double kGrowthAcceleration = 0.005;
// A zero base or target value is replaced by this in the growth calculation.
inline constexpr double kZeroReplacement = 0.001;
// The base and latest values must be at least this many years apart.
inline constexpr double kMinimumSpanYears = 1.0;
}  // namespace progress_thresholds

// The headline series of a metric: one area (headline_area, else the first in the file), no
// breakdown, sorted by period; values only. Where a period appears twice (a source
// conflict), the first row in the file is used.
struct HeadlinePoint {
    std::string period;
    double year = 0;  // the period's midpoint in decimal years
    double value = 0;
};
std::vector<HeadlinePoint> headline_series(const Metric& metric);
std::string headline_area(const Metric& metric);
// The area the headline series describes: headline_area(), or the metric's `geography` when
// its file names no area.
std::string headline_area_or_geography(const Metric& metric);
// True when the metric's headline series is for the organisation's own area (site.yaml's
// `area`), so that it may drive an ambition's progress.
bool headline_is_local(const SiteInfo& site, const Metric& metric);

struct ProgressResult {
    ProgressStatus status = ProgressStatus::not_enough_data;
    std::optional<double> observed_growth;  // compound annual growth rate observed
    std::optional<double> required_growth;  // compound annual growth rate needed (with target)
    std::optional<double> ratio;            // observed / required, signed by polarity
    // Statistics Canada's progress score, -5 (deterioration) to +5 (target achieved), used to
    // combine metrics into an ambition's status; absent when progress was not assessed.
    std::optional<double> score;
    std::optional<HeadlinePoint> base, latest;  // the two points compared
    std::string explanation;                    // one plain-English sentence on how it was judged
};

ProgressResult assess_progress(const Metric& metric);

// How long after a period ends its data may stand before a newer figure is overdue, in years,
// by the metric's frequency (monthly 0.25, quarterly 0.5, annual 2, multi-year 4); nullopt for
// one-off and not-set. `check`'s data-stale and the "Since the last meeting" box both ask here.
std::optional<double> allowed_data_age(const std::string& frequency);

// The metric as it stood on `date` (YYYY-MM-DD): its series holds only the values whose period
// had ended by then (data/period.h's period_last_day on or before `date`); everything else is
// unchanged. For a date that is not YYYY-MM-DD, the metric as it is.
Metric metric_as_at(const Metric& metric, const std::string& date);
// Progress as it could have been judged on `date`: assess_progress of metric_as_at.
ProgressResult assess_progress_as_at(const Metric& metric, const std::string& date);

// Plain-English label: "Target achieved", "On track", "Needs acceleration",
// "Limited progress", "Getting worse", "Not enough data", "Not assessed",
// "Insufficient local data".
const char* progress_label(ProgressStatus status);
// Stable machine name: "target-achieved", "on-track", ...
const char* progress_code(ProgressStatus status);
// nhsuk-tag colour modifier: "green", "blue", "yellow", "orange", "red", "grey", "white".
const char* progress_tag_colour(ProgressStatus status);

// The status a combined score falls in (2.5 to 5 on track, 0 to 2.5 needs acceleration,
// -2.5 to 0 limited progress, below -2.5 getting worse).
ProgressStatus status_from_score(double score);

// How an ambition's status was reached from its measures (its `metrics:`; `context:`
// indicators never count).
struct AmbitionProgress {
    ProgressStatus status = ProgressStatus::not_enough_data;
    std::optional<double> score;  // mean score of the assessed measures
    int assessed = 0;             // local measures whose progress could be assessed
    int measures = 0;             // measures the ambition names (that exist)
    int with_data = 0;            // measures with at least one value
    int local_with_data = 0;      // ... of which the headline series is the organisation's area
    // Measures whose headline series is another area (England, London, one borough): shown,
    // but left out of the ambition's progress.
    std::vector<std::string> non_local;
};

// An ambition's status: Statistics Canada's aggregate of its measures that can be assessed and
// whose headline series is the organisation's own area, each weighted equally: "Target
// achieved" only when every one has achieved its target, otherwise the status of the mean
// score. With none assessed: insufficient_local_data when measures have data but none for the
// organisation's own area, otherwise not_enough_data.
AmbitionProgress assess_ambition(const SiteModel& model, const Ambition& ambition);

// What the status rests on, in a sentence: "Based on 2 of 6 measures with enough local data
// to show a trend." Every page and workbook that shows an ambition's status uses this.
std::string ambition_basis(const AmbitionProgress& progress);

}  // namespace icbgen

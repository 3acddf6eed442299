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
    on_track,             // substantial progress
    needs_acceleration,   // moderate progress
    limited_progress,     // limited or no progress
    deterioration,
    not_enough_data,      // no data, or a single point
    not_assessed,         // neutral polarity: direction carries no judgement
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

// Plain-English label: "Target achieved", "On track", "Needs acceleration",
// "Limited progress", "Getting worse", "Not enough data", "Not assessed".
const char* progress_label(ProgressStatus status);
// Stable machine name: "target-achieved", "on-track", ...
const char* progress_code(ProgressStatus status);
// nhsuk-tag colour modifier: "green", "blue", "yellow", "orange", "red", "grey", "white".
const char* progress_tag_colour(ProgressStatus status);

// The status a combined score falls in (2.5 to 5 on track, 0 to 2.5 needs acceleration,
// -2.5 to 0 limited progress, below -2.5 getting worse).
ProgressStatus status_from_score(double score);

// How an ambition's status was reached from its metrics.
struct AmbitionProgress {
    ProgressStatus status = ProgressStatus::not_enough_data;
    std::optional<double> score;  // mean score of the assessed metrics
    int assessed = 0;             // metrics whose progress could be assessed
    int metrics = 0;              // metrics the ambition names (that exist)
};

// An ambition's status: Statistics Canada's aggregate of its metrics that can be assessed,
// each weighted equally: "Target achieved" only when every one has achieved its target,
// otherwise the status of the mean score; not_enough_data when none can be assessed.
AmbitionProgress assess_ambition(const SiteModel& model, const Ambition& ambition);
ProgressStatus ambition_progress(const SiteModel& model, const Ambition& ambition);

}  // namespace icbgen

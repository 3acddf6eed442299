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

// The headline series of a metric: one area (headline_area, else the first in the file), no
// breakdown, sorted by period; values only.
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
    std::optional<double> ratio;            // observed / required
    std::string explanation;                // one plain-English sentence on how it was judged
};

ProgressResult assess_progress(const Metric& metric);

// Plain-English label: "Target achieved", "On track", "Needs acceleration",
// "Limited progress", "Getting worse", "Not enough data", "Not assessed".
const char* progress_label(ProgressStatus status);
// Stable machine name: "target-achieved", "on-track", ...
const char* progress_code(ProgressStatus status);
// nhsuk-tag colour modifier: "green", "blue", "yellow", "orange", "red", "grey", "white".
const char* progress_tag_colour(ProgressStatus status);

// An ambition's status: the best-supported reading of its metrics that have data (see
// docs/PROGRESS.md); not_enough_data when none has enough.
ProgressStatus ambition_progress(const SiteModel& model, const Ambition& ambition);

}  // namespace icbgen

#include "progress/progress.h"

namespace icbgen {

std::vector<HeadlinePoint> headline_series(const Metric&) { return {}; }
std::string headline_area(const Metric&) { return {}; }
ProgressResult assess_progress(const Metric&) { return {}; }
const char* progress_label(ProgressStatus) { return "Not enough data"; }
const char* progress_code(ProgressStatus) { return "not-enough-data"; }
const char* progress_tag_colour(ProgressStatus) { return "grey"; }
ProgressStatus ambition_progress(const SiteModel&, const Ambition&) {
    return ProgressStatus::not_enough_data;
}

}  // namespace icbgen

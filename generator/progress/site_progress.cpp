#include "progress/site_progress.h"

namespace icbgen {

SiteProgress::SiteProgress(const SiteModel& model) {
    for (const auto& m : model.metrics) metrics_[m.id] = assess_progress(m);
    for (const Ambition* a : model.ambitions()) ambitions_[a->id] = assess_ambition(model, *a);
}

const ProgressResult& SiteProgress::metric(const std::string& metric_id) const {
    static const ProgressResult none;
    auto it = metrics_.find(metric_id);
    return it == metrics_.end() ? none : it->second;
}

const AmbitionProgress& SiteProgress::ambition(const std::string& ambition_id) const {
    static const AmbitionProgress none;
    auto it = ambitions_.find(ambition_id);
    return it == ambitions_.end() ? none : it->second;
}

}  // namespace icbgen

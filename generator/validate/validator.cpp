#include "validate/validator.h"

#include "progress/progress.h"

namespace icbgen {

Diagnostics validate(const SiteModel& model, const ValidateOptions& options) {
    return validate(model, SiteMap(model), options);
}

Diagnostics validate(const SiteModel& model, const SiteMap& site_map,
                     const ValidateOptions& options) {
    Diagnostics diags;
    check_coverage(model, diags);
    check_references(model, diags);
    check_data(model, options, diags);
    check_links(model, site_map, diags);
    check_urls(model, diags);
    check_raw_html(model, diags);
    check_meetings(model, site_map, diags);
    check_conflicts(model, diags);
    check_actions(model, diags);
    check_minutes_order(model, diags);
    check_interests(model, diags);
    check_deadlines(model, options, diags);
    check_engagements(model, diags);
    check_priority_order(model, diags);
    check_figures(model, diags);
    check_prose_figures(model, diags);
    return diags;
}

bool ambition_tracked(const SiteModel& model, const Ambition& ambition) {
    for (const auto& ref : ambition.metrics)
        if (const Metric* m = model.find_metric(ref.id); m && m->tracked()) return true;
    return false;
}

CoverageSummary summarise_coverage(const SiteModel& model) {
    CoverageSummary s;
    s.priorities = static_cast<int>(model.priorities.size());
    s.own_area = model.site.own_area_name();
    for (const auto* a : model.ambitions()) {
        ++s.ambitions;
        if (ambition_tracked(model, *a)) {
            ++s.ambitions_tracked;
            if (assess_ambition(model, *a).local_with_data > 0) ++s.ambitions_tracked_locally;
        } else
            s.untracked_ambitions.push_back(a->id);
    }
    s.metrics = static_cast<int>(model.metrics.size());
    for (const auto& m : model.metrics)
        if (m.tracked()) ++s.metrics_with_data;
    return s;
}

}  // namespace icbgen

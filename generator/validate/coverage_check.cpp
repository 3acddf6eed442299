// The heart of the validator: every ambition must map to metrics, and those metrics should be
// tracked; every metric should serve an ambition and have a target.
#include <algorithm>

#include "progress/progress.h"
#include "validate/checks.h"
#include "validate/validator.h"

namespace icbgen {

namespace {

// A measure drives an ambition's progress only when its headline series is the organisation's
// own area; any other is shown but left out, and said so at the reference.
void check_measure_areas(const SiteModel& model, const Ambition& a, Diagnostics& diags) {
    for (const auto& r : a.metrics) {
        const Metric* m = model.find_metric(r.id);
        if (!m || headline_is_local(model.site, *m)) continue;
        // A headline_area the CSV does not have is reported at the metric (data_check).
        if (auto areas = m->series ? m->series->areas() : std::vector<std::string>{};
            !m->headline_area.empty() && m->series &&
            std::find(areas.begin(), areas.end(), m->headline_area) == areas.end())
            continue;
        std::string area = headline_area_or_geography(*m);
        const std::string& own = model.site.own_area_name();
        diags.warning("progress-non-local", r.location,
                      "metric '" + m->id + "' measures ambition '" + a.id + "' with figures for " +
                          (area.empty() ? std::string("no named area") : "'" + area + "'") +
                          ", not for " + own + ", so it is left out of the ambition's progress",
                      "add a series for " + own +
                          " and make it the headline ('headline_area:'), "
                          "or move the metric to the ambition's 'context:'");
    }
}

}  // namespace

void check_coverage(const SiteModel& model, Diagnostics& diags) {
    for (const auto& p : model.priorities) {
        for (const auto& a : p.ambitions) {
            if (a.metrics.empty()) {
                diags.error("ambition-no-metric", a.location,
                            "ambition '" + a.id + "' in priority '" + p.title +
                                "' has no metrics, so progress on it cannot be shown",
                            "add 'metrics:' listing at least one metric id from content/metrics/");
            } else if (!ambition_tracked(model, a)) {
                bool all_known = true;
                for (const auto& r : a.metrics) all_known = all_known && model.find_metric(r.id);
                if (all_known)
                    diags.warning("ambition-untracked", a.location,
                                  "ambition '" + a.id + "' is not yet tracked: none of its " +
                                      std::to_string(a.metrics.size()) + " metric(s) has data",
                                  "add a series in data/metrics/<id>.csv for one of its metrics");
            }
            check_measure_areas(model, a, diags);
        }
    }
    for (const auto& m : model.metrics) {
        if (model.ambitions_using(m.id).empty() && model.ambitions_with_context(m.id).empty() &&
            !model.priorities_incomplete()) {
            bool used_elsewhere = false;
            for (const auto& c : model.charter.commitments)
                for (const auto& a : c.actions)
                    for (const auto& r : a.metrics) used_elsewhere = used_elsewhere || r.id == m.id;
            if (!used_elsewhere)
                diags.warning("metric-unused", m.location,
                              "metric '" + m.id + "' is not linked to any ambition",
                              "list it under an ambition's 'metrics:' or 'context:', or remove it");
        }
        if (!m.target && m.status != "proposed" && m.status != "context")
            diags.warning("metric-no-target", m.location,
                          "metric '" + m.id +
                              "' has no target, so progress can only be judged "
                              "by its direction of travel",
                          "add 'target: {value: ..., by: <year>, origin: ...}'");
    }
}

}  // namespace icbgen

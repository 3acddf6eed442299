#include "validate/validator.h"

#include <functional>
#include <vector>

#include "core/parallel.h"
#include "markdown/markdown.h"
#include "progress/progress.h"
#include "validate/link_targets.h"
#include "validate/stated_figures.h"

namespace icbgen {

Diagnostics validate(const SiteModel& model, const ValidateOptions& options) {
    return validate(model, SiteMap(model), options);
}

Diagnostics validate(const SiteModel& model, const SiteMap& site_map,
                     const ValidateOptions& options) {
    // Each check reads the model and reports into its own list; they run on a few threads and
    // their lists are joined in this order, so the result does not depend on the threads.
    using Check = std::function<void(Diagnostics&)>;
    const std::vector<Check> checks = {
        [&](Diagnostics& d) { check_links(model, site_map, d); },  // the longest: first
        [&](Diagnostics& d) { check_coverage(model, d); },
        [&](Diagnostics& d) { check_references(model, d); },
        [&](Diagnostics& d) { check_data(model, options, d); },
        [&](Diagnostics& d) { check_urls(model, d); },
        [&](Diagnostics& d) { check_raw_html(model, d); },
        [&](Diagnostics& d) { check_meetings(model, site_map, d); },
        [&](Diagnostics& d) { check_conflicts(model, d); },
        [&](Diagnostics& d) { check_actions(model, d); },
        [&](Diagnostics& d) { check_minutes_order(model, d); },
        [&](Diagnostics& d) { check_interests(model, d); },
        [&](Diagnostics& d) { check_deadlines(model, options, d); },
        [&](Diagnostics& d) { check_engagements(model, d); },
        [&](Diagnostics& d) { check_priority_order(model, d); },
        [&](Diagnostics& d) { check_figures(model, d); },
        [&](Diagnostics& d) { check_prose_figures(model, d); },
    };
    // Five checks read each Markdown text's links and raw HTML (markdown_links, kept per text):
    // parsed here first, each text once and on a few threads, so that checks running at the
    // same time do not parse the same text twice.
    std::vector<const std::string*> texts;
    for_each_markdown(model, [&](const Markdown& md, bool) { texts.push_back(&md.text); });
    expect_markdown_texts(texts.size());
    parallel_for(texts.size(), options.threads, [&](std::size_t i) { markdown_links(*texts[i]); });
    // The order the checks always reported in.
    const std::size_t order[] = {1, 2, 3, 0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    std::vector<Diagnostics> found(checks.size());
    parallel_for(checks.size(), options.threads, [&](std::size_t i) { checks[i](found[i]); });
    Diagnostics diags;
    for (std::size_t i : order) diags.append(found[i]);
    return diags;
}

void forget_check_memos() {
    forget_markdown_facts();
    forget_stated_figures();
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

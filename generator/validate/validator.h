#pragma once
// The validate stage: runs every checker over the model and summarises strategy coverage.
#include "core/diagnostic.h"
#include "model/site_model.h"
#include "validate/checks.h"

namespace icbgen {

Diagnostics validate(const SiteModel& model, const SiteMap& site_map,
                     const ValidateOptions& options);
// The same, with the model's site map built here.
Diagnostics validate(const SiteModel& model, const ValidateOptions& options);

// The checks keep what they found per text for the process (Markdown links and raw HTML, the
// figures stated in prose), so that `icbgen serve` checks only changed text again; a one-shot
// run frees it here once its checks are done. Later checks find the same, only slower.
void forget_check_memos();

// How well the strategy is measured: the closing summary of `icbgen check`.
struct CoverageSummary {
    int priorities = 0;
    int ambitions = 0;
    int ambitions_tracked = 0;  // at least one measure (not context) has data
    // ... of which at least one measure with data is for the organisation's own area
    int ambitions_tracked_locally = 0;
    std::string own_area;  // the organisation's own area, as the summary names it
    int metrics = 0;
    int metrics_with_data = 0;
    std::vector<std::string> untracked_ambitions;  // ids

    int tracked_percent() const {
        return ambitions == 0 ? 0 : (ambitions_tracked * 100 + ambitions / 2) / ambitions;
    }
};

CoverageSummary summarise_coverage(const SiteModel& model);
// True when at least one of the ambition's measures (its `metrics:`) has data.
bool ambition_tracked(const SiteModel& model, const Ambition& ambition);

}  // namespace icbgen

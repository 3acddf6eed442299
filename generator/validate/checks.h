#pragma once
// The individual checkers. Each takes the model and adds diagnostics; none prints or throws.
#include "core/diagnostic.h"
#include "model/site_model.h"
#include "site_map/site_map.h"

namespace icbgen {

struct ValidateOptions {
    std::string as_of;  // YYYY-MM-DD: the date data staleness is judged against
    // YYYY-MM-DD: the date paper and agenda deadlines are judged against (check's --as-of, or
    // today for `check`); "" (build and pack without --as-of): deadlines are not checked.
    std::string deadlines_as_of = {};
    int threads = 0;  // checks run at once (0: one per core); the result does not depend on it
};

void check_coverage(const SiteModel& model, Diagnostics& diags);
void check_references(const SiteModel& model, Diagnostics& diags);
void check_data(const SiteModel& model, const ValidateOptions& options, Diagnostics& diags);
void check_links(const SiteModel& model, const SiteMap& site_map, Diagnostics& diags);
void check_links(const SiteModel& model, Diagnostics& diags);  // with the model's site map
void check_urls(const SiteModel& model, Diagnostics& diags);
void check_raw_html(const SiteModel& model, Diagnostics& diags);
void check_meetings(const SiteModel& model, const SiteMap& site_map, Diagnostics& diags);
void check_meetings(const SiteModel& model, Diagnostics& diags);  // with the model's site map
void check_conflicts(const SiteModel& model, Diagnostics& diags);
void check_actions(const SiteModel& model, Diagnostics& diags);
void check_minutes_order(const SiteModel& model, Diagnostics& diags);
void check_interests(const SiteModel& model, Diagnostics& diags);  // registers and declarations
// Papers still draft after their due date, agendas published too late (deadline_check.cpp).
void check_deadlines(const SiteModel& model, const ValidateOptions& options, Diagnostics& diags);
void check_engagements(const SiteModel& model, Diagnostics& diags);
void check_priority_order(const SiteModel& model, Diagnostics& diags);
// Figures in text against the data (figure_check.cpp) and against themselves
// (prose_figure_check.cpp).
void check_figures(const SiteModel& model, Diagnostics& diags);
void check_prose_figures(const SiteModel& model, Diagnostics& diags);

// A CSV note that records a disagreement within the source: "Source conflict: ...".
bool is_source_conflict(const std::string& note);

}  // namespace icbgen

#pragma once
// What every page's view builder may read: the model, the build settings, and what is worked
// out once for the whole site (progress). Read-only once made, so pages can be built on many
// threads at once.
#include <map>
#include <set>
#include <string>

#include "model/site_model.h"
#include "progress/site_progress.h"
#include "render/render_context.h"
#include "render/site/area_facts.h"

namespace icbgen {

class SiteData {
public:
    SiteData(const SiteModel& model, const RenderContext& context);

    const SiteModel& model;
    const RenderContext& context;

    // Every status, worked out once (progress/site_progress.h).
    const SiteProgress progress;

    // The areas the metrics cover (render/site/area_facts.h), worked out once: every metric
    // page lists its areas, and asking for them per page read every metric's rows per page.
    const std::vector<SiteArea> areas;

    const ProgressResult& metric_progress(const std::string& metric_id) const {
        return progress.metric(metric_id);
    }
    const AmbitionProgress& ambition_progress(const std::string& ambition_id) const {
        return progress.ambition(ambition_id);
    }
    // A person's name from their initials, or the initials when unknown.
    std::string person(const std::string& initials) const;
    // Markdown as HTML for the page at `page`: @/ links made relative to it, headings moved
    // under the page's <h1> (to `min_level`) with ids not yet in `ids`, tables scrollable.
    std::string markdown(const std::string& text, const std::string& page,
                         std::set<std::string>& ids, int min_level = 2) const;
};

}  // namespace icbgen

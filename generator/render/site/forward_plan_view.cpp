// The forward plan (content/forward-plan.yaml): each planned meeting with the business expected
// at it, its lead and the day its paper is due; the board's annual cycle of business. Without
// planned meetings the page says so plainly.
#include "format/date_format.h"
#include "format/words.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

nlohmann::json forward_plan_view(const SiteData& data) {
    PageMeta meta{site_paths::forward_plan(),
                  "Forward plan",
                  "meetings",
                  {{"Home", site_paths::home()}, {"Board meetings", site_paths::meetings()}},
                  "The meetings our boards plan to hold and the business expected at each."};
    meta.page_type = "Forward plan";
    nlohmann::json v = page_view(data, meta);
    nlohmann::json meetings = nlohmann::json::array();
    for (const auto& pm : data.model.forward_plan) {
        nlohmann::json items = nlohmann::json::array();
        for (const auto& it : pm.items)
            items.push_back(
                {{"title", it.title},
                 {"lead", it.lead ? data.person(it.lead->id) : "Not set"},
                 {"purpose", it.purpose.empty() ? "Not set" : humanise(it.purpose)},
                 {"paper_due", it.paper_due.empty() ? "No paper due" : date_words(it.paper_due)}});
        std::string title = pm.body + ", " + date_words(pm.date);
        meetings.push_back(
            {{"title", title}, {"caption", "Business planned for " + title}, {"items", items}});
    }
    v["meetings"] = meetings;
    v["meetings_href"] = href(meta, site_paths::meetings());
    return v;
}

}  // namespace

void add_forward_plan_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back({site_paths::forward_plan(), "forward-plan.mustache",
                    [&data] { return forward_plan_view(data); }});
}

}  // namespace icbgen

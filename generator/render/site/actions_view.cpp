// The register of actions: every action minuted at a public item of any meeting, open and
// closed, with the meeting that raised it and the one that closed it (render/action_register.h
// says which). An action still open at the latest meeting of its body after its due date is
// marked overdue. Actions of private items never appear.
#include "format/date_format.h"
#include "render/action_register.h"
#include "render/site/meeting_facts.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

std::string status_label(const std::string& status) {
    if (status == "done") return "Done";
    if (status == "superseded") return "Superseded";
    return "Open";
}

nlohmann::json actions_view(const SiteData& data) {
    PageMeta meta{site_paths::actions(),
                  "Actions",
                  "meetings",
                  {{"Home", site_paths::home()}, {"Board meetings", site_paths::meetings()}},
                  "Every action agreed at our board meetings, open and closed."};
    meta.page_type = "Actions";
    nlohmann::json v = page_view(data, meta);
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : action_register(data.model, false)) {
        // The latest meeting of the body: open actions are judged overdue as at its date.
        std::string latest;
        for (const auto& m : data.model.meetings)
            if (m.body == r.raised_at->body) latest = m.date;
        const MinuteParagraph& a = *r.action;
        bool open = !r.closed_at;
        std::string status = open ? "Open" : status_label(a.status);
        std::string closed;
        if (r.closed_at)
            closed = r.closed_at == r.raised_at
                         ? "In the minutes of " + date_words(r.closed_at->date)
                         : meeting_title(*r.closed_at);
        rows.push_back(
            {{"number", a.number},
             {"meeting", meeting_title(*r.raised_at)},
             {"meeting_href", href(meta, site_paths::meeting(r.raised_at->id)) + "#minutes"},
             {"text", a.text},
             {"owner", a.owner ? data.person(a.owner->id) : "Not set"},
             {"due", a.due.empty() ? "Not set" : date_words(a.due)},
             {"status", status},
             {"overdue", open && overdue_on(a, latest) ? "Overdue: due " + date_words(a.due) : ""},
             {"closed", closed.empty() ? "–" : closed}});
    }
    v["rows"] = std::move(rows);
    v["forward_plan_href"] = href(meta, site_paths::forward_plan());
    return v;
}

}  // namespace

void add_actions_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back(
        {site_paths::actions(), "actions.mustache", [&data] { return actions_view(data); }});
}

}  // namespace icbgen

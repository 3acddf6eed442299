// The charter page: purpose and approach, then every commitment with every action (ref, text,
// who acts, champion or will, status).
#include "format/date_format.h"
#include "format/words.h"
#include "render/site/content_links.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

const char* action_status_colour(const std::string& status) {
    if (status == "done") return "green";
    if (status == "in-progress") return "blue";
    if (status == "agreed") return "aqua-green";
    return "grey";
}

nlohmann::json charter_view(const SiteData& data) {
    const Charter& c = data.model.charter;
    PageMeta meta{site_paths::charter(),
                  c.title.empty() ? "Charter" : c.title,
                  "charter",
                  {{"Home", site_paths::home()}},
                  ""};
    meta.page_type = "Charter";
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> ids = layout_ids();
    v["present"] = c.present;
    v["draft"] = c.status != "final";
    v["review"] = c.review_after_months > 0
                      ? "To be reviewed after " + std::to_string(c.review_after_months) + " months."
                      : "";
    for (const auto& k : c.commitments) {
        ids.insert(commitment_anchor(k.id));
        ids.insert(commitment_anchor(k.id) + "-heading");
    }
    v["body"] = data.markdown(c.body.text, meta.path, ids);
    nlohmann::json commitments = nlohmann::json::array();
    for (const auto& k : c.commitments) {
        std::string anchor = commitment_anchor(k.id);
        nlohmann::json actions = nlohmann::json::array();
        for (const auto& a : k.actions) {
            std::string kind = a.kind == "champion" ? "Will champion"
                               : a.kind == "will"   ? "Will do"
                                                    : humanise(a.kind);
            actions.push_back({{"ref", a.ref},
                               {"text", a.text},
                               {"who", a.who},
                               {"kind", kind},
                               {"due", a.due.empty() ? "" : "Due " + date_words(a.due)},
                               {"status", humanise(a.status)},
                               {"colour", action_status_colour(a.status)}});
        }
        commitments.push_back({{"anchor", anchor},
                               {"heading", std::to_string(k.number) + ". " + k.title},
                               {"commitment", k.commitment},
                               {"body", data.markdown(k.body.text, meta.path, ids, 3)},
                               {"caption", "Actions under commitment " + std::to_string(k.number)},
                               {"actions", actions}});
    }
    v["commitments"] = std::move(commitments);
    v["source_ref"] = source_view(c.source);
    return v;
}

}  // namespace

void add_charter_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back(
        {site_paths::charter(), "charter.mustache", [&data] { return charter_view(data); }});
}

}  // namespace icbgen

// The decisions register: every decision minuted at a public item of any meeting, newest
// first, grouped by meeting, with its minute number as printed, the paper it was on and the
// ambitions it concerns; and the same narrowed to one body or one year, each a page of its own
// so the filters work without JavaScript. Decisions of private items never appear
// (render/decision_register.h asks site_map/privacy.h).
#include <set>

#include "format/date_format.h"
#include "render/decision_register.h"
#include "render/site/meeting_facts.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"
#include "site_map/site_map.h"

namespace icbgen {

namespace {

using Keep = std::function<bool(const DecisionEntry&)>;

nlohmann::json filters_view(const std::vector<DecisionEntry>& all, const PageMeta& meta) {
    std::set<std::string> bodies, years;
    for (const auto& d : all) {
        bodies.insert(d.meeting->body);
        years.insert(decision_year(d));
    }
    nlohmann::json by_body = nlohmann::json::array(), by_year = nlohmann::json::array();
    for (const auto& b : bodies) {
        std::string path = site_paths::decisions_by_body(b);
        by_body.push_back(
            {{"text", b}, {"href", href(meta, path)}, {"current", path == meta.path}});
    }
    for (auto y = years.rbegin(); y != years.rend(); ++y) {
        std::string path = site_paths::decisions_by_year(*y);
        by_year.push_back(
            {{"text", *y}, {"href", href(meta, path)}, {"current", path == meta.path}});
    }
    return {{"bodies", by_body},
            {"years", by_year},
            {"all_href", href(meta, site_paths::decisions())},
            {"narrowed", meta.path != site_paths::decisions()}};
}

nlohmann::json decisions_view(const SiteData& data, const PageMeta& meta, const Keep& keep) {
    nlohmann::json v = page_view(data, meta);
    auto all = decision_register(data.model, false);
    nlohmann::json groups = nlohmann::json::array();
    const Meeting* current = nullptr;
    std::size_t shown = 0;
    for (const auto& d : all) {
        if (!keep(d)) continue;
        ++shown;
        if (d.meeting != current) {
            current = d.meeting;
            groups.push_back(
                {{"title", meeting_title(*d.meeting)},
                 {"href", href(meta, site_paths::meeting(d.meeting->id))},
                 {"minutes_href", href(meta, site_paths::meeting(d.meeting->id)) + "#minutes"},
                 {"draft", d.meeting->minutes->status != "approved"},
                 {"decisions", nlohmann::json::array()}});
        }
        nlohmann::json ambitions = nlohmann::json::array();
        for (const Ambition* a : d.ambitions)
            ambitions.push_back({{"text", a->statement},
                                 {"href", href(meta, site_paths::priority(a->priority_id)) + "#" +
                                              ambition_anchor(a->id)}});
        nlohmann::json paper = nullptr;
        if (d.paper)
            paper = {{"title", d.paper->title},
                     {"href", href(meta, site_paths::paper(d.meeting->id, d.paper->id))}};
        groups.back()["decisions"].push_back({{"number", d.decision->number},
                                              {"item", d.item->title},
                                              {"text", d.decision->text},
                                              {"paper", paper},
                                              {"ambitions", ambitions}});
    }
    v["groups"] = std::move(groups);
    v["count"] = std::to_string(all.size()) + (all.size() == 1 ? " decision" : " decisions");
    v["shown"] = std::to_string(shown) + (shown == 1 ? " decision" : " decisions");
    v["filters"] = filters_view(all, meta);
    v["has_decisions"] = !all.empty();
    return v;
}

PageMeta decisions_meta(std::string path, std::string title) {
    std::vector<Crumb> crumbs{{"Home", site_paths::home()}};
    if (path != site_paths::decisions()) crumbs.push_back({"Decisions", site_paths::decisions()});
    PageMeta meta{std::move(path), std::move(title), "meetings", std::move(crumbs),
                  "Every decision our boards have minuted, with the paper and the ambitions it "
                  "concerns."};
    meta.page_type = "Decisions";
    return meta;
}

}  // namespace

void add_decision_pages(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back({site_paths::decisions(), "decisions.mustache", [&data] {
                        return decisions_view(data,
                                              decisions_meta(site_paths::decisions(), "Decisions"),
                                              [](const DecisionEntry&) { return true; });
                    }});
    std::set<std::string> bodies, years;
    for (const auto& d : decision_register(data.model, false)) {
        bodies.insert(d.meeting->body);
        years.insert(decision_year(d));
    }
    for (const auto& b : bodies)
        jobs.push_back(
            {site_paths::decisions_by_body(b), "decisions.mustache", [&data, b] {
                 return decisions_view(
                     data,
                     decisions_meta(site_paths::decisions_by_body(b), "Decisions of the " + b),
                     [b](const DecisionEntry& d) { return d.meeting->body == b; });
             }});
    for (const auto& y : years)
        jobs.push_back(
            {site_paths::decisions_by_year(y), "decisions.mustache", [&data, y] {
                 return decisions_view(
                     data,
                     decisions_meta(site_paths::decisions_by_year(y), "Decisions made in " + y),
                     [y](const DecisionEntry& d) { return decision_year(d) == y; });
             }});
}

}  // namespace icbgen

// The home page: the mission, the priorities as cards, a headline count of ambitions by
// progress status, the latest board meeting and the latest engagement.
#include "format/date_format.h"
#include "format/number_format.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"
#include "render/site/status_groups.h"

namespace icbgen {

namespace {

nlohmann::json progress_summary(const SiteData& data, const PageMeta& meta) {
    std::vector<int> counts(status_groups().size(), 0);
    for (const Ambition* a : data.model.ambitions())
        ++counts[status_group_of(data.ambition_progress(a->id).status)];
    nlohmann::json cards = nlohmann::json::array();
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const StatusGroup& g = status_groups()[i];
        int n = counts[i];
        cards.push_back({{"count", std::to_string(n)},
                         {"label", std::string(n == 1 ? "ambition " : "ambitions ") + g.what},
                         {"href", n > 0 ? href(meta, site_paths::progress()) + "#" + g.id : ""},
                         {"status", status_tag(g.shown_as)}});
    }
    return cards;
}

nlohmann::json home_view(const SiteData& data) {
    const SiteModel& model = data.model;
    PageMeta meta{site_paths::home(),
                  model.strategy.title.empty() ? model.site.name : model.strategy.title,
                  "",
                  {},
                  model.strategy.mission};
    meta.page_type = "Page";
    meta.doc_title = "Home";
    nlohmann::json v = page_view(data, meta);
    v["mission"] = model.strategy.mission;
    v["vision"] = model.strategy.vision;
    v["strategy_href"] = href(meta, site_paths::strategy());
    v["progress_href"] = href(meta, site_paths::progress());
    v["metrics_href"] = href(meta, site_paths::metrics());
    v["ambition_count"] = std::to_string(model.ambitions().size());
    v["summary"] = progress_summary(data, meta);
    v["areas_href"] = href(meta, site_paths::areas());

    nlohmann::json priorities = nlohmann::json::array();
    for (const auto& p : model.priorities)
        priorities.push_back({{"title", p.title},
                              {"summary", p.summary},
                              {"href", href(meta, site_paths::priority(p.id))}});
    v["priorities"] = std::move(priorities);

    v["meeting"] = nullptr;
    if (!model.meetings.empty()) {
        const Meeting& m = model.meetings.back();
        v["meeting"] = {{"title", m.body + ", " + date_words(m.date)},
                        {"href", href(meta, site_paths::meeting(m.id))},
                        {"venue", m.venue}};
    }
    v["engagement"] = nullptr;
    if (!model.engagements.empty()) {
        const Engagement& e = model.engagements.front();
        int people = e.total_participants();
        v["engagement"] = {{"title", e.title},
                           {"href", href(meta, site_paths::engagement(e.id))},
                           {"date", date_words(e.date)},
                           {"participants", people > 0 ? format_number(people) : ""}};
    }
    v["links"] = nlohmann::json::array({
        {{"text", "Case studies: models of care that inspire us"},
         {"href", href(meta, site_paths::case_studies())}},
        {{"text", "What residents and partners told us"},
         {"href", href(meta, site_paths::engagements())}},
        {{"text", "Our charter with the voluntary sector"},
         {"href", href(meta, site_paths::charter())}},
    });
    return v;
}

}  // namespace

void add_home_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back({site_paths::home(), "home.mustache", [&data] { return home_view(data); }});
}

}  // namespace icbgen

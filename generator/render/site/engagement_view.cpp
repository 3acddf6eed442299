// Engagement: the index of activities and a page per activity with who took part and how many,
// findings by theme and stance, quotes, "you said, we did" and the priorities it informs.
#include <algorithm>

#include "format/date_format.h"
#include "format/number_format.h"
#include "format/words.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

struct Stance {
    const char* code;
    const char* heading;
};
const Stance kStances[] = {{"valued", "What people valued"},
                           {"limitation", "Limitations"},
                           {"idea", "Ideas"},
                           {"need", "Needs"}};

std::string people(int n) { return format_number(n) + (n == 1 ? " person" : " people"); }

nlohmann::json index_view(const SiteData& data) {
    PageMeta meta{site_paths::engagements(),
                  "Engagement",
                  "engagement",
                  {{"Home", site_paths::home()}},
                  "What residents, families, staff and partners have told us."};
    meta.page_type = "Engagement";
    nlohmann::json v = page_view(data, meta);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& e : data.model.engagements) {
        int total = e.total_participants();
        items.push_back({{"title", e.title},
                         {"href", href(meta, site_paths::engagement(e.id))},
                         {"date", date_words(e.date)},
                         {"place", e.place},
                         {"participants", total > 0 ? people(total) + " took part" : ""}});
    }
    v["items"] = std::move(items);
    return v;
}

nlohmann::json engagement_view(const SiteData& data, const Engagement& e) {
    PageMeta meta{site_paths::engagement(e.id),
                  e.title,
                  "engagement",
                  {{"Home", site_paths::home()}, {"Engagement", site_paths::engagements()}},
                  ""};
    meta.page_type = "Engagement";
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> ids = layout_ids();
    int total = e.total_participants();
    nlohmann::json facts = nlohmann::json::array();
    auto fact = [&](const std::string& key, const std::string& value) {
        if (!value.empty()) facts.push_back({{"key", key}, {"value", value}});
    };
    fact("When", date_words(e.date));
    fact("Where", e.place);
    fact("Commissioned by", e.commissioned_by);
    fact("People who took part", total > 0 ? format_number(total) : "");
    v["facts"] = std::move(facts);

    bool phases = false;
    nlohmann::json methods = nlohmann::json::array();
    for (const auto& m : e.methods) {
        phases = phases || !m.phase.empty();
        methods.push_back(
            {{"name", m.name},
             {"phase", m.phase},
             {"participants", m.participants ? format_number(*m.participants) : "Not stated"},
             {"note", m.note}});
    }
    v["methods"] = methods;
    v["phases"] = phases;
    // A total only where some method gives a number, and said to be partial when others do not:
    // "Total 0" would say nobody took part.
    bool counted = std::any_of(e.methods.begin(), e.methods.end(),
                               [](const auto& m) { return m.participants.has_value(); });
    bool all_counted = std::all_of(e.methods.begin(), e.methods.end(),
                                   [](const auto& m) { return m.participants.has_value(); });
    v["has_total"] = counted;
    v["total"] = format_number(total);
    v["total_note"] = all_counted ? "" : "Counting only the methods that give a number";

    nlohmann::json themes = nlohmann::json::array();
    for (const auto& t : e.themes) {
        nlohmann::json stances = nlohmann::json::array();
        for (const auto& s : kStances) {
            nlohmann::json findings = nlohmann::json::array();
            for (const auto& f : t.findings)
                if (f.stance == s.code)
                    findings.push_back({{"text", f.text}, {"groups", join(f.groups, ", ")}});
            if (!findings.empty())
                stances.push_back({{"heading", s.heading}, {"findings", findings}});
        }
        nlohmann::json quotes = nlohmann::json::array();
        for (const auto& q : e.quotes)
            if (q.theme == t.id)
                quotes.push_back({{"text", q.text}, {"attribution", q.attribution}});
        themes.push_back({{"title", t.title}, {"stances", stances}, {"quotes", quotes}});
    }
    v["themes"] = themes;
    // Quotes not tied to one of the themes above.
    nlohmann::json quotes = nlohmann::json::array();
    for (const auto& q : e.quotes) {
        bool themed = std::any_of(e.themes.begin(), e.themes.end(),
                                  [&](const Theme& t) { return t.id == q.theme; });
        if (!themed) quotes.push_back({{"text", q.text}, {"attribution", q.attribution}});
    }
    v["quotes"] = std::move(quotes);
    nlohmann::json yswd = nlohmann::json::array();
    for (const auto& y : e.you_said_we_did)
        yswd.push_back({{"you_said", y.you_said}, {"we_did", y.we_did}});
    v["you_said_we_did"] = std::move(yswd);
    nlohmann::json priorities = nlohmann::json::array();
    for (const auto& ref : e.priorities)
        if (const Priority* p = data.model.find_priority(ref.id))
            priorities.push_back(
                {{"title", p->title}, {"href", href(meta, site_paths::priority(p->id))}});
    v["priorities"] = std::move(priorities);
    v["body"] = data.markdown(e.body.text, meta.path, ids);
    v["source_ref"] = source_view(e.source);
    return v;
}

}  // namespace

void add_engagement_pages(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back(
        {site_paths::engagements(), "engagements.mustache", [&data] { return index_view(data); }});
    for (const auto& e : data.model.engagements)
        jobs.push_back({site_paths::engagement(e.id), "engagement.mustache",
                        [&data, &e] { return engagement_view(data, e); }});
}

}  // namespace icbgen

// Case studies: a page per case study (the index and its filters are in
// case_studies_index_view.cpp) with its model, outcomes (kind and conflicts shown), learning
// points, partners, governance and the priorities it informs.
#include "format/unit.h"
#include "format/words.h"
#include "render/site/content_links.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

const char* kind_colour(const std::string& kind) {
    if (kind == "observed") return "green";
    if (kind == "modelled") return "blue";
    if (kind == "target") return "purple";
    if (kind == "context") return "grey";
    return "white";
}

nlohmann::json case_study_view(const SiteData& data, const CaseStudy& c) {
    PageMeta meta{site_paths::case_study(c.id),
                  c.title,
                  "case-studies",
                  {{"Home", site_paths::home()}, {"Case studies", site_paths::case_studies()}},
                  ""};
    meta.page_type = "Case study";
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> ids = layout_ids();
    v["place"] = c.place;
    v["depth"] = c.depth == "detailed" ? "Explored in depth" : "Described briefly";
    v["model"] = c.model;
    nlohmann::json facts = nlohmann::json::array();
    auto fact = [&](const std::string& key, const std::string& value) {
        if (!value.empty()) facts.push_back({{"key", key}, {"value", value}});
    };
    fact("Place", c.place);
    fact("Population", c.population);
    fact("Running since", c.since);
    fact("Partners", join(c.partners, ", "));
    v["facts"] = std::move(facts);
    v["governance"] = c.governance;

    nlohmann::json outcomes = nlohmann::json::array();
    for (const auto& o : c.outcomes) {
        // The change, when given, says more than the bare value ("from 614 to 112").
        std::string figure = !o.change.empty() ? o.change
                             : o.value         ? format_value(*o.value, o.unit)
                                               : "";
        std::string metric_href, metric_title;
        if (o.metric)
            if (const Metric* m = data.model.find_metric(o.metric->id)) {
                metric_href = href(meta, site_paths::metric(m->id));
                metric_title = m->title;
            }
        outcomes.push_back({{"text", o.text},
                            {"figure", figure},
                            {"kind", humanise(o.kind.empty() ? "qualitative" : o.kind)},
                            {"colour", kind_colour(o.kind)},
                            {"conflict", o.conflict},
                            {"metric_href", metric_href},
                            {"metric_title", metric_title}});
    }
    v["outcomes"] = std::move(outcomes);
    v["learning"] = c.learning;
    nlohmann::json priorities = nlohmann::json::array();
    for (const auto& ref : c.priorities)
        if (const Priority* p = data.model.find_priority(ref.id))
            priorities.push_back(
                {{"title", p->title}, {"href", href(meta, site_paths::priority(p->id))}});
    v["priorities"] = std::move(priorities);
    nlohmann::json ambitions = nlohmann::json::array();
    for (const auto& ref : c.ambitions)
        for (const Ambition* a : data.model.ambitions())
            if (a->id == ref.id)
                if (const Priority* p = data.model.find_priority(a->priority_id))
                    ambitions.push_back({{"priority", p->title},
                                         {"statement", a->statement},
                                         {"href", href(meta, site_paths::priority(p->id)) + "#" +
                                                      ambition_anchor(a->id)}});
    v["ambitions"] = std::move(ambitions);
    v["body"] = data.markdown(c.body.text, meta.path, ids);
    v["source_ref"] = source_view(c.source);
    return v;
}

}  // namespace

void add_case_study_pages(const SiteData& data, std::vector<PageJob>& jobs) {
    add_case_studies_index_pages(data, jobs);
    for (const auto& c : data.model.case_studies)
        jobs.push_back({site_paths::case_study(c.id), "case-study.mustache",
                        [&data, &c] { return case_study_view(data, c); }});
}

}  // namespace icbgen

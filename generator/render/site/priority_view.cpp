// A priority page: the challenge and approach (the body), the hypotheses, every ambition with
// its measures (latest value, London and England, target, progress), its background figures
// (context indicators, never counted in progress) and inspiring examples.
#include "render/site/content_links.h"
#include "render/site/metric_facts.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

// A background figure in a line: its title and link, and its latest headline value with period
// and area.
nlohmann::json background_figure(const SiteData& data, const PageMeta& meta, const Metric& m) {
    nlohmann::json v = metric_summary(data, meta, m);
    return {{"title", v["title"]}, {"href", v["href"]}, {"latest", v["latest"]}};
}

nlohmann::json priority_view(const SiteData& data, const Priority& p) {
    const SiteModel& model = data.model;
    PageMeta meta{site_paths::priority(p.id),
                  p.title,
                  "strategy",
                  {{"Home", site_paths::home()}, {"Strategy", site_paths::strategy()}},
                  p.summary};
    meta.page_type = "Priority";
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> ids = layout_ids();
    v["summary"] = p.summary;
    v["position"] =
        "Priority " + std::to_string(p.order) + " of " + std::to_string(model.priorities.size());
    v["body"] = data.markdown(p.body.text, meta.path, ids);
    v["hypotheses"] = p.hypotheses;

    nlohmann::json ambitions = nlohmann::json::array();
    int n = 0;
    for (const auto& a : p.ambitions) {
        const AmbitionProgress& progress = data.ambition_progress(a.id);
        nlohmann::json metrics = nlohmann::json::array();
        for (const auto& ref : a.metrics)
            if (const Metric* m = model.find_metric(ref.id)) {
                nlohmann::json row = metric_summary(data, meta, *m);
                if (!headline_is_local(model.site, *m))
                    row["excluded"] =
                        "Not counted in progress: the figures are for " +
                        (headline_area_or_geography(*m).empty() ? std::string("an unnamed area")
                                                                : headline_area_or_geography(*m)) +
                        ", not " + model.site.own_area_name() + ".";
                metrics.push_back(row);
            }
        nlohmann::json background = nlohmann::json::array();
        for (const auto& ref : a.context)
            if (const Metric* m = model.find_metric(ref.id))
                background.push_back(background_figure(data, meta, *m));
        std::string name = "Ambition " + std::to_string(++n);
        ambitions.push_back({{"anchor", ambition_anchor(a.id)},
                             {"name", name},
                             {"statement", a.statement},
                             {"horizon", a.horizon ? "By " + std::to_string(*a.horizon) : ""},
                             {"status", status_tag(progress.status)},
                             {"assessed", ambition_basis(progress)},
                             {"caption", "Measures of " + name},
                             {"metrics", metrics},
                             {"background", background}});
    }
    v["ambitions"] = std::move(ambitions);

    nlohmann::json examples = nlohmann::json::array();
    for (const auto& ref : p.case_studies)
        if (const CaseStudy* c = model.find_case_study(ref.id))
            examples.push_back({{"title", c->title},
                                {"place", c->place},
                                {"href", href(meta, site_paths::case_study(c->id))}});
    v["examples"] = std::move(examples);
    nlohmann::json others = nlohmann::json::array();
    for (const auto& o : p.other_examples) others.push_back({{"name", o.name}, {"place", o.place}});
    v["other_examples"] = std::move(others);
    v["progress_href"] = href(meta, site_paths::progress());
    v["source_ref"] = source_view(p.source);
    return v;
}

}  // namespace

void add_priority_pages(const SiteData& data, std::vector<PageJob>& jobs) {
    for (const auto& p : data.model.priorities)
        jobs.push_back({site_paths::priority(p.id), "priority.mustache",
                        [&data, &p] { return priority_view(data, p); }});
}

}  // namespace icbgen

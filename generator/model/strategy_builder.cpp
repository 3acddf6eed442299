// Builders for the organisation, the strategy, its priorities and the metrics.
#include "data/financial_year.h"
#include "model/builders.h"

namespace icbgen {

SiteInfo build_site_info(const BuildContext& c) {
    const auto& r = c.root();
    SiteInfo s;
    s.name = yaml_string(r, "name");
    s.short_name = yaml_string(r, "short_name");
    s.base_url = yaml_string(r, "base_url");
    s.contact_email = yaml_string(r, "contact_email");
    s.publisher = yaml_string(r, "publisher");
    s.licence = yaml_string(r, "licence");
    s.phase_banner = yaml_string(r, "phase_banner");
    s.language = yaml_string(r, "language", "en-GB");
    YAML::Node a = yaml_child(r, "accessibility");
    s.accessibility.status = yaml_string(a, "status", "partial");
    s.accessibility.tested = yaml_string(a, "tested");
    s.accessibility.issues = yaml_strings(a, "issues");
    s.area = yaml_string(r, "area");
    s.area_aliases = yaml_strings(r, "area_aliases");
    if (auto days = yaml_integer(r, "agenda_clear_days"))
        s.agenda_clear_days = static_cast<int>(*days);
    s.location = c.where(r);
    return s;
}

Strategy build_strategy(const BuildContext& c) {
    const auto& r = c.root();
    Strategy s;
    s.title = yaml_string(r, "title");
    s.mission = yaml_string(r, "mission");
    s.vision = yaml_string(r, "vision");
    s.status = yaml_string(r, "status", "draft");
    s.published = yaml_string(r, "published");
    s.source = c.source(r);
    s.body = c.body();
    s.location = c.where(r, "title");
    return s;
}

Priority build_priority(const BuildContext& c) {
    const auto& r = c.root();
    Priority p;
    p.id = c.entity_id();
    p.title = yaml_string(r, "title");
    p.order = static_cast<int>(yaml_integer(r, "order").value_or(0));
    p.order_location = c.where(r, "order");
    p.summary = yaml_string(r, "summary");
    p.hypotheses = yaml_strings(r, "hypotheses");
    p.case_studies = c.refs(r, "case_studies");
    YAML::Node others = yaml_child(r, "other_examples");
    if (others.IsSequence())
        for (const auto& o : others)
            if (o.IsMap())
                p.other_examples.push_back(
                    {yaml_string(o, "name"), yaml_string(o, "place"), c.where(o, "name")});
    p.source = c.source(r);
    p.body = c.body();
    p.location = c.where(r, "title");
    YAML::Node ambitions = yaml_child(r, "ambitions");
    if (ambitions.IsSequence()) {
        for (const auto& a : ambitions) {
            if (!a.IsMap()) continue;
            Ambition amb;
            amb.id = yaml_string(a, "id");
            amb.statement = yaml_string(a, "statement");
            if (auto h = yaml_integer(a, "horizon")) amb.horizon = static_cast<int>(*h);
            amb.metrics = c.refs(a, "metrics");
            amb.context = c.refs(a, "context");
            amb.priority_id = p.id;
            amb.location = c.where(a, "id");
            p.ambitions.push_back(std::move(amb));
        }
    }
    return p;
}

Metric build_metric(const BuildContext& c) {
    const auto& r = c.root();
    Metric m;
    m.id = c.entity_id();
    m.title = yaml_string(r, "title");
    m.kind = yaml_string(r, "kind");
    m.unit = yaml_string(r, "unit");
    m.polarity = yaml_string(r, "polarity", "neutral");
    m.frequency = yaml_string(r, "frequency", "not-set");
    m.geography = yaml_string(r, "geography");
    m.status = yaml_string(r, "status");
    m.headline_area = yaml_string(r, "headline_area");
    m.headline_area_location = c.where(r, "headline_area");
    YAML::Node src = yaml_child(r, "source");
    m.source_name = yaml_string(src, "name");
    m.source_url = yaml_string(src, "url");
    YAML::Node b = yaml_child(r, "baseline");
    if (b.IsMap()) {
        if (auto v = yaml_number(b, "value"))
            m.baseline = Baseline{yaml_string(b, "period"), *v, decimals_as_written(b, "value"),
                                  c.where(b, "value")};
        if (auto p = parse_period(yaml_string(b, "period")))
            warn_financial_year_lookalike(*p, c.where(b, "period"), c.diags);
    }
    YAML::Node t = yaml_child(r, "target");
    if (t.IsMap()) {
        if (auto v = yaml_number(t, "value")) {
            Target target{*v, std::nullopt, yaml_string(t, "origin"), c.where(t, "value")};
            if (auto by = yaml_integer(t, "by")) target.by = static_cast<int>(*by);
            m.target = target;
        }
    }
    m.body = c.body();
    m.location = c.where(r, "title");
    return m;
}

}  // namespace icbgen

// Builders for the charter, case studies, engagement, people and the glossary.
#include "model/builders.h"

namespace icbgen {

Charter build_charter_index(const BuildContext& c) {
    const auto& r = c.root();
    Charter ch;
    ch.present = true;
    ch.title = yaml_string(r, "title");
    ch.status = yaml_string(r, "status", "draft");
    ch.review_after_months = static_cast<int>(yaml_integer(r, "review_after_months").value_or(0));
    ch.source = c.source(r);
    ch.body = c.body();
    ch.location = c.where(r, "title");
    return ch;
}

Commitment build_commitment(const BuildContext& c) {
    const auto& r = c.root();
    Commitment cm;
    cm.id = c.entity_id();
    cm.title = yaml_string(r, "title");
    cm.number = static_cast<int>(yaml_integer(r, "number").value_or(0));
    cm.commitment = yaml_string(r, "commitment");
    cm.source = c.source(r);
    cm.body = c.body();
    cm.location = c.where(r, "title");
    YAML::Node actions = yaml_child(r, "actions");
    if (actions.IsSequence()) {
        for (const auto& a : actions) {
            if (!a.IsMap()) continue;
            cm.actions.push_back({yaml_string(a, "ref"), yaml_string(a, "text"),
                                  yaml_string(a, "who"), yaml_string(a, "kind"),
                                  yaml_string(a, "due"), yaml_string(a, "status", "proposed"),
                                  c.refs(a, "metrics"), c.where(a, "ref")});
        }
    }
    return cm;
}

CaseStudy build_case_study(const BuildContext& c) {
    const auto& r = c.root();
    CaseStudy cs;
    cs.id = c.entity_id();
    cs.title = yaml_string(r, "title");
    cs.place = yaml_string(r, "place");
    cs.population = yaml_string(r, "population");
    cs.since = yaml_string(r, "since");
    cs.depth = yaml_string(r, "depth", "summary");
    cs.model = yaml_string(r, "model");
    cs.governance = yaml_string(r, "governance");
    cs.partners = yaml_strings(r, "partners");
    cs.learning = yaml_strings(r, "learning");
    cs.priorities = c.refs(r, "priorities");
    cs.ambitions = c.refs(r, "ambitions");
    cs.source = c.source(r);
    cs.body = c.body();
    cs.location = c.where(r, "title");
    YAML::Node outcomes = yaml_child(r, "outcomes");
    if (outcomes.IsSequence()) {
        for (const auto& o : outcomes) {
            if (!o.IsMap()) continue;
            Outcome out;
            out.text = yaml_string(o, "text");
            out.value = yaml_number(o, "value");
            out.unit = yaml_string(o, "unit");
            out.change = yaml_string(o, "change");
            out.kind = yaml_string(o, "kind");
            out.conflict = yaml_string(o, "conflict");
            out.metric = c.optional_ref(o, "metric");
            out.period = yaml_string(o, "period");
            out.area = yaml_string(o, "area");
            out.value_decimals = decimals_as_written(o, "value");
            out.location = c.where(o, "text");
            out.value_location = c.where(o, "value");
            out.change_location = c.where(o, "change");
            out.period_location = c.where(o, "period");
            out.text_location = c.markdown_field(o, "text").location;
            cs.outcomes.push_back(std::move(out));
        }
    }
    return cs;
}

Engagement build_engagement(const BuildContext& c) {
    const auto& r = c.root();
    Engagement e;
    e.id = c.entity_id();
    e.title = yaml_string(r, "title");
    e.date = yaml_string(r, "date");
    e.place = yaml_string(r, "place");
    e.commissioned_by = yaml_string(r, "commissioned_by");
    e.priorities = c.refs(r, "priorities");
    e.source = c.source(r);
    e.body = c.body();
    e.location = c.where(r, "title");
    YAML::Node methods = yaml_child(r, "methods");
    if (methods.IsSequence())
        for (const auto& m : methods) {
            if (!m.IsMap()) continue;
            EngagementMethod em{yaml_string(m, "name"), yaml_string(m, "phase"),
                                yaml_string(m, "note"), std::nullopt};
            if (auto n = yaml_integer(m, "participants")) em.participants = static_cast<int>(*n);
            e.methods.push_back(std::move(em));
        }
    YAML::Node themes = yaml_child(r, "themes");
    if (themes.IsSequence())
        for (const auto& t : themes) {
            if (!t.IsMap()) continue;
            Theme theme{yaml_string(t, "id"), yaml_string(t, "title"), {}, c.where(t, "id")};
            YAML::Node findings = yaml_child(t, "findings");
            if (findings.IsSequence())
                for (const auto& f : findings)
                    if (f.IsMap())
                        theme.findings.push_back({yaml_string(f, "stance"), yaml_string(f, "text"),
                                                  yaml_strings(f, "groups"),
                                                  c.markdown_field(f, "text").location});
            e.themes.push_back(std::move(theme));
        }
    YAML::Node quotes = yaml_child(r, "quotes");
    if (quotes.IsSequence())
        for (const auto& q : quotes)
            if (q.IsMap())
                e.quotes.push_back({yaml_string(q, "text"), yaml_string(q, "attribution"),
                                    yaml_string(q, "theme"), c.where(q, "theme")});
    YAML::Node ysd = yaml_child(r, "you_said_we_did");
    if (ysd.IsSequence())
        for (const auto& y : ysd)
            if (y.IsMap())
                e.you_said_we_did.push_back({yaml_string(y, "you_said"), yaml_string(y, "we_did")});
    return e;
}

std::vector<Person> build_people(const BuildContext& c) {
    std::vector<Person> people;
    const auto& r = c.root();
    if (!r.IsSequence()) return people;
    for (const auto& p : r) {
        if (!p.IsMap()) continue;
        Person person{yaml_string(p, "initials"),     yaml_string(p, "name"),
                      yaml_string(p, "role"),         yaml_string(p, "organisation"),
                      yaml_strings(p, "also_titled"), {},
                      c.where(p, "initials"),         {}};
        YAML::Node at = yaml_child(p, "role_at");
        if (at.IsMap())
            for (const auto& entry : at) {
                std::string meeting = entry.first.as<std::string>();
                person.role_at.push_back(
                    {{meeting, c.where(at, meeting)},
                     entry.second.IsScalar() ? entry.second.as<std::string>() : std::string()});
            }
        YAML::Node interests = yaml_child(p, "interests");
        person.interests_recorded = interests.IsSequence();
        if (interests.IsSequence())
            for (const auto& i : interests) {
                if (!i.IsMap()) continue;
                person.interests.push_back({yaml_string(i, "id"), yaml_string(i, "type"),
                                            yaml_string(i, "description"), yaml_string(i, "from"),
                                            yaml_string(i, "to"), yaml_strings(i, "relevant_to"),
                                            c.where(i), c.where(i, "from"), c.where(i, "to")});
            }
        people.push_back(std::move(person));
    }
    return people;
}

std::vector<GlossaryEntry> build_glossary(const BuildContext& c) {
    std::vector<GlossaryEntry> out;
    const auto& r = c.root();
    if (!r.IsSequence()) return out;
    for (const auto& g : r)
        if (g.IsMap())
            out.push_back({yaml_string(g, "abbr"), yaml_string(g, "expansion"),
                           yaml_string(g, "note"), c.where(g, "abbr")});
    return out;
}

}  // namespace icbgen

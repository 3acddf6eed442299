// Every id that points at another entity must resolve; unknown ones get a "did you mean".
#include <set>

#include "core/text.h"
#include "validate/checks.h"

namespace icbgen {

namespace {

// Resolves references to one kind of entity. Kinds come from the table of kinds, which names
// them and says which file to add; papers are resolved within one meeting.
class Resolver {
public:
    Resolver(const SiteModel& model, Diagnostics& diags, DocumentKind kind,
             std::vector<std::string> known, std::string meeting_id = "")
        : model_(model),
          diags_(diags),
          kind_(kind),
          label_(content_kind(kind).label),
          known_(std::move(known)),
          meeting_id_(std::move(meeting_id)),
          add_(expand_pattern(content_kind(kind).source, meeting_id_.empty() ? "<id>" : meeting_id_,
                              "<id>")) {
        set_.insert(known_.begin(), known_.end());
    }
    // Ambitions are not a kind of file: each is written inside its priority.
    static Resolver ambitions(const SiteModel& model, Diagnostics& diags,
                              std::vector<std::string> known) {
        Resolver r(model, diags, DocumentKind::priority, std::move(known));
        r.ambition_ = true;
        r.label_ = "ambition";
        r.add_ = "the 'ambitions:' of a priority in content/strategy/priorities/";
        return r;
    }
    void check(const Ref& ref) const {
        if (ref.id.empty() || set_.count(ref.id)) return;
        // While a priority file is unreadable its ambitions are unknown: say nothing of them.
        if (ambition_ ? model_.priorities_incomplete()
                      : model_.is_unreadable(kind_, ref.id, meeting_id_))
            return;
        std::string hint = did_you_mean(ref.id, known_);
        if (hint.empty()) hint = "add it to " + add_ + ", or correct the reference";
        diags_.error("unknown-reference", ref.location, "unknown " + label_ + " '" + ref.id + "'",
                     hint);
    }
    void check(const std::vector<Ref>& refs) const {
        for (const auto& r : refs) check(r);
    }
    void check(const std::optional<Ref>& ref) const {
        if (ref) check(*ref);
    }

private:
    const SiteModel& model_;
    Diagnostics& diags_;
    DocumentKind kind_;
    std::string label_;
    std::vector<std::string> known_;
    std::set<std::string> set_;
    std::string meeting_id_;  // papers: the meeting whose papers these are
    std::string add_;
    bool ambition_ = false;
};

template <typename T, typename F>
std::vector<std::string> ids(const std::vector<T>& items, F get) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(get(i));
    return out;
}

}  // namespace

void check_references(const SiteModel& model, Diagnostics& diags) {
    using K = DocumentKind;
    Resolver metrics(model, diags, K::metric,
                     ids(model.metrics, [](const Metric& m) { return m.id; }));
    Resolver priorities(model, diags, K::priority,
                        ids(model.priorities, [](const Priority& p) { return p.id; }));
    Resolver cases(model, diags, K::case_study,
                   ids(model.case_studies, [](const CaseStudy& c) { return c.id; }));
    std::vector<std::string> ambition_ids;
    for (const auto* a : model.ambitions()) ambition_ids.push_back(a->id);
    Resolver ambitions = Resolver::ambitions(model, diags, ambition_ids);
    Resolver people(model, diags, K::people,
                    ids(model.people, [](const Person& p) { return p.initials; }));
    Resolver meetings(model, diags, K::meeting,
                      ids(model.meetings, [](const Meeting& m) { return m.id; }));

    for (const auto& p : model.priorities) {
        cases.check(p.case_studies);
        for (const auto& a : p.ambitions) {
            metrics.check(a.metrics);
            metrics.check(a.context);
        }
    }
    for (const auto& c : model.charter.commitments)
        for (const auto& a : c.actions) metrics.check(a.metrics);
    for (const auto& cs : model.case_studies) {
        priorities.check(cs.priorities);
        ambitions.check(cs.ambitions);
        for (const auto& o : cs.outcomes) metrics.check(o.metric);
    }
    for (const auto& e : model.engagements) priorities.check(e.priorities);
    for (const auto& person : model.people)
        for (const auto& r : person.role_at) meetings.check(r.meeting);
    for (const auto& m : model.meetings) {
        people.check(m.chairs);
        people.check(m.presenters);
        Resolver papers(model, diags, K::paper, ids(m.papers, [](const Paper& p) { return p.id; }),
                        m.id);
        for (const auto& item : m.agenda) {
            people.check(item.leads);
            papers.check(item.paper);
            meetings.check(item.approve_minutes);
        }
        for (const auto& p : m.papers) {
            people.check(p.executive_leads);
            metrics.check(p.cites);
        }
        if (m.minutes) {
            for (const auto& a : m.minutes->present) people.check(a.person);
            people.check(m.minutes->in_attendance);
            for (const auto& item : m.minutes->items)
                for (const auto& d : item.declarations) people.check(d.person);
            for (const auto& item : m.minutes->items)
                for (const auto& para : item.paragraphs) {
                    people.check(para.owner);
                    people.check(para.responder);
                    ambitions.check(para.concerns);
                    if (!para.closed_by.empty())
                        meetings.check(Ref{para.closed_by, para.closed_by_location});
                }
        }
    }
    for (const auto& planned : model.forward_plan)
        for (const auto& item : planned.items) people.check(item.lead);
}

}  // namespace icbgen

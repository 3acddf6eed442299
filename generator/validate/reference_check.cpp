// Every id that points at another entity must resolve; unknown ones get a "did you mean".
#include <set>

#include "core/text.h"
#include "validate/checks.h"

namespace icbgen {

namespace {

class Resolver {
public:
    Resolver(const SiteModel& model, Diagnostics& diags, const char* kind, const char* model_kind,
             std::vector<std::string> known, std::string where_to_add)
        : model_(model), diags_(diags), kind_(kind), model_kind_(model_kind),
          known_(std::move(known)), add_(std::move(where_to_add)) {
        set_.insert(known_.begin(), known_.end());
    }
    void check(const Ref& ref) const {
        if (ref.id.empty() || set_.count(ref.id) || model_.is_unreadable(model_kind_, ref.id))
            return;
        // While a priority file is unreadable its ambitions are unknown: say nothing of them.
        if (std::string(model_kind_) == "ambition" && model_.priorities_incomplete()) return;
        std::string hint = did_you_mean(ref.id, known_);
        if (hint.empty()) hint = "add it to " + add_ + ", or correct the reference";
        diags_.error("unknown-reference", ref.location,
                     std::string("unknown ") + kind_ + " '" + ref.id + "'", hint);
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
    const char* kind_;
    const char* model_kind_;
    std::vector<std::string> known_;
    std::set<std::string> set_;
    std::string add_;
};

template <typename T, typename F>
std::vector<std::string> ids(const std::vector<T>& items, F get) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(get(i));
    return out;
}

}  // namespace

void check_references(const SiteModel& model, Diagnostics& diags) {
    Resolver metrics(model, diags, "metric", "metric", ids(model.metrics, [](const Metric& m) { return m.id; }),
                     "content/metrics/<id>.md");
    Resolver priorities(model, diags, "priority", "priority",
                        ids(model.priorities, [](const Priority& p) { return p.id; }),
                        "content/strategy/priorities/<id>.md");
    Resolver cases(model, diags, "case study", "case-study",
                   ids(model.case_studies, [](const CaseStudy& c) { return c.id; }),
                   "content/case-studies/<id>.md");
    std::vector<std::string> ambition_ids;
    for (const auto* a : model.ambitions()) ambition_ids.push_back(a->id);
    Resolver ambitions(model, diags, "ambition", "ambition", ambition_ids,
                       "the 'ambitions:' of a priority in content/strategy/priorities/");
    Resolver people(model, diags, "person", "people", ids(model.people, [](const Person& p) { return p.initials; }),
                    "data/people.yaml");
    Resolver meetings(model, diags, "meeting", "meeting", ids(model.meetings, [](const Meeting& m) { return m.id; }),
                      "content/meetings/<id>/meeting.yaml");

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
        Resolver papers(model, diags, "paper", "paper", ids(m.papers, [](const Paper& p) { return p.id; }),
                        "content/meetings/" + m.id + "/papers/<id>.md");
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
                for (const auto& para : item.paragraphs) {
                    people.check(para.owner);
                    people.check(para.responder);
                    if (!para.closed_by.empty()) meetings.check(Ref{para.closed_by, para.closed_by_location});
                }
        }
    }
}

}  // namespace icbgen

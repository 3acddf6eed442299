// Registers of interests and the declarations minutes record: an interest's dates in order,
// ids unique within a person, declarations that name interests the person has registered, and
// a warning when a member present at an item with a paper holds a current interest relevant to
// that paper (docs/CONTENT_MODEL.md, "Registers of interests") and declared nothing.
#include <map>

#include "core/text.h"
#include "data/iso_date.h"
#include "format/interest_words.h"
#include "format/words.h"
#include "validate/checks.h"

namespace icbgen {

namespace {

std::string line_of(const SourceLocation& l) { return l.path + ":" + std::to_string(l.line); }

void check_register(const Person& person, Diagnostics& diags) {
    std::map<std::string, SourceLocation> ids;
    for (const auto& i : person.interests) {
        auto from = epoch_seconds(i.from);
        auto to = epoch_seconds(i.to);
        if (from && to && *to < *from)
            diags.error("interest-dates", i.to_location,
                        person.initials + "'s interest '" + i.description + "' ends on " + i.to +
                            ", before it begins on " + i.from,
                        "correct 'from' or 'to' (dates are written YYYY-MM-DD), or leave 'to' "
                        "out while the interest continues");
        if (i.id.empty()) continue;
        auto [first, fresh] = ids.emplace(i.id, i.location);
        if (!fresh)
            diags.error("duplicate-id", i.location,
                        person.initials + " already has an interest with the id '" + i.id +
                            "', at " + line_of(first->second),
                        "an interest's id must be unique for its person: rename one of them");
    }
}

const Interest* find_interest(const Person& person, const std::string& id) {
    for (const auto& i : person.interests)
        if (i.id == id) return &i;
    return nullptr;
}

void check_declarations(const SiteModel& model, const Meeting& m, Diagnostics& diags) {
    for (const auto& item : m.minutes->items)
        for (const auto& d : item.declarations) {
            if (!d.interest && d.description.empty())
                diags.error("missing-field", d.location,
                            "the declaration by " + d.person.id +
                                " names no interest: it has neither 'interest' nor 'description'",
                            "add 'interest:' with the id of the interest in data/people.yaml, or "
                            "'description:' saying what the interest is when it is not on the "
                            "register");
            const Person* person = model.find_person(d.person.id);
            if (!d.interest || !person) continue;
            if (find_interest(*person, d.interest->id)) continue;
            std::vector<std::string> ids;
            for (const auto& i : person->interests)
                if (!i.id.empty()) ids.push_back(i.id);
            std::string hint = did_you_mean(d.interest->id, ids);
            if (hint.empty())
                hint = ids.empty()
                           ? "register the interest, with an 'id', under " + d.person.id +
                                 "'s 'interests:' in data/people.yaml, or "
                                 "describe it here with 'description:' instead"
                           : "name one of " + d.person.id + "'s interests (" + join(ids, ", ") +
                                 "), or describe it with "
                                 "'description:' if it is not on the register";
            diags.error("declaration-interest-unknown", d.interest->location,
                        d.person.id + " has no registered interest '" + d.interest->id + "' (" +
                            line_of(person->location) + ")",
                        hint);
        }
}

bool declared(const MinuteItem& item, const std::string& initials) {
    for (const auto& d : item.declarations)
        if (d.person.id == initials) return true;
    return false;
}

void check_missing(const SiteModel& model, const Meeting& m, Diagnostics& diags) {
    for (const auto& item : m.minutes->items) {
        const AgendaItem* agenda = m.agenda_item_for(item);
        if (!agenda || !agenda->paper) continue;
        const Paper* paper = m.find_paper(agenda->paper->id);
        if (!paper) continue;
        std::set<std::string> topics = model.topics_of(*paper);
        for (const auto& initials : m.members_present()) {
            const Person* person = model.find_person(initials);
            if (!person || declared(item, initials)) continue;
            for (const auto& interest : person->interests) {
                if (!interest.current_at(m.date)) continue;
                std::string topic;
                for (const auto& t : interest.relevant_to)
                    if (topics.count(t)) {
                        topic = t;
                        break;
                    }
                if (topic.empty()) continue;
                diags.warning(
                    "declaration-missing",
                    item.declarations_location.line ? item.declarations_location : item.location,
                    person->name + " (" + initials + ") was present at item " +
                        std::to_string(item.number) + ", '" + item.title + "', whose paper '" +
                        paper->id + "' concerns '" + topic + "', and holds " +
                        interest_type_phrase(interest.type) + " relevant to it ('" +
                        interest.description + "', " + line_of(interest.location) +
                        "), but the minutes record no declaration by " + initials,
                    "add a declaration under this item's 'declarations:' (person, interest, "
                    "action), or correct the interest's 'relevant_to' in data/people.yaml if it "
                    "does not touch this paper");
                break;  // one warning per person and item
            }
        }
    }
}

}  // namespace

void check_interests(const SiteModel& model, Diagnostics& diags) {
    for (const auto& person : model.people) check_register(person, diags);
    for (const auto& m : model.meetings) {
        if (!m.minutes) continue;
        check_declarations(model, m, diags);
        check_missing(model, m, diags);
    }
}

}  // namespace icbgen

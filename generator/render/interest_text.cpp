#include "render/interest_text.h"

#include "format/interest_words.h"
#include "site_map/privacy.h"

namespace icbgen {

std::string MeetingRegister::whose() const {
    return from_minutes ? "The members present, as the minutes of the meeting record them"
                        : "The chairs, presenters and item leads named on the agenda (there are "
                          "no minutes of this meeting yet)";
}

MeetingRegister meeting_register(const SiteModel& model, const Meeting& meeting) {
    MeetingRegister r;
    for (const auto& initials : meeting.members_present(&r.from_minutes)) {
        RegisterEntry e{initials, model.find_person(initials), {}};
        if (e.person)
            for (const auto& i : e.person->interests)
                if (i.current_at(meeting.date)) e.interests.push_back(&i);
        r.entries.push_back(std::move(e));
    }
    return r;
}

std::string declaration_sentence(const SiteModel& model, const Declaration& d) {
    const Person* person = model.find_person(d.person.id);
    std::string name = person && !person->name.empty() ? person->name : d.person.id;
    const Interest* registered = nullptr;
    if (person && d.interest)
        for (const auto& i : person->interests)
            if (i.id == d.interest->id) registered = &i;
    std::string what;
    if (registered)
        what = interest_type_phrase(registered->type) + " (" + registered->description + ")";
    else if (!d.description.empty())
        what = "an interest not on the register (" + d.description + ")";
    else
        what = "an interest";
    return name + " declared " + what + " and " + declaration_action_words(d.action) + ".";
}

std::vector<std::string> declaration_sentences(const SiteModel& model, const Meeting& meeting,
                                               const MinuteItem& item, bool public_output) {
    std::vector<std::string> out;
    if (public_output && minute_item_is_private(meeting, item)) return out;
    for (const auto& d : item.declarations) out.push_back(declaration_sentence(model, d));
    if (out.empty() && item.none_declared)
        out.push_back("No interests were declared for this item.");
    return out;
}

}  // namespace icbgen

#pragma once
// What the website, the packs and the workbooks print of registers of interests, so that all
// three say the same: the interests the members present at a meeting held on its date, and a
// declaration in minutes as a sentence. The words for types, actions and dates are
// format/interest_words.h's; whether a declaration may be shown is site_map/privacy.h's.
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

struct RegisterEntry {
    std::string initials;
    const Person* person = nullptr;          // nullptr for initials data/people.yaml lacks
    std::vector<const Interest*> interests;  // current on the meeting's date, register order
};

// The members present at `meeting` (Meeting::members_present) and their current interests.
struct MeetingRegister {
    bool from_minutes = false;  // the minutes' `present`, or else the agenda's people
    std::vector<RegisterEntry> entries;
    // "The members present, as the minutes record them" or "The chairs, presenters and item
    // leads named on the agenda (there are no minutes of this meeting yet)".
    std::string whose() const;
};
MeetingRegister meeting_register(const SiteModel& model, const Meeting& meeting);

// "Dr Gavin McColl declared a financial interest (Director, Example Pharmacy Ltd) and left the
// meeting for this item."; an interest not on the register: "... declared an interest not on
// the register (...) and took part in the item."
std::string declaration_sentence(const SiteModel& model, const Declaration& declaration);

// The sentences for an item of `meeting`'s minutes: its declarations, "No interests were
// declared for this item." for `declarations: []`, or nothing. A public output gets nothing
// for an item site_map/privacy.h calls private.
std::vector<std::string> declaration_sentences(const SiteModel& model, const Meeting& meeting,
                                               const MinuteItem& item, bool public_output);

}  // namespace icbgen

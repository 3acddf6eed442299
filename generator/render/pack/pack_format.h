#pragma once
// Text the packs print: people with their roles, item labels. Dates, times and numbers are
// written by format/ (date_format.h, clock_time.h), as on the site and in the workbooks.
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

// A person for the packs: the name from data/people.yaml, and "role, organisation" as at the
// meeting `meeting_id` (Person::title_at).
struct PersonText {
    std::string initials, name, role;  // role may be empty; name is the initials if unknown
};
PersonText person_text(const SiteModel& model, const std::string& initials,
                       const std::string& meeting_id);
// "Richard Douglas, Chair, NHS South East London ICB" (or just the name).
std::string person_line(const SiteModel& model, const std::string& initials,
                        const std::string& meeting_id);
// Initials joined by '/', as the agenda's lead column writes them: "RD/KW".
std::string initials_list(const std::vector<Ref>& refs);

// "Item 2 Enclosure B", or "Item 5" when the item has no enclosure.
std::string item_label(const AgendaItem& item);

}  // namespace icbgen

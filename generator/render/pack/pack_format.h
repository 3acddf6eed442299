#pragma once
// Text the packs print: dates written out, people with their roles, times in one format.
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

// "2023-07-24" -> "24 July 2023"; returned unchanged when it is not an ISO date.
std::string pack_date(const std::string& iso);
// "2023-07-24" -> "Monday 24 July 2023".
std::string pack_day_date(const std::string& iso);

// Seconds from 1970-01-01 to midnight UTC of an ISO date; 0 when it is not one.
long long date_epoch(const std::string& iso);

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

#include "render/decision_register.h"

#include <set>

#include "site_map/privacy.h"

namespace icbgen {

namespace {
std::vector<const Ambition*> ambitions_of(const SiteModel& model, const Paper* paper,
                                          const MinuteParagraph& decision) {
    std::set<std::string> wanted;
    if (paper)
        for (const auto& cite : paper->cites)
            for (const Ambition* a : model.ambitions_using(cite.id)) wanted.insert(a->id);
    for (const auto& r : decision.concerns) wanted.insert(r.id);
    std::vector<const Ambition*> out;
    for (const Ambition* a : model.ambitions())
        if (wanted.count(a->id)) out.push_back(a);
    return out;
}
}  // namespace

std::vector<DecisionEntry> decision_register(const SiteModel& model, bool include_private) {
    std::vector<DecisionEntry> out;
    for (auto m = model.meetings.rbegin(); m != model.meetings.rend(); ++m) {
        if (!m->minutes) continue;
        for (const auto& item : m->minutes->items) {
            bool hidden = minute_item_is_private(*m, item);
            if (hidden && !include_private) continue;
            const AgendaItem* agenda = minutes_agenda_item(*m, item);
            const Paper* paper =
                agenda && agenda->paper ? m->find_paper(agenda->paper->id) : nullptr;
            for (const auto& p : item.paragraphs)
                if (p.kind == "decision")
                    out.push_back({&*m, &item, &p, paper, ambitions_of(model, paper, p), hidden});
        }
    }
    return out;
}

std::string decision_year(const DecisionEntry& entry) { return entry.meeting->date.substr(0, 4); }

}  // namespace icbgen

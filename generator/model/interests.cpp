// Registers of interests and the meetings they are read against: when an interest is current,
// which agenda item an item of the minutes records, who was present, what a paper concerns.
#include <cctype>

#include "core/text.h"
#include "data/iso_date.h"
#include "model/site_model.h"

namespace icbgen {

namespace {

void add_once(std::vector<std::string>& out, const std::string& initials) {
    for (const auto& o : out)
        if (o == initials) return;
    out.push_back(initials);
}

}  // namespace

bool Interest::current_at(const std::string& date) const {
    auto day = epoch_seconds(date);
    auto start = epoch_seconds(from);
    if (!day || !start || *day < *start) return false;
    if (to.empty()) return true;
    auto end = epoch_seconds(to);
    return end && *day <= *end;
}

const AgendaItem* Meeting::agenda_item_for(const MinuteItem& item) const {
    std::string key = title_key(item.title);
    for (const auto& a : agenda)
        if (title_key(a.title) == key) return &a;
    return nullptr;
}

std::vector<std::string> Meeting::members_present(bool* from_minutes) const {
    std::vector<std::string> out;
    if (from_minutes) *from_minutes = minutes.has_value();
    if (minutes) {
        for (const auto& a : minutes->present) add_once(out, a.person.id);
        return out;
    }
    for (const auto& r : chairs) add_once(out, r.id);
    for (const auto& r : presenters) add_once(out, r.id);
    for (const auto& item : agenda)
        for (const auto& r : item.leads) add_once(out, r.id);
    return out;
}

bool SiteModel::keeps_register() const {
    for (const auto& p : people)
        if (p.interests_recorded) return true;
    return false;
}

std::set<std::string> SiteModel::topics_of(const Paper& paper) const {
    std::set<std::string> out(paper.topics.begin(), paper.topics.end());
    for (const auto& c : paper.cites) {
        out.insert(c.id);
        for (const Ambition* a : ambitions_using(c.id)) out.insert(a->priority_id);
    }
    return out;
}

}  // namespace icbgen

#include "model/site_model.h"

#include <algorithm>

namespace icbgen {

namespace {
template <typename T, typename Key>
const T* find_by(const std::vector<T>& items, const std::string& id, Key key) {
    for (const auto& item : items)
        if (key(item) == id) return &item;
    return nullptr;
}

// For lists the model keeps sorted by id (metrics, case studies; ids unique): a binary
// search, and a linear one when that finds nothing (a list someone built unsorted, as some
// tests do), so the answer is the same either way. At 45,000 metrics the linear search was
// a visible part of `check`.
template <typename T, typename Key>
const T* find_sorted_by(const std::vector<T>& items, const std::string& id, Key key) {
    std::size_t low = 0, high = items.size();
    while (low < high) {
        std::size_t mid = low + (high - low) / 2;
        if (key(items[mid]) < id)
            low = mid + 1;
        else
            high = mid;
    }
    if (low < items.size() && key(items[low]) == id) return &items[low];
    return find_by(items, id, key);
}
}  // namespace

int Engagement::total_participants() const {
    int total = 0;
    for (const auto& m : methods) total += m.participants.value_or(0);
    return total;
}

std::string Person::title() const {
    if (organisation.empty()) return role;
    if (role.empty()) return organisation;
    const std::string tail = ", " + organisation;
    if (role == organisation || (role.size() >= tail.size() &&
                                 role.compare(role.size() - tail.size(), tail.size(), tail) == 0))
        return role;
    return role + tail;
}

const Paper* Meeting::find_paper(const std::string& id) const {
    return find_by(papers, id, [](const Paper& p) -> const std::string& { return p.id; });
}

const Metric* SiteModel::find_metric(const std::string& id) const {
    return find_sorted_by(metrics, id, [](const Metric& m) -> const std::string& { return m.id; });
}
const Priority* SiteModel::find_priority(const std::string& id) const {
    return find_by(priorities, id, [](const Priority& p) -> const std::string& { return p.id; });
}
const CaseStudy* SiteModel::find_case_study(const std::string& id) const {
    return find_sorted_by(case_studies, id,
                          [](const CaseStudy& c) -> const std::string& { return c.id; });
}
const Engagement* SiteModel::find_engagement(const std::string& id) const {
    return find_by(engagements, id, [](const Engagement& e) -> const std::string& { return e.id; });
}
const Meeting* SiteModel::find_meeting(const std::string& id) const {
    return find_by(meetings, id, [](const Meeting& m) -> const std::string& { return m.id; });
}
const Person* SiteModel::find_person(const std::string& initials) const {
    return find_by(people, initials,
                   [](const Person& p) -> const std::string& { return p.initials; });
}

bool SiteModel::priorities_incomplete() const {
    return std::any_of(unreadable.begin(), unreadable.end(),
                       [](const EntityKey& u) { return u.kind == DocumentKind::priority; });
}

std::vector<const Ambition*> SiteModel::ambitions() const {
    std::vector<const Ambition*> out;
    for (const auto& p : priorities)
        for (const auto& a : p.ambitions) out.push_back(&a);
    return out;
}

namespace {
bool names(const std::vector<Ref>& refs, const std::string& id) {
    return std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return r.id == id; });
}
}  // namespace

std::vector<const Ambition*> SiteModel::ambitions_using(const std::string& metric_id) const {
    std::vector<const Ambition*> out;
    for (const auto* a : ambitions())
        if (names(a->metrics, metric_id)) out.push_back(a);
    return out;
}

std::vector<const Ambition*> SiteModel::ambitions_with_context(const std::string& metric_id) const {
    std::vector<const Ambition*> out;
    for (const auto* a : ambitions())
        if (names(a->context, metric_id)) out.push_back(a);
    return out;
}

std::string Person::title_at(const std::string& meeting_id) const {
    for (const auto& r : role_at)
        if (r.meeting.id == meeting_id) return r.title;
    return title();
}

std::string SiteInfo::logo_media_type() const {
    return logo_path.size() >= 4 && logo_path.compare(logo_path.size() - 4, 4, ".png") == 0
               ? "image/png"
               : "image/svg+xml";
}

bool SiteInfo::is_own_area(const std::string& area_name) const {
    if (area_name.empty()) return false;
    if (area.empty()) return area_name == name || area_name == short_name;
    return area_name == area ||
           std::find(area_aliases.begin(), area_aliases.end(), area_name) != area_aliases.end();
}

}  // namespace icbgen

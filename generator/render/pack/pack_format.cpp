#include "render/pack/pack_format.h"

#include "format/words.h"

namespace icbgen {

PersonText person_text(const SiteModel& model, const std::string& initials,
                       const std::string& meeting_id) {
    const Person* p = model.find_person(initials);
    if (!p) return {initials, initials, ""};
    return {initials, p->name.empty() ? initials : p->name, p->title_at(meeting_id)};
}

std::string person_line(const SiteModel& model, const std::string& initials,
                        const std::string& meeting_id) {
    PersonText t = person_text(model, initials, meeting_id);
    return t.role.empty() ? t.name : t.name + ", " + t.role;
}

std::string initials_list(const std::vector<Ref>& refs) {
    std::vector<std::string> initials;
    for (const auto& r : refs) initials.push_back(r.id);
    return join(initials, "/");
}

std::string item_label(const AgendaItem& item) {
    std::string label = "Item " + std::to_string(item.number);
    if (!item.enclosure.empty()) label += " Enclosure " + item.enclosure;
    return label;
}

}  // namespace icbgen

#include "render/action_register.h"

#include "site_map/privacy.h"

namespace icbgen {

const Meeting* closing_meeting(const SiteModel& model, const Meeting& raised_at,
                               const MinuteParagraph& action) {
    if (!action.closed_by.empty()) return model.find_meeting(action.closed_by);
    if (action.status == "done" || action.status == "superseded") return &raised_at;
    return nullptr;
}

bool overdue_on(const MinuteParagraph& action, const std::string& date) {
    return !action.due.empty() && action.due < date;
}

std::vector<ActionRecord> action_register(const SiteModel& model, bool include_private) {
    std::vector<ActionRecord> out;
    for (const auto& m : model.meetings) {
        if (!m.minutes) continue;
        for (const auto& item : m.minutes->items) {
            bool hidden = minute_item_is_private(m, item);
            if (hidden && !include_private) continue;
            for (const auto& p : item.paragraphs)
                if (p.kind == "action")
                    out.push_back({&m, &item, &p, closing_meeting(model, m, p), hidden});
        }
    }
    return out;
}

}  // namespace icbgen

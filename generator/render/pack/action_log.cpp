#include "render/pack/action_log.h"

namespace icbgen {

std::vector<ActionLogEntry> action_log(const SiteModel& model, const Meeting& meeting) {
    std::vector<ActionLogEntry> log;
    for (const auto& earlier : model.meetings) {
        if (&earlier == &meeting || earlier.date >= meeting.date) continue;
        if (earlier.body != meeting.body || !earlier.minutes) continue;
        for (const auto& item : earlier.minutes->items)
            for (const auto& p : item.paragraphs) {
                if (p.kind != "action") continue;
                ActionLogEntry e{&earlier, &p, p.status.empty() ? "open" : p.status, nullptr};
                if (!p.closed_by.empty()) {
                    const Meeting* closer = model.find_meeting(p.closed_by);
                    if (closer && closer->date <= meeting.date)
                        e.closed_by = closer;
                    else
                        e.status = "open";
                }
                log.push_back(e);
            }
    }
    return log;
}

}  // namespace icbgen

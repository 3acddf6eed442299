#include "render/pack/action_log.h"

#include "render/action_register.h"
#include "site_map/privacy.h"

namespace icbgen {

std::vector<ActionLogEntry> action_log(const SiteModel& model, const Meeting& meeting,
                                       bool with_private) {
    // The latest earlier meeting of the body: its minutes are the newest this log reports on.
    const Meeting* previous = nullptr;
    for (const auto& earlier : model.meetings)
        if (&earlier != &meeting && earlier.date < meeting.date && earlier.body == meeting.body)
            previous = &earlier;
    std::vector<ActionLogEntry> log;
    for (const auto& earlier : model.meetings) {
        if (&earlier == &meeting || earlier.date >= meeting.date) continue;
        if (earlier.body != meeting.body || !earlier.minutes) continue;
        for (const auto& item : earlier.minutes->items) {
            if (!with_private && minute_item_is_private(earlier, item)) continue;
            for (const auto& p : item.paragraphs) {
                if (p.kind != "action") continue;
                ActionLogEntry e{&earlier, &p, p.status.empty() ? "open" : p.status, nullptr,
                                 false};
                const Meeting* closer = closing_meeting(model, earlier, p);
                if (!p.closed_by.empty()) {
                    if (closer && closer->date < meeting.date) continue;  // left the log
                    if (closer && closer->date == meeting.date)
                        e.closed_by = closer;
                    else
                        e.status = "open";  // closed later, or by no known meeting
                } else if (closer) {
                    if (closer != previous) continue;  // closed in older minutes: left the log
                    e.closed_by = closer;
                }
                e.overdue = e.status == "open" && overdue_on(p, meeting.date);
                log.push_back(e);
            }
        }
    }
    return log;
}

}  // namespace icbgen

// Actions in minutes are dated by the meeting that raised them: an action cannot fall due
// before that meeting, nor be closed by a meeting held before it.
#include "core/text.h"
#include "data/period.h"
#include "format/period_format.h"
#include "validate/checks.h"

namespace icbgen {

namespace {

bool is_day(const std::string& text) {
    auto p = parse_period(text);
    return p && p->kind == Period::Kind::day;
}

}  // namespace

void check_actions(const SiteModel& model, Diagnostics& diags) {
    for (const auto& m : model.meetings) {
        if (!m.minutes || !is_day(m.date)) continue;
        const std::string raised = period_words(m.date);
        for (const auto& item : m.minutes->items)
            for (const auto& p : item.paragraphs) {
                if (p.kind != "action") continue;
                const std::string& n = p.number.empty() ? p.key : p.number;
                // ISO dates compare as text.
                if (is_day(p.due) && p.due < m.date)
                    diags.error("action-due-before-meeting", p.due_location,
                                "action " + n + " is due on " + period_words(p.due) +
                                    ", before the meeting of " + raised + " that raised it",
                                "correct 'due': an action falls due on or after the meeting "
                                "that agreed it");
                if (p.closed_by.empty()) continue;
                const Meeting* closer = model.find_meeting(p.closed_by);
                if (closer && is_day(closer->date) && closer->date < m.date)
                    diags.error("action-closed-before-meeting", p.closed_by_location,
                                "action " + n + " is closed by the meeting of " +
                                    period_words(closer->date) + ", before the meeting of " +
                                    raised + " that raised it",
                                "'closed_by' names the meeting (this one or a later one) that "
                                "closed the action: correct the meeting id");
            }
    }
}

}  // namespace icbgen

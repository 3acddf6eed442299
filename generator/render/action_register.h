#pragma once
// Every action minuted at every meeting, open and closed, with the meeting that raised it and
// the meeting that closed it. The rule for which meeting closed an action lives here; the
// pack's action log (render/pack/action_log.h) applies it to one meeting's pack.
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

// The meeting at which `action` (recorded in the minutes of `raised_at`) was closed:
// - `closed_by` a meeting: that meeting (nullptr when no such meeting is in the content);
// - status done or superseded with no `closed_by`: `raised_at` (closed in its own minutes);
// - otherwise (open): nullptr.
const Meeting* closing_meeting(const SiteModel& model, const Meeting& raised_at,
                               const MinuteParagraph& action);

// Whether an action still open on `date` (YYYY-MM-DD) was due before it.
bool overdue_on(const MinuteParagraph& action, const std::string& date);

struct ActionRecord {
    const Meeting* raised_at = nullptr;
    const MinuteItem* item = nullptr;
    const MinuteParagraph* action = nullptr;
    const Meeting* closed_at = nullptr;  // closing_meeting(), or nullptr while open
    bool is_private = false;             // recorded under a private (part II) agenda item
};

// Oldest meeting first, then in minute order. Actions under a private agenda item are left
// out unless `include_private`.
std::vector<ActionRecord> action_register(const SiteModel& model, bool include_private);

}  // namespace icbgen

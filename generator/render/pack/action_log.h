#pragma once
// The action log a meeting's pack carries: every action recorded in the minutes of earlier
// meetings of the same body, with its status as it stood at that meeting.
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

struct ActionLogEntry {
    const Meeting* raised_at = nullptr;       // the meeting whose minutes record the action
    const MinuteParagraph* action = nullptr;  // kind: action
    std::string status;                       // open | done | superseded, as at the meeting
    const Meeting* closed_by = nullptr;       // set when closed at or before the meeting
};

// Actions from the minutes of every meeting of `meeting.body` held before `meeting`, in
// meeting order, then minute order. An action closed by a later meeting than `meeting` is
// shown as open: the status is carried forward until the meeting that closed it.
std::vector<ActionLogEntry> action_log(const SiteModel& model, const Meeting& meeting);

}  // namespace icbgen

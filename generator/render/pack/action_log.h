#pragma once
// The action log a meeting's pack carries: the actions recorded in the minutes of earlier
// meetings of the same body that are still open at this meeting or were closed at it.
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

struct ActionLogEntry {
    const Meeting* raised_at = nullptr;       // the meeting whose minutes record the action
    const MinuteParagraph* action = nullptr;  // kind: action
    std::string status;                       // open | done | superseded, as at the meeting
    // The meeting that closed it, when it is closed as at this meeting: this meeting itself
    // (`closed_by` it), or `raised_at` when the minutes that record it also closed it.
    const Meeting* closed_by = nullptr;
    bool overdue = false;  // open, and its `due` date is before this meeting's date
};

// The log of `meeting`, from the minutes of every meeting of `meeting.body` held before it, in
// meeting order, then minute order (the rules: docs/BOARD_PACKS.md "The action log"):
// - an action still open at the meeting is listed as open, marked overdue when due before it;
//   one `closed_by` a later meeting is still open here (the status is carried forward);
// - an action `closed_by` this meeting is listed as closed at it;
// - an action closed (done or superseded, no `closed_by`) in the minutes that record it is
//   listed as closed in the log of the next meeting of the body, whose pack carries those
//   minutes;
// - any other closed action was closed at an earlier meeting, and has left the log (the
//   register of all actions, render/action_register.h, keeps it).
// Actions recorded under a private (part II) agenda item are left out unless `with_private`.
std::vector<ActionLogEntry> action_log(const SiteModel& model, const Meeting& meeting,
                                       bool with_private = true);

}  // namespace icbgen

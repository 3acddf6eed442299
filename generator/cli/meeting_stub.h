#pragma once
// The meeting.yaml that `icbgen new meeting DATE-BODY` writes: the standing items every board
// meeting opens and closes with (welcome and apologies, declarations of interest, the minutes
// of the previous meeting, the action log, questions from the public). With a previous
// meeting (--from), its body, venue, chairs and times are carried over, its own standing items
// are taken as they were written (titles, leads, times), and the minutes item approves the
// previous meeting's minutes.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace icbgen {

struct PreviousMeeting {
    std::string id;
    nlohmann::json yaml;       // its meeting.yaml, as JSON
    bool has_minutes = false;  // its minutes.md exists, so they can be approved
};

// `stub` is the embedded stubs/meeting.yaml; `first_person` the initials to name as chair
// when there is no previous meeting.
std::string meeting_stub(const std::string& stub, const std::string& id, const std::string& date,
                         const std::optional<PreviousMeeting>& previous,
                         const std::string& first_person);

}  // namespace icbgen

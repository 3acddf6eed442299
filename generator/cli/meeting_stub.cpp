#include "cli/meeting_stub.h"

#include <algorithm>
#include <vector>

#include "cli/stub_writer.h"

namespace icbgen {

namespace {

enum class Standing { welcome, declarations, minutes, actions, questions, none };

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

Standing standing_kind(const nlohmann::json& item) {
    if (item.value("part", "public") == "private" || item.contains("paper")) return Standing::none;
    if (item.contains("approve_minutes")) return Standing::minutes;
    std::string t = lower(item.value("title", ""));
    auto has = [&](const char* w) { return t.find(w) != std::string::npos; };
    if (has("welcome") || has("apolog")) return Standing::welcome;
    if (has("declaration") || has("interests")) return Standing::declarations;
    if (has("minutes")) return Standing::minutes;
    if (has("action")) return Standing::actions;
    if (has("question")) return Standing::questions;
    return Standing::none;
}

std::string list(const nlohmann::json& values) {
    std::string out;
    for (const auto& v : values)
        if (v.is_string()) out += (out.empty() ? "" : ", ") + v.get<std::string>();
    return out;
}

// One agenda item in the stub's layout.
std::string item_text(const nlohmann::json& item, const std::string& approve,
                      bool approve_commented, const std::string& previous) {
    std::string out = "  - title: " + yaml_quoted(item.value("title", "")) + "\n";
    // Its sub-points are left behind: they describe that meeting's business.
    if (item.contains("leads") && item["leads"].is_array() && !item["leads"].empty())
        out += "    leads: [" + list(item["leads"]) + "]\n";
    if (item.contains("start") && item["start"].is_string())
        out += "    start: \"" + item["start"].get<std::string>() + "\"\n";
    if (item.contains("duration") && item["duration"].is_number_integer())
        out += "    duration: " + std::to_string(item["duration"].get<int>()) + "\n";
    if (!approve.empty()) {
        if (approve_commented)
            out += "    # approve_minutes: " + approve + "   # once " + previous +
                   "/minutes.md is written\n";
        else
            out += "    approve_minutes: " + approve + "\n";
    }
    return out;
}

}  // namespace

std::string meeting_stub(const std::string& stub, const std::string& id, const std::string& date,
                         const std::optional<PreviousMeeting>& previous,
                         const std::string& first_person) {
    std::string body = "TO DO: the name of the board or committee, e.g. Integrated Care Board";
    std::string times =
        "# start: \"10:00\"   # when the meeting starts and ends, HH:MM (24-hour clock)\n"
        "# end: \"12:00\"\n";
    std::string chairs = first_person;
    std::string agenda;
    const std::string previous_id = previous ? previous->id : "";
    const bool approve_commented = !previous || !previous->has_minutes;
    const std::string approve = previous ? previous->id : "";

    if (previous) {
        const auto& y = previous->yaml;
        body = y.value("body", body);
        if (y.contains("start") && y.contains("end"))
            times =
                "start: \"" + y.value("start", "") + "\"\nend: \"" + y.value("end", "") + "\"\n";
        if (y.contains("chairs")) chairs = list(y["chairs"]);
        bool minutes_seen = false;
        if (y.contains("agenda") && y["agenda"].is_array())
            for (const auto& item : y["agenda"]) {
                Standing k = standing_kind(item);
                if (k == Standing::none) continue;
                // Welcome and minutes may share one item, as they often do.
                bool approves = k == Standing::minutes || item.contains("approve_minutes");
                if (approves && minutes_seen) continue;
                minutes_seen = minutes_seen || approves;
                agenda += item_text(item, approves ? approve : "", approve_commented, previous_id);
            }
        if (!minutes_seen)
            agenda += item_text({{"title", "Minutes of the previous meeting"}}, approve,
                                approve_commented, previous_id);
    } else {
        for (const char* title :
             {"Welcome and apologies", "Declarations of interest",
              "Minutes of the previous meeting", "Action log", "Questions from the public"}) {
            agenda += item_text({{"title", title}}, "", false, "");
            if (std::string(title).rfind("Minutes", 0) == 0)
                agenda +=
                    "    # approve_minutes: the previous meeting's id (its minutes.md "
                    "must exist)\n";
        }
    }
    if (!agenda.empty() && agenda.back() == '\n') agenda.pop_back();
    std::string venue = "TO DO: where the meeting is held";
    if (previous) venue = previous->yaml.value("venue", venue);
    std::string text = fill_stub(stub, {{"body", yaml_quoted(body)},
                                        {"date", date},
                                        {"times", times},
                                        {"venue", yaml_quoted(venue)},
                                        {"chairs", chairs},
                                        {"agenda", agenda}});
    (void)id;
    return text;
}

}  // namespace icbgen

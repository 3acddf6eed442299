// The pack's last section, when the site keeps a register of interests: the interests the
// members present held on the meeting's date (render/interest_text.h says who they are).
#include "format/date_format.h"
#include "format/interest_words.h"
#include "render/interest_text.h"
#include "render/pack/pack_format.h"
#include "render/pack/pack_view.h"

namespace icbgen {

using nlohmann::json;

json interests_view(const PackScope& s) {
    MeetingRegister reg = meeting_register(s.model, s.meeting);
    json people = json::array();
    for (const auto& e : reg.entries) {
        PersonText t = person_text(s.model, e.initials, s.meeting.id);
        json rows = json::array();
        for (const Interest* i : e.interests)
            rows.push_back({{"type", interest_type_label(i->type)},
                            {"description", i->description},
                            {"from", date_words(i->from)},
                            {"to", i->to.empty() ? "Ongoing" : date_words(i->to)}});
        bool recorded = e.person && e.person->interests_recorded;
        people.push_back({{"name", t.name},
                          {"role", t.role},
                          {"rows", rows},
                          {"has_rows", !rows.empty()},
                          {"none", rows.empty() ? (recorded ? "No interests declared."
                                                            : "No declaration recorded.")
                                                : ""}});
    }
    return {{"title", "Appendix: register of interests of members present"},
            {"whose", reg.whose()},
            {"date", date_words(s.meeting.date)},
            {"people", people}};
}

}  // namespace icbgen

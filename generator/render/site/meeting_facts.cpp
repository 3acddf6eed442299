#include "render/site/meeting_facts.h"

#include "format/date_format.h"
#include "format/words.h"
#include "site_map/privacy.h"

namespace icbgen {

std::string meeting_title(const Meeting& meeting) {
    return meeting.body + ", " + date_words(meeting.date);
}

namespace {

// A person with the title they held at the meeting `meeting_id`.
nlohmann::json person_view(const SiteData& data, const std::string& initials, bool chair,
                           const std::string& meeting_id) {
    const Person* p = data.model.find_person(initials);
    std::string role = p ? p->title_at(meeting_id) : std::string();
    return {{"name", data.person(initials)}, {"role", role}, {"chair", chair}};
}

nlohmann::json paragraph_view(const SiteData& data, const MinuteParagraph& p) {
    nlohmann::json v = {{"number", p.number},
                        {"text", p.text},
                        {"decision", p.kind == "decision"},
                        {"action", p.kind == "action"},
                        {"question", p.kind == "question"}};
    if (p.kind == "action") {
        std::string details;
        if (p.owner) details += "Owner: " + data.person(p.owner->id);
        if (!p.due.empty())
            details += std::string(details.empty() ? "" : ". ") + "Due " + date_words(p.due);
        if (!p.status.empty())
            details += std::string(details.empty() ? "" : ". ") + "Status: " + humanise(p.status);
        v["details"] = details;
    }
    if (p.kind == "question") {
        v["asked"] = p.question;
        v["answer"] = p.answer;
        v["answer_number"] = p.answer_number;
        v["responder"] = p.responder ? data.person(p.responder->id) : "";
    }
    return v;
}

}  // namespace

nlohmann::json minutes_view(const SiteData& data, const PageMeta& meta, const Meeting& meeting) {
    const Minutes& minutes = *meeting.minutes;
    nlohmann::json present = nlohmann::json::array();
    for (const auto& a : minutes.present)
        present.push_back(person_view(data, a.person.id, a.chair, meeting.id));
    nlohmann::json attendance = nlohmann::json::array();
    for (const auto& r : minutes.in_attendance)
        attendance.push_back(person_view(data, r.id, false, meeting.id));
    nlohmann::json apologies = nlohmann::json::array();
    for (const auto& a : minutes.apologies) apologies.push_back(data.person(a));
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : minutes.items) {
        // What the minutes record of a private (part II) item stays out of the website.
        if (minute_item_is_private(meeting, item)) continue;
        nlohmann::json paragraphs = nlohmann::json::array();
        for (const auto& p : item.paragraphs) paragraphs.push_back(paragraph_view(data, p));
        items.push_back({{"heading", std::to_string(item.number) + ". " + item.title},
                         {"paragraphs", paragraphs}});
    }
    std::set<std::string> ids = layout_ids();
    return {{"draft", minutes.status != "approved"},
            {"present", present},
            {"in_attendance", attendance},
            {"apologies", apologies},
            {"body", data.markdown(minutes.body.text, meta.path, ids, 3)},
            {"items", items}};
}

}  // namespace icbgen

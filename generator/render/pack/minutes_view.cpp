// Views of the minutes a pack approves and of the action log it carries.
#include "format/date_format.h"
#include "render/interest_text.h"
#include "render/pack/action_log.h"
#include "render/pack/pack_format.h"
#include "render/pack/pack_view.h"
#include "site_map/privacy.h"

namespace icbgen {

using nlohmann::json;

namespace {

std::string status_label(const std::string& status) {
    if (status == "done") return "Done";
    if (status == "superseded") return "Superseded";
    return "Open";
}

std::string name_of(const SiteModel& model, const std::optional<Ref>& ref) {
    return ref ? person_text(model, ref->id, "").name : std::string("Not set");
}

json paragraph_json(const PackScope& s, const Meeting& of, const MinuteParagraph& p) {
    json j = {{"number", p.number},
              {"anchor", minute_anchor(of.id, p.key)},
              {"answer_number", p.answer_number},
              {"kind", p.kind},
              {"is_text", p.kind == "text"},
              {"is_decision", p.kind == "decision"},
              {"is_action", p.kind == "action"},
              {"is_question", p.kind == "question"},
              {"text", p.text}};
    if (p.kind == "action") {
        j["owner"] = name_of(s.model, p.owner);
        j["due"] = p.due.empty() ? "Not set" : date_words(p.due);
        j["status"] = status_label(p.status);
    }
    if (p.kind == "question") {
        j["question"] = p.question;
        j["answer"] = p.answer;
        j["responder"] =
            p.responder ? person_line(s.model, p.responder->id, of.id) : "Not recorded";
    }
    return j;
}

}  // namespace

json minutes_view(const PackScope& s, const AgendaItem& item, const Meeting& of) {
    const Minutes& minutes = *of.minutes;
    json present = json::array(), attendance = json::array(), apologies = json::array();
    for (const auto& a : minutes.present) {
        PersonText t = person_text(s.model, a.person.id, of.id);
        present.push_back({{"name", t.name}, {"role", t.role}, {"chair", a.chair}});
    }
    for (const auto& r : minutes.in_attendance) {
        PersonText t = person_text(s.model, r.id, of.id);
        attendance.push_back({{"name", t.name}, {"role", t.role}});
    }
    for (const auto& who : minutes.apologies)
        apologies.push_back(person_text(s.model, who, of.id).name);
    json items = json::array(), questions = json::array();
    for (const auto& mi : minutes.items) {
        // What the minutes record of a part II item stays out of the public pack.
        if (!s.is_private && minute_item_is_private(of, mi)) continue;
        json paras = json::array();
        for (const auto& p : mi.paragraphs) {
            paras.push_back(paragraph_json(s, of, p));
            if (p.kind == "question") questions.push_back(paras.back());
        }
        json declarations = declaration_sentences(s.model, of, mi, !s.is_private);
        items.push_back({{"number", std::to_string(mi.number)},
                         {"title", mi.title},
                         {"bookmark", std::to_string(mi.number) + ". " + mi.title},
                         {"paragraphs", paras},
                         {"declarations", declarations},
                         {"has_declarations", !declarations.empty()}});
    }
    bool draft = minutes.status != "approved";
    std::string label = item_label(item);
    std::string title = "Minutes of the meeting on " + date_words(of.date);
    return {{"anchor", item_anchor(item)},
            {"minutes_anchor", "minutes-" + of.id},
            {"label", label},
            {"title", title},
            {"bookmark", label + ": " + title},
            {"body", of.body},
            {"venue", of.venue},
            {"draft", draft},
            {"status", draft ? "Draft, not yet approved" : "Approved"},
            {"intro", s.html(minutes.body, 4)},
            {"present", present},
            {"in_attendance", attendance},
            {"has_in_attendance", !attendance.empty()},
            {"apologies", apologies},
            {"has_apologies", !apologies.empty()},
            {"items", items},
            {"questions", questions},
            {"has_questions", !questions.empty()}};
}

json action_log_view(const PackScope& s) {
    json entries = json::array();
    for (const auto& e : action_log(s.model, s.meeting, s.is_private)) {
        const MinuteParagraph& a = *e.action;
        bool in_pack = s.prints_minutes_of(e.raised_at);
        entries.push_back(
            {{"number", a.number},
             {"href", in_pack ? "#" + minute_anchor(e.raised_at->id, a.key) : ""},
             {"linked", in_pack},
             {"meeting", date_words(e.raised_at->date)},
             {"text", a.text},
             {"owner", name_of(s.model, a.owner)},
             {"due", a.due.empty() ? "Not set" : date_words(a.due)},
             {"status", status_label(e.status)},
             {"open", e.status == "open"},
             {"overdue", e.overdue ? json("Overdue: due " + date_words(a.due)) : json(false)},
             {"closed_by",
              !e.closed_by                 ? std::string("–")
              : e.closed_by == &s.meeting  ? "This meeting, " + date_words(s.meeting.date)
              : e.closed_by == e.raised_at ? "In the minutes of " + date_words(e.closed_by->date)
                                           : date_words(e.closed_by->date)}});
    }
    return {{"entries", entries}, {"empty", entries.empty()}, {"body", s.meeting.body}};
}

}  // namespace icbgen

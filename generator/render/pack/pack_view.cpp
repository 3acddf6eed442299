// Views of the agenda and of each paper's cover sheet.
#include "render/pack/pack_view.h"

#include "format/clock_time.h"
#include "format/date_format.h"
#include "format/paper_purpose.h"
#include "format/words.h"
#include "progress/since_last_meeting.h"
#include "render/pack/long_words.h"
#include "render/pack/pack_format.h"
#include "site_map/privacy.h"

namespace icbgen {

using nlohmann::json;

std::string PackScope::html(const std::string& text, int level) const {
    HtmlOptions options;
    options.min_heading_level = level;
    options.used_ids = used_ids;
    options.table_wrapper_class = "table-wrap";
    return soften_long_words(markdown_to_html(text, links, options));
}

std::string PackScope::html(const Markdown& md, int level) const { return html(md.text, level); }

bool PackScope::prints_minutes_of(const Meeting* m) const {
    for (const Meeting* a : approved)
        if (a == m) return true;
    return false;
}

std::vector<const AgendaItem*> pack_items(const Meeting& meeting, bool is_private) {
    if (!is_private) return public_items(meeting);
    std::vector<const AgendaItem*> items;
    for (const auto& item : meeting.agenda) items.push_back(&item);
    return items;
}

// A continuation links to the item it continues, where its paper is printed.
std::string item_anchor(const AgendaItem& item) {
    return "item-" + std::to_string(item.continues ? item.continues : item.number);
}

std::string minute_anchor(const std::string& meeting_id, const std::string& number) {
    return "minute-" + meeting_id + "-" + number;
}

namespace {

json person_json(const SiteModel& model, const std::string& initials,
                 const std::string& meeting_id) {
    PersonText t = person_text(model, initials, meeting_id);
    return {{"initials", t.initials},
            {"name", t.name},
            {"role", t.role},
            {"has_role", !t.role.empty()}};
}

json people_json(const SiteModel& model, const std::vector<Ref>& refs,
                 const std::string& meeting_id) {
    json out = json::array();
    for (const auto& r : refs) out.push_back(person_json(model, r.id, meeting_id));
    return out;
}

std::string time_text(const Meeting& m, int minutes) { return m.timed ? clock_time(minutes) : "–"; }

}  // namespace

json agenda_view(const PackScope& s) {
    const Meeting& m = s.meeting;
    json rows = json::array();
    for (const AgendaItem* item : s.items) {
        json sub = json::array();
        for (const auto& line : item->sub) sub.push_back(line);
        // The paper's purposes and own reference, in their own columns (a continuation repeats
        // its paper's, as it repeats the enclosure letter; an item without a paper has none).
        const Paper* paper = item->paper ? m.find_paper(item->paper->id) : nullptr;
        std::string purpose = paper ? purpose_list(paper->purpose) : "";
        std::string reference = paper ? paper->reference : "";
        bool linked =
            item->paper || (item->approve_minutes &&
                            s.prints_minutes_of(s.model.find_meeting(item->approve_minutes->id)));
        rows.push_back({{"number", std::to_string(item->number)},
                        {"title", item->title},
                        {"sub", sub},
                        {"has_sub", !sub.empty()},
                        {"enclosure", item->enclosure.empty() ? "–" : item->enclosure},
                        {"reference", reference.empty() ? json(nullptr) : json(reference)},
                        {"purpose", purpose},
                        {"has_enclosure", !item->enclosure.empty()},
                        {"href", linked ? "#" + item_anchor(*item) : ""},
                        {"linked", linked},
                        {"leads", people_json(s.model, item->leads, m.id)},
                        {"lead_initials", initials_list(item->leads)},
                        {"time", time_text(m, item->computed_start)},
                        {"bookmark", "Item " + std::to_string(item->number) + ": " + item->title},
                        {"private", item_is_private(m, *item)}});
    }
    bool omitted = s.items.size() < m.agenda.size();
    return {{"rows", rows},
            {"open", time_text(m, m.start_minutes)},
            {"close", time_text(m, m.end_minutes)},
            {"timed", m.timed},
            {"chairs", people_json(s.model, m.chairs, m.id)},
            {"presenters", people_json(s.model, m.presenters, m.id)},
            {"has_presenters", !m.presenters.empty()},
            {"private_items_omitted", omitted && !s.is_private}};
}

namespace {

// "Finance Committee, 12 December 2023 (supported)"
std::string prior_text(const PriorConsideration& p) {
    return p.body + (p.date.empty() ? "" : ", " + date_words(p.date)) +
           (p.outcome.empty() ? "" : " (" + p.outcome + ")");
}

// The "Since the last meeting" box: what changed in the cited metrics; absent (null) when
// there is no previous meeting of the body or no cited metric.
json since_view(const SiteModel& model, const Meeting& meeting, const Paper& p) {
    SinceLastMeeting since = since_last_meeting(model, meeting, p);
    if (!since.any()) return nullptr;
    json changed = json::array();
    for (const auto& c : since.changed) {
        json sentences = json::array();
        for (const auto& line : c.sentences) sentences.push_back(line);
        changed.push_back({{"title", c.metric->title}, {"sentences", sentences}});
    }
    std::vector<std::string> unchanged;
    for (const Metric* m : since.unchanged) unchanged.push_back(m->title);
    return {{"previous", date_words(since.previous->date)},
            {"changed", changed},
            {"has_changed", !changed.empty()},
            {"unchanged", unchanged.empty() ? json(nullptr) : json(join(unchanged, "; "))}};
}

}  // namespace

json cover_sheet_view(const PackScope& s, const AgendaItem& item, const Paper& p) {
    std::vector<std::string> names;
    for (const auto& a : p.authors)
        names.push_back(a.name + (a.role.empty() ? "" : ", " + a.role) +
                        (a.email.empty() ? "" : " (" + a.email + ")"));
    std::string authors = join(names, "; ");
    json leads = json::array();
    for (const auto& r : p.executive_leads)
        leads.push_back(person_line(s.model, r.id, p.meeting_id));
    json purposes = json::array();
    for (const auto& purpose : paper_purposes()) {
        bool ticked = false;
        for (const auto& given : p.purpose) ticked = ticked || given == purpose.code;
        purposes.push_back({{"label", purpose.label}, {"ticked", ticked}});
    }
    json optional = json::array();
    for (const auto& [label, text] : {std::pair{"Conflicts of interest", &p.conflicts_of_interest},
                                      std::pair{"Equality impact", &p.equality_impact},
                                      std::pair{"Financial impact", &p.financial_impact},
                                      std::pair{"Public engagement", &p.public_engagement}}) {
        optional.push_back({{"label", label},
                            {"stated", !text->empty()},
                            {"html", text->empty() ? "" : s.html(*text, 4)}});
    }
    // Fields printed only when the paper gives them.
    json extra = json::array();
    auto add = [&](const std::string& label, const std::string& html) {
        if (!html.empty()) extra.push_back({{"label", label}, {"html", html}});
    };
    if (!p.key_risks.text.empty()) add("Key risks and mitigations", s.html(p.key_risks, 4));
    if (!p.quality_impact.empty()) add("Quality impact", s.html(p.quality_impact, 4));
    if (!p.green_impact.empty()) add("Green impact", s.html(p.green_impact, 4));
    json before = json::array();
    for (const auto& b : p.previously_considered) before.push_back(prior_text(b));
    // Relevant ambitions and metrics, from `cites`: the metrics, and the ambitions they measure.
    json metrics = json::array(), ambitions = json::array();
    std::set<std::string> seen_ambitions;
    for (const auto& r : p.cites)
        if (const Metric* metric = s.model.find_metric(r.id)) {
            metrics.push_back(metric->title);
            for (const Ambition* a : s.model.ambitions_using(metric->id))
                if (seen_ambitions.insert(a->id).second) ambitions.push_back(a->statement);
        }
    bool priv = item_is_private(s.meeting, item);
    std::string label = item_label(item);
    return {{"anchor", item_anchor(item)},
            {"paper_anchor", "paper-" + p.id},
            {"label", label},
            {"title", p.title},
            {"reference", p.reference.empty() ? json(nullptr) : json(p.reference)},
            {"bookmark", label + ": " + p.title},
            {"body", s.meeting.body},
            {"meeting_date", date_words(s.meeting.date)},
            {"authors", authors.empty() ? "Not stated" : authors},
            {"contact", p.contact_email.empty() ? json(nullptr) : json(p.contact_email)},
            {"lead_label", leads.size() == 1 ? "Executive Lead" : "Executive Leads"},
            {"leads", leads},
            {"has_leads", !leads.empty()},
            {"purposes", purposes},
            {"summary", s.html(p.summary, 4)},
            {"recommendation", s.html(p.recommendation, 4)},
            {"optional", optional},
            {"extra", extra},
            {"previously_considered", before},
            {"has_previously_considered", !before.empty()},
            {"ambitions", ambitions},
            {"has_ambitions", !ambitions.empty()},
            {"metrics", metrics},
            {"has_metrics", !metrics.empty()},
            {"since", since_view(s.model, s.meeting, p)},
            {"draft", p.status != "final"},
            {"status", p.status == "final" ? "Final" : "Draft"},
            {"private", priv},
            {"part", priv ? "Part II (private)" : "Part I (public)"},
            {"paper", s.html(p.body, 4)}};
}

}  // namespace icbgen

// Board meetings: the index, and a page per meeting with its agenda (numbers, titles,
// sub-lines, leads by name, times, enclosure letters, links to public papers), its public
// pack and appendix, and its minutes. Private items and papers never appear.
#include "format/clock_time.h"
#include "format/date_format.h"
#include "format/paper_purpose.h"
#include "format/words.h"
#include "render/site/content_links.h"
#include "render/site/meeting_facts.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

std::string names(const SiteData& data, const std::vector<Ref>& refs) {
    std::vector<std::string> out;
    for (const auto& r : refs) out.push_back(data.person(r.id));
    return join(out, ", ");
}

nlohmann::json index_view(const SiteData& data) {
    PageMeta meta{site_paths::meetings(),
                  "Board meetings",
                  "meetings",
                  {{"Home", site_paths::home()}},
                  "Agendas, papers and minutes of our board meetings."};
    meta.page_type = "Meetings";
    nlohmann::json v = page_view(data, meta);
    nlohmann::json items = nlohmann::json::array();
    const auto& meetings = data.model.meetings;
    for (auto it = meetings.rbegin(); it != meetings.rend(); ++it) {
        std::size_t papers = public_papers(*it).size();
        items.push_back(
            {{"title", meeting_title(*it)},
             {"href", href(meta, site_paths::meeting(it->id))},
             {"venue", it->venue},
             {"papers",
              papers == 0 ? "" : std::to_string(papers) + (papers == 1 ? " paper" : " papers")},
             {"minutes", it->minutes ? (it->minutes->status == "approved" ? "approved minutes"
                                                                          : "draft minutes")
                                     : ""}});
    }
    v["items"] = std::move(items);
    // "Add to calendar": every meeting, then each body's meetings (render/site/calendar.cpp).
    std::set<std::string> bodies;
    for (const auto& m : meetings) bodies.insert(m.body);
    nlohmann::json calendars = nlohmann::json::array(
        {{{"text", "All board meetings"}, {"href", href(meta, site_paths::calendar())}}});
    for (const auto& body : bodies)
        calendars.push_back({{"text", "Meetings of the " + body},
                             {"href", href(meta, site_paths::body_calendar(body))}});
    v["calendars"] = std::move(calendars);
    v["feed_href"] = href(meta, site_paths::feed());
    v["decisions_href"] = href(meta, site_paths::decisions());
    v["actions_href"] = href(meta, site_paths::actions());
    v["forward_plan_href"] = href(meta, site_paths::forward_plan());
    return v;
}

nlohmann::json agenda_view(const SiteData& data, const PageMeta& meta, const Meeting& m) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : m.agenda) {
        bool withheld = item_is_private(m, item);
        nlohmann::json row = {
            {"number", std::to_string(item.number)},
            {"private", withheld},
            {"time", m.timed || item.start_minutes ? clock_time(item.computed_start) : ""},
            {"enclosure", withheld ? "" : item.enclosure},
            {"purpose", ""},
            {"reference", ""},
            {"title", ""},
            {"sub", nlohmann::json::array()},
            {"leads", ""},
            {"paper", nullptr}};
        if (!withheld) {
            row["title"] = item.title;
            row["sub"] = item.sub;
            row["leads"] = names(data, item.leads);
            if (item.paper)
                for (const Paper* p : public_papers(m))
                    if (p->id == item.paper->id) {
                        row["paper"] = {{"title", p->title},
                                        {"href", href(meta, site_paths::paper(m.id, p->id))}};
                        row["purpose"] = purpose_list(p->purpose);
                        row["reference"] = p->reference;
                    }
            if (item.approve_minutes)
                if (const Meeting* other = data.model.find_meeting(item.approve_minutes->id);
                    other && other->minutes)
                    row["paper"] = {
                        {"title", "Minutes of " + date_words(other->date)},
                        {"href", href(meta, site_paths::meeting(other->id)) + "#minutes"}};
        }
        items.push_back(row);
    }
    return items;
}

nlohmann::json meeting_view(const SiteData& data, const Meeting& m) {
    PageMeta meta{site_paths::meeting(m.id),
                  meeting_title(m),
                  "meetings",
                  {{"Home", site_paths::home()}, {"Board meetings", site_paths::meetings()}},
                  ""};
    meta.page_type = "Meeting";
    nlohmann::json v = page_view(data, meta);
    nlohmann::json facts = nlohmann::json::array();
    auto fact = [&](const std::string& key, const std::string& value) {
        if (!value.empty()) facts.push_back({{"key", key}, {"value", value}});
    };
    fact("Date", date_words(m.date));
    if (m.timed) fact("Time", clock_range(m.start_minutes, m.end_minutes));
    fact("Venue", m.venue);
    fact(m.chairs.size() == 1 ? "Chair" : "Chairs", names(data, m.chairs));
    fact("Presenters", names(data, m.presenters));
    v["facts"] = std::move(facts);
    bool pack = !m.agenda.empty();
    v["pack_html"] = pack ? href(meta, site_paths::pack_html(m.id)) : "";
    v["pack_pdf"] = pack ? href(meta, site_paths::pack_pdf(m.id)) : "";
    v["appendix"] = href(meta, site_paths::meeting_workbook(m.id));
    v["appendix_ods"] = href(meta, site_paths::ods_copy(site_paths::meeting_workbook(m.id)));
    v["calendar"] = href(meta, site_paths::body_calendar(m.body));
    v["calendar_text"] = "Meetings of the " + m.body;
    v["caption"] = "Agenda for " + meeting_title(m);
    v["agenda"] = agenda_view(data, meta, m);
    v["timed"] = m.timed;

    std::set<std::string> on_agenda;
    for (const auto& item : m.agenda)
        if (item.paper) on_agenda.insert(item.paper->id);
    nlohmann::json others = nlohmann::json::array();
    for (const Paper* p : public_papers(m))
        if (!on_agenda.count(p->id))
            others.push_back(
                {{"title", p->title}, {"href", href(meta, site_paths::paper(m.id, p->id))}});
    v["other_papers"] = std::move(others);
    v["minutes"] = m.minutes ? minutes_view(data, meta, m) : nlohmann::json(nullptr);
    return v;
}

}  // namespace

void add_meeting_pages(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back(
        {site_paths::meetings(), "meetings.mustache", [&data] { return index_view(data); }});
    for (const auto& m : data.model.meetings)
        jobs.push_back({site_paths::meeting(m.id), "meeting.mustache",
                        [&data, &m] { return meeting_view(data, m); }});
}

}  // namespace icbgen

#include "render/workbook/meeting_workbook.h"

#include <algorithm>

#include "format/date_format.h"
#include "format/interest_words.h"
#include "format/words.h"
#include "render/interest_text.h"
#include "render/workbook/metric_tables.h"
#include "render/workbook/workbook_format.h"
#include "site_map/privacy.h"
#include "site_map/site_paths.h"

namespace icbgen::workbook {

namespace {

const char* kNoTimes = "The agenda gives no time for this item.";
const char* kNoDue = "The minutes set no due date for this action.";
const char* kNoOwner = "The minutes name no owner for this action.";

std::string person(const SiteModel& model, const std::string& initials) {
    const Person* p = model.find_person(initials);
    return p && !p->name.empty() ? p->name + " (" + initials + ")" : initials;
}

std::string people(const SiteModel& model, const std::vector<Ref>& refs) {
    std::vector<std::string> names;
    for (const auto& r : refs) names.push_back(person(model, r.id));
    return names.empty() ? kNotAvailable : join(names, "; ");
}

std::string meeting_name(const Meeting& m) { return m.body + ", " + date_words(m.date); }

bool start_known(const Meeting& m, const AgendaItem& item) { return item.start_minutes || m.timed; }

bool end_known(const Meeting& m, std::size_t i) {
    const AgendaItem& item = m.agenda[i];
    if (item.duration_minutes) return start_known(m, item);
    if (i + 1 < m.agenda.size()) return start_known(m, m.agenda[i + 1]);
    return m.timed;
}

Table agenda_table(const SiteModel& model, const Meeting& meeting, Names& names, NoteBook& notes) {
    Table t;
    t.name = names.table("Agenda");
    t.columns = {{"Item", 7},  {"Title", 45, true}, {"Details", 50, true}, {"Leads", 30, true},
                 {"Start", 8}, {"End", 8},          {"Enclosure", 11},     {"Paper", 40, true},
                 {"Part", 9},  {"Notes", 14, true}};
    for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
        const AgendaItem& item = meeting.agenda[i];
        if (item_is_private(meeting, item)) continue;
        std::vector<std::string> row_notes;
        bool start = start_known(meeting, item), end = end_known(meeting, i);
        if (!start || !end) row_notes.push_back(notes.ref(kNoTimes));
        Cell paper = Cell::not_applicable();
        if (item.paper) {
            const Paper* p = meeting.find_paper(item.paper->id);
            paper = Cell::str(p ? p->title : item.paper->id);
        } else if (item.approve_minutes) {
            const Meeting* earlier = model.find_meeting(item.approve_minutes->id);
            paper = Cell::str("Minutes of the meeting of the " +
                              (earlier ? meeting_name(*earlier) : item.approve_minutes->id));
        }
        t.rows.push_back(
            {Cell::num(item.number, 0), Cell::str(item.title),
             Cell::str(item.sub.empty() ? kNotApplicable : join(item.sub, "; ")),
             Cell::str(people(model, item.leads)),
             start ? Cell::time(item.computed_start) : Cell::missing(),
             end ? Cell::time(item.computed_end) : Cell::missing(),
             item.enclosure.empty() ? Cell::not_applicable() : Cell::str(item.enclosure), paper,
             Cell::str("Public"), Cell::str(notes_cell(row_notes))});
    }
    return t;
}

Table action_table(const SiteModel& model, const Meeting& meeting, Names& names, NoteBook& notes) {
    Table t;
    t.name = names.table("Action_log");
    t.columns = {{"Meeting date", 16}, {"Meeting", 28, true},   {"Minute", 8},
                 {"Action", 60, true}, {"Owner", 26, true},     {"Due", 16},
                 {"Status", 11},       {"Closed by", 30, true}, {"Notes", 14, true}};
    for (const auto& m : model.meetings) {
        if (!m.minutes || m.date > meeting.date) continue;
        for (const auto& item : m.minutes->items)
            for (const auto& para : item.paragraphs) {
                if (para.kind != "action" || minute_item_is_private(m, item)) continue;
                std::vector<std::string> row_notes;
                if (!para.owner) row_notes.push_back(notes.ref(kNoOwner));
                if (para.due.empty()) row_notes.push_back(notes.ref(kNoDue));
                Cell closed = Cell::not_applicable();
                if (!para.closed_by.empty()) {
                    const Meeting* by = model.find_meeting(para.closed_by);
                    closed = Cell::str(by ? meeting_name(*by) : para.closed_by);
                }
                t.rows.push_back(
                    {Cell::date(m.date), Cell::str(m.body), Cell::str(para.number),
                     Cell::str(para.text),
                     para.owner ? Cell::str(person(model, para.owner->id)) : Cell::missing(),
                     para.due.empty() ? Cell::missing() : Cell::date(para.due),
                     Cell::str(humanise(para.status)), closed, Cell::str(notes_cell(row_notes))});
            }
    }
    return t;
}

const char* kOngoing = "No end date: the interest continues.";

// The interests the members present held on the meeting's date (render/interest_text.h).
Table interests_table(const SiteModel& model, const Meeting& meeting, Names& names,
                      NoteBook& notes) {
    Table t;
    t.name = names.table("Interests");
    t.columns = {{"Member", 26, true},   {"Title", 40, true}, {"Type", 26, true},
                 {"Interest", 50, true}, {"From", 16},        {"To", 16},
                 {"Notes", 14, true}};
    for (const auto& e : meeting_register(model, meeting).entries) {
        Cell name = Cell::str(person(model, e.initials));
        Cell title = Cell::str(e.person && !e.person->title_at(meeting.id).empty()
                                   ? e.person->title_at(meeting.id)
                                   : kNotAvailable);
        if (e.interests.empty()) {
            bool recorded = e.person && e.person->interests_recorded;
            t.rows.push_back(
                {name, title, Cell::not_applicable(),
                 Cell::str(recorded ? "No interests declared" : "No declaration recorded"),
                 Cell::not_applicable(), Cell::not_applicable(), Cell::str(notes_cell({}))});
            continue;
        }
        for (const Interest* i : e.interests) {
            std::vector<std::string> row_notes;
            if (i->to.empty()) row_notes.push_back(notes.ref(kOngoing));
            t.rows.push_back({name, title, Cell::str(interest_type_label(i->type)),
                              Cell::str(i->description), Cell::date(i->from),
                              i->to.empty() ? Cell::not_applicable() : Cell::date(i->to),
                              Cell::str(notes_cell(row_notes))});
        }
    }
    return t;
}

}  // namespace

WorkbookSpec meeting_workbook(const SiteModel& model, const Meeting& meeting,
                              const std::string& build_date) {
    Names names;
    NoteBook notes;
    std::vector<Sheet> sheets;
    std::string title = meeting_name(meeting) + ": appendix";

    sheets.push_back(table_sheet(names.sheet("Agenda"), "Agenda: " + meeting_name(meeting),
                                 "The public agenda: items, leads, times and enclosures",
                                 {"Public items only: private (part II) items are not published."},
                                 agenda_table(model, meeting, names, notes)));
    if (sheets.back().table->rows.empty()) sheets.pop_back();

    Table actions = action_table(model, meeting, names, notes);
    bool has_actions = !actions.rows.empty();
    if (has_actions)
        sheets.push_back(table_sheet(
            names.sheet("Actions"), "Action log",
            "Every action from the minutes of this and earlier meetings, with owner, due date and "
            "status",
            {"Actions from the minutes of every meeting up to and including this one, oldest "
             "first. Status is as recorded in the minutes."},
            std::move(actions)));

    bool has_interests = model.keeps_register();
    if (has_interests) {
        MeetingRegister reg = meeting_register(model, meeting);
        sheets.push_back(
            table_sheet(names.sheet("Interests"), "Register of interests of members present",
                        "The interests the members present had registered as at the meeting's date",
                        {reg.whose() + ", with the interests each had registered as at " +
                             date_words(meeting.date) + ".",
                         "One row per interest; a member with none has one row saying so."},
                        interests_table(model, meeting, names, notes)));
        if (sheets.back().table->rows.empty()) sheets.pop_back();
    }

    std::vector<const Metric*> cited;
    std::vector<std::string> papers;
    for (const auto& p : meeting.papers) {
        if (paper_is_private(meeting, p) || p.cites.empty()) continue;
        papers.push_back(p.title);
        for (const auto& r : p.cites) {
            const Metric* m = model.find_metric(r.id);
            if (m && std::find(cited.begin(), cited.end(), m) == cited.end()) cited.push_back(m);
        }
    }
    if (!cited.empty()) {
        std::string data = names.sheet("Data");
        for (auto& part :
             observation_sheets(cited, data, names.table("Cited_data"), "Data cited in the papers",
                                "The figures behind every metric the meeting's public papers cite",
                                {"Metrics cited by: " + join(papers, "; ") + ".",
                                 "One row per figure, in the order the papers cite the metrics."},
                                names, notes))
            sheets.push_back(std::move(part));
    }

    Cover cover = site_cover(model, build_date);
    cover.title = title;
    cover.about = {
        "Tables for the meeting of the " + meeting_name(meeting) + " at " + meeting.venue +
        ": the public agenda" + (has_actions ? ", the action log from the minutes" : "") +
        (cited.empty() ? "" : " and the data behind the metrics its public papers cite") + "."};
    cover.source =
        "The agenda" + std::string(has_actions ? " and minutes" : "") + " of the " + meeting.body +
        (cited.empty()
             ? ""
             : "; each figure's own source is in the Source column of the Data worksheet") +
        ".";

    Properties props = site_properties(model, build_date);
    props.title = title;
    props.subject = "Meeting appendix: agenda, action log and data";
    props.category = "Meeting papers";
    props.keywords = "agenda, action log, minutes, " + meeting.body + ", " + model.site.short_name;
    props.comments = cover.about.front();
    return assemble(site_paths::meeting_workbook(meeting.id), std::move(props), cover,
                    std::move(sheets), notes);
}

}  // namespace icbgen::workbook

// Builders for meetings, their papers and minutes, and the numbering icbgen assigns to them.
#include <cstdio>
#include <regex>

#include "data/iso_date.h"
#include "data/period.h"
#include "model/builders.h"

namespace icbgen {

namespace {
std::optional<int> parse_time(const std::string& s) {
    int h = 0, m = 0;
    char tail = 0;
    if (std::sscanf(s.c_str(), "%d:%d%c", &h, &m, &tail) != 2) return std::nullopt;
    if (h < 0 || h > 23 || m < 0 || m > 59) return std::nullopt;
    return h * 60 + m;
}
// The folder is the meeting's id and web address: <YYYY-MM-DD>-<body>, dated as `date` says,
// so meetings sort by date and a copied folder cannot carry another meeting's date.
void check_folder_and_date(const BuildContext& c, const std::string& id, const std::string& date) {
    static const std::regex form(R"((\d{4}-\d{2}-\d{2})-[a-z0-9]+(-[a-z0-9]+)*)");
    std::smatch match;
    SourceLocation folder{c.doc.path, 1, 1};
    std::string example = (date.empty() ? std::string("2023-07-24") : date) + "-icp";
    std::string rename =
        "rename the folder after the meeting's date and body, e.g. '" + example + "'";
    if (!std::regex_match(id, match, form)) {
        c.diags.error("meeting-folder", folder,
                      "the meeting folder '" + id + "' is not named <YYYY-MM-DD>-<body>", rename);
        return;
    }
    std::string folder_date = match[1];
    auto day = parse_period(folder_date);
    if (!day || day->kind != Period::Kind::day) {
        auto wrong = impossible_date(folder_date);
        std::string why = wrong ? ": " + *wrong : "";
        c.diags.error("meeting-folder", folder,
                      "the meeting folder '" + id + "' starts with '" + folder_date +
                          "', which is not a date" + why,
                      rename);
        return;
    }
    auto given = parse_period(date);  // a malformed date is the schema's to report
    if (given && given->kind == Period::Kind::day && date != folder_date)
        c.diags.error("meeting-date", c.where(c.root(), "date"),
                      "the date " + date + " disagrees with the folder name '" + id +
                          "', which says " + folder_date,
                      "correct whichever is wrong: this date, or the folder's name (which is "
                      "the meeting's web address)");
}

}  // namespace

Meeting build_meeting(const BuildContext& c) {
    const auto& r = c.root();
    Meeting m;
    m.id = c.doc.meeting_id;
    c.check_slug(m.id, {c.doc.path, 1, 1}, "meeting folder name");
    m.body = yaml_string(r, "body");
    m.date = yaml_string(r, "date");
    check_folder_and_date(c, m.id, m.date);
    m.venue = yaml_string(r, "venue");
    auto start = parse_time(yaml_string(r, "start"));
    auto end = parse_time(yaml_string(r, "end"));
    m.timed = start && end;
    m.start_minutes = start.value_or(0);
    m.end_minutes = end.value_or(m.start_minutes);
    m.start_location = c.where(r, "start");
    m.end_location = c.where(r, "end");
    m.chairs = c.refs(r, "chairs");
    m.presenters = c.refs(r, "presenters");
    m.published = yaml_string(r, "published");
    m.published_location = c.where(r, "published");
    m.location = c.where(r, "title");
    YAML::Node agenda = yaml_child(r, "agenda");
    if (agenda.IsSequence())
        for (const auto& a : agenda) {
            if (!a.IsMap()) continue;
            AgendaItem item;
            item.title = yaml_string(a, "title");
            item.sub = yaml_strings(a, "sub");
            item.leads = c.refs(a, "leads");
            item.start_minutes = parse_time(yaml_string(a, "start"));
            if (auto d = yaml_integer(a, "duration")) item.duration_minutes = static_cast<int>(*d);
            item.paper = c.optional_ref(a, "paper");
            item.approve_minutes = c.optional_ref(a, "approve_minutes");
            item.continuation = yaml_bool(a, "continuation");
            item.part = yaml_string(a, "part", "public");
            item.location = c.where(a, "title");
            item.start_location = c.where(a, "start");
            item.duration_location = c.where(a, "duration");
            m.agenda.push_back(std::move(item));
        }
    number_agenda(m);
    return m;
}

void number_agenda(Meeting& meeting) {
    int letter = 0;
    int clock = meeting.start_minutes;
    for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
        AgendaItem& item = meeting.agenda[i];
        item.number = static_cast<int>(i + 1);
        // A continuation keeps the enclosure letter of the item it continues.
        if (item.continuation && item.paper)
            for (std::size_t k = 0; k < i && !item.continues; ++k)
                if (const AgendaItem& earlier = meeting.agenda[k];
                    earlier.paper && earlier.paper->id == item.paper->id) {
                    item.continues = earlier.number;
                    item.enclosure = earlier.enclosure;
                }
        if ((item.paper || item.approve_minutes) && !item.continues) {
            // Enclosure letters run A..Z, then AA, AB, ... for very long agendas.
            int n = letter++;
            std::string e;
            do {
                e.insert(e.begin(), static_cast<char>('A' + n % 26));
                n = n / 26 - 1;
            } while (n >= 0);
            item.enclosure = e;
        }
        item.computed_start = item.start_minutes.value_or(clock);
        clock = item.computed_start + item.duration_minutes.value_or(0);
    }
    for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
        AgendaItem& item = meeting.agenda[i];
        if (item.duration_minutes)
            item.computed_end = item.computed_start + *item.duration_minutes;
        else if (i + 1 < meeting.agenda.size())
            item.computed_end = meeting.agenda[i + 1].computed_start;
        else
            item.computed_end = meeting.end_minutes;
    }
}

Paper build_paper(const BuildContext& c) {
    const auto& r = c.root();
    Paper p;
    p.id = c.entity_id();
    p.meeting_id = c.doc.meeting_id;
    p.title = yaml_string(r, "title");
    p.recommendation = yaml_string(r, "recommendation");
    p.status = yaml_string(r, "status", "draft");
    p.part = yaml_string(r, "part", "public");
    p.conflicts_of_interest = yaml_string(r, "conflicts_of_interest");
    p.equality_impact = yaml_string(r, "equality_impact");
    p.financial_impact = yaml_string(r, "financial_impact");
    p.public_engagement = yaml_string(r, "public_engagement");
    YAML::Node authors = yaml_child(r, "authors");
    if (authors.IsSequence())
        for (const auto& a : authors)
            if (a.IsMap())
                p.authors.push_back(
                    {yaml_string(a, "name"), yaml_string(a, "role"), yaml_string(a, "email")});
    p.executive_leads = c.refs(r, "executive_leads");
    p.purpose = yaml_strings(r, "purpose");
    p.summary = c.markdown_field(r, "summary");
    p.cites = c.refs(r, "cites");
    p.topics = yaml_strings(r, "topics");
    p.due = yaml_string(r, "due");
    p.due_location = c.where(r, "due");
    p.reference = yaml_string(r, "reference");
    p.contact_email = yaml_string(r, "contact_email");
    if (yaml_child(r, "key_risks").IsDefined()) p.key_risks = c.markdown_field(r, "key_risks");
    YAML::Node before = yaml_child(r, "previously_considered");
    if (before.IsSequence())
        for (const auto& b : before)
            if (b.IsMap())
                p.previously_considered.push_back(
                    {yaml_string(b, "body"), yaml_string(b, "date"), yaml_string(b, "outcome")});
    p.quality_impact = yaml_string(r, "quality_impact");
    p.green_impact = yaml_string(r, "green_impact");
    p.body = c.body();
    p.location = c.where(r, "title");
    return p;
}

Minutes build_minutes(const BuildContext& c) {
    const auto& r = c.root();
    Minutes m;
    m.status = yaml_string(r, "status", "draft");
    YAML::Node present = yaml_child(r, "present");
    if (present.IsSequence())
        for (const auto& p : present)
            if (p.IsMap()) m.present.push_back({c.ref(p, "person"), yaml_bool(p, "chair")});
    m.in_attendance = c.refs(r, "in_attendance");
    m.apologies = yaml_strings(r, "apologies");
    m.body = c.body();
    m.location = c.where(r, "title");
    YAML::Node items = yaml_child(r, "items");
    if (items.IsSequence())
        for (const auto& it : items) {
            if (!it.IsMap()) continue;
            MinuteItem item;
            item.title = yaml_string(it, "title");
            item.location = c.where(it, "title");
            YAML::Node paras = yaml_child(it, "paragraphs");
            if (paras.IsSequence())
                for (const auto& p : paras) {
                    if (!p.IsMap()) continue;
                    MinuteParagraph para;
                    para.kind = yaml_string(p, "kind", "text");
                    para.text = yaml_string(p, "text");
                    para.owner = c.optional_ref(p, "owner");
                    para.due = yaml_string(p, "due");
                    para.status = yaml_string(p, "status", para.kind == "action" ? "open" : "");
                    para.closed_by = yaml_string(p, "closed_by");
                    para.due_location = c.where(p, "due");
                    para.closed_by_location = c.where(p, "closed_by");
                    para.concerns = c.refs(p, "concerns");
                    para.question = yaml_string(p, "question");
                    para.answer = yaml_string(p, "answer");
                    para.responder = c.optional_ref(p, "responder");
                    para.location = c.where(p);
                    para.number = yaml_string(p, "number");
                    para.answer_number = yaml_string(p, "answer_number");
                    para.number_location =
                        para.number.empty() ? para.location : c.where(p, "number");
                    para.answer_number_location =
                        para.answer_number.empty() ? para.location : c.where(p, "answer_number");
                    m.source_numbered =
                        m.source_numbered || !para.number.empty() || !para.answer_number.empty();
                    item.paragraphs.push_back(std::move(para));
                }
            YAML::Node declared = yaml_child(it, "declarations");
            item.declarations_location = c.where(it, "declarations");
            item.none_declared = declared.IsSequence() && declared.size() == 0;
            if (declared.IsSequence())
                for (const auto& d : declared)
                    if (d.IsMap())
                        item.declarations.push_back(
                            {c.ref(d, "person"), c.optional_ref(d, "interest"),
                             yaml_string(d, "description"), yaml_string(d, "action"), c.where(d)});
            m.items.push_back(std::move(item));
        }
    number_minutes(m);
    return m;
}

// Minutes that give their own paragraph numbers keep them exactly (the check reports
// duplicates and gaps); otherwise paragraphs are numbered item.sequence. Every paragraph gets a
// positional key either way, so anchors stay unique when printed numbers repeat.
void number_minutes(Minutes& minutes) {
    for (std::size_t i = 0; i < minutes.items.size(); ++i) {
        MinuteItem& item = minutes.items[i];
        item.number = static_cast<int>(i + 1);
        for (std::size_t k = 0; k < item.paragraphs.size(); ++k) {
            char buf[24];
            std::snprintf(buf, sizeof buf, "%d.%02zu", item.number, k + 1);
            item.paragraphs[k].key = buf;
            if (!minutes.source_numbered) item.paragraphs[k].number = buf;
        }
    }
}

std::vector<PlannedMeeting> build_forward_plan(const BuildContext& c) {
    std::vector<PlannedMeeting> out;
    const auto& r = c.root();
    if (!r.IsSequence()) return out;
    for (const auto& pm : r) {
        if (!pm.IsMap()) continue;
        PlannedMeeting planned{
            yaml_string(pm, "date"), yaml_string(pm, "body"), {}, c.where(pm, "date")};
        YAML::Node items = yaml_child(pm, "items");
        if (items.IsSequence())
            for (const auto& it : items) {
                if (!it.IsMap()) continue;
                PlannedItem item;
                item.title = yaml_string(it, "title");
                item.purpose = yaml_string(it, "purpose");
                item.paper_due = yaml_string(it, "paper_due");
                item.lead = c.optional_ref(it, "lead");
                item.location = c.where(it, "title");
                item.paper_due_location = c.where(it, "paper_due");
                planned.items.push_back(std::move(item));
            }
        out.push_back(std::move(planned));
    }
    return out;
}

}  // namespace icbgen

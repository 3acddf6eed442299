// Checks on meetings: agenda timing, papers and agenda agreeing, minutes to approve, complete
// actions and questions, ids and enclosure letters free of look-alike letters, and private
// material never linked from public pages.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "core/text.h"
#include "format/clock_time.h"
#include "format/words.h"
#include "markdown/markdown.h"
#include "validate/checks.h"
#include "validate/link_targets.h"

namespace icbgen {

namespace {

// The enclosure letters icbgen assigns must be plain Latin: a Cyrillic 'А' posing as 'A' breaks
// links and the pack's running headers.
void check_confusable(const std::string& what, const std::string& value, const SourceLocation& loc,
                      Diagnostics& diags) {
    auto c = find_confusable(value);
    if (!c) return;
    diags.error("confusable-letters", loc,
                "the " + what + " '" + value + "' contains the " + c->script + " letter '" +
                    c->character + "' (" + c->codepoint + "), which looks like the Latin '" +
                    std::string(1, c->looks_like) + "'",
                "rename it '" + latinise(value) +
                    "': look-alike letters break links, search and screen readers");
}

std::string where_text(const SourceLocation& l) {
    return l.path + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

// Folder and file names are checked where they are listed (content/source_text_check.h).
void check_names(const Meeting& m, Diagnostics& diags) {
    for (const auto& item : m.agenda)
        check_confusable("enclosure letter of item " + std::to_string(item.number), item.enclosure,
                         item.location, diags);
}

// Times run forwards from the meeting's opening to its close, and an item's `duration` ends
// by the next item's `start`. Each report points at the line to change: the later item's
// `start`, or the `duration` that runs over. An item without a `start` begins where the item
// above ends, so only written starts can be early or backwards.
void check_agenda_times(const Meeting& m, Diagnostics& diags) {
    if (!m.timed) return;
    if (m.end_minutes <= m.start_minutes) {
        diags.error("agenda-time", m.end_location,
                    "the meeting ends at " + clock_time(m.end_minutes) + ", before it starts at " +
                        clock_time(m.start_minutes),
                    "correct 'end' or 'start'");
        return;
    }
    for (std::size_t i = 0; i < m.agenda.size(); ++i) {
        const AgendaItem& item = m.agenda[i];
        const std::string name = "item " + std::to_string(item.number);
        const AgendaItem* above = i > 0 ? &m.agenda[i - 1] : nullptr;
        if (!item.start_minutes) {
            // Its start follows from the item above; only its end can be wrong.
        } else if (item.computed_start < m.start_minutes)
            diags.error("agenda-time", item.start_location,
                        name + " starts at " + clock_time(item.computed_start) +
                            ", before the meeting opens at " + clock_time(m.start_minutes),
                        "start it at " + clock_time(m.start_minutes) +
                            " or later, or correct the meeting's 'start'");
        else if (above && item.computed_start < above->computed_start)
            diags.error("agenda-time", item.start_location,
                        name + " starts at " + clock_time(item.computed_start) +
                            ", before the item above it (" + clock_time(above->computed_start) +
                            ")",
                        "agenda times must run forwards");
        else if (above && above->duration_minutes && above->computed_end > item.computed_start)
            diags.error("agenda-time", above->duration_location,
                        "item " + std::to_string(above->number) + " lasts " +
                            std::to_string(*above->duration_minutes) + " minutes from " +
                            clock_time(above->computed_start) + ", so it runs until " +
                            clock_time(above->computed_end) + ", past the start of " + name +
                            " at " + clock_time(item.computed_start),
                        "shorten this duration to " +
                            std::to_string(item.computed_start - above->computed_start) +
                            " minutes, or start " + name + " later");
        if (item.computed_start > m.end_minutes) {
            if (item.start_minutes)  // otherwise the item above, which runs past the end, is
                                     // reported
                diags.error("agenda-time", item.start_location,
                            name + " starts at " + clock_time(item.computed_start) +
                                ", after the meeting's end at " + clock_time(m.end_minutes),
                            "move the item earlier, or correct the meeting's 'end'");
        } else if (item.computed_end > m.end_minutes)
            diags.error("agenda-time",
                        item.duration_minutes ? item.duration_location : item.location,
                        name + " runs until " + clock_time(item.computed_end) +
                            ", past the meeting's end at " + clock_time(m.end_minutes),
                        "shorten the item or move the meeting's 'end'");
    }
}

// One paper on two items of one agenda is a slip (a copied item), unless the later item says
// it continues the earlier one's discussion (`continuation: true`).
void check_agenda_papers(const Meeting& m, Diagnostics& diags) {
    std::map<std::string, const AgendaItem*> paper_item, minutes_item;
    for (const auto& item : m.agenda) {
        if (item.approve_minutes) {
            auto [first, fresh] = minutes_item.emplace(item.approve_minutes->id, &item);
            if (!fresh)
                diags.error("agenda-paper-twice", item.approve_minutes->location,
                            "item " + std::to_string(item.number) + " approves the minutes of '" +
                                item.approve_minutes->id + "', which item " +
                                std::to_string(first->second->number) + " (" +
                                where_text(first->second->approve_minutes->location) +
                                ") already approves",
                            "remove 'approve_minutes' from one of the two items");
        }
        if (!item.paper) continue;
        if (item.continuation && !item.continues)
            diags.error(
                "agenda-paper-twice", item.location,
                "item " + std::to_string(item.number) +
                    " is marked 'continuation: true', but no item above it has the paper '" +
                    item.paper->id + "'",
                "remove 'continuation', or put it on the item that returns to a paper "
                "already on the agenda");
        auto [first, fresh] = paper_item.emplace(item.paper->id, &item);
        if (!fresh && !item.continuation)
            diags.error("agenda-paper-twice", item.paper->location,
                        "the paper '" + item.paper->id + "' is on item " +
                            std::to_string(item.number) + " and already on item " +
                            std::to_string(first->second->number) + " (" +
                            where_text(first->second->paper->location) + ")",
                        "remove it from one item; if this item returns to the same paper, say "
                        "so with 'continuation: true'");
    }
}

void check_agenda(const SiteModel& model, const Meeting& m, Diagnostics& diags) {
    check_agenda_times(m, diags);
    check_agenda_papers(m, diags);
    for (const auto& item : m.agenda) {
        if (item.approve_minutes) {
            const Meeting* earlier = model.find_meeting(item.approve_minutes->id);
            if (earlier && !earlier->minutes)
                diags.error("minutes-missing", item.approve_minutes->location,
                            "the agenda asks to approve the minutes of '" +
                                item.approve_minutes->id + "', but there are none",
                            "add content/meetings/" + item.approve_minutes->id + "/minutes.md");
            if (earlier && earlier->date >= m.date)
                diags.error("minutes-missing", item.approve_minutes->location,
                            "the minutes to approve must be of an earlier meeting");
        }
        if (item.paper) {
            if (const Paper* p = m.find_paper(item.paper->id);
                p && p->is_private() != item.is_private())
                // Either side being private keeps both private (site_map/privacy.h), so
                // nothing leaks; the disagreement is still worth fixing.
                diags.warning("part-mismatch", item.location,
                              "item " + std::to_string(item.number) + " is " + item.part +
                                  " but its paper '" + p->id + "' is " + p->part +
                                  "; icbgen treats both as private",
                              "set the same 'part' on the agenda item and the paper");
        }
    }
    for (const auto& p : m.papers) {
        bool listed = false;
        for (const auto& item : m.agenda) listed = listed || (item.paper && item.paper->id == p.id);
        if (!listed)
            diags.error("paper-unlisted", p.location,
                        "the paper '" + p.id + "' is not on the agenda of " + m.id,
                        "add 'paper: " + p.id + "' to its agenda item, or remove the paper");
    }
}

// Minutes that keep the draft's own numbers may repeat or skip them, as the circulated draft
// did: printed as written, and reported here rather than renumbered silently.
void check_minute_numbers(const MinuteItem& item, Diagnostics& diags) {
    const std::string prefix = std::to_string(item.number) + ".";
    std::map<std::string, SourceLocation> seen;
    std::set<int> used;
    auto visit = [&](const std::string& number, const SourceLocation& at) {
        if (number.empty()) return;
        auto [first, fresh] = seen.emplace(number, at);
        if (!fresh)
            diags.warning(
                "minute-number-duplicate", at,
                "paragraph number " + number + " is used twice in item " +
                    std::to_string(item.number) + "; it is also at " + where_text(first->second),
                "the number is printed as written; if the draft is corrected, correct it here too");
        if (number.rfind(prefix, 0) != 0)
            diags.warning(
                "minute-number-item", at,
                "paragraph number " + number + " is in item " + std::to_string(item.number),
                "the number is printed as written; check it against the draft");
        else
            used.insert(std::atoi(number.c_str() + prefix.size()));
    };
    for (const auto& p : item.paragraphs) {
        visit(p.number, p.number_location);
        visit(p.answer_number, p.answer_number_location);
    }
    if (used.empty()) return;
    std::vector<std::string> missing;
    for (int k = 1; k < *used.rbegin(); ++k)
        if (!used.count(k)) {
            char buf[24];
            std::snprintf(buf, sizeof buf, "%s%02d", prefix.c_str(), k);
            missing.push_back(buf);
        }
    if (missing.empty()) return;
    std::string list = join(missing, ", ", " or ");
    diags.warning("minute-number-missing", item.location,
                  "item " + std::to_string(item.number) + " has no paragraph numbered " + list,
                  "the numbers are printed as written; give the number the draft prints, if any, "
                  "to the paragraph that lacks one");
}

void check_minutes(const Minutes& minutes, Diagnostics& diags) {
    for (const auto& item : minutes.items) {
        if (minutes.source_numbered) check_minute_numbers(item, diags);
        for (const auto& p : item.paragraphs) {
            const std::string& n = p.number.empty() ? p.key : p.number;
            if (p.kind == "action" && (!p.owner || p.text.empty()))
                diags.error("action-incomplete", p.location,
                            "action " + n + " needs its text and an owner",
                            "write it as {kind: action, text: ..., owner: <initials>, due: "
                            "YYYY-MM-DD, status: open}");
            if (p.kind == "question" && (p.question.empty() || p.answer.empty()))
                diags.error("question-incomplete", p.location,
                            "public question " + n + " needs the question and the answer given");
            if (p.kind != "question" && p.text.empty())
                diags.error("missing-field", p.location, "paragraph " + n + " has no text");
        }
    }
}

}  // namespace

void check_meetings(const SiteModel& model, const SiteMap& site_map, Diagnostics& diags) {
    for (const auto& m : model.meetings) {
        check_names(m, diags);
        check_agenda(model, m, diags);
        if (m.minutes) check_minutes(*m.minutes, diags);
    }
    const auto& entries = site_map.entries();
    if (std::all_of(entries.begin(), entries.end(), [](const SiteEntry& e) { return e.is_public; }))
        return;
    for_each_markdown(model, [&](const Markdown& md, bool is_private) {
        if (is_private || md.text.empty()) return;
        for (const auto& link : markdown_links(md.text)) {
            if (link.url.rfind("@/", 0) != 0) continue;
            std::string target = link.url.substr(2, link.url.find('#') - 2);
            const SiteEntry* entry = site_map.find(target);
            if (!entry || entry->is_public) continue;
            diags.error("private-link", markdown_location(md, link.line, link.column),
                        "this public page links to the private paper '" + target + "'",
                        "private (part II) papers never appear in public output: remove the link");
        }
    });
}

void check_meetings(const SiteModel& model, Diagnostics& diags) {
    check_meetings(model, SiteMap(model), diags);
}

void check_conflicts(const SiteModel& model, Diagnostics& diags) {
    for (const auto& c : model.case_studies)
        for (const auto& o : c.outcomes)
            if (!o.conflict.empty())
                diags.note("source-conflict", o.location,
                           "the source gives conflicting figures: " + o.conflict);
    for (const auto& m : model.metrics)
        if (m.series)
            for (const auto& o : m.series->observations)
                if (is_source_conflict(o.note))
                    diags.note("source-conflict", {m.series->path, o.line, 1},
                               "the source gives conflicting figures:" +
                                   o.note.substr(std::string("Source conflict:").size()));
}

}  // namespace icbgen

// Deadlines, judged at `check --as-of` (today for `check`): a paper still a draft after the
// day it was due (its own `due`, else the forward plan's `paper_due` for its agenda item), and
// an agenda published fewer than site.yaml's `agenda_clear_days` clear days before its meeting.
// Clear days leave out the day of publication and the day of the meeting: published on
// Tuesday 18 July for Monday 24 July gives 5 (19 to 23 July).
#include "core/text.h"
#include "data/iso_date.h"
#include "format/date_format.h"
#include "validate/checks.h"

namespace icbgen {

namespace {

// The forward plan's entry for the agenda item presenting `paper`, when it gives a due date.
const PlannedItem* planned_for(const SiteModel& model, const Meeting& m, const Paper& paper) {
    for (const auto& planned : model.forward_plan) {
        if (planned.date != m.date || planned.body != m.body) continue;
        for (const auto& item : m.agenda) {
            if (!item.paper || item.paper->id != paper.id) continue;
            for (const auto& p : planned.items)
                if (!p.paper_due.empty() && title_key(p.title) == title_key(item.title)) return &p;
        }
    }
    return nullptr;
}

void check_paper_due(const SiteModel& model, const Meeting& m, const std::string& as_of,
                     Diagnostics& diags) {
    for (const auto& paper : m.papers) {
        if (paper.status != "draft") continue;
        std::string due = paper.due;
        std::string from = "as its 'due' says";
        if (due.empty())
            if (const PlannedItem* p = planned_for(model, m, paper)) {
                due = p->paper_due;
                from = "as the forward plan says at " + p->paper_due_location.path + ":" +
                       std::to_string(p->paper_due_location.line);
            }
        if (!parse_iso_date(due) || due >= as_of) continue;
        diags.warning("paper-overdue", paper.location,
                      "the paper '" + paper.title + "' was due on " + date_words(due) + ", " +
                          from + ", and is still a draft on " + date_words(as_of),
                      "send the final paper and set 'status: final', or agree a new due date");
    }
}

void check_agenda_published(const SiteModel& model, const Meeting& m, const std::string& as_of,
                            Diagnostics& diags) {
    if (!model.site.agenda_clear_days) return;
    auto meeting_day = parse_iso_date(m.date);
    if (!meeting_day) return;
    int needed = *model.site.agenda_clear_days;
    IsoDate latest = add_days(*meeting_day, -(needed + 1));  // the last day to publish
    std::string rule = "site.yaml asks for " + std::to_string(needed) + " clear " +
                       (needed == 1 ? "day" : "days") + " (publish by " + long_date(latest) + ")";
    if (auto published = parse_iso_date(m.published)) {
        long long clear = (epoch_seconds(*meeting_day) - epoch_seconds(*published)) / 86400 - 1;
        if (clear >= needed) return;
        std::string when = clear < 0    ? "after the meeting"
                           : clear == 1 ? "1 clear day before the meeting"
                                        : std::to_string(clear) + " clear days before the meeting";
        if (clear == 0) when = "no clear day before the meeting";
        diags.warning("agenda-late", m.published_location,
                      "the agenda for the meeting on " + date_words(m.date) + " was published on " +
                          date_words(m.published) + ", " + when + "; " + rule,
                      "publish agendas earlier, or correct 'published' if it is wrong");
        return;
    }
    if (!m.published.empty()) return;  // a malformed date is the schema's to report
    // Not published: warn only while the meeting is still to come and its deadline has passed.
    auto today = parse_iso_date(as_of);
    if (!today || m.date < as_of || epoch_seconds(*today) <= epoch_seconds(latest)) return;
    diags.warning("agenda-late", m.location,
                  "the agenda for the meeting on " + date_words(m.date) +
                      " is not recorded as published ('published' is missing) on " +
                      date_words(as_of) + "; " + rule,
                  "publish the agenda and record the day in 'published: YYYY-MM-DD'");
}

}  // namespace

void check_deadlines(const SiteModel& model, const ValidateOptions& options, Diagnostics& diags) {
    if (!parse_iso_date(options.deadlines_as_of)) return;
    for (const auto& m : model.meetings) {
        check_paper_due(model, m, options.deadlines_as_of, diags);
        check_agenda_published(model, m, options.deadlines_as_of, diags);
    }
}

}  // namespace icbgen

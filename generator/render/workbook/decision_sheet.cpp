#include "render/workbook/decision_sheet.h"

#include "format/words.h"
#include "render/decision_register.h"

namespace icbgen::workbook {

namespace {
const char* kNoPaper = "The minutes record this decision under an item with no paper.";
const char* kDraft = "The minutes that record this decision are a draft, not yet approved.";
}  // namespace

std::optional<Sheet> decisions_sheet(const SiteModel& model, Names& names, NoteBook& notes) {
    auto decisions = decision_register(model, false);
    if (decisions.empty()) return std::nullopt;
    Table t;
    t.name = names.table("Decisions");
    t.columns = {{"Meeting date", 16},       {"Body", 28, true},      {"Minute", 8},
                 {"Item", 40, true},         {"Decision", 70, true},  {"Paper", 40, true},
                 {"Ambition IDs", 18, true}, {"Ambitions", 60, true}, {"Minutes status", 14},
                 {"Notes", 14, true}};
    for (const auto& d : decisions) {
        std::vector<std::string> row_notes, ids, statements;
        for (const Ambition* a : d.ambitions) {
            ids.push_back(a->id);
            statements.push_back(a->statement);
        }
        if (!d.paper) row_notes.push_back(notes.ref(kNoPaper));
        bool draft = d.meeting->minutes->status != "approved";
        if (draft) row_notes.push_back(notes.ref(kDraft));
        t.rows.push_back(
            {Cell::date(d.meeting->date), Cell::str(d.meeting->body),
             d.decision->number.empty() ? Cell::missing() : Cell::str(d.decision->number),
             Cell::str(d.item->title), Cell::str(d.decision->text),
             d.paper ? Cell::str(d.paper->title) : Cell::not_applicable(),
             Cell::str(ids.empty() ? kNotApplicable : join(ids, "; ")),
             Cell::str(statements.empty() ? kNotApplicable : join(statements, "; ")),
             Cell::str(draft ? "Draft" : "Approved"), Cell::str(notes_cell(row_notes))});
    }
    return table_sheet(names.sheet("Decisions"), "Decisions register",
                       "Every decision recorded in the minutes of our board meetings",
                       {"One row per decision, newest meeting first, in minute order. Decisions "
                        "of private (part II) items are not published.",
                        "Ambitions: those measured by the metrics the decision's paper cites, and "
                        "any the minutes name."},
                       std::move(t));
}

}  // namespace icbgen::workbook

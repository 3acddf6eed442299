#include "render/workbook/case_study_workbook.h"

#include <algorithm>

#include "format/number_format.h"
#include "format/unit.h"
#include "format/words.h"
#include "render/workbook/workbook_format.h"
#include "site_map/site_paths.h"

namespace icbgen::workbook {

namespace {

const char* kValueNote =
    "The figure as the source gives it, in the unit shown; percentages are stored as "
    "percentages (45.8 means 45.8%). Figures come from different places, years and methods "
    "and are not comparable across case studies.";
const char* kKindNote =
    "Observed: measured; modelled: estimated by a model; target: a goal rather than a result; "
    "context: describes the service or its population; qualitative: described in words.";
const char* kQualitative =
    "A qualitative outcome: the source describes it in words and gives no figure.";
const char* kNoFigure =
    "The source gives no single figure for this outcome; the Change column says what it reports.";
const char* kConflictNote =
    "Where the source gives another figure for the same thing, the Conflict column says what and "
    "where.";

// At most this many source documents are named on the cover.
constexpr std::size_t kCoverSourcesNamed = 10;

std::string source_text(const SourceRef& s) {
    std::string text = s.document;
    if (!s.section.empty()) text += (text.empty() ? "" : ", ") + s.section;
    return text.empty() ? kNotAvailable : text;
}

}  // namespace

std::optional<WorkbookSpec> case_study_workbook(const SiteModel& model,
                                                const std::string& build_date) {
    Names names;
    NoteBook notes;
    Table t;
    t.name = names.table("Case_study_outcomes");
    t.columns = {{"Case study ID", 26},
                 {"Case study", 34, true},
                 {"Place", 22, true},
                 {"Priorities", 34, true},
                 {"Outcome", 60, true},
                 {"Value " + notes.ref(kValueNote), 12},
                 {"Unit", 10},
                 {"Change", 36, true},
                 {"Kind " + notes.ref(kKindNote), 13},
                 {"Conflict " + notes.ref(kConflictNote), 40, true},
                 {"Metric", 26},
                 {"Source", 40, true},
                 {"Notes", 14, true}};
    std::vector<std::string> documents;
    std::size_t studies = 0;
    for (const auto& cs : model.case_studies) {
        if (!cs.outcomes.empty()) ++studies;
        std::vector<std::string> priorities;
        for (const auto& r : cs.priorities) {
            const Priority* p = model.find_priority(r.id);
            priorities.push_back(p ? p->title : r.id);
        }
        if (!cs.outcomes.empty() && !cs.source.document.empty() &&
            std::find(documents.begin(), documents.end(), cs.source.document) == documents.end())
            documents.push_back(cs.source.document);
        for (const auto& o : cs.outcomes) {
            std::vector<std::string> row_notes;
            if (!o.value)
                row_notes.push_back(notes.ref(o.kind == "qualitative" ? kQualitative : kNoFigure));
            t.rows.push_back(
                {Cell::str(cs.id), Cell::str(cs.title),
                 Cell::str(cs.place.empty() ? kNotAvailable : cs.place),
                 Cell::str(priorities.empty() ? kNotApplicable : join(priorities, "; ")),
                 Cell::str(o.text),
                 o.value ? Cell::num(*o.value, decimals_of(*o.value)) : Cell::missing(),
                 o.value ? Cell::str(unit_of(o.unit).label) : Cell::not_applicable(),
                 Cell::str(o.change.empty() ? kNotAvailable : o.change),
                 Cell::str(o.kind.empty() ? kNotAvailable : humanise(o.kind)),
                 Cell::str(o.conflict.empty() ? kNotApplicable : o.conflict),
                 Cell::str(o.metric ? o.metric->id : kNotApplicable),
                 Cell::str(source_text(cs.source)), Cell::str(notes_cell(row_notes))});
        }
    }
    if (t.rows.empty()) return std::nullopt;

    std::vector<Sheet> sheets;
    sheets.push_back(
        table_sheet(names.sheet("Outcomes"), "Case studies: reported outcomes",
                    "Every outcome of every case study, with its figure where there is one",
                    {"One row per outcome, by case study ID. Filter the Kind column to "
                     "separate measured results from targets and modelled estimates."},
                    std::move(t)));
    Cover cover = site_cover(model, build_date);
    cover.title = "Case studies: reported outcomes";
    cover.about = {"Every outcome reported by the " + std::to_string(studies) +
                   " case studies with outcomes (models of integrated care and inspiring examples) "
                   "on the strategy website of " +
                   model.site.name + ", as their sources state them."};
    // A few sources are named; many (a regional site's thousands of case studies) would pass
    // a cell's 32,767-character limit, so the cover then points to the Source column instead.
    cover.source = documents.size() <= kCoverSourcesNamed
                       ? join(documents, "; ") + "."
                       : "The " + std::to_string(documents.size()) +
                             " source documents named in the Source column of the Outcomes "
                             "sheet.";

    Properties props = site_properties(model, build_date);
    props.title = cover.title;
    props.subject = "Outcomes reported by models of integrated care";
    props.category = "Case studies";
    props.keywords = "case studies, outcomes, integrated care, " + model.site.short_name;
    props.comments = cover.about.front();
    return assemble(site_paths::case_studies_workbook(), std::move(props), cover, std::move(sheets),
                    notes);
}

}  // namespace icbgen::workbook

#pragma once
// A paper's purposes as NHS boards tick them on a cover sheet: the codes papers write in
// `purpose:` (schemas/paper.schema.json lists the same codes) and their labels, in the order a
// cover sheet prints them. The one owner of these labels: the pack's cover sheet and agenda,
// the paper's web page and the meeting page ask here.
#include <string>
#include <vector>

namespace icbgen {

struct PaperPurpose {
    const char* code;   // "assurance"
    const char* label;  // "Assurance"
};

// Approval, Decision, Discussion, Assurance, Update / Information.
const std::vector<PaperPurpose>& paper_purposes();

// The label of a purpose code ("information" -> "Update / Information"); the code itself,
// humanised, for a code not in the list.
std::string purpose_label(const std::string& code);

// The labels of `codes` in cover-sheet order, joined with ", ": "Discussion, Decision".
std::string purpose_list(const std::vector<std::string>& codes);

}  // namespace icbgen

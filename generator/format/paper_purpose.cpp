#include "format/paper_purpose.h"

#include <algorithm>

#include "format/words.h"

namespace icbgen {

const std::vector<PaperPurpose>& paper_purposes() {
    static const std::vector<PaperPurpose> purposes = {
        {"approval", "Approval"},
        {"decision", "Decision"},
        {"discussion", "Discussion"},
        {"assurance", "Assurance"},
        {"information", "Update / Information"},
    };
    return purposes;
}

std::string purpose_label(const std::string& code) {
    for (const auto& p : paper_purposes())
        if (code == p.code) return p.label;
    return humanise(code);
}

std::string purpose_list(const std::vector<std::string>& codes) {
    std::vector<std::string> labels;
    for (const auto& p : paper_purposes())
        if (std::find(codes.begin(), codes.end(), p.code) != codes.end()) labels.push_back(p.label);
    for (const auto& c : codes) {
        bool known = std::any_of(paper_purposes().begin(), paper_purposes().end(),
                                 [&](const PaperPurpose& p) { return c == p.code; });
        if (!known) labels.push_back(humanise(c));
    }
    return join(labels, ", ");
}

}  // namespace icbgen

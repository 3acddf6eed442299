#include "validate/link_targets.h"

namespace icbgen {

std::vector<std::string> link_targets(const SiteModel& model) {
    std::vector<std::string> out = {"strategy/_index.md"};
    for (const auto& p : model.priorities) out.push_back("strategy/priorities/" + p.id + ".md");
    for (const auto& m : model.metrics) out.push_back("metrics/" + m.id + ".md");
    if (model.charter.present) out.push_back("charter/_index.md");
    for (const auto& c : model.charter.commitments) out.push_back("charter/" + c.id + ".md");
    for (const auto& c : model.case_studies) out.push_back("case-studies/" + c.id + ".md");
    for (const auto& e : model.engagements) out.push_back("engagement/" + e.id + ".md");
    for (const auto& m : model.meetings) {
        out.push_back("meetings/" + m.id + "/meeting.yaml");
        for (const auto& p : m.papers) out.push_back("meetings/" + m.id + "/papers/" + p.id + ".md");
        if (m.minutes) out.push_back("meetings/" + m.id + "/minutes.md");
    }
    return out;
}

SourceLocation markdown_location(const Markdown& md, int line, int column) {
    SourceLocation loc = md.location;
    loc.line = md.location.line + line - 1;
    loc.column = line == 1 ? md.location.column + column - 1 : column;
    return loc;
}

bool paper_is_private(const Meeting& meeting, const Paper& paper) {
    if (paper.is_private()) return true;
    for (const auto& item : meeting.agenda)
        if (item.paper && item.paper->id == paper.id && item.is_private()) return true;
    return false;
}

void for_each_markdown(const SiteModel& model,
                       const std::function<void(const Markdown&, bool is_private)>& visit) {
    visit(model.strategy.body, false);
    for (const auto& p : model.priorities) visit(p.body, false);
    for (const auto& m : model.metrics) visit(m.body, false);
    visit(model.charter.body, false);
    for (const auto& c : model.charter.commitments) visit(c.body, false);
    for (const auto& c : model.case_studies) visit(c.body, false);
    for (const auto& e : model.engagements) visit(e.body, false);
    for (const auto& m : model.meetings) {
        for (const auto& p : m.papers) {
            bool priv = paper_is_private(m, p);
            visit(p.body, priv);
            visit(p.summary, priv);
        }
        if (m.minutes) visit(m.minutes->body, false);
    }
}

}  // namespace icbgen

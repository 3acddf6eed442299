#include "validate/link_targets.h"

#include "site_map/privacy.h"

namespace icbgen {

SourceLocation markdown_location(const Markdown& md, int line, int column) {
    SourceLocation loc = md.location;
    loc.line = md.location.line + line - 1;
    loc.column = line == 1 ? md.location.column + column - 1 : column;
    return loc;
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

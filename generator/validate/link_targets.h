#pragma once
// The content paths an internal `@/` link may name, e.g. "metrics/x.md".
#include <functional>
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

std::vector<std::string> link_targets(const SiteModel& model);

// Calls `visit` with every Markdown text in the model and whether it is private (a private
// paper, or a paper on a private agenda item).
void for_each_markdown(const SiteModel& model,
                       const std::function<void(const Markdown&, bool is_private)>& visit);

// Where a position inside a Markdown text (1-based line and column within it) is in its file.
SourceLocation markdown_location(const Markdown& md, int line, int column);

// Whether a paper is private: marked so itself or presented under a private agenda item.
bool paper_is_private(const Meeting& meeting, const Paper& paper);

}  // namespace icbgen

#pragma once
// The Markdown texts of a site, for the checks that read them.
#include <functional>
#include <string>

#include "model/site_model.h"

namespace icbgen {

// Calls `visit` with every Markdown text in the model and whether it is private (the text of a
// private paper: site_map/privacy.h).
void for_each_markdown(const SiteModel& model,
                       const std::function<void(const Markdown&, bool is_private)>& visit);

// Where a line and column of a Markdown text (1-based, as cmark counts) sit in its file.
SourceLocation markdown_location(const Markdown& md, int line, int column);

}  // namespace icbgen

#pragma once
// Internal to the markdown facade: the accessibility pass over cmark-gfm's HTML. cmark-gfm
// writes tags of a fixed shape and escapes all text (raw HTML is omitted), so every '<' in its
// output starts a tag it wrote, and tags can be rewritten one by one.
#include <optional>
#include <string>
#include <vector>

#include "markdown/markdown.h"

namespace icbgen::markdown_detail {

struct HeadingInfo {
    int level = 1;
    std::string text;
};

struct TableInfo {
    std::string caption;       // plain text; empty when the table has none
    std::string caption_html;  // cmark's rendering of the caption paragraph, to remove
};

// Adds heading ids and levels, table captions and header scope, and table wrappers.
std::string rewrite_html(std::string html, const std::vector<HeadingInfo>& headings,
                         std::vector<TableInfo> tables, const HtmlOptions& options);

std::string escape_html(std::string_view text);

}  // namespace icbgen::markdown_detail

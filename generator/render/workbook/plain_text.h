#pragma once
// Plain text for spreadsheet cells from Markdown written by content authors.
#include <string>

namespace icbgen::workbook {

// The first paragraph of a Markdown body as one line of plain text: headings, tables, lists
// and blank lines before it are skipped; links keep their text; emphasis and code marks go.
std::string first_paragraph(const std::string& markdown);

// Inline Markdown as plain text: "[text](url)" -> "text", "**bold**" -> "bold", "`x`" -> "x".
std::string strip_inline_markdown(const std::string& text);

}  // namespace icbgen::workbook

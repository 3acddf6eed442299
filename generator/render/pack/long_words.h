#pragma once
// Long unbroken words in tables (web addresses, file names, chemical names) set a column's
// narrowest width, so one of them can push a table past the page edge. Wrapping just those
// words in <span class="long-word"> lets the stylesheet break them anywhere
// (overflow-wrap: anywhere) while every other word in the table keeps its normal width.
#include <string>

namespace icbgen {

// Wraps each word of more than `max_chars` characters inside <td> and <th> cells of `html`
// (well-formed HTML as the Markdown facade writes it) in <span class="long-word">.
std::string soften_long_words(const std::string& html, std::size_t max_chars = 22);

}  // namespace icbgen

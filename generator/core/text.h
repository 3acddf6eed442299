#pragma once
// Text checks shared by every loader: UTF-8 validity, look-alike letters, slugs, positions.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace icbgen {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// A letter from another script that looks like a Latin one.
struct Confusable {
    std::size_t offset;     // byte offset within the checked string
    std::string character;  // the offending character, UTF-8
    std::string codepoint;  // "U+0410"
    std::string script;     // "Cyrillic" or "Greek"
    char looks_like;        // the Latin letter it imitates
};

// The first look-alike letter in a word whose other letters are Latin (or in a word made only
// of look-alikes, such as a lone enclosure letter). Genuine Greek or Cyrillic words, which
// contain letters with no Latin twin, are left alone.
std::optional<Confusable> find_confusable(std::string_view text);

// Replaces look-alike letters with their Latin twins (used in hints).
std::string latinise(std::string_view text);

// Escapes &, <, > and " (and ' when `apostrophe`) for HTML and XML text and attributes.
std::string escape_markup(std::string_view text, bool apostrophe = false);

// Text for a spreadsheet or CSV cell that a spreadsheet program would take for a formula (it
// starts with =, +, -, @, a tab or a carriage return) gets a leading space, so that it stays
// text: "=HYPERLINK(...)" becomes " =HYPERLINK(...)". Other text is returned unchanged. Used
// by the workbooks (chart and axis names) and the CSV downloads.
std::string spreadsheet_literal(std::string_view text);

// A safe id: lowercase letters, digits and single hyphens between them.
bool is_slug(std::string_view id);
// A title for matching another's: lower case, runs of spaces and punctuation one space, ends
// trimmed ("Welcome and Minutes." and "welcome and minutes" match).
std::string title_key(std::string_view title);
// The nearest safe id to `text`: "../Fewer Smokers" becomes "fewer-smokers".
std::string suggest_slug(std::string_view text);

// 1-based line and column (in characters) of a byte offset.
struct LineColumn {
    int line;
    int column;
};
LineColumn line_column_at(std::string_view text, std::size_t offset);

// The text of a 1-based line, without its newline.
std::string line_text(std::string_view text, int line);

std::size_t edit_distance(std::string_view a, std::string_view b);
bool close_enough(std::string_view word, std::string_view candidate);

// The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo.
std::optional<std::string> nearest(std::string_view word, const auto& candidates) {
    std::optional<std::string> best;
    std::size_t best_distance = static_cast<std::size_t>(-1);
    for (const auto& c : candidates) {
        std::string_view cv(c);
        if (!close_enough(word, cv)) continue;
        std::size_t d = edit_distance(word, cv);
        if (d < best_distance) {
            best_distance = d;
            best = std::string(cv);
        }
    }
    return best;
}

// ", did you mean 'x'?" or "" — appended to messages about unknown names.
std::string did_you_mean(std::string_view word, const auto& candidates) {
    auto n = nearest(word, candidates);
    return n ? "did you mean '" + *n + "'?" : std::string();
}

}  // namespace icbgen

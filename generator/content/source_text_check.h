#pragma once
// Checks on the raw text of content files and on their names, before any parsing: control
// characters (NUL and the like) anywhere in a file, and look-alike letters from another script
// within one word of a file or folder name or of a Markdown heading.
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace icbgen {

// Reports the first control character in `text` (other than tab, line feed and carriage
// return), with how many there are; returns false when there is one.
bool check_control_characters(const std::string& path, std::string_view text, Diagnostics& diags);

// Reports look-alike letters in the Markdown headings (# and underlined) of `body`, whose first
// line is line `first_line` of the file `path`. Fenced code is skipped.
void check_heading_letters(const std::string& path, std::string_view body, int first_line,
                           Diagnostics& diags);

// Reports look-alike letters in the file and folder names of `paths`, each name once, at the
// first file that carries it.
void check_name_letters(const std::vector<std::string>& paths, Diagnostics& diags);

}  // namespace icbgen

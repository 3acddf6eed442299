#pragma once
// "To do" in a stub: `icbgen new` and `icbgen init` write every field a file needs, and where
// only the editor can know the value they write "TO DO: ..." in its place. `check` accepts
// such a file but reports, once per file, a `to-do` warning naming each field (and the body
// text) still to do, so nothing half-written is published unnoticed.
#include <string>

#include "content/yaml_document.h"
#include "core/diagnostic.h"
#include "data/csv.h"

namespace icbgen {

// The text a stub puts in a field it cannot fill: a value beginning with it is "to do".
inline constexpr const char* kToDoMarker = "TO DO";

// `doc` may be null (a Markdown file whose front matter did not parse); `body` is the text
// after the front matter, starting at `body_first_line`.
void check_to_do(const std::string& path, const YamlDocument* doc, const std::string& body,
                 int body_first_line, Diagnostics& diags);

// The rows of a CSV file with a cell that is "to do" (such as the placeholder figure of
// `icbgen init`, whose note says so): one warning naming their lines.
void check_to_do_rows(const CsvTable& table, Diagnostics& diags);

}  // namespace icbgen

#include "content/to_do_fields.h"

#include <optional>
#include <sstream>
#include <vector>

namespace icbgen {

namespace {

bool is_to_do(const std::string& text) {
    std::size_t i = text.find_first_not_of(" \t");
    return i != std::string::npos && text.compare(i, 5, kToDoMarker) == 0;
}

// Collects "title", "ambitions[1].title", ... for each scalar value that is to do.
void walk(const YamlDocument& doc, const YAML::Node& node, const std::string& where,
          std::vector<std::string>& fields, std::optional<SourceLocation>& first, int depth) {
    if (depth > 64) return;
    if (node.IsScalar()) {
        if (is_to_do(node.Scalar())) {
            fields.push_back(where);
            if (!first) first = doc.location(node);
        }
    } else if (node.IsMap()) {
        for (const auto& kv : node)
            if (kv.first.IsScalar())
                walk(doc, kv.second,
                     where.empty() ? kv.first.Scalar() : where + "." + kv.first.Scalar(), fields,
                     first, depth + 1);
    } else if (node.IsSequence()) {
        std::size_t i = 0;
        for (const auto& item : node)
            walk(doc, item, where + "[" + std::to_string(i++) + "]", fields, first, depth + 1);
    }
}

}  // namespace

void check_to_do(const std::string& path, const YamlDocument* doc, const std::string& body,
                 int body_first_line, Diagnostics& diags) {
    std::vector<std::string> fields;
    std::optional<SourceLocation> first;
    if (doc) walk(*doc, doc->root(), "", fields, first, 0);
    std::istringstream lines(body);
    int n = body_first_line;
    for (std::string line; std::getline(lines, line); ++n)
        if (is_to_do(line)) {
            fields.push_back("the text (line " + std::to_string(n) + ")");
            if (!first) first = SourceLocation{path, n, 1};
            break;
        }
    if (fields.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < fields.size(); ++i)
        list += (i == 0 ? "" : i + 1 == fields.size() ? " and " : ", ") + fields[i];
    diags.warning("to-do", *first, "still to do: " + list,
                  "replace each 'TO DO: ...' with the real value (the comment beside each field "
                  "says what it holds), then run check again");
}

void check_to_do_rows(const CsvTable& table, Diagnostics& diags) {
    std::vector<int> lines;
    for (const auto& row : table.rows)
        for (const auto& field : row.fields)
            if (is_to_do(field)) {
                lines.push_back(row.line);
                break;
            }
    if (lines.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < lines.size(); ++i)
        list += (i == 0 ? "" : i + 1 == lines.size() ? " and " : ", ") + std::to_string(lines[i]);
    diags.warning(
        "to-do", {table.path, lines.front(), 1},
        lines.size() == 1
            ? "the row on line " + list + " is still to do: its figure is a placeholder"
            : "the rows on lines " + list + " are still to do: their figures are placeholders",
        "replace the row with the real figures, and remove the 'TO DO' note");
}

}  // namespace icbgen

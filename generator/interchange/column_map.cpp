#include "interchange/column_map.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace icbgen {

bool is_plain_number(const std::string& s) {
    if (s.empty() || s.size() > 40) return false;
    for (char c : s)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+' ||
              c == 'e' || c == 'E'))
            return false;
    char* end = nullptr;
    double d = std::strtod(s.c_str(), &end);
    return end && *end == '\0' && std::isfinite(d);
}

ColumnMap::ColumnMap(const CsvTable& table, const std::vector<ColumnSpec>& specs,
                     const char* format, Diagnostics& diags)
    : table_(table) {
    std::vector<bool> taken(table.header.size(), false);
    auto find = [&](const ColumnSpec& spec, bool prefix) -> int {
        std::string want = spec.header;
        for (std::size_t i = 0; i < table.header.size(); ++i) {
            if (taken[i]) continue;
            const std::string& h = table.header[i];
            if (prefix ? h.rfind(want, 0) == 0 : h == want) return static_cast<int>(i);
        }
        return -1;
    };
    // Exact names first, so that a prefix never takes a column another spec names exactly.
    for (const auto& spec : specs) {
        if (spec.prefix) continue;
        int i = find(spec, false);
        if (i >= 0) taken[static_cast<std::size_t>(i)] = true;
        found_.emplace_back(spec.key, i);
    }
    for (const auto& spec : specs) {
        if (!spec.prefix) continue;
        int i = find(spec, true);
        if (i >= 0) taken[static_cast<std::size_t>(i)] = true;
        found_.emplace_back(spec.key, i);
    }
    for (const auto& spec : specs) {
        if (!spec.required || index(spec.key) >= 0) continue;
        complete_ = false;
        diags.error("import-missing-column", {table.path, 1, 1},
                    std::string("this ") + format + " file has no '" + spec.header +
                        (spec.prefix ? "...'" : "'") + " column",
                    std::string("download the file again from its source, unchanged; a ") + format +
                        " file's header names this column (docs/IMPORTING.md)");
    }
}

int ColumnMap::index(const std::string& key) const {
    for (const auto& [k, i] : found_)
        if (k == key) return i;
    return -1;
}

const std::string& ColumnMap::field(const CsvRecord& row, const std::string& key) const {
    static const std::string none;
    int i = index(key);
    return i < 0 ? none : row.fields[static_cast<std::size_t>(i)];
}

SourceLocation ColumnMap::where(const CsvRecord& row, const std::string& key) const {
    int i = index(key);
    return {table_.path, row.line,
            i < 0 ? 1 : field_column(row.fields, static_cast<std::size_t>(i))};
}

std::string ColumnMap::header(const std::string& key) const {
    int i = index(key);
    return i < 0 ? std::string() : table_.header[static_cast<std::size_t>(i)];
}

std::optional<std::string> ColumnMap::number(const CsvRecord& row, const std::string& key,
                                             Diagnostics& diags) const {
    const std::string& text = field(row, key);
    if (text.empty() || is_plain_number(text)) return text;
    diags.error("import-bad-number", where(row, key),
                "'" + text + "' in column '" + header(key) + "' is not a number",
                "correct this row in the downloaded file, or download it again; nothing was "
                "written");
    return std::nullopt;
}

}  // namespace icbgen

#include "interchange/metric_csv_merge.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>

#include "data/csv.h"
#include "data/period.h"
#include "data/period_key.h"
#include "data/series.h"
#include "interchange/column_map.h"

namespace icbgen {

namespace {

using Row = std::map<std::string, std::string>;  // column -> field

struct Entry {
    Row fields;
    double start = std::numeric_limits<double>::max(), end = 0;  // unreadable periods last
};

const char* const kLeading[] = {"period", "area", "area_code"};
const char* const kTrailing[] = {"value",       "lower_ci", "upper_ci", "numerator",
                                 "denominator", "note",     "source"};

bool is_fixed_column(const std::string& name) {
    return std::find(std::begin(kLeading), std::end(kLeading), name) != std::end(kLeading) ||
           std::find(std::begin(kTrailing), std::end(kTrailing), name) != std::end(kTrailing);
}

bool is_breakdown(const std::string& name) {
    return !is_known_series_column(name) && !is_reserved_series_column(name);
}

Entry entry_of(Row fields) {
    Entry e;
    if (auto p = parse_period(fields["period"])) e.start = p->start, e.end = p->end;
    e.fields = std::move(fields);
    return e;
}

std::string identity(Row& r, const std::vector<std::string>& breakdowns) {
    auto p = parse_period(r["period"]);
    std::string key = (p ? period_key(*p) : "?" + r["period"]) + '\x1f' + r["area"];
    for (const auto& b : breakdowns) key += '\x1f' + r[b];
    return key;
}

std::string describe(Row& r, const std::vector<std::string>& breakdowns) {
    std::string out = r["period"];
    if (!r["area"].empty()) out += ", " + r["area"];
    for (const auto& b : breakdowns)
        if (!r[b].empty()) out += ", " + b + " " + r[b];
    return out;
}

bool same_field(const std::string& a, const std::string& b) {
    if (a == b) return true;
    if (is_plain_number(a) && is_plain_number(b))
        return std::strtod(a.c_str(), nullptr) == std::strtod(b.c_str(), nullptr);
    return false;
}

Row row_of(const ImportedRow& r) {
    Row out{{"period", r.period},       {"area", r.area},
            {"area_code", r.area_code}, {"value", r.value},
            {"lower_ci", r.lower_ci},   {"upper_ci", r.upper_ci},
            {"numerator", r.numerator}, {"denominator", r.denominator},
            {"note", r.note},           {"source", r.source}};
    for (const auto& [column, category] : r.breakdown) out[column] = category;
    return out;
}

// The fields an imported row gives and so may change.
std::vector<std::string> compared_fields(const ImportedRow& r) {
    std::vector<std::string> out = {"value"};
    if (r.gives_ci) out.insert(out.end(), {"lower_ci", "upper_ci"});
    if (r.gives_counts) out.insert(out.end(), {"numerator", "denominator"});
    if (r.gives_note) out.push_back("note");
    return out;
}

}  // namespace

std::string csv_field(const std::string& text) {
    bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
                 (!text.empty() && (text.front() == ' ' || text.back() == ' ' ||
                                    text.front() == '\t' || text.back() == '\t'));
    if (!quote) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

MergeResult merge_into_metric_csv(const std::string& path,
                                  const std::optional<std::string>& existing,
                                  const std::vector<ImportedRow>& rows, Diagnostics& diags) {
    MergeResult result;
    std::vector<std::string> header;
    std::vector<Entry> entries;
    if (existing) {
        Diagnostics parse;
        CsvTable table = parse_csv(path, *existing, parse);
        if (parse.has_errors()) {
            diags.append(parse);
            return result;
        }
        header = table.header;
        for (const auto& r : table.rows) {
            Row fields;
            for (std::size_t i = 0; i < header.size(); ++i) fields[header[i]] = r.fields[i];
            entries.push_back(entry_of(std::move(fields)));
        }
    }
    result.ok = true;

    std::vector<std::string> breakdowns;
    for (const auto& h : header)
        if (is_breakdown(h)) breakdowns.push_back(h);
    for (const auto& r : rows)
        for (const auto& [column, category] : r.breakdown)
            if (is_breakdown(column) &&
                std::find(breakdowns.begin(), breakdowns.end(), column) == breakdowns.end())
                breakdowns.push_back(column);

    std::map<std::string, std::vector<std::size_t>> by_identity;
    for (std::size_t i = 0; i < entries.size(); ++i)
        by_identity[identity(entries[i].fields, breakdowns)].push_back(i);
    std::map<std::string, std::size_t> paired;  // identity -> rows of the file used so far

    for (const auto& imported : rows) {
        Row fields = row_of(imported);
        std::string id = identity(fields, breakdowns);
        auto& candidates = by_identity[id];
        std::size_t& used = paired[id];
        RowChange change;
        change.row = describe(fields, breakdowns);
        change.input_line = imported.line;
        if (used < candidates.size()) {
            Row& old = entries[candidates[used++]].fields;
            for (const auto& f : compared_fields(imported))
                if (!same_field(old[f], fields[f])) change.fields.push_back({f, old[f], fields[f]});
            if (change.fields.empty()) {
                ++result.unchanged;
                continue;
            }
            for (const auto& f : compared_fields(imported)) old[f] = fields[f];
            old["source"] = fields["source"];
            if (!fields["area_code"].empty()) old["area_code"] = fields["area_code"];
        } else {
            change.added = true;
            entries.push_back(entry_of(fields));
        }
        result.changes.push_back(std::move(change));
    }
    if (result.changes.empty()) {
        result.text = existing.value_or("");
        return result;
    }
    result.changed = true;

    auto used_column = [&](const std::string& c) {
        if (std::find(header.begin(), header.end(), c) != header.end()) return true;
        return std::any_of(entries.begin(), entries.end(), [&](Entry& e) {
            auto it = e.fields.find(c);
            return it != e.fields.end() && !it->second.empty();
        });
    };
    std::vector<std::string> columns;
    for (const char* c : kLeading)
        if (std::string(c) == "period" || used_column(c)) columns.push_back(c);
    columns.insert(columns.end(), breakdowns.begin(), breakdowns.end());
    for (const char* c : kTrailing)
        if (std::string(c) == "value" || used_column(c)) columns.push_back(c);
    for (const auto& h : header)
        if (!is_fixed_column(h) && !is_breakdown(h)) columns.push_back(h);

    auto get = [](const Entry& e, const std::string& column) -> const std::string& {
        static const std::string none;
        auto it = e.fields.find(column);
        return it == e.fields.end() ? none : it->second;
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end < b.end;
        for (const char* c : {"period", "area"})
            if (get(a, c) != get(b, c)) return get(a, c) < get(b, c);
        for (const auto& c : breakdowns)
            if (get(a, c) != get(b, c)) return get(a, c) < get(b, c);
        return false;
    });
    std::string text;
    for (std::size_t i = 0; i < columns.size(); ++i) text += (i ? "," : "") + csv_field(columns[i]);
    text += "\n";
    for (auto& e : entries) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            text += (i ? "," : "") + csv_field(e.fields[columns[i]]);
        text += "\n";
    }
    result.text = std::move(text);
    return result;
}

}  // namespace icbgen

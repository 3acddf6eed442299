#include "data/series.h"

#include <string_view>
#include <unordered_set>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <tuple>

#include "data/financial_year.h"
#include "data/iso_date.h"

namespace icbgen {

namespace {

const char* const kKnown[] = {"period",    "value",       "area", "lower_ci", "upper_ci",
                              "numerator", "denominator", "note", "source"};

// Columns that importers write (docs/CONTENT_MODEL.md, "Reserved columns"): kept in the file
// for the analyst, shown nowhere, and never read as breakdowns.
const char* const kReserved[] = {"area_code", "period_sortable", "compared_to", "value_note",
                                 "indicator_id"};

std::optional<double> number(const std::string& s) {
    if (s.empty() || s.size() > 40) return std::nullopt;
    for (char c : s)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+' ||
              c == 'e' || c == 'E'))
            return std::nullopt;
    char* end = nullptr;
    double d = std::strtod(s.c_str(), &end);
    if (!end || *end != '\0' || !std::isfinite(d)) return std::nullopt;
    return d;
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Reports known column names written in another case ("Period", "VALUE", as a spreadsheet
// may save them), which would otherwise be read as breakdowns; returns whether there were any.
bool miscased_columns(const CsvTable& table, Diagnostics& diags) {
    bool any = false;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string& h = table.header[i];
        std::string want = lower(h);
        if (want == h || !(is_known_series_column(want) || is_reserved_series_column(want)))
            continue;
        diags.error("csv-header-case", {table.path, 1, field_column(table.header, i)},
                    "the column '" + h + "' is not written in lower case",
                    "column names are lower case: '" + want + "'");
        any = true;
    }
    return any;
}

}  // namespace

bool is_known_series_column(const std::string& name) {
    return std::find(std::begin(kKnown), std::end(kKnown), name) != std::end(kKnown);
}

bool is_reserved_series_column(const std::string& name) {
    return std::find(std::begin(kReserved), std::end(kReserved), name) != std::end(kReserved);
}

bool Series::has_values() const {
    return std::any_of(observations.begin(), observations.end(),
                       [](const Observation& o) { return o.value.has_value(); });
}

std::vector<std::string> Series::areas() const {
    std::vector<std::string> out;
    std::unordered_set<std::string_view> seen;
    for (const auto& o : observations)
        if (seen.insert(o.area).second) out.push_back(o.area);
    return out;
}

std::pair<std::string, int> split_source_locator(const std::string& source) {
    // What the expression ^(.*?)\s*\(line (\d{1,6})\)\s*$ matched, read by hand: it ran on
    // every row's source and was a quarter of building the model of 4,500 metrics (perf).
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    std::size_t end = source.size();
    while (end > 0 && space(source[end - 1])) --end;
    if (end == 0 || source[end - 1] != ')') return {source, 0};
    std::size_t digits_end = end - 1, digits = digits_end;
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(source[digits - 1]))) --digits;
    std::size_t count = digits_end - digits;
    const std::string open = "(line ";
    if (count < 1 || count > 6 || digits < open.size() ||
        source.compare(digits - open.size(), open.size(), open) != 0)
        return {source, 0};
    std::size_t text_end = digits - open.size();
    while (text_end > 0 && space(source[text_end - 1])) --text_end;
    std::string text = source.substr(0, text_end);
    if (text.find_first_of("\n\r") != std::string::npos) return {source, 0};  // '.' stops there
    return {text, std::stoi(source.substr(digits, count))};
}

Series build_series(const CsvTable& table, Diagnostics& diags) {
    Series s;
    s.path = table.path;
    auto col = [&](const std::string& name) -> int {
        auto it = std::find(table.header.begin(), table.header.end(), name);
        return it == table.header.end() ? -1 : static_cast<int>(it - table.header.begin());
    };
    int period = col("period"), value = col("value");
    if (table.header.empty()) return s;
    if (miscased_columns(table, diags)) return s;
    if (period < 0 || value < 0) {
        diags.error(
            "csv-missing-column", {table.path, 1, 1},
            std::string("the header has no '") + (period < 0 ? "period" : "value") + "' column",
            "the first line must name the columns, starting 'period,value'");
        return s;
    }
    std::vector<int> breakdown_idx;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string& h = table.header[i];
        if (h.empty()) {
            diags.error("csv-missing-column", {table.path, 1, 1},
                        "column " + std::to_string(i + 1) + " of the header has no name");
            continue;
        }
        if (!is_known_series_column(h) && !is_reserved_series_column(h)) {
            s.breakdown_columns.push_back(h);
            breakdown_idx.push_back(static_cast<int>(i));
        }
    }
    auto optional_number = [&](const CsvRecord& r, int idx, const char* name,
                               bool& ok) -> std::optional<double> {
        if (idx < 0 || r.fields[idx].empty()) return std::nullopt;
        auto n = number(r.fields[idx]);
        if (!n) {
            ok = false;
            diags.error(
                "csv-bad-number", {table.path, r.line, 1},
                std::string("'") + r.fields[idx] + "' in column '" + name + "' is not a number",
                "write plain numbers such as 52.1: no '%', '£' or thousands separators");
        }
        return n;
    };
    int area = col("area"), lo = col("lower_ci"), hi = col("upper_ci"), num = col("numerator"),
        den = col("denominator"), note = col("note"), source = col("source");
    for (const auto& r : table.rows) {
        bool ok = true;
        Observation o;
        o.line = r.line;
        auto p = parse_period(r.fields[period]);
        if (auto wrong = impossible_date(r.fields[period]); !p && wrong) {
            diags.error(
                "date-impossible",
                {table.path, r.line, field_column(r.fields, static_cast<std::size_t>(period))},
                "'" + r.fields[period] + "' is not a date: " + *wrong,
                "correct the day or month; the period is left out until then");
            ok = false;
        } else if (!p) {
            diags.error("csv-bad-period", {table.path, r.line, 1},
                        "'" + r.fields[period] + "' is not a period icbgen understands",
                        period_forms());
            ok = false;
        } else {
            o.period = *p;
            warn_financial_year_lookalike(
                *p, {table.path, r.line, field_column(r.fields, static_cast<std::size_t>(period))},
                diags);
        }
        o.value = optional_number(r, value, "value", ok);
        if (auto dot = r.fields[value].find('.'); dot != std::string::npos)
            o.value_decimals = static_cast<int>(r.fields[value].size() - dot - 1);
        o.lower_ci = optional_number(r, lo, "lower_ci", ok);
        o.upper_ci = optional_number(r, hi, "upper_ci", ok);
        o.numerator = optional_number(r, num, "numerator", ok);
        o.denominator = optional_number(r, den, "denominator", ok);
        if (area >= 0) o.area = r.fields[area];
        if (note >= 0) o.note = r.fields[note];
        if (source >= 0) std::tie(o.source, o.source_line) = split_source_locator(r.fields[source]);
        for (int b : breakdown_idx) o.breakdown.emplace_back(table.header[b], r.fields[b]);
        if (ok && !o.value && o.note.empty()) {
            diags.error("csv-missing-value", {table.path, r.line, 1},
                        "this row has no value and no note saying why",
                        "give the value, or explain its absence in the 'note' column");
            ok = false;
        }
        if (ok) s.observations.push_back(std::move(o));
    }
    return s;
}

}  // namespace icbgen

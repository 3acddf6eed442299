#include "render/workbook/workbook_format.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace icbgen::workbook {

namespace {

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool taken_already(const std::string& name, const std::vector<std::string>& taken) {
    for (const auto& t : taken)
        if (lower(t) == lower(name)) return true;
    return false;
}

// Cuts UTF-8 text to at most `max` code points.
std::string cut(const std::string& s, std::size_t max) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (count == max) return s.substr(0, i);
            ++count;
        }
    }
    return s;
}

// Like a cell reference (A1, XFD1048576) or R1C1 reference: not allowed as a table name.
bool looks_like_reference(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    if (i == 0 || i > 3 || i == s.size()) return false;
    for (std::size_t k = i; k < s.size(); ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
    return true;
}

}  // namespace

std::string unique_sheet_name(const std::string& wanted, std::vector<std::string>& taken) {
    std::string clean;
    for (char c : wanted) {
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
        clean += c;
    }
    while (!clean.empty() && clean.front() == '\'') clean.erase(clean.begin());
    while (!clean.empty() && (clean.back() == '\'' || clean.back() == '-')) clean.pop_back();
    if (clean.empty()) clean = "Sheet";
    clean = cut(clean, 31);
    while (!clean.empty() && clean.back() == '-') clean.pop_back();
    std::string name = clean;
    for (int n = 2; taken_already(name, taken) || lower(name) == "history"; ++n) {
        std::string suffix = std::string("_").append(std::to_string(n));
        name = cut(clean, 31 - suffix.size()) + suffix;
    }
    taken.push_back(name);
    return name;
}

std::string unique_table_name(const std::string& wanted, std::vector<std::string>& taken) {
    std::string clean;
    for (char c : wanted)
        clean += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    if (clean.empty() || !std::isalpha(static_cast<unsigned char>(clean.front())))
        clean = "Table_" + clean;
    if (looks_like_reference(clean) || clean.size() == 1) clean += "_table";
    clean = clean.substr(0, 200);
    std::string name = clean;
    for (int n = 2; taken_already(name, taken); ++n) name = clean + "_" + std::to_string(n);
    taken.push_back(name);
    return name;
}

std::string unit_label(const std::string& unit) {
    if (unit == "percent") return "%";
    if (unit == "percent-change") return "% change";
    if (unit == "percentage-points") return "percentage points";
    if (unit == "gbp") return "£";
    if (unit == "count") return "number";
    if (unit.rfind("rate-per-", 0) == 0) return "per " + format_number(std::atof(unit.c_str() + 9), 0);
    return unit.empty() ? "number" : lower(unit);
}

std::string unit_header(const std::string& unit) { return std::string("(").append(unit_label(unit)).append(")"); }

std::string unit_axis(const std::string& unit) {
    if (unit == "percent") return "Per cent";
    if (unit == "percent-change") return "Per cent change";
    if (unit == "percentage-points") return "Percentage points";
    if (unit == "gbp") return "Pounds (£)";
    if (unit == "count" || unit.empty()) return "Number";
    if (unit.rfind("rate-per-", 0) == 0) return "Rate " + unit_label(unit);
    return humanise(unit);
}

std::string value_with_unit(double value, int decimals, const std::string& unit) {
    std::string n = format_number(value, decimals);
    if (unit == "percent") return n + "%";
    bool rise = value > 0 && n.find_first_not_of("0.,") != std::string::npos;
    if (unit == "percent-change") return (rise ? "+" : "") + n + "%";
    if (unit == "percentage-points") return (rise ? "+" : "") + n + " percentage points";
    if (unit == "gbp") return value < 0 ? "-£" + n.substr(1) : "£" + n;
    if (unit == "count" || unit.empty()) return n;
    return n + " " + unit_label(unit);
}

std::string format_number(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
    std::string digits(buf);
    std::string fraction;
    if (auto dot = digits.find('.'); dot != std::string::npos) {
        fraction = digits.substr(dot);
        digits.erase(dot);
    }
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    bool negative = value < 0 && std::fabs(value) >= 0.5 * std::pow(10.0, -decimals);
    return (negative ? "-" : "") + grouped + fraction;
}

std::string number_format(int decimals) {
    if (decimals < 0) return "0";
    return decimals == 0 ? "#,##0" : "#,##0." + std::string(static_cast<std::size_t>(decimals), '0');
}

int decimals_of(double value) {
    for (int d = 0; d < 6; ++d) {
        double scaled = value * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled)))
            return d;
    }
    return 6;
}

std::string humanise(const std::string& code) {
    std::string out = code;
    for (auto& c : out)
        if (c == '-' || c == '_') c = ' ';
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

namespace {
bool parse_iso(const std::string& iso, int& y, int& m, int& d) {
    char tail = 0;
    return iso.size() == 10 && std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
           m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
}  // namespace

std::string long_date(const std::string& iso) {
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    int y = 0, m = 0, d = 0;
    if (!parse_iso(iso, y, m, d)) return iso;
    return std::to_string(d) + " " + months[m - 1] + " " + std::to_string(y);
}

long long epoch_seconds(const std::string& iso) {
    int y = 0, m = 0, d = 0;
    if (!parse_iso(iso, y, m, d)) return -1;
    // Days from civil (proleptic Gregorian), after Howard Hinnant's algorithm.
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (era * 146097 + doe - 719468) * 86400;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? separator : "") + parts[i];
    return out;
}

}  // namespace icbgen::workbook

#include "interchange/external_period.h"

#include <cctype>
#include <regex>

#include "data/iso_date.h"
#include "data/period.h"

namespace icbgen {

namespace {

// 1..12 for "Jan".."Dec" or a full month name (any case); 0 otherwise.
int month_number(const std::string& word) {
    std::string w;
    for (char c : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (int m = 1; m <= 12; ++m) {
        std::string full = month_name(m);
        for (auto& c : full) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (w == full || w == full.substr(0, 3)) return m;
    }
    return 0;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// The text when icbgen reads it as a period, else nullopt.
std::optional<std::string> checked(const std::string& text) {
    auto p = parse_period(text);
    if (!p) return std::nullopt;
    return p->text;
}

// "YYYY-MM" when icbgen reads it as that month: not for the few months it reads as a span of
// years instead (2011-12 is 2011 to 2012), which it cannot represent.
std::optional<std::string> month_text(const std::string& year, int month) {
    std::string text = year + "-" + two(month);
    auto p = parse_period(text);
    if (!p || p->kind != Period::Kind::month) return std::nullopt;
    return p->text;
}

std::string trimmed(std::string_view raw) {
    std::string t(raw);
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
    std::size_t s = 0;
    while (s < t.size() && std::isspace(static_cast<unsigned char>(t[s]))) ++s;
    return t.substr(s);
}

}  // namespace

std::optional<std::string> fingertips_period(std::string_view raw) {
    std::string t = trimmed(raw);
    static const std::regex year(R"(\d{4})");
    static const std::regex financial(R"(\d{4}/\d{2})");
    static const std::regex quarter(R"(\d{4}(/\d{2})? Q[1-4])");
    static const std::regex span(R"((\d{4}) - (\d{2}))");
    static const std::regex pooled(R"((\d{4})/(\d{2}) - (\d{2})/(\d{2}))");
    static const std::regex month(R"(([A-Za-z]{3,9}) (\d{4}))");
    std::smatch m;
    if (std::regex_match(t, year) || std::regex_match(t, financial) || std::regex_match(t, quarter))
        return checked(t);
    if (std::regex_match(t, m, span)) {
        std::string text = m[1].str() + "-" + m[2].str();
        auto p = parse_period(text);
        if (!p || p->kind != Period::Kind::span) return std::nullopt;
        return p->text;
    }
    if (std::regex_match(t, m, pooled)) {
        int first = std::stoi(m[1].str());
        int last_end = std::stoi(m[4].str());
        int century = first / 100 * 100;
        int end_year = century + last_end;
        if (end_year <= first) end_year += 100;
        // Each part must be a financial year (2018/19), the last one ending after the first.
        if ((first + 1) % 100 != std::stoi(m[2].str())) return std::nullopt;
        if ((std::stoi(m[3].str()) + 1) % 100 != last_end) return std::nullopt;
        return checked(std::to_string(first) + "-04.." + std::to_string(end_year) + "-03");
    }
    if (std::regex_match(t, m, month)) {
        int mo = month_number(m[1].str());
        if (mo == 0) return std::nullopt;
        return month_text(m[2].str(), mo);
    }
    return std::nullopt;
}

std::optional<std::string> oversight_period(std::string_view raw) {
    std::string t = trimmed(raw);
    static const std::regex short_year(R"(([A-Za-z]{3})-(\d{2}))");
    static const std::regex long_year(R"(([A-Za-z]{3})-(\d{4}))");
    std::smatch m;
    std::string year;
    if (std::regex_match(t, m, short_year))
        year = "20" + m[2].str();
    else if (std::regex_match(t, m, long_year))
        year = m[2].str();
    else
        return std::nullopt;
    int mo = month_number(m[1].str());
    if (mo == 0) return std::nullopt;
    return month_text(year, mo);
}

std::optional<std::string> open_sdg_period(std::string_view raw) { return checked(trimmed(raw)); }

}  // namespace icbgen

namespace icbgen {
const char* period_forms_hint() {
    return "icbgen represents years, financial years, quarters, months, spans of years "
           "(2019-21) and windows of months; leave the row out (--area, --sex, --age) or "
           "correct it in the downloaded file (docs/IMPORTING.md lists the forms it maps)";
}
}  // namespace icbgen

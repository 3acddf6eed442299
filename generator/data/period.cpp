#include "data/period.h"

#include <cmath>
#include <regex>

#include "data/iso_date.h"

namespace icbgen {

namespace {
int to_int(const std::string& s) { return std::stoi(s); }
bool valid_year(int y) { return y >= 1900 && y <= 2200; }
}  // namespace

const char* period_forms() {
    return "use a year (2023), financial year (2021/22), quarter (2023/24 Q1 or 2023 Q1), month "
           "(2023-05), date (2023-05-17), span (2019-21) or window (2019-04..2022-10)";
}

std::optional<Period> parse_period(std::string_view raw) {
    std::string t(raw);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.erase(t.begin());
    if (t.empty() || t.size() > 32) return std::nullopt;
    static const std::regex year(R"((\d{4}))");
    static const std::regex fin(R"((\d{4})/(\d{2}))");
    static const std::regex fq(R"((\d{4})/(\d{2}) Q([1-4]))");
    static const std::regex cq(R"((\d{4}) Q([1-4]))");
    static const std::regex month(R"((\d{4})-(\d{2}))");
    static const std::regex day(R"((\d{4})-(\d{2})-(\d{2}))");
    static const std::regex window(R"((\d{4})-(\d{2})\.\.(\d{4})-(\d{2}))");
    std::smatch m;
    Period p;
    p.text = t;
    if (std::regex_match(t, m, year)) {
        int y = to_int(m[1]);
        if (!valid_year(y)) return std::nullopt;
        p.kind = Period::Kind::year, p.start = y, p.end = y + 1;
        return p;
    }
    if (std::regex_match(t, m, fq)) {
        int y = to_int(m[1]), y2 = to_int(m[2]), q = to_int(m[3]);
        if (!valid_year(y) || (y + 1) % 100 != y2) return std::nullopt;
        p.kind = Period::Kind::quarter;
        p.start = y + 0.25 + (q - 1) * 0.25, p.end = p.start + 0.25;
        return p;
    }
    if (std::regex_match(t, m, fin)) {
        int y = to_int(m[1]), y2 = to_int(m[2]);
        if (!valid_year(y) || (y + 1) % 100 != y2) return std::nullopt;
        p.kind = Period::Kind::financial_year, p.start = y + 0.25, p.end = y + 1.25;
        return p;
    }
    if (std::regex_match(t, m, cq)) {
        int y = to_int(m[1]), q = to_int(m[2]);
        if (!valid_year(y)) return std::nullopt;
        p.kind = Period::Kind::quarter, p.start = y + (q - 1) * 0.25, p.end = p.start + 0.25;
        return p;
    }
    if (std::regex_match(t, m, window)) {
        int y1 = to_int(m[1]), m1 = to_int(m[2]), y2 = to_int(m[3]), m2 = to_int(m[4]);
        if (!valid_year(y1) || !valid_year(y2) || m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12)
            return std::nullopt;
        p.kind = Period::Kind::window;
        p.start = y1 + (m1 - 1) / 12.0, p.end = y2 + m2 / 12.0;
        if (p.end <= p.start) return std::nullopt;
        return p;
    }
    if (std::regex_match(t, m, day)) {
        int y = to_int(m[1]), mo = to_int(m[2]), d = to_int(m[3]);
        if (!valid_year(y) || !parse_iso_date(t)) return std::nullopt;  // 30 February is none
        p.kind = Period::Kind::day;
        p.start = y + (mo - 1) / 12.0 + (d - 1) / 365.0, p.end = p.start + 1 / 365.0;
        return p;
    }
    if (std::regex_match(t, m, month)) {
        // YYYY-NN is a span (2019-21) when NN is one to three years after YYYY, otherwise a
        // month (2023-05). 2011-12 therefore reads as the span 2011 to 2012.
        int y = to_int(m[1]), nn = to_int(m[2]);
        if (!valid_year(y)) return std::nullopt;
        int yy = y % 100;
        int gap = (nn - yy + 100) % 100;
        if (gap >= 1 && gap <= 3) {
            p.kind = Period::Kind::span, p.start = y, p.end = y + gap + 1;
            return p;
        }
        if (nn < 1 || nn > 12) return std::nullopt;
        p.kind = Period::Kind::month, p.start = y + (nn - 1) / 12.0, p.end = p.start + 1 / 12.0;
        return p;
    }
    return std::nullopt;
}

IsoDate period_last_day(const Period& period) {
    if (period.kind == Period::Kind::day)
        if (auto d = parse_iso_date(period.text)) return *d;
    // Every other kind ends on a month boundary: `end` (exclusive) is a whole number of months.
    long long months = std::llround(period.end * 12) - 1;  // the last month covered
    int year = static_cast<int>(months / 12), month = static_cast<int>(months % 12) + 1;
    return {year, month, days_in_month(year, month)};
}

}  // namespace icbgen

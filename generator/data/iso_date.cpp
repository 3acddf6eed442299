#include "data/iso_date.h"

#include <chrono>

namespace icbgen {

namespace {

bool digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int number(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

std::chrono::year_month_day civil(const IsoDate& d) {
    return std::chrono::year{d.year} / std::chrono::month{static_cast<unsigned>(d.month)} /
           std::chrono::day{static_cast<unsigned>(d.day)};
}

}  // namespace

std::optional<IsoDate> parse_iso_month(std::string_view t) {
    if (t.size() != 7 || t[4] != '-' || !digits(t.substr(0, 4)) || !digits(t.substr(5, 2)))
        return std::nullopt;
    IsoDate d{number(t.substr(0, 4)), number(t.substr(5, 2)), 0};
    if (d.month < 1 || d.month > 12) return std::nullopt;
    return d;
}

std::optional<IsoDate> parse_iso_date(std::string_view t) {
    if (t.size() != 10 || t[7] != '-' || !digits(t.substr(8, 2))) return std::nullopt;
    auto d = parse_iso_month(t.substr(0, 7));
    if (!d) return std::nullopt;
    d->day = number(t.substr(8, 2));
    if (d->day < 1 || !civil(*d).ok()) return std::nullopt;
    return d;
}

long long epoch_seconds(const IsoDate& date) {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::sys_days{civil(date)}.time_since_epoch())
        .count();
}

IsoDate add_days(const IsoDate& date, long long days) {
    // Days since 1970-01-01 back to a civil date (Howard Hinnant's civil_from_days).
    long long z = epoch_seconds(date) / 86400 + days + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d};
}

std::optional<long long> epoch_seconds(std::string_view iso) {
    auto d = parse_iso_date(iso);
    if (!d) return std::nullopt;
    return epoch_seconds(*d);
}

int weekday(const IsoDate& date) {
    return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{civil(date)}}.c_encoding());
}

const char* month_name(int month) {
    static const char* const names[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
    return month >= 1 && month <= 12 ? names[month - 1] : "";
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

std::optional<std::string> impossible_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    auto number = [&](std::size_t at, std::size_t len) {
        int n = 0;
        for (std::size_t i = at; i < at + len; ++i) n = n * 10 + (text[i] - '0');
        return n;
    };
    int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (month < 1 || month > 12) return "there is no month " + std::to_string(month);
    int days = days_in_month(year, month);
    std::string month_year = std::string(month_name(month)) + " " + std::to_string(year);
    if (day == 0) return "there is no day 0";
    if (day <= days) return std::nullopt;
    if (month == 2 && day == 29)
        return std::to_string(year) + " is not a leap year, so " + month_year + " has 28 days";
    return month_year + " has " + std::to_string(days) + " days";
}

}  // namespace icbgen

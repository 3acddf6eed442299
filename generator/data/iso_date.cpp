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

std::optional<long long> epoch_seconds(std::string_view iso) {
    auto d = parse_iso_date(iso);
    if (!d) return std::nullopt;
    return epoch_seconds(*d);
}

int weekday(const IsoDate& date) {
    return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{civil(date)}}.c_encoding());
}

}  // namespace icbgen

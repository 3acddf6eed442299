#pragma once
// Calendar dates written YYYY-MM-DD (ISO 8601), as content and data give them. The one parser
// of such dates: every stage that reads one asks it, so an impossible date (30 February, 29
// February of a common year, month 13) is refused everywhere alike. Writing a date for people
// is format/date_format.h's job.
#include <optional>
#include <string>
#include <string_view>

namespace icbgen {

struct IsoDate {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31, valid for the month and year
    bool operator==(const IsoDate&) const = default;
};

// Exactly YYYY-MM-DD and a real day of the proleptic Gregorian calendar; nullopt otherwise
// (no surrounding spaces, no other forms).
std::optional<IsoDate> parse_iso_date(std::string_view text);

// Exactly YYYY-MM with a month 01..12, as a month of a year: nullopt otherwise.
std::optional<IsoDate> parse_iso_month(std::string_view text);  // day is 0

// Seconds from 1970-01-01T00:00Z to midnight UTC at the start of the date.
long long epoch_seconds(const IsoDate& date);
// The same for text: nullopt when the text is not a date parse_iso_date accepts.
std::optional<long long> epoch_seconds(std::string_view iso);

// The date `days` days after `date` (before it when negative).
IsoDate add_days(const IsoDate& date, long long days);
// 0 for Sunday ... 6 for Saturday.
int weekday(const IsoDate& date);

// "January" for 1 ... "December" for 12; "" outside 1..12. (Dates for people are written by
// format/date_format.h, which uses these names.)
const char* month_name(int month);

bool is_leap_year(int year);
// Days in a month (1..12) of a year; 0 for a month outside 1..12.
int days_in_month(int year, int month);

// For text of the form YYYY-MM-DD that names no day of the calendar (the text
// parse_iso_date refuses though it has the form), what is wrong, in plain words: "February
// 2023 has 28 days", "there is no month 13". nullopt for a real day, and for text of any other
// form (malformed dates are reported by their schema or parser). The loader (content/), the
// CSV reader and the meeting builder report `date-impossible` with it.
std::optional<std::string> impossible_date(std::string_view text);

}  // namespace icbgen

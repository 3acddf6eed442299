#pragma once
// Whether a date written YYYY-MM-DD is a real day of the calendar: 30 February and 29 February
// of a year that is not a leap year look like dates but are none. The loader (content/), the
// period parser and the meeting builder all ask here.
#include <optional>
#include <string>
#include <string_view>

namespace icbgen {

bool is_leap_year(int year);
// Days in a month (1..12) of a year; 0 for a month outside 1..12.
int days_in_month(int year, int month);

// For text of the form YYYY-MM-DD that names no day of the calendar, what is wrong, in plain
// words: "February 2023 has 28 days", "there is no month 13". nullopt for a real day, and for
// text of any other form (malformed dates are reported by their schema or parser).
std::optional<std::string> impossible_date(std::string_view text);

}  // namespace icbgen

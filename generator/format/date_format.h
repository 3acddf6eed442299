#pragma once
// Dates as people read them: "24 July 2023", "Monday 24 July 2023", "July 2023". Dates are
// parsed only by data/iso_date.h.
#include <string>
#include <string_view>

#include "data/iso_date.h"

namespace icbgen {

// month_name(), the months' names, is in data/iso_date.h: the calendar's explanations of
// impossible dates need them before this stage.

// "24 July 2023".
std::string long_date(const IsoDate& date);
// "Monday 24 July 2023".
std::string day_date(const IsoDate& date);

// Text from content, written for people: "2023-07-24" -> "24 July 2023", "2023-07" ->
// "July 2023". Anything else, an impossible date such as 2023-02-30 included, is returned
// unchanged (the checks report it).
std::string date_words(std::string_view text);
// "2023-07-24" -> "Monday 24 July 2023"; anything else as date_words.
std::string day_date_words(std::string_view text);

}  // namespace icbgen

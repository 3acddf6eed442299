#pragma once
// Dates and times for machines: RFC 3339 for the Atom feed and the data package, and RFC 5545
// (iCalendar) dates and local date-times for the calendars. Dates for people are
// date_format.h's.
#include <string>

#include "data/iso_date.h"

namespace icbgen {

// "2023-07-24T00:00:00Z": midnight UTC at the start of the date.
std::string rfc3339(const IsoDate& date);
// "20230724"
std::string ical_date(const IsoDate& date);
// "20230724T150000" for 15:00 on the date; minutes past midnight of the next day (1470 is
// 00:30) move to that day.
std::string ical_date_time(const IsoDate& date, int minutes);

}  // namespace icbgen

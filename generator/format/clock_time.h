#pragma once
// Times of day on the 24-hour clock, as agendas, packs and checks write them.
#include <string>

namespace icbgen {

// Minutes after the midnight that starts the meeting's day, written HH:MM: 0 -> "00:00",
// 720 -> "12:00", 1439 -> "23:59". A time reached by running past midnight says so, since
// a clock never reads 24:30: 1440 -> "00:00 the next day", 1470 -> "00:30 the next day",
// 2 * 1440 + 5 -> "00:05, 2 days later"; before midnight, -30 -> "23:30 the day before".
std::string clock_time(int minutes);

// "15:00 to 17:00".
std::string clock_range(int start_minutes, int end_minutes);

}  // namespace icbgen

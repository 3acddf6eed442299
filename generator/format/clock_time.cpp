#include "format/clock_time.h"

#include <cstdio>

namespace icbgen {

std::string clock_time(int minutes) {
    constexpr int kDay = 24 * 60;
    int days = minutes >= 0 ? minutes / kDay : -((kDay - 1 - minutes) / kDay);
    int in_day = minutes - days * kDay;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", in_day / 60, in_day % 60);
    std::string out = buf;
    if (days == 1) return out + " the next day";
    if (days == -1) return out + " the day before";
    if (days > 1) return out + ", " + std::to_string(days) + " days later";
    if (days < -1) return out + ", " + std::to_string(-days) + " days before";
    return out;
}

std::string clock_range(int start_minutes, int end_minutes) {
    return clock_time(start_minutes) + " to " + clock_time(end_minutes);
}

}  // namespace icbgen

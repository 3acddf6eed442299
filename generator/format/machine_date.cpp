#include "format/machine_date.h"

#include <cstdio>

namespace icbgen {

std::string rfc3339(const IsoDate& date) {
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT00:00:00Z", date.year, date.month, date.day);
    return out;
}

std::string ical_date(const IsoDate& date) {
    char out[16];
    std::snprintf(out, sizeof out, "%04d%02d%02d", date.year, date.month, date.day);
    return out;
}

std::string ical_date_time(const IsoDate& date, int minutes) {
    int days = minutes >= 0 ? minutes / 1440 : -((1439 - minutes) / 1440);
    int within = minutes - days * 1440;
    char time[16];
    std::snprintf(time, sizeof time, "T%02d%02d00", within / 60, within % 60);
    return ical_date(add_days(date, days)) + time;
}

}  // namespace icbgen

#include "format/date_format.h"

namespace icbgen {

std::string long_date(const IsoDate& d) {
    return std::to_string(d.day) + " " + month_name(d.month) + " " + std::to_string(d.year);
}

std::string day_date(const IsoDate& d) {
    static const char* const days[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                       "Thursday", "Friday", "Saturday"};
    return std::string(days[weekday(d)]) + " " + long_date(d);
}

std::string date_words(std::string_view text) {
    if (auto d = parse_iso_date(text)) return long_date(*d);
    if (auto m = parse_iso_month(text))
        return std::string(month_name(m->month)) + " " + std::to_string(m->year);
    return std::string(text);
}

std::string day_date_words(std::string_view text) {
    if (auto d = parse_iso_date(text)) return day_date(*d);
    return date_words(text);
}

}  // namespace icbgen

#include "render/site/value_format.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace icbgen {

std::string format_number(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals < 0 ? 2 : decimals, std::fabs(value));
    std::string s = buf;
    if (decimals < 0 && s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    std::string whole = s.substr(0, s.find('.'));
    std::string rest = s.substr(whole.size());
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
        grouped += whole[i];
    }
    bool zero = grouped.find_first_not_of("0,") == std::string::npos &&
                rest.find_first_not_of(".0") == std::string::npos;
    return (value < 0 && !zero ? "-" : "") + grouped + rest;
}

std::string format_value(double value, const std::string& unit, int decimals) {
    std::string n = format_number(value, decimals);
    if (unit == "percent") return n + "%";
    // A change says which way it went: "+10.1%", "-3.2 percentage points".
    bool rise = value > 0 && n.find_first_not_of("0.,") != std::string::npos;
    if (unit == "percent-change") return (rise ? "+" : "") + n + "%";
    if (unit == "percentage-points")
        return (rise ? "+" : "") + n + (n == "1" ? " percentage point" : " percentage points");
    if (unit.rfind("rate-per-", 0) == 0) {
        std::string per = unit.substr(9);
        bool digits = !per.empty() && per.find_first_not_of("0123456789") == std::string::npos;
        return digits ? n + " per " + format_number(std::stod(per)) : n;
    }
    if (unit == "gbp") return (value < 0 ? "-£" + n.substr(1) : "£" + n);
    if (unit == "days" || unit == "weeks" || unit == "minutes" || unit == "years")
        return n + " " + (n == "1" ? unit.substr(0, unit.size() - 1) : unit);
    return n;
}

std::string unit_words(const std::string& unit) {
    if (unit == "percent") return "per cent";
    if (unit == "percent-change") return "per cent change";
    if (unit == "percentage-points") return "percentage points";
    if (unit.rfind("rate-per-", 0) == 0) return "rate " + format_value(0, unit).substr(2);
    if (unit == "gbp") return "pounds";
    return unit;
}

std::string humanise(const std::string& code) {
    std::string out = code;
    for (char& c : out)
        if (c == '-' || c == '_') c = ' ';
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string format_date(const std::string& iso) {
    static const char* const months[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
    auto digits = [&](std::size_t from, std::size_t n) {
        if (iso.size() < from + n) return false;
        for (std::size_t i = from; i < from + n; ++i)
            if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return false;
        return true;
    };
    if (!digits(0, 4) || iso.size() < 7 || iso[4] != '-' || !digits(5, 2)) return iso;
    int month = std::stoi(iso.substr(5, 2));
    if (month < 1 || month > 12) return iso;
    std::string my = std::string(months[month - 1]) + " " + iso.substr(0, 4);
    if (iso.size() == 7) return my;
    if (iso.size() == 10 && iso[7] == '-' && digits(8, 2))
        return std::to_string(std::stoi(iso.substr(8, 2))) + " " + my;
    return iso;
}

std::string format_clock(int minutes) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
    return buf;
}

}  // namespace icbgen

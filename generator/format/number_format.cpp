#include "format/number_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace icbgen {

namespace {

std::string trim_zeros(std::string s) {
    if (s.find('.') == std::string::npos) return s;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

std::string format_number(double value, int decimals) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.*f", decimals < 0 ? 2 : decimals, std::fabs(value));
    std::string s = decimals < 0 ? trim_zeros(buf) : std::string(buf);
    std::string whole = s.substr(0, s.find('.'));
    std::string rest = s.substr(whole.size());
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
        grouped += whole[i];
    }
    bool zero = whole.find_first_not_of('0') == std::string::npos &&
                rest.find_first_not_of(".0") == std::string::npos;
    return (value < 0 && !zero ? "-" : "") + grouped + rest;
}

std::string format_percent(double fraction, int decimals) {
    return format_number(fraction * 100, decimals) + "%";
}

std::string plain_number(double value, int decimals) {
    char buf[400];
    auto r = decimals >= 0
                 ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals)
                 : std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    return std::string(buf, r.ptr);
}

std::string significant_number(double value, int digits) {
    if (value == 0 || !std::isfinite(value)) return plain_number(value, 0);
    int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    int decimals = std::max(0, digits - 1 - magnitude);
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string s = trim_zeros(buf);
    return s == "-0" ? "0" : s;
}

int decimals_of(double value) {
    for (int d = 0; d < 6; ++d) {
        double scaled = value * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled)))
            return d;
    }
    return 6;
}

}  // namespace icbgen

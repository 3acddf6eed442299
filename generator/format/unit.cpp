#include "format/unit.h"

#include "format/number_format.h"
#include "format/words.h"

namespace icbgen {

namespace {

bool whole_number(const std::string& s) {
    return !s.empty() && s.size() <= 9 && s.find_first_not_of("0123456789") == std::string::npos &&
           s.find_first_not_of('0') != std::string::npos;
}

Unit plain(const std::string& code, const std::string& words, const std::string& label) {
    Unit u;
    u.code.assign(code);
    u.words = words, u.label = label;
    return u;
}

// days, weeks, minutes, years: "12 days", "1 day".
Unit counted(const std::string& code) {
    Unit u = plain(code, code, code);
    u.suffix = " " + code;
    u.singular_suffix = " " + code.substr(0, code.size() - 1);
    return u;
}

}  // namespace

std::string Unit::title() const { return humanise(words); }

Unit unit_of(const std::string& code) {
    if (code == "percent") {
        Unit u = plain(code, "per cent", "%");
        u.suffix = "%", u.percentage = true, u.scale = 100;
        return u;
    }
    if (code == "percent-change") {  // a relative change: "+10.1%" more people than before
        Unit u = plain(code, "per cent change", "% change");
        u.suffix = "%", u.change = true, u.minimum = -100;
        return u;
    }
    if (code == "percentage-points") {  // a change in a percentage: "-3.2 percentage points"
        Unit u = plain(code, "percentage points", "percentage points");
        u.suffix = " percentage points", u.singular_suffix = " percentage point";
        u.change = true, u.minimum = -100;
        return u;
    }
    if (code.rfind("rate-per-", 0) == 0 && whole_number(code.substr(9))) {
        double per = std::stod(code.substr(9));
        std::string base = "per " + format_number(per);
        Unit u = plain(code, "rate " + base, base);
        u.suffix = " " + base, u.scale = per, u.never_negative = true;
        return u;
    }
    if (code == "gbp") {
        Unit u = plain(code, "pounds", "£");
        u.prefix = "£", u.never_negative = true;
        return u;
    }
    if (code == "days" || code == "weeks" || code == "minutes" || code == "years")
        return counted(code);
    if (code == "count" || code.empty()) {
        Unit u = plain(code, "number", "number");
        u.never_negative = code == "count";
        return u;
    }
    if (code == "ratio" || code == "score") return plain(code, code, code);
    Unit u = plain(code, code, code);
    u.suffix = " " + code;
    return u;
}

std::string format_value(double value, const std::string& code, int decimals) {
    Unit u = unit_of(code);
    std::string n = format_number(value, decimals);
    bool minus = !n.empty() && n.front() == '-';
    if (minus) n.erase(0, 1);
    const std::string& suffix =
        n == "1" && !u.singular_suffix.empty() ? u.singular_suffix : u.suffix;
    bool rise = u.change && !minus && n.find_first_not_of("0.,") != std::string::npos;
    return (minus ? "-" : rise ? "+" : "") + u.prefix + n + suffix;
}

}  // namespace icbgen

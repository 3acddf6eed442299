#pragma once
// The unit vocabulary, in one place: what each unit a metric or outcome may give (schemas/
// metric.schema.json lists the metric units) is called, how a value in it is written, and
// whether it is a percentage. The site, the packs, the workbooks, the progress explanations
// and the data checks all ask unit_of rather than testing unit codes themselves.
#include <string>

namespace icbgen {

struct Unit {
    std::string code;    // as written in content: "percent", "rate-per-1000", "gbp", ...
    std::string words;   // in a sentence or heading: "per cent", "rate per 1,000", "pounds"
    std::string label;   // in a unit column: "%", "per 1,000", "£", "number", "days"
    std::string prefix;  // written before the number: "£"
    std::string suffix;  // after it: "%", " per 1,000", " days"
    std::string singular_suffix;  // after the number 1: " day"; empty when the same
    bool percentage = false;      // a share of 100: 0 to 100, changes in percentage points
    bool never_negative = false;  // counts, money and rates: a negative value is a mistake
    double scale = 1;             // what a numerator over a denominator is multiplied by
    bool change = false;  // a change, written with its sign: "+10.1%", "-3.2 percentage points"
    double minimum = 0;   // for a change: the least it can be (-100 for a per cent change)

    // Words with a capital, for a chart axis or a "Unit" fact: "Per cent", "Rate per 1,000".
    std::string title() const;
};

// The unit of a code. Known codes: percent, percent-change, percentage-points, rate-per-<N>
// (any whole N), count, gbp, days, weeks, minutes, years, ratio, score; "" reads as count. Any
// other code is a unit named in the content's own words, written after the number ("12 beds").
Unit unit_of(const std::string& code);

// A value with its unit for people: "52.1%", "4.12 per 1,000", "£162", "-£5", "1 day",
// "12 days", "15,385"; a change carries its sign: "+10.1%", "-3.2 percentage points". `decimals` as
// format_number.
std::string format_value(double value, const std::string& unit, int decimals = -1);

}  // namespace icbgen

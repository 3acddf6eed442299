#pragma once
// Numbers, units and dates as the website writes them: "52.1%", "4.12 per 1,000", "£166,000",
// "24 July 2023".
#include <optional>
#include <string>

namespace icbgen {

// `decimals` < 0 means "as few as needed, at most two".
std::string format_number(double value, int decimals = -1);
// A value with its unit: percent "52.1%", rate-per-1000 "4.12 per 1,000", gbp "£162",
// days "12 days", count "15,385"; a change carries its sign: percent-change "+10.1%",
// percentage-points "-3.2 percentage points".
std::string format_value(double value, const std::string& unit, int decimals = -1);
// The unit in words, for table headings and chart axes: "per cent", "rate per 1,000", ...
std::string unit_words(const std::string& unit);
// "higher-is-better" -> "Higher is better"; also kinds, frequencies and statuses.
std::string humanise(const std::string& code);
// "2023-07-24" -> "24 July 2023"; "2023-07" -> "July 2023"; anything else unchanged.
std::string format_date(const std::string& iso);
// Minutes since midnight as "15:00".
std::string format_clock(int minutes);

}  // namespace icbgen

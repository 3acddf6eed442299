#pragma once
// Numbers as icbgen writes them. For people (pages, packs, workbook text): thousands
// separators, a minus only when the rounded number is not zero ("52.1", "29,000,000", "-3").
// For machines (CSV and JSON downloads, diagnostics quoting a file): plain_number.
#include <string>

namespace icbgen {

// decimals < 0: as few as needed, at most two ("52.1", "4.12", "7"); otherwise exactly that
// many places ("52.10"). Rounded as printf rounds; "-0" is never written.
inline constexpr int kFewestDecimals = -1;
std::string format_number(double value, int decimals = kFewestDecimals);

// A fraction as a percentage for people: 0.8 -> "80%", 0.005 -> "0.5%" (decimals as above).
std::string format_percent(double fraction, int decimals = kFewestDecimals);

// A number as a machine reads it: no separators; `decimals` places when >= 0 (as written in
// the input), else the shortest form that reads back exactly ("0.1", "1234.5678"), never
// in exponent notation ("29000000", not "2.9e+07").
std::string plain_number(double value, int decimals = kFewestDecimals);

// A computed number to `digits` significant digits, without separators or exponent, trailing
// zeros dropped: (89.2857, 4) -> "89.29", (0.655, 4) -> "0.655", (123456, 4) -> "123456".
std::string significant_number(double value, int digits);

// The fewest decimal places (up to 6) that show `value` exactly as stored.
int decimals_of(double value);

}  // namespace icbgen

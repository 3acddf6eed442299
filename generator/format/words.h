#pragma once
// Codes and lists written as words: "higher-is-better" -> "Higher is better"; "a, b or c".
#include <string>
#include <vector>

namespace icbgen {

// A code for people: hyphens and underscores become spaces, the first letter a capital.
// "higher-is-better" -> "Higher is better"; also kinds, frequencies, statuses and units.
std::string humanise(const std::string& code);

// The parts with `separator` between them: ({"a", "b", "c"}, "; ") -> "a; b; c".
std::string join(const std::vector<std::string>& parts, const std::string& separator);

// The same with `last` before the last part: ({"a", "b", "c"}, ", ", " or ") -> "a, b or c".
std::string join(const std::vector<std::string>& parts, const std::string& separator,
                 const std::string& last);

}  // namespace icbgen

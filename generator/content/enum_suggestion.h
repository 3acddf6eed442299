#pragma once
// "Did you mean" for a value that is not one of a field's allowed values: the same word in
// another case, a common way of writing it ("%" for percent, "yearly" for annual), or the
// nearest allowed value by edit distance.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace icbgen {

std::optional<std::string> enum_suggestion(std::string_view value,
                                           const std::vector<std::string>& allowed);

}  // namespace icbgen

#include "format/words.h"

#include <cctype>

namespace icbgen {

std::string humanise(const std::string& code) {
    std::string out = code;
    for (char& c : out)
        if (c == '-' || c == '_') c = ' ';
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    return join(parts, separator, separator);
}

std::string join(const std::vector<std::string>& parts, const std::string& separator,
                 const std::string& last) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : i + 1 == parts.size() ? last : separator) + parts[i];
    return out;
}

}  // namespace icbgen

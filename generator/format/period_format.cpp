#include "format/period_format.h"

#include "format/date_format.h"

namespace icbgen {

std::string period_words(const Period& p) {
    const std::string& t = p.text;
    switch (p.kind) {
        case Period::Kind::window: {
            std::size_t to = t.find("..") + 2;
            return date_words(std::string_view(t).substr(0, 7)) + " to " +
                   date_words(std::string_view(t).substr(to, 7));
        }
        case Period::Kind::month:
        case Period::Kind::day: return date_words(t);
        case Period::Kind::span:
            return t.substr(0, 4) + " to " + std::to_string(static_cast<int>(p.end) - 1);
        default: return t;
    }
}

std::string period_words(std::string_view text) {
    auto p = parse_period(text);
    return p ? period_words(*p) : std::string(text);
}

}  // namespace icbgen

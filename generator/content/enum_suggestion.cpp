#include "content/enum_suggestion.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace icbgen {

namespace {

struct Alias {
    const char* written;  // lower case, single spaces
    const char* means;    // an allowed value, suggested only where the field allows it
};

// Ways editors write allowed values that edit distance cannot reach.
constexpr Alias kAliases[] = {
    {"%", "percent"},
    {"per cent", "percent"},
    {"percentage", "percent"},
    {"pct", "percent"},
    {"percentage points", "percentage-points"},
    {"percentage point", "percentage-points"},
    {"% points", "percentage-points"},
    {"pp", "percentage-points"},
    {"% change", "percent-change"},
    {"percentage change", "percent-change"},
    {"per cent change", "percent-change"},
    {"change %", "percent-change"},
    {"£", "gbp"},
    {"pounds", "gbp"},
    {"£m", "gbp"},
    {"number", "count"},
    {"n", "count"},
    {"per 1000", "rate-per-1000"},
    {"per 1,000", "rate-per-1000"},
    {"rate per 1000", "rate-per-1000"},
    {"rate per 1,000", "rate-per-1000"},
    {"per 100000", "rate-per-100000"},
    {"per 100,000", "rate-per-100000"},
    {"rate per 100000", "rate-per-100000"},
    {"rate per 100,000", "rate-per-100000"},
    {"per 100k", "rate-per-100000"},
    {"mins", "minutes"},
    {"higher", "higher-is-better"},
    {"high", "higher-is-better"},
    {"up", "higher-is-better"},
    {"increase", "higher-is-better"},
    {"lower", "lower-is-better"},
    {"low", "lower-is-better"},
    {"down", "lower-is-better"},
    {"decrease", "lower-is-better"},
    {"yearly", "annual"},
    {"annually", "annual"},
    {"year", "annual"},
    {"month", "monthly"},
    {"quarter", "quarterly"},
    {"once", "one-off"},
    {"approved", "agreed"},
    {"for information", "information"},
    {"info", "information"},
    {"noting", "information"},
    {"note", "information"},
    {"for discussion", "discussion"},
    {"discuss", "discussion"},
    {"for decision", "decision"},
    {"decide", "decision"},
    {"approval", "decision"},
    {"approve", "decision"},
    {"part 1", "public"},
    {"part i", "public"},
    {"open", "public"},
    {"part 2", "private"},
    {"part ii", "private"},
    {"confidential", "private"},
    {"closed", "private"},
    {"complete", "done"},
    {"completed", "done"},
    {"closed", "done"},
    {"ongoing", "in-progress"},
    {"in progress", "in-progress"},
};

// Lower case, trimmed, runs of spaces, hyphens and underscores as one space.
std::string normalise(std::string_view value) {
    std::string out;
    for (char c : value) {
        bool gap = c == ' ' || c == '-' || c == '_' || c == '\t';
        if (gap) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool allows(const std::vector<std::string>& allowed, const std::string& value) {
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

}  // namespace

std::optional<std::string> enum_suggestion(std::string_view value,
                                           const std::vector<std::string>& allowed) {
    std::string plain = normalise(value);
    for (const auto& a : allowed)
        if (normalise(a) == plain) return a;
    for (const auto& alias : kAliases)
        if (plain == alias.written && allows(allowed, alias.means)) return std::string(alias.means);
    return nearest(value, allowed);
}

}  // namespace icbgen

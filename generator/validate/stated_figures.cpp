#include "validate/stated_figures.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <mutex>
#include <regex>

namespace icbgen {

namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool letter(char c) {
    // ASCII letters, and any byte of a UTF-8 letter (accented Latin, Greek...) counts too.
    return std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Whether `text` continues at `at` with `word` (ASCII, any case) ending at a word boundary.
bool word_at(std::string_view text, std::size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (lower(text[at + k]) != word[k]) return false;
    std::size_t end = at + word.size();
    return end == text.size() || !letter(text[end]);
}

// The length of `candidates`' first word found at `at`, or 0.
std::size_t one_of(std::string_view text, std::size_t at,
                   std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (word_at(text, at, w)) return w.size();
    return 0;
}

// Digits with optional thousands groups ("15,385") and decimals; returns its end.
std::size_t number_end(std::string_view text, std::size_t i, int& decimals, bool& grouped) {
    std::size_t j = i;
    while (j < text.size() && digit(text[j])) ++j;
    decimals = 0;
    grouped = false;
    while (j - i <= 3 || grouped) {
        if (j + 3 < text.size() && text[j] == ',' && digit(text[j + 1]) && digit(text[j + 2]) &&
            digit(text[j + 3]) && (j + 4 == text.size() || !digit(text[j + 4]))) {
            j += 4;
            grouped = true;
        } else {
            break;
        }
    }
    if (j + 1 < text.size() && text[j] == '.' && digit(text[j + 1])) {
        std::size_t k = j + 1;
        while (k < text.size() && digit(text[k])) ++k;
        decimals = static_cast<int>(k - j - 1);
        j = k;
    }
    return j;
}

double to_number(std::string_view digits) {
    std::string clean;
    for (char c : digits)
        if (c != ',') clean += c;
    return std::strtod(clean.c_str(), nullptr);
}

// The word just before `at` (skipping spaces), in lower case.
std::string word_before(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
    std::string w;
    for (std::size_t k = start; k < end; ++k) w += lower(text[k]);
    return w;
}

bool pound_sign_before(std::string_view text, std::size_t at) {
    return at >= 2 && text.substr(at - 2, 2) == "\xC2\xA3";
}

// The character before `at` (decoded from UTF-8) and where it starts.
char32_t char_before(std::string_view text, std::size_t at, std::size_t& start) {
    start = at;
    if (at == 0) return U' ';
    start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    auto b = [&](std::size_t k) {
        return static_cast<char32_t>(static_cast<unsigned char>(text[k]));
    };
    std::size_t len = at - start;
    if (len == 1) return b(start);
    if (len == 2) return ((b(start) & 0x1F) << 6) | (b(start + 1) & 0x3F);
    if (len == 3)
        return ((b(start) & 0x0F) << 12) | ((b(start + 1) & 0x3F) << 6) | (b(start + 2) & 0x3F);
    return U'?';
}

// Whether the number starting at `at` continues a word ("Core20", "P1"), a decimal or a
// period ("2021/22"), or ends a range ("0-20", "5–10").
bool continues_something(std::string_view text, std::size_t at) {
    std::size_t start = 0;
    char32_t c = char_before(text, at, start);
    if (c < 0x80) {
        char p = static_cast<char>(c);
        if (std::isalpha(static_cast<unsigned char>(p)) || p == '.' || p == ',' || p == '/')
            return true;
    } else if ((c >= 0xC0 && c <= 0x24F) || (c >= 0x370 && c <= 0x52F)) {
        return true;  // an accented Latin, Greek or Cyrillic letter
    }
    bool dash = c == U'-' || c == U'\u2013';
    return dash && start > 0 && digit(text[start - 1]);
}

// Plain numbers after these words label something rather than state a figure: "aged 5",
// "per 100,000", "page 47", "priority 3", "year 6".
bool labelling_word(const std::string& w) {
    static const char* const words[] = {
        "aged",      "age",    "ages",  "per",      "page",   "pages", "priority", "section",
        "paragraph", "figure", "table", "appendix", "phase",  "tier",  "level",    "band",
        "year",      "stage",  "item",  "step",     "number", "no",    "wave",     "version",
        "enclosure", "line",   "lines", "chapter",  "grade",  "under"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

std::string plural_duration(std::string_view word) {
    std::string w(word);
    for (auto& c : w) c = lower(c);
    return w.back() == 's' ? w : w + "s";
}

}  // namespace

std::vector<StatedFigure> stated_figures(std::string_view text) {
    std::vector<StatedFigure> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!digit(text[i])) {
            ++i;
            continue;
        }
        int decimals = 0;
        bool grouped = false;
        std::size_t j = number_end(text, i, decimals, grouped);
        bool inside_word = continues_something(text, i);
        char next = j < text.size() ? text[j] : ' ';
        bool period_or_range =
            next == '/' ||
            ((next == '-' || next == ':') && j + 1 < text.size() && digit(text[j + 1])) ||
            (text.substr(j, 3) == "\xE2\x80\x93" && j + 3 < text.size() && digit(text[j + 3]));
        if (inside_word || period_or_range) {
            i = j;
            continue;
        }
        StatedFigure f;
        f.offset = i;
        f.value = to_number(text.substr(i, j - i));
        double unit = std::pow(10.0, -decimals);
        double scale = 1;
        std::size_t end = j;  // end of the figure as written
        std::size_t gap = j < text.size() && text[j] == ' ' ? j + 1 : j;
        bool pounds = pound_sign_before(text, i);
        if (pounds) {
            f.mark = StatedFigure::Mark::pounds;
            f.offset = i - 2;
        }
        if (j < text.size() && text[j] == '%') {
            f.mark = StatedFigure::Mark::percent;
            end = j + 1;
        } else if (gap < text.size() && text[gap] == '%') {
            f.mark = StatedFigure::Mark::percent;
            end = gap + 1;
        } else if (std::size_t n = one_of(text, gap, {"per cent", "percent"})) {
            f.mark = StatedFigure::Mark::percent;
            end = gap + n;
        } else if (std::size_t n = one_of(text, gap, {"percentage points", "percentage point"})) {
            f.mark = StatedFigure::Mark::points;
            end = gap + n;
        } else if (std::size_t n = one_of(text, j, {"pp"})) {
            f.mark = StatedFigure::Mark::points;
            end = j + n;
        } else if (std::size_t n = one_of(text, gap, {"million", "billion", "thousand"})) {
            scale = text[gap] == 'm' || text[gap] == 'M'   ? 1e6
                    : text[gap] == 'b' || text[gap] == 'B' ? 1e9
                                                           : 1e3;
            end = gap + n;
        } else if (std::size_t n = one_of(text, j, {"m", "bn", "k"})) {
            scale = n == 2 ? 1e9 : (text[j] == 'k' || text[j] == 'K') ? 1e3 : 1e6;
            end = j + n;
        } else if (std::size_t n =
                       one_of(text, gap,
                              {"days", "day", "weeks", "week", "months", "month", "years", "year",
                               "hours", "hour", "minutes", "minute", "mins"})) {
            f.mark = StatedFigure::Mark::duration;
            f.duration = plural_duration(text.substr(gap, n));
            if (f.duration == "mins") f.duration = "minutes";
            end = gap + n;
        } else if (!pounds && decimals == 0 && !grouped && word_at(text, gap, "in") &&
                   gap + 3 < text.size() && digit(text[gap + 3])) {
            int d2 = 0;
            bool g2 = false;
            std::size_t k = number_end(text, gap + 3, d2, g2);
            double whole = to_number(text.substr(gap + 3, k - gap - 3));
            if (d2 == 0 && whole > 0) {
                f.mark = StatedFigure::Mark::fraction;
                f.tolerance = 100 * 0.5 / whole;
                f.value = 100 * f.value / whole;
                f.written = std::string(text.substr(i, k - i));
                out.push_back(f);
                i = k;
                continue;
            }
        } else if (j < text.size() && letter(text[j])) {
            i = j;  // "3rd", "20s", "5x": not a figure
            continue;
        }
        if (pounds && f.mark != StatedFigure::Mark::pounds) f.mark = StatedFigure::Mark::pounds;
        bool plain = f.mark == StatedFigure::Mark::plain;
        bool year = plain && scale == 1 && decimals == 0 && !grouped && j - i == 4 &&
                    f.value >= 1900 && f.value <= 2100;
        if (year || (plain && labelling_word(word_before(text, i)))) {
            i = j;
            continue;
        }
        f.value *= scale;
        f.tolerance = 0.5 * unit * scale;
        f.written = std::string(text.substr(f.offset, end - f.offset));
        out.push_back(f);
        i = end;
    }
    return out;
}

bool figure_agrees(const StatedFigure& figure, double value, int value_decimals) {
    double tolerance = std::max(figure.tolerance, 0.5 * std::pow(10.0, -value_decimals));
    return std::fabs(std::fabs(value) - std::fabs(figure.value)) <=
           tolerance + 1e-9 * std::max(1.0, std::fabs(value));
}

namespace {

const char* const kCount = R"((\d{1,3}(?:,\d{3})+|\d+))";
const char* const kPercent = R"((\d+(?:\.\d+)?)\s?(?:%|per\s?cent))";

int decimals_of(const std::string& number) {
    auto dot = number.find('.');
    return dot == std::string::npos ? 0 : static_cast<int>(number.size() - dot - 1);
}

// Whether a match starting at `at` begins inside a number ("2.25 of 28").
bool starts_inside_number(const std::string& text, std::size_t at) {
    return at > 0 && (text[at - 1] == '.' || text[at - 1] == ',' || digit(text[at - 1]) ||
                      text[at - 1] == '/');
}

}  // namespace

namespace {

std::vector<StatedShare> find_shares(const std::string& text) {
    using std::regex;
    const auto flags = regex::ECMAScript | regex::icase;
    static const regex counts_first(std::string(R"(\b)") + kCount + R"(\s+(?:out\s+)?of\s+)" +
                                        kCount + R"(\b[^\d%().;:!?]{0,40}?[(,;]\s*)" + kPercent,
                                    flags);
    static const regex percent_first(std::string(R"(\b)") + kPercent +
                                         R"([^\d%().;:!?]{0,60}?\(\s*)" + kCount +
                                         R"(\s+(?:out\s+)?of\s+)" + kCount + R"(\b)",
                                     flags);
    static const regex slash(R"(\b(\d+)/(\d+)\s*\(\s*)" + std::string(kPercent), flags);
    std::vector<StatedShare> out;
    auto add = [&](const std::smatch& m, int num, int den, int pct) {
        std::size_t at = static_cast<std::size_t>(m.position(0));
        if (starts_inside_number(text, at)) return;
        for (const auto& s : out)
            if (s.offset == at) return;
        StatedShare s;
        s.numerator = to_number(m[num].str());
        s.denominator = to_number(m[den].str());
        s.percent = to_number(m[pct].str());
        s.percent_decimals = decimals_of(m[pct].str());
        s.written = m[0].str();
        s.offset = at;
        out.push_back(s);
    };
    for (std::sregex_iterator it(text.begin(), text.end(), counts_first), e; it != e; ++it)
        add(*it, 1, 2, 3);
    for (std::sregex_iterator it(text.begin(), text.end(), percent_first), e; it != e; ++it)
        add(*it, 2, 3, 1);
    for (std::sregex_iterator it(text.begin(), text.end(), slash), e; it != e; ++it) {
        // "2021/22 (40%)" is a financial year, not a share.
        if ((*it)[1].length() == 4 && (*it)[2].length() == 2) continue;
        add(*it, 1, 2, 3);
    }
    std::sort(out.begin(), out.end(),
              [](const StatedShare& a, const StatedShare& b) { return a.offset < b.offset; });
    return out;
}

std::vector<StatedReduction> find_reductions(const std::string& text) {
    using std::regex;
    const auto flags = regex::ECMAScript | regex::icase;
    static const regex percent_then_word(
        std::string(R"(\b)") + kPercent +
            R"(\s+(?:reduction|decrease|fall|drop|cut|decline|fewer|less|lower|smaller)\b)",
        flags);
    static const regex verb_by(
        R"(\b(?:reduc\w*|decreas\w*|cut|cuts|cutting|fall|falls|falling|fell|drop|drops|dropped|dropping|lower|lowered|lowering|declin\w*)\s+(?:[a-z']+\s+){0,4}?by\s+)" +
            std::string(kPercent),
        flags);
    static const regex noun_of(
        R"(\b(?:reduction|decrease|fall|drop|cut|decline)\s+of\s+)" + std::string(kPercent), flags);
    std::vector<StatedReduction> out;
    for (const regex* r : {&percent_then_word, &verb_by, &noun_of})
        for (std::sregex_iterator it(text.begin(), text.end(), *r), e; it != e; ++it) {
            std::size_t at = static_cast<std::size_t>(it->position(0));
            if (starts_inside_number(text, at)) continue;
            out.push_back({to_number((*it)[1].str()), it->str(), at});
        }
    std::sort(out.begin(), out.end(), [](const StatedReduction& a, const StatedReduction& b) {
        return a.offset < b.offset;
    });
    return out;
}

// The same text always gives the same figures, and matching these expressions is most of the
// time `check` takes: the answers are kept for the process (`icbgen serve` checks the site
// again on every edit, and most of its text has not changed). Each pattern needs a digit.
// Whether `text` could hold kPercent at all: a '%' or "cent" (of "per cent", any case).
// Every pattern above needs one, and most prose has neither, so the expressions (the cost of
// this check) need not run over it.
bool may_state_percent(std::string_view text) {
    if (text.find('%') != std::string_view::npos) return true;
    for (std::size_t at = text.find_first_of("cC"); at != std::string_view::npos;
         at = text.find_first_of("cC", at + 1))
        if (word_at(text.substr(0, at + 4), at, "cent")) return true;
    return false;
}

template <typename Result>
struct Memo {
    std::mutex mutex;
    std::map<std::string, std::vector<Result>, std::less<>> known;
};

template <typename Result>
Memo<Result>& memo() {
    static Memo<Result> m;
    return m;
}

template <typename Result>
std::vector<Result> memoised(std::string_view view,
                             std::vector<Result> (*find)(const std::string&)) {
    if (view.find_first_of("0123456789") == std::string_view::npos) return {};
    if (!may_state_percent(view)) return {};
    std::mutex& mutex = memo<Result>().mutex;
    auto& known = memo<Result>().known;
    {
        std::lock_guard lock(mutex);
        if (auto it = known.find(view); it != known.end()) return it->second;
    }
    std::string text(view);
    auto found = find(text);
    std::lock_guard lock(mutex);
    if (known.size() > 20000) known.clear();  // bounded: edits leave old texts behind
    known.emplace(std::move(text), found);
    return found;
}

}  // namespace

std::vector<StatedShare> stated_shares(std::string_view text) {
    return memoised<StatedShare>(text, find_shares);
}

void forget_stated_figures() {
    {
        std::lock_guard lock(memo<StatedShare>().mutex);
        memo<StatedShare>().known.clear();
    }
    std::lock_guard lock(memo<StatedReduction>().mutex);
    memo<StatedReduction>().known.clear();
}

std::vector<StatedReduction> stated_reductions(std::string_view text) {
    return memoised<StatedReduction>(text, find_reductions);
}

}  // namespace icbgen

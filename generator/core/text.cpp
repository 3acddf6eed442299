#include "core/text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

namespace icbgen {

namespace {

// Decodes one code point at `i`; returns its length in bytes or 0 when invalid.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t len;
    char32_t min;
    if (b < 0x80) {
        cp = b;
        return 1;
    } else if ((b & 0xE0) == 0xC0) {
        len = 2, cp = b & 0x1F, min = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
        len = 3, cp = b & 0x0F, min = 0x800;
    } else if ((b & 0xF8) == 0xF0) {
        len = 4, cp = b & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

struct LookAlike {
    char32_t cp;
    char latin;
};

// Cyrillic and Greek letters that are drawn like Latin ones.
constexpr LookAlike kLookAlikes[] = {
    {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'},
    {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'},
    {0x03A5, 'Y'}, {0x03A7, 'X'}, {0x03BF, 'o'}, {0x03BD, 'v'}, {0x03B9, 'i'}, {0x03BA, 'k'},
    {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'},
    {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'},
    {0x0422, 'T'}, {0x0423, 'Y'}, {0x0425, 'X'}, {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'},
    {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'},
    {0x0458, 'j'}, {0x04BB, 'h'}, {0x0501, 'd'}, {0x051B, 'q'}, {0x051D, 'w'},
};

std::optional<char> look_alike(char32_t cp) {
    for (const auto& l : kLookAlikes)
        if (l.cp == cp) return l.latin;
    return std::nullopt;
}

bool is_latin_letter(char32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F);
}
bool is_greek_or_cyrillic(char32_t cp) { return cp >= 0x0370 && cp <= 0x052F; }

std::string encode(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        std::size_t len = decode(text, i, cp);
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

std::optional<Confusable> find_confusable(std::string_view text) {
    struct Letter {
        std::size_t offset, len;
        char32_t cp;
    };
    std::vector<Letter> word;
    // Text that holds a genuine Greek (or Cyrillic) word is written in that script in part, so
    // a short word of it made only of look-alikes ("Το" in "Το Σπίτι μας") is genuine too.
    bool genuine_greek = false, genuine_cyrillic = false;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        std::size_t len = decode(text, i, cp);
        if (len == 0) {
            ++i;
            continue;
        }
        if (is_greek_or_cyrillic(cp) && !look_alike(cp)) {
            if (cp < 0x0400)
                genuine_greek = true;
            else
                genuine_cyrillic = true;
        }
        i += len;
    }
    auto judge = [&]() -> std::optional<Confusable> {
        const Letter* suspect = nullptr;
        bool latin = false;
        for (const auto& l : word) {
            if (is_greek_or_cyrillic(l.cp)) {
                if (!look_alike(l.cp)) return std::nullopt;  // a genuine Greek/Cyrillic word
                if (!suspect) suspect = &l;
            } else if (is_latin_letter(l.cp)) {
                latin = true;
            }
        }
        if (!suspect) return std::nullopt;
        // Within one word, scripts never mix; across words they may, in a text that is
        // genuinely partly Greek or Cyrillic.
        if (!latin && (suspect->cp < 0x0400 ? genuine_greek : genuine_cyrillic))
            return std::nullopt;
        char buf[16];
        std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(suspect->cp));
        return Confusable{suspect->offset, encode(suspect->cp), buf,
                          suspect->cp < 0x0400 ? "Greek" : "Cyrillic", *look_alike(suspect->cp)};
    };
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        std::size_t len = decode(text, i, cp);
        if (len == 0) {
            ++i;
            continue;
        }
        if (is_latin_letter(cp) || is_greek_or_cyrillic(cp) || (cp >= '0' && cp <= '9')) {
            word.push_back({i, len, cp});
        } else if (!word.empty()) {
            if (auto c = judge()) return c;
            word.clear();
        }
        i += len;
    }
    if (!word.empty()) return judge();
    return std::nullopt;
}

std::string latinise(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        std::size_t len = decode(text, i, cp);
        if (len == 0) {
            out += text[i++];
            continue;
        }
        if (auto l = look_alike(cp))
            out += *l;
        else
            out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

std::string escape_markup(std::string_view text, bool apostrophe) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += apostrophe ? "&apos;" : "'"; break;
            default: out += c;
        }
    }
    return out;
}

bool is_slug(std::string_view id) {
    if (id.empty() || id.size() > 100) return false;
    if (id.front() == '-' || id.back() == '-') return false;
    char prev = 0;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && prev == '-')) return false;
        prev = c;
    }
    return true;
}

std::string suggest_slug(std::string_view text) {
    std::string out;
    for (char c : latinise(text)) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

LineColumn line_column_at(std::string_view text, std::size_t offset) {
    int line = 1, column = 1;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

std::string line_text(std::string_view text, int line) {
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    std::size_t end = text.find('\n', start);
    std::string out(
        text.substr(start, end == std::string_view::npos ? text.size() - start : end - start));
    if (!out.empty() && out.back() == '\r') out.pop_back();
    return out;
}

// Optimal string alignment distance: Levenshtein plus adjacent transpositions ("titel").
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

bool close_enough(std::string_view word, std::string_view candidate) {
    if (word.empty() || candidate.empty() || word.size() > 200 || candidate.size() > 200)
        return false;
    std::size_t d = edit_distance(word, candidate);
    std::size_t longest = std::max(word.size(), candidate.size());
    // Like ninja's spellcheck: allow about a third of the characters to differ.
    return d <= std::max<std::size_t>(1, longest / 3);
}

std::string spreadsheet_literal(std::string_view text) {
    bool formula =
        !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
    return formula ? " " + std::string(text) : std::string(text);
}

std::string title_key(std::string_view title) {
    std::string key;
    for (char c : title) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80)
            key += static_cast<char>(std::tolower(u));
        else if (!key.empty() && key.back() != ' ')
            key += ' ';
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

}  // namespace icbgen

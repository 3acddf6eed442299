#include "core/url.h"

#include <cstdio>

namespace icbgen {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The named character references that can change how a scheme reads (HTML has none for
// ASCII letters). Others stay as written: they cannot form a scheme.
struct NamedReference {
    std::string_view name;
    char value;
};
constexpr NamedReference kNamed[] = {{"colon", ':'}, {"Tab", '\t'},  {"NewLine", '\n'},
                                     {"sol", '/'},   {"bsol", '\\'}, {"amp", '&'}};

// Decodes numeric references (&#106; &#x6A; with or without the ';', as browsers accept) and
// the named ones above, once. A code point outside ASCII becomes 0x80, which no scheme holds.
std::string decode_references(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] != '&') {
            out += s[i++];
            continue;
        }
        std::size_t j = i + 1;
        if (j < s.size() && s[j] == '#') {
            bool hex = j + 1 < s.size() && (s[j + 1] == 'x' || s[j + 1] == 'X');
            std::size_t k = j + (hex ? 2 : 1);
            unsigned long value = 0;
            std::size_t digits = 0;
            for (; k < s.size(); ++k, ++digits) {
                char c = s[k];
                int d = is_digit(c)                                 ? c - '0'
                        : hex && lower(c) >= 'a' && lower(c) <= 'f' ? lower(c) - 'a' + 10
                                                                    : -1;
                if (d < 0) break;
                if (value < 0x110000) value = value * (hex ? 16 : 10) + static_cast<unsigned>(d);
            }
            if (digits > 0) {
                out += value > 0 && value < 0x80 ? static_cast<char>(value) : '\x80';
                i = k < s.size() && s[k] == ';' ? k + 1 : k;
                continue;
            }
        } else {
            bool matched = false;
            for (const auto& ref : kNamed) {
                if (s.substr(j, ref.name.size() + 1) == std::string(ref.name) + ";") {
                    out += ref.value;
                    i = j + ref.name.size() + 1;
                    matched = true;
                    break;
                }
            }
            if (matched) continue;
        }
        out += s[i++];
    }
    return out;
}

// What a browser's URL parser starts from: leading and trailing spaces and control
// characters stripped, every tab and newline removed.
std::string clean(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && static_cast<unsigned char>(s[b]) <= 0x20) ++b;
    while (e > b && static_cast<unsigned char>(s[e - 1]) <= 0x20) --e;
    std::string out;
    for (char c : s.substr(b, e - b))
        if (c != '\t' && c != '\n' && c != '\r') out += c;
    return out;
}

std::string scheme_of(const std::string& cleaned) {
    if (cleaned.empty() || !is_alpha(cleaned[0])) return {};
    std::string scheme;
    for (char c : cleaned) {
        if (c == ':') return scheme;
        if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return {};
        scheme += lower(c);
    }
    return {};  // no colon: a relative path
}

bool is_slash(char c) { return c == '/' || c == '\\'; }

// Safe as read after `clean`: an allowed scheme, or none and not "//host" (another site).
bool safe_cleaned(const std::string& cleaned) {
    std::string scheme = scheme_of(cleaned);
    if (scheme.empty())
        return !(cleaned.size() >= 2 && is_slash(cleaned[0]) && is_slash(cleaned[1]));
    return scheme == "https" || scheme == "http" || scheme == "mailto";
}

// The URL as quoted in a message: control characters shown, long ones shortened.
std::string shown(std::string_view url) {
    std::string out;
    for (char c : url.substr(0, 80)) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(c));
            out += buf;
        } else {
            out += c;
        }
    }
    if (url.size() > 80) out += "...";
    return out;
}

constexpr const char* kHint =
    "write a web address starting https://, an email address starting mailto:, or a path on "
    "this site starting /";

}  // namespace

std::optional<UrlProblem> url_problem(std::string_view url, std::string_view what) {
    std::string raw = clean(url), decoded = clean(decode_references(url));
    if (safe_cleaned(raw) && safe_cleaned(decoded)) return std::nullopt;
    std::string w(what);
    std::string quoted = "'" + shown(url) + "'";
    std::string scheme = scheme_of(raw), decoded_scheme = scheme_of(decoded);
    if (!safe_cleaned(raw) && !scheme.empty())
        return UrlProblem{w + " " + quoted + " is a " + scheme +
                              ": address: only https:, http: and mailto: addresses and paths on "
                              "this site may be linked",
                          kHint};
    if (!safe_cleaned(raw))
        return UrlProblem{w + " " + quoted +
                              " starts with // and no https:, so it names another site without "
                              "saying how to reach it",
                          "write the full address, starting https://"};
    if (!decoded_scheme.empty())
        return UrlProblem{w + " " + quoted + " reads as a " + decoded_scheme +
                              ": address once its character references (&#...;) are decoded: "
                              "only https:, http: and mailto: addresses and paths on this site "
                              "may be linked",
                          kHint};
    return UrlProblem{w + " " + quoted +
                          " reads as an address starting // once its character references "
                          "(&#...;) are decoded, which names another site",
                      "write the full address, starting https://, without character references"};
}

std::string safe_href(std::string_view url) {
    return is_safe_url(url) ? std::string(url) : std::string();
}

std::string url_scheme(std::string_view url) { return scheme_of(clean(decode_references(url))); }

bool is_remote_url(std::string_view url) {
    if (!is_safe_url(url)) return false;
    std::string scheme = url_scheme(url);
    return scheme == "http" || scheme == "https";
}

}  // namespace icbgen

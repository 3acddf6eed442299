#include "content/yaml_error.h"

#include <cctype>
#include <optional>
#include <vector>

namespace icbgen {

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        std::string_view l =
            text.substr(start, nl == std::string_view::npos ? text.npos : nl - start);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        lines.push_back(l);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return lines;
}

// 1-based column, in characters, of byte `offset` of `line`.
int column_of(std::string_view line, std::size_t offset) {
    int column = 1;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

// Where a block mapping's value starts on `line` ("key: value" or "- key: value"), with the
// key; nullopt for lines of another shape.
struct KeyValue {
    std::string_view key;
    std::size_t value_at;
};

std::optional<KeyValue> key_value(std::string_view line) {
    std::size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos) return std::nullopt;
    // "- " markers, each followed by spaces; a line of nothing else ("-   ") has no key.
    while (i != std::string_view::npos && i + 1 < line.size() && line[i] == '-' &&
           line[i + 1] == ' ')
        i = line.find_first_not_of(' ', i + 1);
    if (i == std::string_view::npos ||
        std::string_view("'\"{[#&*!|>%@`").find(line[i]) != line.npos)
        return std::nullopt;
    std::size_t colon = line.find(": ", i);
    if (colon == std::string_view::npos) return std::nullopt;
    std::size_t value = line.find_first_not_of(' ', colon + 1);
    if (value == std::string_view::npos) return std::nullopt;
    return KeyValue{line.substr(i, colon - i), value};
}

// The text quoted for a hint: the value in double quotes, when that needs no escaping.
std::string double_quoted(std::string_view value) {
    if (value.find_first_of("\"\\") != value.npos) return {};
    return "\"" + std::string(value) + "\"";
}

std::optional<Diagnostic> tab_indent(const std::string& path,
                                     const std::vector<std::string_view>& lines, int first_line,
                                     int upto, bool parser_says_tab) {
    auto tab_at = [&](int n) -> std::optional<std::size_t> {
        std::string_view l = lines[static_cast<std::size_t>(n)];
        std::size_t indent = l.find_first_not_of(" \t-");
        std::size_t tab = l.substr(0, indent).find('\t');
        if (tab == std::string_view::npos) return std::nullopt;
        return tab;
    };
    std::optional<int> found;
    if (tab_at(upto)) found = upto;
    for (int n = upto - 1; !found && parser_says_tab && n >= 0; --n)
        if (tab_at(n)) found = n;
    if (!found) return std::nullopt;
    std::string_view l = lines[static_cast<std::size_t>(*found)];
    return Diagnostic{Severity::error,
                      "yaml-tab",
                      {path, *found + first_line, column_of(l, *tab_at(*found))},
                      "this line is indented with a tab, and YAML indentation must be spaces",
                      "replace the tab with spaces (two for each level), and set your editor to "
                      "indent with spaces"};
}

std::optional<Diagnostic> early_quote(const std::string& path, std::string_view line,
                                      int line_number) {
    auto kv = key_value(line);
    if (!kv || line[kv->value_at] != '\'') return std::nullopt;
    std::size_t i = kv->value_at + 1;
    while (i < line.size()) {
        if (line[i] == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
            i += 2;
        } else if (line[i] == '\'') {
            break;
        } else {
            ++i;
        }
    }
    if (i + 1 >= line.size()) return std::nullopt;  // closed at the end of the line, or never
    std::size_t after = line.find_first_not_of(' ', i + 1);
    if (after == std::string_view::npos || line[after] == '#') return std::nullopt;
    std::size_t word = line.rfind(' ', i);
    word = word == std::string_view::npos || word < kv->value_at ? kv->value_at + 1 : word + 1;
    std::size_t word_end = line.find(' ', i);
    std::string_view apostrophe_word =
        line.substr(word, (word_end == line.npos ? line.size() : word_end) - word);
    std::string_view inner = line.substr(kv->value_at + 1);
    std::size_t last = inner.rfind('\'');
    if (last != std::string_view::npos && last + 1 == inner.size()) inner.remove_suffix(1);
    std::string doubled;
    for (std::size_t k = 0; k < inner.size(); ++k) {
        bool lone = inner[k] == '\'' && !(k + 1 < inner.size() && inner[k + 1] == '\'') &&
                    !(k > 0 && inner[k - 1] == '\'');
        doubled += lone ? "''" : std::string(1, inner[k]);
    }
    std::string hint = "write the apostrophe twice inside single quotes: " + std::string(kv->key) +
                       ": '" + doubled + "'";
    if (auto dq = double_quoted(inner); !dq.empty())
        hint += ", or use double quotes: " + std::string(kv->key) + ": " + dq;
    return Diagnostic{Severity::error,
                      "yaml-quote",
                      {path, line_number, column_of(line, i)},
                      "the apostrophe in \"" + std::string(apostrophe_word) +
                          "\" ends the text in single quotes early, so YAML cannot read the rest",
                      hint};
}

std::optional<Diagnostic> inner_colon(const std::string& path, std::string_view line,
                                      int line_number) {
    auto kv = key_value(line);
    if (!kv) return std::nullopt;
    std::string_view value = line.substr(kv->value_at);
    std::size_t colon = value.find(": ");
    if (colon == std::string_view::npos) return std::nullopt;
    std::size_t comment = value.find(" #");
    if (comment != std::string_view::npos && comment < colon) return std::nullopt;
    std::string hint = "put the whole text in quotes";
    std::string_view text = comment == std::string_view::npos ? value : value.substr(0, comment);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (auto dq = double_quoted(text); !dq.empty()) hint += ": " + std::string(kv->key) + ": " + dq;
    return Diagnostic{Severity::error,
                      "yaml-colon",
                      {path, line_number, column_of(line, kv->value_at + colon)},
                      "the ': ' inside the text of '" + std::string(kv->key) +
                          "' makes YAML read what follows as another key",
                      hint};
}

}  // namespace

Diagnostic explain_yaml_error(const std::string& path, std::string_view text, int first_line,
                              const YamlParseError& error) {
    std::string said = error.message;
    if (!said.empty())
        said[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(said[0])));
    Diagnostic generic{Severity::error,
                       "yaml-syntax",
                       {path, error.line < 0 ? first_line : error.line + first_line,
                        error.column < 0 ? 1 : error.column + 1},
                       "invalid YAML: " + said,
                       "check indentation, and quote values containing ': ' or starting with a "
                       "special character such as '@', '*', '&', '[' or '{'"};
    auto lines = split_lines(text);
    if (error.line < 0 || static_cast<std::size_t>(error.line) >= lines.size()) return generic;
    std::string_view line = lines[static_cast<std::size_t>(error.line)];
    int number = error.line + first_line;
    bool says_tab = said.find("tab") != std::string::npos;
    if (auto d = tab_indent(path, lines, first_line, error.line, says_tab)) return *d;
    if (auto d = early_quote(path, line, number)) return *d;
    if (auto d = inner_colon(path, line, number)) return *d;
    return generic;
}

}  // namespace icbgen

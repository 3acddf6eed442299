#include "render/workbook/plain_text.h"

#include <sstream>
#include <vector>

#include "format/words.h"

namespace icbgen::workbook {

namespace {

std::string trim(const std::string& s) {
    auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

// Lines that are not running text: headings, table rows, fences, rules, list items, quotes.
bool is_block_line(const std::string& line) {
    if (line.empty()) return true;
    char c = line[0];
    if (c == '#' || c == '|' || c == '>' || line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0)
        return true;
    if ((c == '-' || c == '*' || c == '+') && (line.size() == 1 || line[1] == ' ')) return true;
    if (line.find_first_not_of("-*_ ") == std::string::npos) return true;  // a rule
    std::size_t digits = line.find_first_not_of("0123456789");
    return digits > 0 && digits != std::string::npos && line[digits] == '.' &&
           digits + 1 < line.size() && line[digits + 1] == ' ';
}

}  // namespace

std::string strip_inline_markdown(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {  // an escaped character stays as written
            out += text[++i];
            continue;
        }
        if (c == '!' && i + 1 < text.size() && text[i + 1] == '[') continue;  // image: keep alt
        if (c == '[') {
            // [text](destination) or [text][ref]: keep the text.
            std::size_t close = text.find(']', i + 1);
            if (close != std::string::npos && close + 1 < text.size() &&
                (text[close + 1] == '(' || text[close + 1] == '[')) {
                char end = text[close + 1] == '(' ? ')' : ']';
                std::size_t dest_end = text.find(end, close + 2);
                if (dest_end != std::string::npos) {
                    out += strip_inline_markdown(text.substr(i + 1, close - i - 1));
                    i = dest_end;
                    continue;
                }
            }
        }
        if (c == '<') {  // autolink <https://...>
            std::size_t close = text.find('>', i + 1);
            std::string inner = close == std::string::npos ? "" : text.substr(i + 1, close - i - 1);
            if (inner.rfind("http", 0) == 0 || inner.rfind("mailto:", 0) == 0) {
                out += inner.rfind("mailto:", 0) == 0 ? inner.substr(7) : inner;
                i = close;
                continue;
            }
        }
        if (c == '*' || c == '`') continue;  // emphasis and code marks
        if (c == '~' && i + 1 < text.size() && text[i + 1] == '~') {
            ++i;
            continue;
        }
        if (c == '_' && i + 1 < text.size() && text[i + 1] == '_') {
            ++i;
            continue;
        }
        out += c;
    }
    return out;
}

std::string first_paragraph(const std::string& markdown) {
    std::istringstream in(markdown);
    std::string line;
    std::vector<std::string> paragraph;
    bool in_fence = false;
    while (std::getline(in, line)) {
        std::string t = trim(line);
        if (t.rfind("```", 0) == 0 || t.rfind("~~~", 0) == 0) {
            in_fence = !in_fence;
            if (!paragraph.empty()) break;
            continue;
        }
        if (in_fence) continue;
        if (paragraph.empty()) {
            if (!is_block_line(t)) paragraph.push_back(t);
            continue;
        }
        if (t.empty() || is_block_line(t)) break;
        paragraph.push_back(t);
    }
    return strip_inline_markdown(join(paragraph, " "));
}

}  // namespace icbgen::workbook

#include "render/pack/long_words.h"
#include <cctype>

namespace icbgen {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Characters, not bytes: UTF-8 continuation bytes and the inside of entities do not count.
std::size_t char_count(const std::string& word) {
    std::size_t n = 0;
    bool entity = false;
    for (char ch : word) {
        auto c = static_cast<unsigned char>(ch);
        if (entity) {
            entity = c != ';';
            continue;
        }
        if (c == '&') entity = true;
        if ((c & 0xC0) != 0x80) ++n;
    }
    return n;
}

// The tag's name, lowercased, with a leading '/' for a closing tag: "td", "/td".
std::string tag_name(const std::string& html, std::size_t lt) {
    std::size_t i = lt + 1, start = i;
    if (i < html.size() && html[i] == '/') ++i;
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i]))) ++i;
    std::string name = html.substr(start, i - start);
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
}

}  // namespace

std::string soften_long_words(const std::string& html, std::size_t max_chars) {
    std::string out;
    out.reserve(html.size());
    int cells = 0;  // open <td>/<th> elements
    std::size_t i = 0;
    while (i < html.size()) {
        if (html[i] == '<') {
            std::size_t gt = html.find('>', i);
            if (gt == std::string::npos) gt = html.size() - 1;
            std::string name = tag_name(html, i);
            if (name == "td" || name == "th") ++cells;
            if ((name == "/td" || name == "/th") && cells > 0) --cells;
            out.append(html, i, gt + 1 - i);
            i = gt + 1;
            continue;
        }
        std::size_t end = html.find('<', i);
        if (end == std::string::npos) end = html.size();
        if (cells == 0) {
            out.append(html, i, end - i);
        } else {
            for (std::size_t j = i; j < end;) {
                std::size_t k = j;
                while (k < end && !is_space(html[k])) ++k;
                std::string word = html.substr(j, k - j);
                if (char_count(word) > max_chars)
                    out += "<span class=\"long-word\">" + word + "</span>";
                else
                    out += word;
                while (k < end && is_space(html[k])) out += html[k++];
                j = k;
            }
        }
        i = end;
    }
    return out;
}

}  // namespace icbgen

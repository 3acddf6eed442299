#include "render/site/abbr_marker.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/text.h"

namespace icbgen {

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Elements whose text is never marked: `name` is the tag's name as written, any case.
bool is_skipped(std::string_view name) {
    static const std::string_view names[] = {"abbr", "code",     "pre",    "script", "style",
                                             "svg",  "textarea", "option", "title"};
    for (std::string_view n : names)
        if (n.size() == name.size() && std::equal(n.begin(), n.end(), name.begin(),
                                                  [](char a, char b) { return a == lower(b); }))
            return true;
    return false;
}

// The tag's name: the letters and digits from `from`.
std::string_view tag_name(std::string_view tag, std::size_t from) {
    std::size_t end = from;
    while (end < tag.size() && word_char(tag[end])) ++end;
    return from < tag.size() ? tag.substr(from, end - from) : std::string_view();
}

}  // namespace

AbbrMarker::AbbrMarker(const std::vector<GlossaryEntry>& glossary) {
    std::map<std::string, std::size_t> keys;
    for (const auto& g : glossary) {
        if (g.abbr.empty() || g.expansion.empty()) continue;
        std::string text = escape_markup(g.abbr);
        std::size_t key = keys.emplace(text, keys.size()).first->second;
        entries_[static_cast<unsigned char>(text[0])].push_back(
            {text, escape_markup(g.expansion), key});
        empty_ = false;
    }
    keys_ = keys.size();
    for (auto& list : entries_)
        std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
            return a.text.size() > b.text.size();
        });
}

void AbbrMarker::mark_text(std::string_view text, std::vector<char>& used, std::string& out) const {
    std::size_t copied = 0;  // text before this is in `out`
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '&') {  // an entity is one unit: never the start of a match
            std::size_t semi = text.find(';', i);
            i = semi == std::string_view::npos || semi - i > 10 ? i + 1 : semi + 1;
            continue;
        }
        const auto& list = entries_[static_cast<unsigned char>(text[i])];
        if (list.empty() || (i > 0 && word_char(text[i - 1]))) {
            ++i;
            continue;
        }
        const Entry* hit = nullptr;
        for (const Entry& e : list) {
            if (used[e.key] || text.compare(i, e.text.size(), e.text) != 0) continue;
            std::size_t after = i + e.text.size();
            // Not followed by a letter or digit, nor by a hyphenated word ("CYP-IAPT").
            if (after < text.size() && word_char(text[after])) continue;
            if (after + 1 < text.size() && text[after] == '-' && word_char(text[after + 1]))
                continue;
            hit = &e;
            break;
        }
        if (!hit) {
            ++i;
            continue;
        }
        used[hit->key] = 1;
        out.append(text, copied, i - copied);
        out += "<abbr title=\"";
        out += hit->title;
        out += "\">";
        out += hit->text;
        out += "</abbr>";
        i += hit->text.size();
        copied = i;
    }
    out.append(text, copied, std::string_view::npos);
}

std::string AbbrMarker::mark(const std::string& html) const {
    std::size_t main_open = html.find("<main");
    std::size_t main_close = html.rfind("</main>");
    if (empty_ || main_open == std::string::npos || main_close == std::string::npos ||
        main_close < main_open)
        return html;
    const std::string_view page(html);
    std::string out;
    out.reserve(html.size() + 2048);
    out.append(page, 0, main_open);
    std::vector<char> used(keys_, 0);
    int skip = 0;
    std::size_t i = main_open;
    while (i < main_close) {
        if (page[i] == '<') {
            std::size_t end;
            if (page.compare(i, 4, "<!--") == 0) {
                std::size_t c = page.find("-->", i);
                end = c == std::string::npos ? main_close - 1 : c + 2;
            } else {
                end = page.find('>', i);
                if (end == std::string::npos) end = main_close - 1;
            }
            std::string_view tag = page.substr(i, end - i + 1);
            bool closing = tag.size() > 1 && tag[1] == '/';
            bool self_closing = tag.size() > 2 && tag[tag.size() - 2] == '/';
            if (!self_closing && is_skipped(tag_name(tag, closing ? 2 : 1)))
                skip += closing ? -1 : 1;
            if (skip < 0) skip = 0;
            out += tag;
            i = end + 1;
            continue;
        }
        std::size_t next = std::min(page.find('<', i), main_close);
        std::string_view text = page.substr(i, next - i);
        if (skip == 0)
            mark_text(text, used, out);
        else
            out += text;
        i = next;
    }
    out.append(page, main_close, std::string::npos);
    return out;
}

}  // namespace icbgen

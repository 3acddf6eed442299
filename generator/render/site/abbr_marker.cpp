#include "render/site/abbr_marker.h"
#include "core/text.h"

#include <algorithm>
#include <cctype>

namespace icbgen {

namespace {

std::string escape(const std::string& s) { return escape_markup(s); }

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Elements whose text is never marked.
bool is_skipped(const std::string& name) {
    static const char* const names[] = {"abbr", "code",     "pre",    "script", "style",
                                        "svg",  "textarea", "option", "title"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

std::string lower_name(const std::string& tag, std::size_t from) {
    std::string name;
    for (std::size_t i = from; i < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[i])));
         ++i)
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i])));
    return name;
}

}  // namespace

AbbrMarker::AbbrMarker(const std::vector<GlossaryEntry>& glossary) {
    for (const auto& g : glossary) {
        if (g.abbr.empty() || g.expansion.empty()) continue;
        entries_[g.abbr[0]].push_back({escape(g.abbr), escape(g.expansion)});
    }
    for (auto& [_, list] : entries_)
        std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
            return a.text.size() > b.text.size();
        });
}

void AbbrMarker::mark_text(const std::string& text, std::set<std::string>& used,
                           std::string& out) const {
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '&') {  // an entity is one unit: never the start of a match
            std::size_t semi = text.find(';', i);
            std::size_t end = semi == std::string::npos || semi - i > 10 ? i + 1 : semi + 1;
            out.append(text, i, end - i);
            i = end;
            continue;
        }
        bool boundary_before = i == 0 || !word_char(text[i - 1]);
        auto it = boundary_before ? entries_.find(text[i]) : entries_.end();
        const Entry* hit = nullptr;
        if (it != entries_.end())
            for (const Entry& e : it->second) {
                if (used.count(e.text) || text.compare(i, e.text.size(), e.text) != 0) continue;
                std::size_t after = i + e.text.size();
                // Not followed by a letter or digit, nor by a hyphenated word ("CYP-IAPT").
                if (after < text.size() && word_char(text[after])) continue;
                if (after + 1 < text.size() && text[after] == '-' && word_char(text[after + 1]))
                    continue;
                hit = &e;
                break;
            }
        if (!hit) {
            out += text[i++];
            continue;
        }
        used.insert(hit->text);
        out += "<abbr title=\"" + hit->title + "\">" + hit->text + "</abbr>";
        i += hit->text.size();
    }
}

std::string AbbrMarker::mark(const std::string& html) const {
    std::size_t main_open = html.find("<main");
    std::size_t main_close = html.rfind("</main>");
    if (entries_.empty() || main_open == std::string::npos || main_close == std::string::npos ||
        main_close < main_open)
        return html;
    std::string out = html.substr(0, main_open);
    out.reserve(html.size() + 2048);
    std::set<std::string> used;
    int skip = 0;
    std::size_t i = main_open;
    while (i < main_close) {
        if (html[i] == '<') {
            std::size_t end;
            if (html.compare(i, 4, "<!--") == 0) {
                std::size_t c = html.find("-->", i);
                end = c == std::string::npos ? main_close - 1 : c + 2;
            } else {
                end = html.find('>', i);
                if (end == std::string::npos) end = main_close - 1;
            }
            std::string tag = html.substr(i, end - i + 1);
            bool closing = tag.size() > 1 && tag[1] == '/';
            std::string name = lower_name(tag, closing ? 2 : 1);
            bool self_closing = tag.size() > 2 && tag[tag.size() - 2] == '/';
            if (is_skipped(name) && !self_closing) skip += closing ? -1 : 1;
            if (skip < 0) skip = 0;
            out += tag;
            i = end + 1;
            continue;
        }
        std::size_t next = std::min(html.find('<', i), main_close);
        std::string text = html.substr(i, next - i);
        if (skip == 0)
            mark_text(text, used, out);
        else
            out += text;
        i = next;
    }
    out.append(html, main_close, std::string::npos);
    return out;
}

}  // namespace icbgen

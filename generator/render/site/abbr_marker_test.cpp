#include "render/site/abbr_marker.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>

#include "core/text.h"

using namespace icbgen;

namespace {

AbbrMarker marker() {
    return AbbrMarker({{"ICB", "Integrated Care Board", "", {}},
                       {"A&E", "Accident and emergency", "", {}},
                       {"CC", "Children's Centre", "", {}},
                       {"CC4C", "Connecting Care for Children", "", {}},
                       {"CYP", "Children and young people", "", {}}});
}

}  // namespace

TEST_CASE("abbreviations: the first occurrence in <main>'s text, nowhere else") {
    std::string html =
        "<html><head><title>ICB</title></head><body><header>ICB</header>"
        "<main id=\"maincontent\"><h1 title=\"ICB\">About the ICB</h1>"
        "<p>The ICB and A&amp;E. ICB again. CC4C then CC. ICBs and CYP-IAPT are not CYP.</p>"
        "<code>ICB</code></main><footer>ICB</footer></body></html>";
    CHECK(marker().mark(html) ==
          "<html><head><title>ICB</title></head><body><header>ICB</header>"
          "<main id=\"maincontent\"><h1 title=\"ICB\">About the "
          "<abbr title=\"Integrated Care Board\">ICB</abbr></h1>"
          "<p>The ICB and <abbr title=\"Accident and emergency\">A&amp;E</abbr>. ICB again. "
          "<abbr title=\"Connecting Care for Children\">CC4C</abbr> then "
          "<abbr title=\"Children's Centre\">CC</abbr>. ICBs and CYP-IAPT are not "
          "<abbr title=\"Children and young people\">CYP</abbr>.</p>"
          "<code>ICB</code></main><footer>ICB</footer></body></html>");
}

TEST_CASE("abbreviations: text inside <abbr>, <svg> and comments is left alone") {
    std::string html =
        "<main><!-- ICB --><svg><text>ICB</text></svg><abbr title=\"x\">ICB</abbr>"
        "<p>ICB</p></main>";
    CHECK(marker().mark(html) ==
          "<main><!-- ICB --><svg><text>ICB</text></svg><abbr title=\"x\">ICB</abbr>"
          "<p><abbr title=\"Integrated Care Board\">ICB</abbr></p></main>");
    CHECK(marker().mark("<p>ICB without main</p>") == "<p>ICB without main</p>");
}

// The marker as it was before it was rewritten to copy text in runs (docs/PERFORMANCE.md): the
// rewrite must give the same bytes.
namespace reference {
using namespace icbgen;
class ReferenceMarker {
public:
    explicit ReferenceMarker(const std::vector<GlossaryEntry>& glossary);
    std::string mark(const std::string& html) const;

private:
    struct Entry {
        std::string text;
        std::string title;
    };
    std::map<char, std::vector<Entry>> entries_;
    void mark_text(const std::string& text, std::set<std::string>& used, std::string& out) const;
};
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

ReferenceMarker::ReferenceMarker(const std::vector<GlossaryEntry>& glossary) {
    for (const auto& g : glossary) {
        if (g.abbr.empty() || g.expansion.empty()) continue;
        entries_[g.abbr[0]].push_back({escape(g.abbr), escape(g.expansion)});
    }
    for (auto& [_, list] : entries_)
        std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
            return a.text.size() > b.text.size();
        });
}

void ReferenceMarker::mark_text(const std::string& text, std::set<std::string>& used,
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

std::string ReferenceMarker::mark(const std::string& html) const {
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

}  // namespace reference

TEST_CASE("abbreviations: the same bytes as the marker before it copied text in runs") {
    std::vector<GlossaryEntry> glossary = {{"ICB", "Integrated Care Board", "", {}},
                                           {"A&E", "Accident & emergency", "", {}},
                                           {"CC", "Children's Centre", "", {}},
                                           {"CC4C", "Connecting Care for Children", "", {}},
                                           {"CYP", "Children and young people", "", {}},
                                           {"ICB", "a second meaning", "", {}},
                                           {"<X", "angle", "", {}},
                                           {"\"Q", "quote", "", {}},
                                           {"GP", "", "", {}}};
    AbbrMarker fast(glossary);
    reference::ReferenceMarker slow(glossary);
    const std::vector<std::string> pieces = {"ICB",
                                             "A&amp;E",
                                             "CC",
                                             "CC4C",
                                             "CYP",
                                             "CYP-IAPT",
                                             "ICBs",
                                             " ",
                                             " ",
                                             "-",
                                             ".",
                                             "x",
                                             "<p>",
                                             "</p>",
                                             "<code>",
                                             "</code>",
                                             "<CODE>",
                                             "<svg>",
                                             "</svg>",
                                             "<br/>",
                                             "<abbr title=\"y\">",
                                             "</abbr>",
                                             "<!-- ICB -->",
                                             "&amp;",
                                             "&nbsp;",
                                             "&",
                                             ";",
                                             "<",
                                             "<X",
                                             "&lt;X",
                                             "\"Q",
                                             "GP",
                                             "\xC3\xA9",
                                             "1",
                                             "<title>",
                                             "</title>",
                                             "<pre/>",
                                             "</main>",
                                             "<main>",
                                             "ICB&amp;"};
    std::uint32_t seed = 12345;
    auto next = [&] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int round = 0; round < 3000; ++round) {
        std::string html = round % 7 == 0 ? "<p>ICB before</p>" : "";
        html += "<main id=\"m\">";
        int n = static_cast<int>(next() % 40);
        for (int k = 0; k < n; ++k) html += pieces[next() % pieces.size()];
        if (round % 5 != 0) html += "</main><footer>ICB</footer>";
        INFO(html);
        CHECK(fast.mark(html) == slow.mark(html));
    }
}

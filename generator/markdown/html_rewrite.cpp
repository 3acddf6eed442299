#include "markdown/html_rewrite.h"
#include "core/text.h"

#include <algorithm>
#include <cctype>

namespace icbgen {

std::string slugify(std::string_view text) {
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\'') continue;
        // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) is an apostrophe too.
        if (c == 0xE2 && text.substr(i, 3) == "\xE2\x80\x99") {
            i += 2;
            continue;
        }
        if (std::isalnum(c) && c < 0x80) {
            if (gap && !out.empty()) out += '-';
            out += static_cast<char>(std::tolower(c));
            gap = false;
        } else if (c < 0x80 || c >= 0xC0) {
            gap = true;  // ASCII punctuation or the first byte of a non-ASCII character
        }
    }
    return out.empty() ? "section" : out;
}

namespace markdown_detail {

std::string escape_html(std::string_view text) { return escape_markup(text); }

namespace {

std::string unique_id(const std::string& text, std::set<std::string>& used) {
    std::string base = slugify(text), id = base;
    for (int n = 2; used.count(id); ++n) id = base + "-" + std::to_string(n);
    used.insert(id);
    return id;
}

// The tag name of `tag` ("<th align=\"left\">" -> "th", "</thead>" -> "/thead").
std::string tag_name(const std::string& tag) {
    std::size_t i = 1;
    std::string name;
    if (i < tag.size() && tag[i] == '/') name += tag[i++];
    while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i]))) name += tag[i++];
    return name;
}

int heading_level(const std::string& name) {
    std::string n = name[0] == '/' ? name.substr(1) : name;
    if (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6') return n[1] - '0';
    return 0;
}

}  // namespace

std::string rewrite_html(std::string html, const std::vector<HeadingInfo>& headings,
                         std::vector<TableInfo> tables, const HtmlOptions& options) {
    // Remove caption paragraphs, which cmark renders just before their table.
    std::size_t cursor = 0;
    for (auto& t : tables) {
        if (t.caption.empty()) continue;
        std::size_t pos = html.find(t.caption_html + "<table", cursor);
        if (pos == std::string::npos) {
            t.caption.clear();
            continue;
        }
        html.erase(pos, t.caption_html.size());
        cursor = pos;
    }

    int top = 7;
    for (const auto& h : headings) top = std::min(top, h.level);
    int shift = top < options.min_heading_level ? options.min_heading_level - top : 0;
    std::set<std::string> local_ids;
    std::set<std::string>& ids = options.used_ids ? *options.used_ids : local_ids;

    std::string out;
    out.reserve(html.size() + html.size() / 8);
    std::size_t heading = 0, table = 0;
    bool in_head = false;
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] != '<') {
            out += html[i++];
            continue;
        }
        std::size_t end = html.find('>', i);
        if (end == std::string::npos) end = html.size() - 1;
        std::string tag = html.substr(i, end - i + 1);
        i = end + 1;
        std::string name = tag_name(tag);
        if (int level = heading_level(name)) {
            int moved = std::min(6, level + shift);
            std::string h = "h" + std::to_string(moved);
            if (name[0] == '/') {
                out += "</" + h + ">";
            } else if (tag == "<h" + std::to_string(level) + ">" && heading < headings.size()) {
                out += "<" + h + " id=\"" + unique_id(headings[heading++].text, ids) + "\">";
            } else {
                out += "<" + h + tag.substr(3);
            }
        } else if (name == "table") {
            std::string caption = table < tables.size() ? tables[table].caption : std::string();
            ++table;
            if (!options.table_wrapper_class.empty())
                out += "<div class=\"" + options.table_wrapper_class +
                       "\" role=\"region\" tabindex=\"0\" aria-label=\"" +
                       escape_html(caption.empty() ? "Table" : caption) + "\">\n";
            out += tag;
            if (!caption.empty()) out += "\n<caption>" + escape_html(caption) + "</caption>";
        } else if (name == "/table") {
            out += tag;
            if (!options.table_wrapper_class.empty()) out += "\n</div>";
        } else if (name == "thead" || name == "/thead") {
            in_head = name == "thead";
            out += tag;
        } else if (name == "th" && in_head) {
            out += "<th scope=\"col\"" + tag.substr(3);
        } else {
            out += tag;
        }
    }
    return out;
}

}  // namespace markdown_detail
}  // namespace icbgen

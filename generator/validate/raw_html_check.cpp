// Raw HTML in Markdown is never published (markdown.h): say so where it was written, rather
// than let the text vanish from the page without a word. HTML comments are notes to editors
// and are dropped quietly.
#include "markdown/markdown.h"
#include "validate/checks.h"
#include "validate/link_targets.h"

namespace icbgen {

namespace {

// The first line of the HTML, shortened for a message.
std::string excerpt(const std::string& html) {
    std::string first = html.substr(0, html.find('\n'));
    while (!first.empty() && (first.back() == ' ' || first.back() == '\r')) first.pop_back();
    if (first.size() > 60) {
        std::size_t cut = 57;
        while (cut > 0 && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80) --cut;
        first = first.substr(0, cut) + "...";
    }
    return first;
}

int line_count(const std::string& html) {
    int lines = 1;
    for (std::size_t i = 0; i + 1 < html.size(); ++i)
        if (html[i] == '\n') ++lines;
    return lines;
}

}  // namespace

void check_raw_html(const SiteModel& model, Diagnostics& diags) {
    for_each_markdown(model, [&](const Markdown& md, bool) {
        if (md.text.empty()) return;
        for (const auto& h : markdown_raw_html(md.text)) {
            std::size_t start = h.html.find_first_not_of(" \t\n");
            if (start == std::string::npos) continue;
            // A comment, or the closing tag of an element already reported at its opening.
            if (h.html.compare(start, 4, "<!--") == 0 || h.html.compare(start, 2, "</") == 0)
                continue;
            std::string what = "the HTML '" + excerpt(h.html.substr(start)) + "'";
            if (int lines = line_count(h.html); h.block && lines > 1)
                what += lines == 2 ? " and the line after it"
                                   : " and the " + std::to_string(lines - 1) + " lines after it";
            diags.warning("raw-html",
                          markdown_location(md, h.line, h.column + static_cast<int>(start)),
                          what + " will not be published: icbgen leaves raw HTML out",
                          "write it in Markdown instead (**bold**, lists, tables, a line ending "
                          "in '\\' for a line break): icbgen never publishes raw HTML");
        }
    });
}

}  // namespace icbgen

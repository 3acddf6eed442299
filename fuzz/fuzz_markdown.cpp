// Fuzz target: the Markdown facade: links, headings, link rewriting, and the safe HTML with
// every option (heading levels from the first byte, used ids, table wrappers); slugify.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "markdown/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    int min_level = data[0] % 8;  // 0..7: out-of-range levels are the facade's to clamp
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);

    icbgen::MarkdownDocument doc(text);
    for (const auto& link : doc.links()) (void)icbgen::slugify(link.text);
    for (const auto& [level, heading] : doc.headings()) (void)icbgen::slugify(heading);
    doc.rewrite_links([](const std::string& url) -> std::optional<std::string> {
        if (url.rfind("@/", 0) == 0) return "../" + url.substr(2) + "/";
        if (url.size() % 3 == 0) return std::string();
        return std::nullopt;
    });
    std::set<std::string> used{"maincontent", "section"};
    icbgen::HtmlOptions options;
    options.min_heading_level = min_level;
    options.used_ids = &used;
    options.table_wrapper_class = (data[0] & 0x80) ? "app-table-wrapper" : "";
    (void)doc.html(options);
    (void)doc.html();
    (void)icbgen::markdown_to_html(text);
    (void)icbgen::slugify(text);
    return 0;
}

#pragma once
// The one place icbgen touches cmark-gfm: GitHub-flavoured Markdown (tables, autolinks,
// strikethrough, task lists, footnotes) parsed once, then inspected or rendered. Raw HTML in
// content is never passed through.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct cmark_node;
struct cmark_parser;

namespace icbgen {

struct MarkdownLink {
    std::string url;
    std::string text;
    int line = 0;    // 1-based, relative to the Markdown text
    int column = 0;
};

// Rewrites a link destination; returning nullopt leaves it unchanged.
using LinkRewriter = std::function<std::optional<std::string>(const std::string& url)>;

class MarkdownDocument {
public:
    explicit MarkdownDocument(const std::string& text);
    ~MarkdownDocument();
    MarkdownDocument(const MarkdownDocument&) = delete;
    MarkdownDocument& operator=(const MarkdownDocument&) = delete;

    // Every link and image destination, in document order.
    std::vector<MarkdownLink> links() const;
    // Headings as (level, plain text), in order.
    std::vector<std::pair<int, std::string>> headings() const;
    // Rewrites link destinations in place (e.g. "@/metrics/x.md" to "../metrics/x/").
    void rewrite_links(const LinkRewriter& rewrite);
    // Safe HTML: raw HTML is omitted, dangerous URLs are dropped.
    std::string html() const;

private:
    cmark_parser* parser_ = nullptr;
    cmark_node* root_ = nullptr;
};

// Renders Markdown to safe HTML in one call.
std::string markdown_to_html(const std::string& text, const LinkRewriter& rewrite = {});

}  // namespace icbgen

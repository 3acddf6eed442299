#pragma once
// The one place icbgen touches cmark-gfm: GitHub-flavoured Markdown (tables, autolinks,
// strikethrough, task lists, footnotes) parsed once, then inspected or rendered. Raw HTML in
// content is never passed through.
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

struct cmark_node;
struct cmark_parser;

namespace icbgen {

struct MarkdownLink {
    std::string url;
    std::string text;
    int line = 0;  // 1-based, relative to the Markdown text
    int column = 0;
    bool image = false;  // an image (![alt](url)) rather than a link
};

// Raw HTML written in the Markdown (a block or an inline tag), which html() leaves out.
struct MarkdownHtml {
    std::string html;
    bool block = false;
    int line = 0;  // 1-based, relative to the Markdown text
    int column = 0;
};

// Rewrites a link destination; returning nullopt leaves it unchanged.
using LinkRewriter = std::function<std::optional<std::string>(const std::string& url)>;

// How HTML is produced. Whatever the options, the HTML is accessible by construction:
// - headings get stable ids: the slug of their text, "-2", "-3"... when taken;
// - table header cells get scope="col";
// - a paragraph "Table: some caption" right before a table becomes that table's <caption>;
// - raw HTML is omitted; a link or image whose URL is not https:, http:, mailto: or on this
//   site (core/url.h: javascript:, data: and the like, however spelt) is dropped, its text kept.
struct HtmlOptions {
    // Headings are moved down so that the highest is at this level (a page's body starts
    // at <h2> under the page's own <h1>); never below <h6>.
    int min_heading_level = 1;
    // Ids already used on the page: heading ids avoid them and are added to them.
    std::set<std::string>* used_ids = nullptr;
    // When not empty, every table is wrapped in <div class="..."> that scrolls on narrow
    // screens: keyboard-focusable, a region named by the caption (or "Table").
    std::string table_wrapper_class;
};

// A heading id: lowercase ASCII letters and digits with single hyphens ("The challenge" ->
// "the-challenge"); apostrophes vanish, other characters separate words; "section" if empty.
std::string slugify(std::string_view text);

class MarkdownDocument {
public:
    explicit MarkdownDocument(const std::string& text);
    ~MarkdownDocument();
    MarkdownDocument(const MarkdownDocument&) = delete;
    MarkdownDocument& operator=(const MarkdownDocument&) = delete;

    // Every link and image destination, in document order.
    std::vector<MarkdownLink> links() const;
    // Every piece of raw HTML, in document order.
    std::vector<MarkdownHtml> raw_html() const;
    // Headings as (level, plain text), in order.
    std::vector<std::pair<int, std::string>> headings() const;
    // Rewrites link destinations in place (e.g. "@/metrics/x.md" to "../metrics/x/").
    void rewrite_links(const LinkRewriter& rewrite);
    // Safe HTML: raw HTML is omitted, unsafe links and images dropped (see HtmlOptions).
    std::string html(const HtmlOptions& options = {}) const;

private:
    cmark_parser* parser_ = nullptr;
    cmark_node* root_ = nullptr;
};

// The links and the raw HTML of `text`, as MarkdownDocument gives them, kept per text for the
// process: the checks ask for them several times over, and `icbgen serve` checks the site
// again on every edit, when most of its text has not changed. Safe from several threads.
std::vector<MarkdownLink> markdown_links(const std::string& text);
std::vector<MarkdownHtml> markdown_raw_html(const std::string& text);
// The two above keep their answers per text for the process (`icbgen serve` checks the site
// again on every edit); a one-shot run lets them go once its checks are done.
void forget_markdown_facts();
// Tells them how many texts a check of the whole site reads, so that they keep them all.
void expect_markdown_texts(std::size_t count);

// Renders Markdown to safe HTML in one call.
std::string markdown_to_html(const std::string& text, const LinkRewriter& rewrite = {},
                             const HtmlOptions& options = {});

}  // namespace icbgen

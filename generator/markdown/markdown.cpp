#include "markdown/markdown.h"

#include <algorithm>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>

#include "core/url.h"
#include "markdown/html_rewrite.h"

namespace icbgen {

namespace {

constexpr int kOptions =
    CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
const char* const kExtensions[] = {"table", "autolink", "strikethrough", "tasklist"};

void ensure_registered() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// Calls `visit` on every node below and including `root`, in document order.
template <typename Visit>
void for_each_node(cmark_node* root, Visit visit) {
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
        if (ev == CMARK_EVENT_ENTER) visit(cmark_iter_get_node(it));
    cmark_iter_free(it);
}

std::string plain_text(cmark_node* node) {
    std::string out;
    for_each_node(node, [&](cmark_node* n) {
        auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            const char* lit = cmark_node_get_literal(n);
            if (lit) out += lit;
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            out += ' ';
        }
    });
    return out;
}

}  // namespace

MarkdownDocument::MarkdownDocument(const std::string& text) {
    ensure_registered();
    parser_ = cmark_parser_new(kOptions);
    for (const char* name : kExtensions)
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser_, ext);
    cmark_parser_feed(parser_, text.data(), text.size());
    root_ = cmark_parser_finish(parser_);
}

MarkdownDocument::~MarkdownDocument() {
    if (root_) cmark_node_free(root_);
    if (parser_) cmark_parser_free(parser_);
}

std::vector<MarkdownLink> MarkdownDocument::links() const {
    std::vector<MarkdownLink> out;
    for_each_node(root_, [&](cmark_node* n) {
        auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            const char* url = cmark_node_get_url(n);
            out.push_back({url ? url : "", plain_text(n), cmark_node_get_start_line(n),
                           cmark_node_get_start_column(n), type == CMARK_NODE_IMAGE});
        }
    });
    return out;
}

std::vector<MarkdownHtml> MarkdownDocument::raw_html() const {
    std::vector<MarkdownHtml> out;
    for_each_node(root_, [&](cmark_node* n) {
        auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
            const char* lit = cmark_node_get_literal(n);
            out.push_back({lit ? lit : "", type == CMARK_NODE_HTML_BLOCK,
                           cmark_node_get_start_line(n), cmark_node_get_start_column(n)});
        }
    });
    return out;
}

std::vector<std::pair<int, std::string>> MarkdownDocument::headings() const {
    std::vector<std::pair<int, std::string>> out;
    for (cmark_node* n = cmark_node_first_child(root_); n; n = cmark_node_next(n))
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING)
            out.emplace_back(cmark_node_get_heading_level(n), plain_text(n));
    return out;
}

void MarkdownDocument::rewrite_links(const LinkRewriter& rewrite) {
    if (!rewrite) return;
    for_each_node(root_, [&](cmark_node* n) {
        auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            const char* url = cmark_node_get_url(n);
            if (auto replacement = rewrite(url ? url : ""))
                cmark_node_set_url(n, replacement->c_str());
        }
    });
}

namespace {

// Replaces every link and image whose URL is not safe (core/url.h) by its text: the reader
// keeps the words, and no href or src with another scheme reaches the HTML. cmark's own safe
// mode blanks javascript:, vbscript:, file: and most data: URLs; this also covers the rest
// (data:image/..., other schemes, "//host") and runs after any link rewriting.
void drop_unsafe_links(cmark_node* root) {
    std::vector<cmark_node*> unsafe;
    for_each_node(root, [&](cmark_node* n) {
        auto type = cmark_node_get_type(n);
        if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) return;
        const char* url = cmark_node_get_url(n);
        if (!is_safe_url(url ? url : "")) unsafe.push_back(n);
    });
    // Innermost first, so that a node is never freed before its children are moved out.
    for (auto it = unsafe.rbegin(); it != unsafe.rend(); ++it) {
        cmark_node* n = *it;
        while (cmark_node* child = cmark_node_first_child(n)) cmark_node_insert_before(n, child);
        cmark_node_free(n);
    }
}

std::string render(cmark_node* node, cmark_parser* parser) {
    char* html = cmark_render_html(node, kOptions, cmark_parser_get_syntax_extensions(parser));
    std::string out = html ? html : "";
    std::free(html);
    return out;
}

std::string trim(std::string s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    while (!s.empty() && space(s.back())) s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && space(s[i])) ++i;
    return s.substr(i);
}

}  // namespace

std::string MarkdownDocument::html(const HtmlOptions& options) const {
    drop_unsafe_links(root_);  // idempotent: the document stays the same to the reader
    std::vector<markdown_detail::HeadingInfo> headings;
    std::vector<markdown_detail::TableInfo> tables;
    for_each_node(root_, [&](cmark_node* n) {
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING) {
            headings.push_back({cmark_node_get_heading_level(n), plain_text(n)});
        } else if (std::strcmp(cmark_node_get_type_string(n), "table") == 0) {
            markdown_detail::TableInfo table;
            cmark_node* prev = cmark_node_previous(n);
            if (prev && cmark_node_get_type(prev) == CMARK_NODE_PARAGRAPH) {
                std::string text = plain_text(prev);
                if (text.rfind("Table:", 0) == 0) {
                    table.caption = trim(text.substr(6));
                    table.caption_html = render(prev, parser_);
                }
            }
            tables.push_back(std::move(table));
        }
    });
    return markdown_detail::rewrite_html(render(root_, parser_), headings, std::move(tables),
                                         options);
}

std::string markdown_to_html(const std::string& text, const LinkRewriter& rewrite,
                             const HtmlOptions& options) {
    MarkdownDocument doc(text);
    doc.rewrite_links(rewrite);
    return doc.html(options);
}

namespace {

struct MarkdownFacts {
    std::vector<MarkdownLink> links;
    std::vector<MarkdownHtml> raw_html;
};

struct KnownFacts {
    std::mutex mutex;
    std::map<std::string, MarkdownFacts, std::less<>> known;
    // Bounded (edits leave old texts behind), but never below twice the texts of the site
    // being checked: past it, every check would parse every text again.
    std::size_t limit = 20000;
};

KnownFacts& known_facts() {
    static KnownFacts facts;
    return facts;
}

MarkdownFacts facts_of(const std::string& text) {
    std::mutex& mutex = known_facts().mutex;
    auto& known = known_facts().known;
    {
        std::lock_guard lock(mutex);
        if (auto it = known.find(text); it != known.end()) return it->second;
    }
    MarkdownDocument doc(text);
    MarkdownFacts facts{doc.links(), doc.raw_html()};
    std::lock_guard lock(mutex);
    if (known.size() > known_facts().limit) known.clear();
    known.emplace(text, facts);
    return facts;
}

}  // namespace

std::vector<MarkdownLink> markdown_links(const std::string& text) { return facts_of(text).links; }

void expect_markdown_texts(std::size_t count) {
    std::lock_guard lock(known_facts().mutex);
    known_facts().limit = std::max<std::size_t>(20000, 2 * count);
}

void forget_markdown_facts() {
    std::lock_guard lock(known_facts().mutex);
    known_facts().known.clear();
}

std::vector<MarkdownHtml> markdown_raw_html(const std::string& text) {
    return facts_of(text).raw_html;
}

}  // namespace icbgen

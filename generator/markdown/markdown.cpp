#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <mutex>

namespace icbgen {

namespace {

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
const char* const kExtensions[] = {"table", "autolink", "strikethrough", "tasklist"};

void ensure_registered() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

std::string plain_text(cmark_node* node) {
    std::string out;
    cmark_iter* it = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            const char* lit = cmark_node_get_literal(n);
            if (lit) out += lit;
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            out += ' ';
        }
    }
    cmark_iter_free(it);
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
    cmark_iter* it = cmark_iter_new(root_);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            const char* url = cmark_node_get_url(n);
            out.push_back({url ? url : "", plain_text(n), cmark_node_get_start_line(n),
                           cmark_node_get_start_column(n)});
        }
    }
    cmark_iter_free(it);
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
    cmark_iter* it = cmark_iter_new(root_);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            const char* url = cmark_node_get_url(n);
            if (auto replacement = rewrite(url ? url : ""))
                cmark_node_set_url(n, replacement->c_str());
        }
    }
    cmark_iter_free(it);
}

std::string MarkdownDocument::html() const {
    char* html = cmark_render_html(root_, kOptions, cmark_parser_get_syntax_extensions(parser_));
    std::string out = html ? html : "";
    std::free(html);
    return out;
}

std::string markdown_to_html(const std::string& text, const LinkRewriter& rewrite) {
    MarkdownDocument doc(text);
    doc.rewrite_links(rewrite);
    return doc.html();
}

}  // namespace icbgen

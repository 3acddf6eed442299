#include "render/site/list_pages.h"

#include <algorithm>

#include "format/number_format.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

std::string page_of(std::size_t n, std::size_t pages) {
    return "Page " + format_number(static_cast<double>(n)) + " of " +
           format_number(static_cast<double>(pages));
}

}  // namespace

std::size_t list_page_count(std::size_t rows) {
    std::size_t size = site_paths::list_page_size();
    return rows == 0 ? 1 : (rows + size - 1) / size;
}

ListPage list_page_of(std::size_t rows, std::size_t number) {
    std::size_t size = site_paths::list_page_size();
    ListPage p;
    p.pages = list_page_count(rows);
    p.number = std::clamp<std::size_t>(number, 1, p.pages);
    p.total = rows;
    p.first = std::min(rows, (p.number - 1) * size);
    p.last = std::min(rows, p.first + size);
    return p;
}

PageMeta list_page_meta(const PageMeta& first, const ListPage& page) {
    if (page.number <= 1) return first;
    PageMeta meta = first;
    meta.path = site_paths::list_page(first.path, page.number);
    // "Metrics, page 2 of 9"; after a question, "How is Bexley doing? Page 2 of 3".
    std::string title = first.doc_title.empty() ? first.title : first.doc_title;
    std::string of = page_of(page.number, page.pages);
    if (!title.empty() && title.back() == '?')
        meta.doc_title = title + " " + of;
    else
        meta.doc_title = title + ", p" + of.substr(1);
    meta.crumbs.push_back({first.title, first.path});
    return meta;
}

nlohmann::json paging_view(const PageMeta& meta, const std::string& first_path,
                           const ListPage& page, const std::string& noun) {
    if (page.pages <= 1) return nullptr;
    nlohmann::json v;
    v["range"] = noun + " " + format_number(static_cast<double>(page.first + 1)) + " to " +
                 format_number(static_cast<double>(page.last)) + " of " +
                 format_number(static_cast<double>(page.total));
    v["page_of"] = page_of(page.number, page.pages);
    if (page.number > 1)
        v["previous"] = {{"href", href(meta, site_paths::list_page(first_path, page.number - 1))},
                         {"label", page_of(page.number - 1, page.pages)}};
    if (page.number < page.pages)
        v["next"] = {{"href", href(meta, site_paths::list_page(first_path, page.number + 1))},
                     {"label", page_of(page.number + 1, page.pages)}};
    return v;
}

}  // namespace icbgen

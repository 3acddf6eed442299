#pragma once
// A long list split into pages of at most site_paths::list_page_size() rows: which rows a
// page shows, its address, its <title> and the NHS.UK pagination under the list. A list that
// fits on one page is unchanged (no pagination, no "page 1 of 1").
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

#include "render/site/page_layout.h"

namespace icbgen {

struct ListPage {
    std::size_t number = 1;  // 1-based
    std::size_t pages = 1;   // how many pages the list has (at least 1)
    std::size_t first = 0;   // the page's rows are [first, last) of the list
    std::size_t last = 0;
    std::size_t total = 0;  // rows in the whole list
};

// How many pages a list of `rows` rows takes (1 for an empty list).
std::size_t list_page_count(std::size_t rows);

// Page `number` of a list of `rows` rows.
ListPage list_page_of(std::size_t rows, std::size_t number);

// The meta of page `page.number` of the list whose first page is `first`: page 1 is `first`
// itself; later pages get their own address, "<title>, page 2 of 9" as <title> and page 1 as
// the last breadcrumb.
PageMeta list_page_meta(const PageMeta& first, const ListPage& page);

// The view of the pagination partial ({range, previous{href, label}, next{href, label}}), or
// null when the list has one page. `noun` names the rows: "Metrics 501 to 1,000 of 4,537".
nlohmann::json paging_view(const PageMeta& meta, const std::string& first_path,
                           const ListPage& page, const std::string& noun);

}  // namespace icbgen

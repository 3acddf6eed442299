#include "cli/search_index.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("Pagefind's copy of a page leaves out what it would ignore whole", "[search]") {
    CHECK(without_ignored("<main><p>Kept</p><figure data-pagefind-ignore=\"all\"><svg>"
                          "<text>12</text></svg></figure><p>Also kept</p></main>") ==
          "<main><p>Kept</p><p>Also kept</p></main>");
    // Nested elements of the same name are counted; a name that only starts the same is not.
    CHECK(without_ignored("<div>a<div class=\"x\" data-pagefind-ignore=\"all\"><div>b</div>"
                          "<divider></divider>c</div>d</div>") == "<div>ad</div>");
    // Two in one page, and one at the very end.
    CHECK(without_ignored("<p>1</p><table data-pagefind-ignore=\"all\"><tr><td>x</td></tr>"
                          "</table><p>2</p><figure data-pagefind-ignore=\"all\">y</figure>") ==
          "<p>1</p><p>2</p>");
    // Only "all": a plain data-pagefind-ignore keeps the element for Pagefind to handle.
    const std::string plain = "<nav data-pagefind-ignore>menu</nav><p>x</p>";
    CHECK(without_ignored(plain) == plain);
    // An element that is never closed leaves the page as it was.
    const std::string broken = "<p>x</p><div data-pagefind-ignore=\"all\"><p>y</p>";
    CHECK(without_ignored(broken) == broken);
}

TEST_CASE("Pagefind is given a page's head and its indexed element only", "[search]") {
    const std::string page =
        "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body class=\"b\">"
        "<header><nav>Menu</nav></header><main><div class=\"x\" data-pagefind-body>"
        "<h1>Title</h1><div><p>Text</p></div><table data-pagefind-ignore=\"all\"><tr><td>1"
        "</td></tr></table></div><aside>Related</aside></main><footer>Links</footer></body>"
        "</html>";
    CHECK(for_pagefind(page) ==
          "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body>"
          "<div class=\"x\" data-pagefind-body><h1>Title</h1><div><p>Text</p></div></div>"
          "</body></html>");
    // No indexed element, or one that is never closed: the whole page, minus what is ignored.
    const std::string whole =
        "<html><head></head><body><p>x</p><p data-pagefind-ignore=\"all\">"
        "y</p></body></html>";
    CHECK(for_pagefind(whole) == "<html><head></head><body><p>x</p></body></html>");
    const std::string open = "<html><head></head><body><div data-pagefind-body><p>x</p></body>";
    CHECK(for_pagefind(open) == open);
}

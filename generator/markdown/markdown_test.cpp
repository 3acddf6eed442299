#include "markdown/markdown.h"

#include <cmark-gfm.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>

using namespace icbgen;

TEST_CASE("slugify makes stable heading ids") {
    CHECK(slugify("The challenge") == "the-challenge");
    CHECK(slugify("Children\xE2\x80\x99s and young people's mental health") ==
          "childrens-and-young-peoples-mental-health");
    CHECK(slugify("  A&E: 4 hours (2023/24)  ") == "a-e-4-hours-2023-24");
    CHECK(slugify("Caf\xC3\xA9 society") == "caf-society");
    CHECK(slugify("***") == "section");
}

TEST_CASE("headings get deduplicated ids") {
    CHECK(markdown_to_html("## The challenge\n\n## The challenge\n\n### Our approach\n") ==
          "<h2 id=\"the-challenge\">The challenge</h2>\n"
          "<h2 id=\"the-challenge-2\">The challenge</h2>\n"
          "<h3 id=\"our-approach\">Our approach</h3>\n");
}

TEST_CASE("headings move down under the page's own h1 and avoid the page's ids") {
    std::set<std::string> ids = {"maincontent", "purpose"};
    HtmlOptions options;
    options.min_heading_level = 2;
    options.used_ids = &ids;
    CHECK(markdown_to_html("# Purpose\n\n## Detail\n", {}, options) ==
          "<h2 id=\"purpose-2\">Purpose</h2>\n<h3 id=\"detail\">Detail</h3>\n");
    CHECK(ids.count("purpose-2") == 1);
    CHECK(ids.count("detail") == 1);
    // Already low enough: unchanged.
    CHECK(markdown_to_html("### Deep\n", {}, options) == "<h3 id=\"deep\">Deep</h3>\n");
}

TEST_CASE("tables get scope on header cells and a caption from a 'Table:' paragraph") {
    const std::string expected =
        "<table>\n<caption>Survey results &amp; counts</caption>\n<thead>\n<tr>\n"
        "<th scope=\"col\">Question</th>\n<th scope=\"col\" align=\"right\">Yes</th>\n</tr>\n"
        "</thead>\n<tbody>\n<tr>\n<td>Easy</td>\n<td align=\"right\">12</td>\n</tr>\n</tbody>\n"
        "</table>\n";
    CHECK(markdown_to_html("Table: Survey results & counts\n\n"
                           "| Question | Yes |\n| --- | ---: |\n| Easy | 12 |\n") == expected);
    CHECK(markdown_to_html("Table: Survey results & counts\n"
                           "| Question | Yes |\n| --- | ---: |\n| Easy | 12 |\n") == expected);
}

TEST_CASE("a table without a caption paragraph gets none - a lone 'Table:' paragraph stays") {
    std::string html = markdown_to_html("| A |\n| - |\n| 1 |\n\nTable: not before a table\n");
    CHECK(html.find("<caption>") == std::string::npos);
    CHECK(html.find("<th scope=\"col\">A</th>") != std::string::npos);
    CHECK(html.find("<p>Table: not before a table</p>") != std::string::npos);
}

TEST_CASE("tables can be wrapped in a focusable scrolling region named by the caption") {
    HtmlOptions options;
    options.table_wrapper_class = "scroll";
    CHECK(markdown_to_html("Table: Results\n\n| A |\n| - |\n| 1 |\n", {}, options) ==
          "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Results\">\n"
          "<table>\n<caption>Results</caption>\n<thead>\n<tr>\n<th scope=\"col\">A</th>\n"
          "</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n</div>\n");
}

TEST_CASE("raw HTML is never passed through and dangerous links are dropped") {
    std::string html = markdown_to_html(
        "<script>alert(1)</script>\n\nText <b onclick=\"x\">bold</b> "
        "[click](javascript:alert(1)) and `<i>code</i>`\n");
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("<code>&lt;i&gt;code&lt;/i&gt;</code>") != std::string::npos);
}

TEST_CASE("cmark's safe mode alone drops javascript: links in bodies") {
    // What cmark-gfm does without our own filter: the URL is blanked, the link stays.
    const char* md = "[a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](&#106;avascript:x)";
    char* html = cmark_markdown_to_html(md, std::strlen(md), CMARK_OPT_DEFAULT);
    std::string out = html;
    std::free(html);
    CHECK(out.find("javascript") == std::string::npos);
    CHECK(out.find("JAVASCRIPT") == std::string::npos);
    CHECK(out == "<p><a href=\"\">a</a> <a href=\"\">b</a> <a href=\"\">c</a></p>\n");
}

TEST_CASE("links and images with another scheme are dropped, their text kept") {
    std::string html = markdown_to_html(
        "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) "
        "[d](<java\tscript:x>) <javascript:alert(1)> [e](data:image/png;base64,AAAA) "
        "![f](data:image/png;base64,AAAA) [g](vbscript:x) [h](ftp://example.org/) "
        "[i](//evil.example/) [j](https://example.org/) [k](mailto:a@example.org) [l](#top) "
        "[![m](data:image/gif;base64,AAAA)](https://example.org/m)");
    CHECK(html ==
          "<p>a b c d javascript:alert(1) e f g h i "
          "<a href=\"https://example.org/\">j</a> <a href=\"mailto:a@example.org\">k</a> "
          "<a href=\"#top\">l</a> <a href=\"https://example.org/m\">m</a></p>\n");
}

TEST_CASE("a rewriter that produces an unsafe URL still gives no link") {
    auto rewrite = [](const std::string&) -> std::optional<std::string> {
        return std::string("javascript:alert(1)");
    };
    CHECK(markdown_to_html("[x](@/metrics/a.md)", rewrite) == "<p>x</p>\n");
}

TEST_CASE("@/ links are rewritten") {
    auto rewrite = [](const std::string& url) -> std::optional<std::string> {
        if (url.rfind("@/", 0) == 0) return "../" + url.substr(2) + "/index.html";
        return std::nullopt;
    };
    CHECK(markdown_to_html("[x](@/metrics/a) [y](https://example.org/)", rewrite) ==
          "<p><a href=\"../metrics/a/index.html\">x</a> "
          "<a href=\"https://example.org/\">y</a></p>\n");
}

TEST_CASE("links and headings are listed with their positions") {
    MarkdownDocument doc("# Title\n\nSee [a](@/metrics/a.md).\n");
    auto links = doc.links();
    REQUIRE(links.size() == 1);
    CHECK(links[0].url == "@/metrics/a.md");
    CHECK(links[0].text == "a");
    CHECK(links[0].line == 3);
    CHECK_FALSE(links[0].image);
    CHECK(MarkdownDocument("![chart](https://example.org/a.png)").links().at(0).image);
    auto headings = doc.headings();
    REQUIRE(headings.size() == 1);
    CHECK(headings[0] == std::make_pair(1, std::string("Title")));
}

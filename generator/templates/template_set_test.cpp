#include "templates/template_set.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("templates escape text by default and take partials") {
    auto set =
        TemplateSet::from_sources({{"page.mustache", "<h1>{{title}}</h1>{{> footer}}{{{html}}}"},
                                   {"partials/footer.mustache", "<footer>{{site}}</footer>"}});
    Diagnostics d;
    nlohmann::json view = {
        {"title", "<script>alert(1)</script>"}, {"site", "A & B"}, {"html", "<p>ok</p>"}};
    auto out = set.render("page.mustache", view, d);
    REQUIRE(out);
    CHECK(*out ==
          "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><footer>A &amp; B</footer><p>ok</p>");
}

TEST_CASE("a missing or broken template is a diagnostic, not a crash") {
    auto set = TemplateSet::from_sources({{"bad.mustache", "{{#open}}never closed"}});
    Diagnostics d;
    CHECK_FALSE(set.render("bad.mustache", {}, d));
    CHECK_FALSE(set.render("missing.mustache", {}, d));
    REQUIRE(d.items().size() == 2);
    CHECK(d.items()[0].code == "template-syntax");
    CHECK(d.items()[1].code == "template-missing");
}

TEST_CASE("website pages leave out their templates' indentation, but not what it is inside") {
    auto set =
        TemplateSet::from_sources({{"page.mustache",
                                    "<ul>\n  {{#items}}\n    <li>{{.}}</li>\n  {{/items}}\n</ul>\n"
                                    "\t{{> note}}\n{{{body}}}"},
                                   {"partials/note.mustache", "<p>\n    a  note\n</p>"},
                                   {"pack/cover.mustache", "<p>\n    kept\n</p>"},
                                   {"assets/site.css.mustache", "a {\n  color: red;\n}\n"},
                                   {"code.mustache", "<pre>\n  kept\n</pre>\n  <p>too</p>"}});
    Diagnostics d;
    nlohmann::json view = {{"items", {"a", "b"}}, {"body", "<pre>\n  code\n</pre>"}};
    CHECK(*set.render("page.mustache", view, d) ==
          "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>\na  note\n</p>\n<pre>\n  code\n</pre>");
    CHECK(*set.render("pack/cover.mustache", view, d) == "<p>\n    kept\n</p>");
    CHECK(*set.render("assets/site.css.mustache", view, d) == "a {\n  color: red;\n}\n");
    CHECK(*set.render("code.mustache", view, d) == "<pre>\n  kept\n</pre>\n  <p>too</p>");
    CHECK(d.empty());
    CHECK(TemplateSet::without_indentation("<a>\n \t <b>x  y</b>\r\n  z") ==
          "<a>\n<b>x  y</b>\r\nz");
}

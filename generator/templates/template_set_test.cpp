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

#include "render/site/abbr_marker.h"

#include <catch2/catch.hpp>

using namespace icbgen;

namespace {

AbbrMarker marker() {
    return AbbrMarker({{"ICB", "Integrated Care Board", "", {}},
                       {"A&E", "Accident and emergency", "", {}},
                       {"CC", "Children's Centre", "", {}},
                       {"CC4C", "Connecting Care for Children", "", {}},
                       {"CYP", "Children and young people", "", {}}});
}

}  // namespace

TEST_CASE("abbreviations: the first occurrence in <main>'s text, nowhere else") {
    std::string html =
        "<html><head><title>ICB</title></head><body><header>ICB</header>"
        "<main id=\"maincontent\"><h1 title=\"ICB\">About the ICB</h1>"
        "<p>The ICB and A&amp;E. ICB again. CC4C then CC. ICBs and CYP-IAPT are not CYP.</p>"
        "<code>ICB</code></main><footer>ICB</footer></body></html>";
    CHECK(marker().mark(html) ==
          "<html><head><title>ICB</title></head><body><header>ICB</header>"
          "<main id=\"maincontent\"><h1 title=\"ICB\">About the "
          "<abbr title=\"Integrated Care Board\">ICB</abbr></h1>"
          "<p>The ICB and <abbr title=\"Accident and emergency\">A&amp;E</abbr>. ICB again. "
          "<abbr title=\"Connecting Care for Children\">CC4C</abbr> then "
          "<abbr title=\"Children's Centre\">CC</abbr>. ICBs and CYP-IAPT are not "
          "<abbr title=\"Children and young people\">CYP</abbr>.</p>"
          "<code>ICB</code></main><footer>ICB</footer></body></html>");
}

TEST_CASE("abbreviations: text inside <abbr>, <svg> and comments is left alone") {
    std::string html =
        "<main><!-- ICB --><svg><text>ICB</text></svg><abbr title=\"x\">ICB</abbr>"
        "<p>ICB</p></main>";
    CHECK(marker().mark(html) ==
          "<main><!-- ICB --><svg><text>ICB</text></svg><abbr title=\"x\">ICB</abbr>"
          "<p><abbr title=\"Integrated Care Board\">ICB</abbr></p></main>");
    CHECK(marker().mark("<p>ICB without main</p>") == "<p>ICB without main</p>");
}

#include "render/pack/long_words.h"

#include <catch2/catch.hpp>

namespace icbgen {

TEST_CASE("long words: only long words inside table cells are wrapped", "[pack]") {
    const std::string url = "https://www.example.nhs.uk/statistics/attendances.csv";
    CHECK(soften_long_words("<p>" + url + "</p>") == "<p>" + url + "</p>");
    CHECK(soften_long_words("<table><tr><td>Seen in " + url +
                            " today</td><th>Attendances</th></tr></table>") ==
          "<table><tr><td>Seen in <span class=\"long-word\">" + url +
              "</span> today</td><th>Attendances</th></tr></table>");
    // Inside a link: the text is wrapped, the address in the attribute is not touched.
    CHECK(soften_long_words("<td><a href=\"" + url + "\">" + url + "</a></td>") ==
          "<td><a href=\"" + url + "\"><span class=\"long-word\">" + url + "</span></a></td>");
    // Characters are counted, not bytes, and an entity is one character.
    CHECK(soften_long_words("<td>ééééééééééé&amp;ééééééééééé</td>", 23) ==
          "<td>ééééééééééé&amp;ééééééééééé</td>");
    CHECK(soften_long_words("<td>ééééééééééé&amp;ééééééééééé</td>", 22) ==
          "<td><span class=\"long-word\">ééééééééééé&amp;ééééééééééé</span></td>");
}

}  // namespace icbgen

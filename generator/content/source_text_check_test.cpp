#include "content/source_text_check.h"

#include <catch2/catch.hpp>

namespace icbgen {

namespace {

std::vector<std::string> headlines(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags.items())
        out.push_back(d.location.path + ":" + std::to_string(d.location.line) + ":" +
                      std::to_string(d.location.column) + ": " + d.code + ": " + d.message);
    return out;
}

}  // namespace

TEST_CASE("source text: control characters are an error at the first one", "[source_text]") {
    Diagnostics diags;
    CHECK(check_control_characters(
        "a.md", "tabs\tand\r\nCRLF, \xEF\xBB\xBF a BOM, \xC2\xA3 and \xE2\x80\x94\n", diags));
    CHECK(diags.items().empty());
    CHECK_FALSE(check_control_characters("a.md", std::string("one\ntw\0o\fthree\n", 15), diags));
    CHECK(headlines(diags) ==
          std::vector<std::string>{
              "a.md:2:3: control-character: this file contains the NUL character "
              "U+0000, which is invisible in most editors (2 control characters in all)"});
    Diagnostics c1;
    CHECK_FALSE(check_control_characters("b.md", "x\xC2\x85y", c1));
    CHECK(headlines(c1) ==
          std::vector<std::string>{"b.md:1:2: control-character: this file contains the C1 control "
                                   "character U+0085, which is invisible in most editors"});
}

TEST_CASE("source text: look-alike letters in headings, not in code or genuine Greek",
          "[source_text]") {
    Diagnostics diags;
    check_heading_letters("p.md",
                          "## \xD0\xA2he challenge\r\n"  // Cyrillic Т
                          "Text.\n"
                          "# \xCE\x9F\xCE\xBC\xCE\xAC\xCE\xB4\xCE\xB1 group\n"  // Greek Ομάδα
                          "```\n# \xD0\xA2his is code\n```\n"
                          "Our \xD0\xB0pproach\n"  // Cyrillic а, underlined
                          "---\n"
                          "#hashtag \xD0\xB0pple\n",  // not a heading
                          10, diags);
    CHECK(headlines(diags) ==
          std::vector<std::string>{
              "p.md:10:4: confusable-letters: the heading '\xD0\xA2he challenge' contains the "
              "Cyrillic letter '\xD0\xA2' (U+0422), which looks like the Latin 'T'",
              "p.md:16:5: confusable-letters: the heading 'Our \xD0\xB0pproach' contains the "
              "Cyrillic letter '\xD0\xB0' (U+0430), which looks like the Latin 'a'"});
}

TEST_CASE("source text: look-alike letters in file and folder names, each once", "[source_text]") {
    Diagnostics diags;
    check_name_letters({"data/metrics/scr\xD0\xB5"
                        "ening.csv",
                        "content/meetings/2023-07-24-\xD1\x96"
                        "cp/meeting.yaml",
                        "content/meetings/2023-07-24-\xD1\x96"
                        "cp/minutes.md",
                        "content/engagement/caf\xC3\xA9.md"},
                       diags);
    CHECK(headlines(diags) ==
          std::vector<std::string>{
              "data/metrics/scr\xD0\xB5"
              "ening.csv:1:1: confusable-letters: the file name "
              "'scr\xD0\xB5"
              "ening.csv' contains the Cyrillic letter '\xD0\xB5' (U+0435), which "
              "looks like the Latin 'e'",
              "content/meetings/2023-07-24-\xD1\x96"
              "cp/meeting.yaml:1:1: confusable-letters: the "
              "folder name '2023-07-24-\xD1\x96"
              "cp' contains the Cyrillic letter '\xD1\x96' "
              "(U+0456), which looks like the Latin 'i'"});
}

}  // namespace icbgen

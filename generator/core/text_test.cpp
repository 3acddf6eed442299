#include "core/text.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace icbgen;

TEST_CASE("invalid UTF-8 is found at its byte offset") {
    CHECK_FALSE(find_invalid_utf8("plain ascii and caf\xC3\xA9").has_value());
    CHECK(find_invalid_utf8("caf\xE9 au lait") == std::optional<std::size_t>(3));
    CHECK(find_invalid_utf8("\xC3") == std::optional<std::size_t>(0));          // truncated
    CHECK(find_invalid_utf8("\xC0\xAF") == std::optional<std::size_t>(0));      // overlong
    CHECK(find_invalid_utf8("\xED\xA0\x80") == std::optional<std::size_t>(0));  // surrogate
}

TEST_CASE("look-alike letters from another script are caught") {
    // The seed agenda's enclosure letters: Greek Alpha and Cyrillic Ve, Es.
    auto greek = find_confusable("\xCE\x91");
    REQUIRE(greek);
    CHECK(greek->codepoint == "U+0391");
    CHECK(greek->script == "Greek");
    CHECK(greek->looks_like == 'A');
    auto mixed = find_confusable("Enclosure \xD0\xA1");
    REQUIRE(mixed);
    CHECK(mixed->script == "Cyrillic");
    CHECK(mixed->looks_like == 'C');
    CHECK(mixed->offset == 10);
    CHECK(latinise("\xD0\x90genda") == "Agenda");
    // Genuine words in Greek or Cyrillic are not flagged.
    CHECK_FALSE(find_confusable("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"));  // Privet
    CHECK_FALSE(find_confusable("Prevention and wellbeing"));
}

TEST_CASE("Greek words beside Latin ones are fine - a script change inside a word is not") {
    // "Ελληνική Κοινότητα — Το Σπίτι μας": "Το" is made only of look-alikes, but the text
    // around it is Greek.
    CHECK_FALSE(
        find_confusable("\xCE\x95\xCE\xBB\xCE\xBB\xCE\xB7\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAE "
                        "\xCE\x9A\xCE\xBF\xCE\xB9\xCE\xBD\xCF\x8C\xCF\x84\xCE\xB7\xCF\x84\xCE\xB1 "
                        "\xE2\x80\x94 \xCE\xA4\xCE\xBF \xCE\xA3\xCF\x80\xCE\xAF\xCF\x84\xCE\xB9 "
                        "\xCE\xBC\xCE\xB1\xCF\x82 (Greek Community)"));
    // A Greek Omicron inside a Latin word stays caught, Greek text around it or not.
    auto inside = find_confusable("\xCE\xA3\xCF\x80\xCE\xAF\xCF\x84\xCE\xB9 L\xCE\x9Fndon");
    REQUIRE(inside);
    CHECK(inside->codepoint == "U+039F");
    // A lone look-alike letter in Latin text (an enclosure letter) stays caught.
    CHECK(find_confusable("Enclosure \xCE\x91"));
}

TEST_CASE("slugs") {
    CHECK(is_slug("early-years"));
    CHECK(is_slug("p5"));
    CHECK_FALSE(is_slug("Early-years"));
    CHECK_FALSE(is_slug("../etc"));
    CHECK_FALSE(is_slug("a--b"));
    CHECK_FALSE(is_slug("-a"));
    CHECK_FALSE(is_slug("a b"));
    CHECK_FALSE(is_slug(""));
    CHECK(suggest_slug("../Fewer Smokers") == "fewer-smokers");
}

TEST_CASE("did you mean") {
    std::vector<std::string> keys = {"title", "kind", "unit", "polarity"};
    CHECK(did_you_mean("titel", keys) == "did you mean 'title'?");
    CHECK(did_you_mean("polarty", keys) == "did you mean 'polarity'?");
    CHECK(did_you_mean("zzzzzz", keys).empty());
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("ab", "ba") == 1);
}

TEST_CASE("line and column of a byte offset count characters") {
    std::string text = "one\ntw\xC3\xA9o\nthree";
    auto lc = line_column_at(text, 8);  // the 'o' after e-acute
    CHECK(lc.line == 2);
    CHECK(lc.column == 4);
    CHECK(line_text(text, 3) == "three");
    CHECK(line_text(text, 9).empty());
}

TEST_CASE("markup escaping") {
    CHECK(escape_markup("<a href=\"x\">Tom & Jerry's</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;");
    CHECK(escape_markup("it's", true) == "it&apos;s");
}

TEST_CASE("text that a spreadsheet would take for a formula stays text", "[text]") {
    CHECK(spreadsheet_literal("=HYPERLINK(\"http://example.org\")") ==
          " =HYPERLINK(\"http://example.org\")");
    CHECK(spreadsheet_literal("=cmd|' /C calc'!A0") == " =cmd|' /C calc'!A0");
    CHECK(spreadsheet_literal("+44 Somewhere") == " +44 Somewhere");
    CHECK(spreadsheet_literal("-5 points") == " -5 points");
    CHECK(spreadsheet_literal("@risk") == " @risk");
    CHECK(spreadsheet_literal("\tindent") == " \tindent");
    CHECK(spreadsheet_literal("South East London") == "South East London");
    CHECK(spreadsheet_literal("") == "");
}

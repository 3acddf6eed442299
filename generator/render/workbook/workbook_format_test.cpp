#include <catch2/catch.hpp>

#include "render/workbook/plain_text.h"
#include "render/workbook/workbook_format.h"

using namespace icbgen::workbook;

TEST_CASE("sheet names: at most 31 characters, no forbidden characters, unique ignoring case") {
    TakenNames taken{"Cover", "Notes"};
    CHECK(unique_sheet_name("mental-health-service-contacts-change", taken) ==
          "mental-health-service-contacts");  // cut to 31, trailing hyphen dropped
    CHECK(unique_sheet_name("mental-health-service-contacts-change", taken) ==
          "mental-health-service-contact_2");
    CHECK(unique_sheet_name("notes", taken) == "notes_2");
    CHECK(unique_sheet_name("a/b[c]:d*e?f\\g", taken) == "a_b_c__d_e_f_g");
    CHECK(unique_sheet_name("'quoted'", taken) == "quoted");
    CHECK(unique_sheet_name("History", taken) == "History_2");
    CHECK(unique_sheet_name("COVER", taken) == "COVER_2");
    CHECK(taken.contains("mental-health-service-contact_2"));
}

TEST_CASE("table names: letters, digits and underscores, never a cell reference, unique") {
    TakenNames taken;
    CHECK(unique_table_name("Series_bowel-screening-uptake", taken) ==
          "Series_bowel_screening_uptake");
    CHECK(unique_table_name("Series_bowel-screening-uptake", taken) ==
          "Series_bowel_screening_uptake_2");
    CHECK(unique_table_name("2023 data", taken) == "Table_2023_data");
    CHECK(unique_table_name("AB12", taken) == "AB12_table");
    CHECK(unique_table_name("R", taken) == "R_table");
}

TEST_CASE("Excel number formats") {
    CHECK(number_format(0) == "#,##0");
    CHECK(number_format(2) == "#,##0.00");
    CHECK(number_format(-1) == "0");
}

TEST_CASE("first paragraph: plain text of the first running paragraph") {
    CHECK(first_paragraph("# Heading\n\nShare of **eligible** residents\nscreened, see "
                          "[the data](@/metrics/x.md).\n\nSecond paragraph.") ==
          "Share of eligible residents screened, see the data.");
    CHECK(first_paragraph("| a | b |\n| - | - |\n\n- a list item\n\nText `code` and "
                          "<https://example.org>.") == "Text code and https://example.org.");
    CHECK(first_paragraph("```\nfenced\n```\n\nAfter the fence.") == "After the fence.");
    CHECK(first_paragraph("") == "");
    CHECK(strip_inline_markdown("an \\*escaped\\* star and ~~gone~~") ==
          "an *escaped* star and gone");
}

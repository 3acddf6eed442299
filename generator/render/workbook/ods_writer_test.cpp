// The OpenDocument writer: typed cells, number formats, text kept as text, the table as a
// database range without filter buttons, and document properties from the description.
#include "render/workbook/ods_writer.h"

#include <catch2/catch.hpp>

using namespace icbgen::workbook;

namespace {

WorkbookSpec spec() {
    WorkbookSpec w;
    w.path = "downloads/x.xlsx";
    w.properties.title = "Figures & more";
    w.properties.author = "NHS Fixture";
    w.properties.created = "2023-07-24";
    w.properties.language = "en-GB";
    Sheet cover;
    cover.name = "Cover";
    cover.title = "Figures";
    cover.lines = {Line::head("About"), Line::link("Contact", "mailto:a@b.org")};
    Sheet data;
    data.name = "Data sheet";
    data.title = "Data";
    data.lines = {Line::plain("One row per figure.")};
    data.table = Table{"Data_table",
                       {{"Period"}, {"Value"}, {"Year"}, {"Date"}, {"Start"}, {"Note"}, {"Go"}},
                       {{Cell::str("2023"), Cell::num(1234.5, 1), Cell::year(2033),
                         Cell::date("2023-07-24"), Cell::time(15 * 60 + 35),
                         Cell::str("=SUM(A1)  two"), Cell::sheet_link("Cover", "Cover")}}};
    w.sheets = {cover, data};
    return w;
}

}  // namespace

TEST_CASE("ods: typed cells, formats, text never a formula, a table without filter buttons") {
    std::string xml = ods_content_xml(spec());
    CHECK(xml.find("<table:table table:name=\"Data sheet\">") != std::string::npos);
    CHECK(
        xml.find("office:value-type=\"float\" office:value=\"1234.5\"><text:p>1,234.5</text:p>") !=
        std::string::npos);
    CHECK(
        xml.find("table:style-name=\"ceNY\" office:value-type=\"float\" office:value=\"2033\">") !=
        std::string::npos);
    CHECK(xml.find("office:date-value=\"2023-07-24\"><text:p>24 July 2023</text:p>") !=
          std::string::npos);
    CHECK(xml.find("office:time-value=\"PT15H35M00S\"><text:p>15:35</text:p>") !=
          std::string::npos);
    // Formula-looking text is a string cell; the double space survives.
    CHECK(xml.find("office:value-type=\"string\"><text:p>=SUM(A1) <text:s/>two</text:p>") !=
          std::string::npos);
    CHECK(xml.find("table:formula") == std::string::npos);
    CHECK(xml.find("xlink:href=\"#'Cover'.A1\"") != std::string::npos);
    CHECK(xml.find("xlink:href=\"mailto:a@b.org\"") != std::string::npos);
    // Title row 1, one line, header row 3, one data row: the range is A3:G4.
    CHECK(xml.find("<table:database-range table:name=\"Data_table\" "
                   "table:target-range-address=\"'Data sheet'.A3:'Data sheet'.G4\" "
                   "table:contains-header=\"true\" table:display-filter-buttons=\"false\"/>") !=
          std::string::npos);
}

TEST_CASE("ods: document properties from the description, dated by the content") {
    std::string meta = ods_meta_xml(spec());
    CHECK(meta.find("<dc:title>Figures &amp; more</dc:title>") != std::string::npos);
    CHECK(meta.find("<meta:initial-creator>NHS Fixture</meta:initial-creator>") !=
          std::string::npos);
    CHECK(meta.find("<meta:creation-date>2023-07-24T00:00:00</meta:creation-date>") !=
          std::string::npos);
    CHECK(meta.find("<dc:language>en-GB</dc:language>") != std::string::npos);
}

TEST_CASE("ods: the same description gives the same bytes, mimetype first and stored") {
    std::string error;
    auto one = write_ods(spec(), error), two = write_ods(spec(), error);
    REQUIRE(one);
    REQUIRE(two);
    CHECK(*one == *two);
    CHECK(one->substr(30, 8) == "mimetype");
    CHECK(one->substr(38, 46) == "application/vnd.oasis.opendocument.spreadsheet");
}

TEST_CASE("ods: text takes its column's default style - identical text cells side by side merge") {
    WorkbookSpec w = spec();
    Table& t = *w.sheets[1].table;
    t.columns = {{"Period"}, {"Low"}, {"High"}, {"Note", 30, true}};
    t.rows = {{Cell::str("2023"), Cell::missing(), Cell::missing(), Cell::missing()}};
    std::string xml = ods_content_xml(w);
    CHECK(xml.find("<table:table-column table:style-name=\"co2\" "
                   "table:default-cell-style-name=\"ceTop\"/>") != std::string::npos);
    CHECK(xml.find("<table:table-column table:style-name=\"co4\" "
                   "table:default-cell-style-name=\"ceWrap\"/>") != std::string::npos);
    // Low and High: one element repeated twice; the wrapped Note column's [x] stays apart.
    CHECK(xml.find("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>2023"
                   "</text:p></table:table-cell><table:table-cell "
                   "table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>[x]"
                   "</text:p></table:table-cell><table:table-cell office:value-type=\"string\">"
                   "<text:p>[x]</text:p></table:table-cell></table:table-row>") !=
          std::string::npos);
}

namespace {

// The general purpose flags of an archive member's local header (bits 1 and 2: the deflate
// level class, 4 for fast, 0 for normal), or -1 when there is no such member.
int member_flags(const std::string& zip, const std::string& name) {
    for (std::size_t at = zip.find("PK\x03\x04"); at != std::string::npos;
         at = zip.find("PK\x03\x04", at + 4)) {
        if (at + 30 + name.size() > zip.size()) break;
        auto u16 = [&](std::size_t i) {
            return static_cast<unsigned char>(zip[i]) | static_cast<unsigned char>(zip[i + 1]) << 8;
        };
        if (static_cast<std::size_t>(u16(at + 26)) == name.size() &&
            zip.compare(at + 30, name.size(), name) == 0)
            return u16(at + 6);
    }
    return -1;
}

}  // namespace

TEST_CASE("ods: a streamed workbook's content.xml is deflated fast, the rest as before") {
    std::string error;
    WorkbookSpec small = spec(), streamed = spec();
    streamed.plain_ranges = true;
    auto normal = write_ods(small, error), fast = write_ods(streamed, error);
    REQUIRE(normal);
    REQUIRE(fast);
    CHECK(member_flags(*normal, "content.xml") == 0);
    CHECK(member_flags(*fast, "content.xml") == 4);
    CHECK(member_flags(*fast, "meta.xml") == 0);
    CHECK(member_flags(*fast, "META-INF/manifest.xml") == 0);
}

TEST_CASE("ods: spaces, tabs, line breaks and markup in text") {
    WorkbookSpec w = spec();
    Table& t = *w.sheets[1].table;
    t.columns = {{"Note"}};
    t.rows = {{Cell::str(" a  b\tc\r\nd & <e> ")}, {Cell::str("plain text, no  specials")}};
    std::string xml = ods_content_xml(w);
    CHECK(xml.find("<text:p><text:s/>a <text:s/>b<text:tab/>c<text:line-break/>d &amp; "
                   "&lt;e&gt; </text:p>") != std::string::npos);
    CHECK(xml.find("<text:p>plain text, no <text:s/>specials</text:p>") != std::string::npos);
}

// The facade and the writer: real files through libxlsxwriter, read back as bytes. Their
// contents are checked by reading them with openpyxl and LibreOffice (tests/workbook/).
#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>

#include "render/workbook/workbook_writer.h"
#include "render/workbook/xlsx_rows.h"
#include "render/workbook/xlsx_writer.h"
#include "render/zip_archive.h"

using namespace icbgen;
using namespace icbgen::workbook;
namespace fs = std::filesystem;

namespace {

// TMPDIR pointed at a temporary folder of the test's own while it lives, so that workbooks
// written at the same time by other tests (ctest -j) or other programs cannot change the count.
struct OwnTempDir {
    std::string path = (fs::temp_directory_path() / "icbgen-xlsx-test-XXXXXX").string();
    std::string saved;
    bool had = false;
    OwnTempDir() {
        REQUIRE(::mkdtemp(path.data()));
        if (const char* old = std::getenv("TMPDIR")) had = true, saved = old;
        ::setenv("TMPDIR", path.c_str(), 1);
    }
    ~OwnTempDir() {
        if (had)
            ::setenv("TMPDIR", saved.c_str(), 1);
        else
            ::unsetenv("TMPDIR");
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::size_t temp_folders() {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(fs::temp_directory_path()))
        if (e.path().filename().string().rfind("icbgen-xlsx-", 0) == 0) ++n;
    return n;
}

WorkbookSpec small_spec() {
    NoteBook notes;
    Table t{"Values", {{"Label"}, {"Value " + notes.ref("A note")}}, {}};
    t.rows.push_back({Cell::str("=1+1"), Cell::num(52.1, 1)});
    t.rows.push_back({Cell::str("-5 and @who"), Cell::missing()});
    Sheet data = table_sheet("Data", "Data", "Some data", {}, t);
    data.chart = LineChart{"A chart", "Alt text", "Label", "Value", "#,##0", 0, {{"Value", 1}}};
    Properties props;
    props.title = "Test";
    props.language = "en-GB";
    props.created = "2023-07-24";
    return assemble(
        "downloads/test.xlsx", props,
        Cover{"Test", {"About"}, "Source", "Publisher", "a@example.org", "2023-07-24", "", ""},
        {data}, notes);
}

// A long table made row by row (as the Data tables are), its cells those a stream must write
// exactly as libxlsxwriter does: text to escape, white space at either end, a control
// character, non-ASCII text, empty text (a blank cell), numbers of many digits, tiny and huge,
// negative and whole, [x], dates and times, and wrapped text that sets its row's height.
Table long_table(const std::string& name, int rows) {
    Table t{name, {{"Label"}, {"Value"}, {"Note", 20, true}, {"When"}, {"At"}, {"Text"}}, {}};
    t.source = [rows](const RowSink& sink) {
        static const char* texts[] = {"a <b> & \"c\" 'd'",
                                      " leading space",
                                      "trailing space ",
                                      "\ttab first",
                                      "line\nbreak",
                                      "control \x01 and \x1f",
                                      "vertical \x0b tab",
                                      "caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80",
                                      "",
                                      "[x]",
                                      "=1+1",
                                      "_x0041_",
                                      "\n",
                                      "z\r"};
        static const double numbers[] = {0.1 + 0.2, 1e-7, 1e21, -3.5, 42,     1234567890123456789.0,
                                         1.0 / 3,   -0.0, 1e15, 1e16, 5e-324, 100};
        Row row(6);
        for (int i = 0; i < rows; ++i) {
            set_text(row[0], texts[i % 14]);
            if (i % 5 == 4)
                row[1] = Cell::missing();
            else
                set_number(row[1], numbers[i % 12], i % 3);
            set_text(row[2], i % 4 == 0 ? std::string(70 + i, 'w') + " words to wrap"
                                        : std::string("short"));
            row[3] = i % 6 == 0 ? Cell::str("not a date")
                                : Cell::date("2023-07-" + std::to_string(10 + i % 9));
            row[4] = Cell::time((i * 37) % 1440);
            set_text(row[5], std::to_string(i) + texts[(i + 3) % 14]);
            sink(row);
        }
    };
    return t;
}

WorkbookSpec streamed_spec(int rows) {
    NoteBook notes;
    Table links{"Links", {{"Sheet"}, {"Address"}}, {}};
    links.rows.push_back({Cell::sheet_link("Data", "Data"), Cell::url("https://example.org/")});
    Sheet data = table_sheet("Data", "Data", "Long data", {"A line above"}, long_table("T1", rows));
    data.chart = LineChart{"A chart", "Alt text", "Label", "Value", "#,##0", 0, {{"Value", 1}}};
    std::vector<Sheet> sheets = {table_sheet("Links", "Links", "Links", {}, links), data,
                                 table_sheet("Data 2", "Data 2", "More", {}, long_table("T2", 3))};
    Properties props;
    props.title = "Streamed";
    props.created = "2023-07-24";
    WorkbookSpec spec = assemble(
        "downloads/streamed.xlsx", props,
        Cover{"Streamed", {"About"}, "Source", "Publisher", "a@example.org", "2023-07-24", "", ""},
        sheets, notes);
    spec.plain_ranges = true;  // as past kMaxTableRows: here with 40 rows
    return spec;
}

}  // namespace

TEST_CASE("write_workbook: streamed rows are the library's own, every entry byte for byte") {
    OwnTempDir own;
    const WorkbookSpec spec = streamed_spec(40);
    std::string error;
    auto library = write_workbook(spec, error, false);
    REQUIRE(library);
    REQUIRE(error == "");
    auto streamed = write_workbook(spec, error, true);
    REQUIRE(streamed);
    REQUIRE(error == "");
    auto a = zip::read_archive(*library, error);
    auto b = zip::read_archive(*streamed, error);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a->size() == b->size());
    for (std::size_t i = 0; i < a->size(); ++i) {
        INFO((*a)[i].path);
        CHECK((*a)[i].path == (*b)[i].path);
        CHECK((*a)[i].bytes == (*b)[i].bytes);
    }
    // The streamed sheet is the library's: check that it holds what the test is about.
    std::string sheet;  // Cover, Contents, Links, Data
    for (const auto& e : *b)
        if (e.path == "xl/worksheets/sheet4.xml") sheet = e.bytes;
    CHECK(sheet.find("<dimension ref=\"A1:F44\"/>") != std::string::npos);
    CHECK(sheet.find("<t>a &lt;b&gt; &amp; \"c\" 'd'</t>") != std::string::npos);
    CHECK(sheet.find("<t xml:space=\"preserve\"> leading space</t>") != std::string::npos);
    CHECK(sheet.find("<t>control _x0001_ and _x001F_</t>") != std::string::npos);
    CHECK(sheet.find("<v>1E-07</v>") != std::string::npos);
    CHECK(sheet.find("<v>1E+21</v>") != std::string::npos);
    CHECK(sheet.find("<v>1.234567890123457E+18</v>") != std::string::npos);
    CHECK(sheet.find("<v>0.3333333333333333</v>") != std::string::npos);
    CHECK(sheet.find("<v>45117</v>") != std::string::npos);  // 10 July 2023
    // Every fourth row's wrapped note sets its height (ten rows), besides the head's rows.
    std::size_t heights = 0;
    for (std::size_t at = 0; (at = sheet.find("\" customHeight=\"1\"><c", at)) != std::string::npos;
         ++at)
        ++heights;
    CHECK(heights > 10);
    CHECK(sheet.find("\"/><c r=") != std::string::npos);  // a blank cell with its format
    // Two builds of the streamed workbook: the same bytes.
    CHECK(write_workbook(spec, error, true) == streamed);
}

TEST_CASE("xlsx facade: streamed rows that are not what was declared fail the workbook") {
    OwnTempDir own;
    auto write = [](int declared, int given, int last_col) {
        xlsx::Workbook book(true);
        xlsx::Sheet sheet = book.add_sheet("S");
        sheet.text(0, 0, "title");
        const xlsx::Format f = book.format({});
        sheet.stream_rows(1, declared, last_col, [given, f](xlsx::StreamRows& out) {
            xlsx::StreamCell cells[2] = {{xlsx::StreamCell::Kind::text, "a", 0, f},
                                         {xlsx::StreamCell::Kind::number, "", 2, f}};
            for (int i = 0; i < given; ++i) out.row(cells);
        });
        auto bytes = book.finish();
        return bytes ? std::string() : book.error();
    };
    CHECK(write(3, 3, 1) == "");
    CHECK(write(3, 2, 1) == "the streamed rows of S are not the 3 rows of columns A to B declared");
    CHECK(write(3, 3, 2) == "the streamed rows of S are not the 3 rows of columns A to C declared");

    // Not in a streamed workbook, or above a row already written: refused at once.
    xlsx::Workbook plain;
    plain.add_sheet("S").stream_rows(1, 1, 0, [](xlsx::StreamRows&) {});
    CHECK_FALSE(plain.finish());
    CHECK(plain.error().find("streaming rows on S") == 0);
    xlsx::Workbook below(true);
    xlsx::Sheet s = below.add_sheet("S");
    s.text(5, 0, "row 6");
    s.stream_rows(3, 1, 0, [](xlsx::StreamRows&) {});
    CHECK_FALSE(below.finish());
}

TEST_CASE("write_workbook: a link in a streamed table fails the workbook, with a message") {
    OwnTempDir own;
    WorkbookSpec spec = streamed_spec(3);
    Table& t = *spec.sheets.back().table;
    t.source = [](const RowSink& sink) {
        sink({Cell::str("a"), Cell::num(1, 0), Cell::str("b"), Cell::str("c"),
              Cell::url("https://example.org/"), Cell::str("d")});
        sink({});
        sink({});
    };
    std::string error;
    CHECK_FALSE(write_workbook(spec, error));
    CHECK(error == "a link in a streamed table on Data 2");
}

TEST_CASE("xlsx rows: column letters and ranges as Excel writes them") {
    CHECK(xlsx::column_name(0) == "A");
    CHECK(xlsx::column_name(25) == "Z");
    CHECK(xlsx::column_name(26) == "AA");
    CHECK(xlsx::column_name(701) == "ZZ");
    CHECK(xlsx::column_name(702) == "AAA");
    CHECK(xlsx::column_name(16383) == "XFD");
    CHECK(xlsx::range_ref(0, 0, 0, 0) == "A1");
    CHECK(xlsx::range_ref(0, 0, 1048575, 13) == "A1:N1048576");
}

TEST_CASE("write_workbook: a zip, byte-identical from run to run, temporary folder removed") {
    OwnTempDir own;
    std::size_t before = temp_folders();
    CHECK(before == 0);
    std::string error;
    auto first = write_workbook(small_spec(), error);
    REQUIRE(first);
    CHECK(error.empty());
    CHECK(first->rfind("PK\x03\x04", 0) == 0);
    auto second = write_workbook(small_spec(), error);
    REQUIRE(second);
    CHECK(*first == *second);
    CHECK(temp_folders() == before);
}

TEST_CASE("write_workbook: library errors come back as an error, not a crash") {
    WorkbookSpec spec = small_spec();
    spec.sheets.push_back(spec.sheets.back());  // the same sheet name twice
    std::string error;
    auto bytes = write_workbook(spec, error);
    CHECK_FALSE(bytes);
    CHECK(error.find("Data") != std::string::npos);
}

TEST_CASE("xlsx facade: finishing twice is an error, an unfinished workbook cleans up") {
    OwnTempDir own;
    std::size_t before = temp_folders();
    CHECK(before == 0);
    {
        xlsx::Workbook book;
        book.add_sheet("Only").text(0, 0, "left unfinished");
    }
    CHECK(temp_folders() == before);
    xlsx::Workbook book;
    book.add_sheet("Only").text(0, 0, "=not a formula");
    CHECK(book.finish());
    CHECK_FALSE(book.finish());
    CHECK_FALSE(book.error().empty());
}

TEST_CASE("xlsx facade: past Excel's 65,530 links on a sheet, the rest are written as text") {
    OwnTempDir own;
    for (bool streamed : {false, true}) {
        xlsx::Workbook book(streamed);
        xlsx::Sheet sheet = book.add_sheet("Metrics");
        book.add_sheet("Data").text(0, 0, "data");
        for (int row = 0; row < 65540; ++row) {
            sheet.sheet_link(row, 0, "Data", "Metric " + std::to_string(row));
            sheet.url(row, 1, "https://example.org/" + std::to_string(row),
                      "https://example.org/" + std::to_string(row));
        }
        auto bytes = book.finish();
        CHECK(bytes);
        CHECK(book.error().empty());
    }
}

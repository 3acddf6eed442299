// The facade and the writer: real files through libxlsxwriter, read back as bytes. Their
// contents are checked by reading them with openpyxl and LibreOffice (tests/workbook/).
#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>

#include "render/workbook/workbook_writer.h"
#include "render/workbook/xlsx_writer.h"

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

}  // namespace

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

// Writes one workbook twice into a folder: streamed.xlsx, its long table's rows streamed by the
// xlsx facade (xlsx::Sheet::stream_rows, as a table past kMaxTableRows is written), and
// library.xlsx, the same rows written cell by cell by libxlsxwriter. test_streamed_rows.py
// reads both back with openpyxl and LibreOffice. The rows follow the rule that script repeats.
//   write_streamed_workbook OUT_DIR ROWS
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "render/workbook/workbook_spec.h"
#include "render/workbook/workbook_writer.h"

using namespace icbgen::workbook;

namespace {

// Text that needs escaping, white space at either end, a control character, non-ASCII text,
// empty text (a blank cell), text like a formula or a number, and a marker.
const char* const kTexts[] = {"a <b> & \"c\" 'd'", " leading space", "trailing space ",
                              "line\nbreak", "control \x01 here", "caf\xc3\xa9 \xe2\x80\x94",
                              "", "=1+1", "[x]", "3.05"};
const double kNumbers[] = {0.1 + 0.2, 1e-7, 1e21, -3.5, 42, 1234567890123456789.0,
                           1.0 / 3, 123456.789};

Table long_table(int rows) {
    Table t{"Data_table",
            {{"Label"}, {"Value"}, {"Decimals"}, {"Date"}, {"Time"}, {"Row"}},
            {}};
    t.source = [rows](const RowSink& sink) {
        Row row(6);
        for (int i = 0; i < rows; ++i) {
            set_text(row[0], kTexts[i % 10]);
            if (i % 7 == 6)
                row[1] = Cell::missing();
            else
                set_number(row[1], kNumbers[i % 8], i % 3);
            set_number(row[2], i % 3, 0);
            row[3] = Cell::date("2023-07-" + std::to_string(10 + i % 9));
            row[4] = Cell::time((i * 37) % 1440);
            set_text(row[5], "row " + std::to_string(i + 1));
            sink(row);
        }
    };
    return t;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: write_streamed_workbook OUT_DIR ROWS\n");
        return 2;
    }
    NoteBook notes;
    std::vector<Sheet> sheets = {
        table_sheet("Data", "Data", "Long data", {}, long_table(std::atoi(argv[2])))};
    Properties props;
    props.title = "Streamed rows";
    props.created = "2023-07-24";
    WorkbookSpec spec =
        assemble("streamed.xlsx", props,
                 Cover{"Streamed rows", {"A test workbook"}, "Test", "Test", "", "2023-07-24", "",
                       ""},
                 sheets, notes);
    spec.plain_ranges = true;  // as past kMaxTableRows
    for (bool stream : {true, false}) {
        std::string error;
        auto bytes = write_workbook(spec, error, stream);
        if (!bytes) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
        std::ofstream(std::string(argv[1]) + (stream ? "/streamed.xlsx" : "/library.xlsx"),
                      std::ios::binary)
            << *bytes;
    }
    return 0;
}

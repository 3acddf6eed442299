#pragma once
// The XML of streamed worksheet rows (xlsx_writer.h, Sheet::stream_rows), written exactly as
// libxlsxwriter 1.1.4 writes rows in its constant-memory mode, so that a sheet whose long
// table is streamed is byte for byte the sheet the library would have written cell by cell
// (xlsx_writer_test.cpp checks every entry of the archive): rows without spans, heights as
// `ht` with `customHeight`, text as inline strings (control characters as _xHHHH_, then &, <
// and > as entities; `xml:space="preserve"` when it begins or ends with white space), numbers
// as printf's "%.16G", a blank cell only when it has a format. No library is used here: the
// style numbers come with each cell's Format. One buffer is reused for every row; text is
// copied in stretches between the characters that need escaping.
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "render/workbook/xlsx_writer.h"

namespace icbgen::xlsx {

// A column's letters: 0 is "A", 26 is "AA".
std::string column_name(int col);
// A cell ("B2") or, when it spans more than one, a range ("A1:N100"); rows and columns from 0.
std::string range_ref(int first_row, int first_col, int last_row, int last_col);

class RowXml final : public StreamRows {
public:
    // Rows numbered from `first_row` (0-based); the XML goes to `out` in pieces of about 64 KB.
    RowXml(int first_row, int last_col, std::function<void(std::string_view)> out);
    void row(std::span<const StreamCell> cells, double height = 0) override;
    void fail(std::string message) override;
    // Hands over what is left in the buffer; call once after the last row.
    void flush();

    // What was written, to check the dimension written before the rows: rows given, and the
    // extent of the rows and columns that hold a cell or a height (-1 when none).
    int rows() const { return rows_; }
    int min_row = -1, max_row = -1, min_col = -1, max_col = -1;
    const std::string& error() const { return error_; }

private:
    void cell_start(int col, int style);
    std::function<void(std::string_view)> out_;
    std::string buf_;
    std::vector<std::string> columns_;  // letters of columns 0 to last_col
    char row_number_[16];
    std::size_t row_number_size_ = 0;
    int next_row_, rows_ = 0;
    std::string error_;
};

}  // namespace icbgen::xlsx

#pragma once
// Writes a WorkbookSpec as .xlsx bytes through the xlsx facade, applying the house layout:
// title in A1, description lines below it, the table from column A with one wrapped header
// row (no frozen panes and no filter buttons, as the Analysis Function guidance advises),
// column widths, every sheet selected at A1 and the workbook opening on its first sheet.
#include <optional>
#include <string>

#include "render/workbook/workbook_spec.h"

namespace icbgen::workbook {

// The width (in characters) column `col` of `table` is given: its longest unwrapped entry
// (from the table's shape), within limits; a wrapped column's set width. The OpenDocument
// writer uses it too.
double fitted_width(const Table& table, const TableShape& shape, int col);

// The bytes of the workbook, or nullopt with `error` set when the library failed. In a
// streamed workbook (spec.plain_ranges), the rows of each table made row by row (a RowSource)
// are written as a stream by the facade (xlsx::Sheet::stream_rows), not cell by cell through
// libxlsxwriter, unless `stream_rows` is false (for tests: the same bytes either way).
std::optional<std::string> write_workbook(const WorkbookSpec& spec, std::string& error,
                                          bool stream_rows = true);

}  // namespace icbgen::workbook

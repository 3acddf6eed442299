#pragma once
// The one place icbgen touches libxlsxwriter: a small RAII facade over its C handles. A
// Workbook writes to a file in its own temporary folder (made with mkdtemp, removed when the
// Workbook goes), and finish() hands back the bytes. Text is always written as a string,
// never as a formula, whatever it starts with. Replace the library here and nowhere else.
//
// A long table's rows can be given as a stream instead (Sheet::stream_rows): libxlsxwriter then
// writes the workbook with that sheet's head only, and finish() writes those rows' XML itself
// (xlsx_rows.h: what the library would write for them, cell for cell) into the library's
// archive, read back and zipped again; a million rows take seconds instead of the library's
// ten or more (docs/PERFORMANCE.md).
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace icbgen::xlsx {

struct Properties {
    std::string title, subject, author, company, category, keywords, comments, status;
    long long created = 0;  // seconds since 1970 (UTC); fixes the document dates
    std::vector<std::pair<std::string, std::string>> custom;  // custom text properties
};

// A cell format; equal formats share one library format object.
struct Style {
    bool bold = false;
    bool wrap = false;
    bool top = false;    // align to the top of the cell
    double size = 0;     // font size in points; 0 keeps the default
    std::string number;  // Excel number format, e.g. "#,##0.0", "d mmmm yyyy", "hh:mm"
    bool link = false;   // blue and underlined, as a hyperlink
    bool operator==(const Style&) const = default;
};

// A cell format made once (Workbook::format) and then given to many cells: a long table's
// cells then need no Style built and looked up for each one.
struct Format {
    void* handle = nullptr;  // lxw_format*; null is the default format
    // The library's style number (xf index) for the format, fixed when the format is made in a
    // streamed workbook (Workbook(true)); 0 is the default format.
    int index = 0;
};

// A cell of a streamed row: blank, text (always a string) or a number (dates and times are
// numbers: excel_date, excel_time), with its format. Text is read during the call only.
struct StreamCell {
    enum class Kind { blank, text, number };
    Kind kind = Kind::blank;
    std::string_view text;
    double number = 0;
    Format format;
};

// Where a row stream writes its rows: each row's cells from column 0, one per column (a
// blank one with the default format writes nothing, as the library's), and its height in
// points (0: the default). fail() stops the workbook with that message.
class StreamRows {
public:
    virtual ~StreamRows() = default;
    virtual void row(std::span<const StreamCell> cells, double height = 0) = 0;
    virtual void fail(std::string message) = 0;
};
// Called once, when the workbook is finished: gives every row of the stream, in order.
using RowStream = std::function<void(StreamRows&)>;

// The numbers Excel stores for a date and for a time of day (minutes since midnight).
double excel_date(int year, int month, int day);
double excel_time(int minutes);

struct TableColumn {
    std::string header;
    Style header_style;
};

struct ChartSeries {
    std::string name;
    int first_row = 0, last_row = 0;  // data rows, 0-based
    int category_column = 0, value_column = 0;
};

struct LineChart {
    std::string title, x_axis, y_axis, y_number_format, alt_text;
    std::vector<ChartSeries> series;
    int row = 0, column = 0;  // top-left anchor cell
};

class Workbook;

// A worksheet of a Workbook: a non-owning handle, valid while the Workbook lives.
class Sheet {
public:
    void text(int row, int col, const std::string& value, const Style& style = {});
    void number(int row, int col, double value, const Style& style);
    void date(int row, int col, int year, int month, int day, const Style& style);
    void time(int row, int col, int minutes, const Style& style);
    // The same with a format made beforehand (a link's must have Style::link set).
    void text(int row, int col, const std::string& value, Format format);
    void number(int row, int col, double value, Format format);
    void date(int row, int col, int year, int month, int day, Format format);
    void time(int row, int col, int minutes, Format format);
    void url(int row, int col, const std::string& address, const std::string& text, Format format);
    void sheet_link(int row, int col, const std::string& sheet, const std::string& text,
                    Format format);
    // A link to cell A1 of another sheet of this workbook, showing `text`.
    void sheet_link(int row, int col, const std::string& sheet, const std::string& text,
                    const Style& style = {});
    void url(int row, int col, const std::string& address, const std::string& text,
             const Style& style = {});
    // An Excel table over rows first_row (the header) to last_row, from column 0, without
    // filter buttons (the Analysis Function guidance advises against them).
    void table(const std::string& name, int first_row, int last_row,
               const std::vector<TableColumn>& columns);
    void column_width(int col, double width);
    void row_height(int row, double points);
    // Printing: A4 landscape, one page wide, repeating rows up to `header_row` on every page.
    void print_setup(int header_row);
    void select_a1();
    void activate();
    void line_chart(const LineChart& chart);
    // Excel flags text that looks like a number ("3.05"); these are labels, not numbers.
    void ignore_number_as_text(int first_row, int last_row, int last_col);
    // Rows first_row to first_row + rows - 1, columns 0 to last_col, given by `stream` when the
    // workbook is finished, not written now: only in a streamed workbook, below every row
    // written on this sheet, and the sheet's last rows (nothing may be written below them).
    // The stream must give exactly `rows` rows whose cells span columns 0 to `last_col` (the
    // sheet's dimension is written before them); otherwise finish() fails.
    void stream_rows(int first_row, int rows, int last_col, RowStream stream);

private:
    friend class Workbook;
    Sheet(Workbook* book, void* handle, std::string name, int number)
        : book_(book), handle_(handle), name_(std::move(name)), number_(number) {}
    void cell_check(int code, const char* what);
    bool links_full() const;
    void text_instead_of_link(int row, int col, const std::string& text);
    Workbook* book_;
    void* handle_;  // lxw_worksheet*
    std::string name_;
    int number_;  // 1 for the first worksheet: xl/worksheets/sheet<number>.xml
};

class Workbook {
public:
    // `constant_memory`: rows are streamed out in order (write every row after the ones above
    // it, on each sheet) and tables cannot be added; for very long sheets. Formats then take
    // their style numbers as they are made (Format::index), and rows can be streamed.
    explicit Workbook(bool constant_memory = false);
    ~Workbook();
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    Sheet add_sheet(const std::string& name);
    Format format(const Style& style);
    void set_properties(const Properties& properties);
    // Closes the workbook and returns its bytes; nullopt (with error()) when anything failed.
    std::optional<std::string> finish();
    const std::string& error() const { return error_; }

private:
    friend class Sheet;
    struct Impl;
    void* format_handle(const Style& style);  // lxw_format*
    std::optional<std::string> with_streamed_rows(const std::string& library);
    void check(int code, const std::string& what);
    std::unique_ptr<Impl> impl_;
    std::string error_;
};

}  // namespace icbgen::xlsx

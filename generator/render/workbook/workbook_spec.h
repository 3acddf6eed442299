#pragma once
// A workbook described as plain values, before anything is written: sheets, each with a title
// in A1, description lines, at most one Excel table and at most one chart. The builders for
// each workbook kind produce a WorkbookSpec; workbook_writer turns it into .xlsx bytes. Keeping
// the description separate from the library lets the layout rules (see docs/WORKBOOKS.md) be
// tested without opening a file.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/site_model.h"
#include "render/workbook/workbook_format.h"

namespace icbgen::workbook {

// Shorthand for cells with no value, after the Analysis Function guidance.
inline constexpr const char* kNotAvailable = "[x]";   // not available
inline constexpr const char* kNotApplicable = "[z]";  // not applicable

// A table longer than this is written as a plain range (headings in bold, no Excel table)
// in libxlsxwriter's constant-memory mode, which cannot make tables, so the workbook's other
// tables are plain ranges too, and the rows of its tables made row by row are written by the
// xlsx facade itself (xlsx_writer.h, stream_rows): a workbook of a million rows then takes
// seconds and little memory. assemble() says so above each table.
inline constexpr std::size_t kMaxTableRows = 100000;

struct Cell {
    enum class Kind { text, number, date, time, sheet_link, url };
    Kind kind = Kind::text;
    std::string text;    // text; date as YYYY-MM-DD; link text; url target
    double number = 0;   // number; time in minutes since midnight
    int decimals = 0;    // number: decimal places shown; -1 for a plain integer such as a year
    std::string target;  // sheet_link: the sheet name

    // Always written as a string, never as a formula, whatever it starts with.
    static Cell str(std::string text);
    static Cell num(double value, int decimals);
    static Cell year(int year) { return num(year, -1); }
    static Cell date(std::string iso);  // YYYY-MM-DD
    static Cell time(int minutes);
    static Cell sheet_link(std::string text, std::string sheet);
    static Cell url(std::string address);
    static Cell missing() { return str(kNotAvailable); }
    static Cell not_applicable() { return str(kNotApplicable); }
};

struct Column {
    std::string header;
    double width = 12;  // in characters
    bool wrap = false;  // wrap long text in the data cells
};

using Row = std::vector<Cell>;
using RowSink = std::function<void(const Row&)>;
// Gives every row of a table to the sink, in order, made afresh from the model on each call,
// so that a long table is never held whole: the writers each read it once, row by row.
using RowSource = std::function<void(const RowSink&)>;

// What a writer must know of a table before its first row: found in one pass over the rows.
struct TableShape {
    std::size_t rows = 0;
    std::vector<std::size_t> longest;  // per column: its longest unwrapped entry, in bytes
    std::vector<int> decimals;         // the decimals its numbers are shown with, ascending
    bool refers_to_notes = false;      // a header or text cell holds a "[note N]" marker
};

struct Table {
    std::string name;  // unique in the workbook, a valid Excel table name
    std::vector<Column> columns;
    std::vector<Row> rows;  // a table built whole
    // A table made row by row instead (the long data tables), with its shape measured once
    // by table_sheet(); its rows come after `rows`.
    RowSource source = {};
    std::shared_ptr<const TableShape> measured = {};

    void each_row(const RowSink& sink) const;
    std::size_t row_count() const;
};

// The shape of a table: the one measured for a table made row by row, else found now.
TableShape shape_of(const Table& table);
TableShape measure(const Table& table);
// Every row of a table, made whole (for tests).
std::vector<Row> all_rows(const Table& table);

// Cells rewritten in place, so that a row source can reuse one row and its strings' storage.
void set_text(Cell& cell, std::string_view text);
void set_number(Cell& cell, double value, int decimals);
void set_number(Cell& cell, const std::optional<double>& value, int decimals);  // or [x]

// A native line chart over the sheet's table: categories from one column, one series per
// listed column, one point per table row.
struct LineChart {
    std::string title, alt_text, x_axis, y_axis;
    std::string y_number_format = "#,##0";
    int category_column = 0;
    std::vector<std::pair<std::string, int>> series;  // name, table column
};

// A line of text above a table (or on the cover): a heading, plain text or a link.
struct Line {
    std::string text;
    bool heading = false;
    std::string url;  // when set, the line is a hyperlink to this address

    static Line plain(std::string text) { return {std::move(text), false, {}}; }
    static Line head(std::string text) { return {std::move(text), true, {}}; }
    static Line link(std::string text, std::string url) {
        return {std::move(text), false, std::move(url)};
    }
};

struct Sheet {
    std::string name;         // tab name: unique, at most 31 characters
    std::string title;        // A1
    std::string description;  // what the sheet holds, for the Contents sheet
    std::vector<Line> lines;  // A2 onwards
    std::optional<Table> table;
    std::optional<LineChart> chart;

    // Row (0-based) of the table's header: directly under the lines.
    int table_row() const { return 1 + static_cast<int>(lines.size()); }
};

struct Properties {
    std::string title, subject, author, company, category, keywords, comments, status;
    std::string language;  // BCP 47, written as a custom property
    std::string created;   // YYYY-MM-DD: the build date, never the clock
};

struct WorkbookSpec {
    std::string path;  // relative to the site, e.g. downloads/strategy-metrics.xlsx
    Properties properties;
    std::vector<Sheet> sheets;  // in tab order; the first is the cover and opens first
    // A table is longer than kMaxTableRows: every table is written as a plain range, in
    // constant-memory mode (assemble() sets it and says so on each table's sheet).
    bool plain_ranges = false;
};

// Numbered notes, referred to in tables as "[note N]", numbered in order of first use.
class NoteBook {
public:
    // The marker for a note with this text, adding it if new.
    std::string ref(const std::string& text);
    const std::vector<std::string>& notes() const { return notes_; }
    bool empty() const { return notes_.empty(); }

private:
    std::vector<std::string> notes_;
};

// Hands out unique sheet and table names, with those `assemble` uses already taken.
class Names {
public:
    std::string sheet(const std::string& wanted);
    std::string table(const std::string& wanted);

private:
    TakenNames sheets_{"Cover", "Contents", "Notes"};
    TakenNames tables_{"Notes_table", "Table_of_contents"};
};

// What the cover says about the workbook.
struct Cover {
    std::string title;
    std::vector<std::string> about;  // what the workbook contains, one paragraph per entry
    std::string source, publisher, contact_email, published, next_update, licence;
    std::vector<std::string> contents_lines = {};  // said on the Contents sheet, above its table
};

// A cover and properties with what every workbook takes from the site and the build date
// (publisher, contact, licence, author, company, language, dates) already filled in.
Cover site_cover(const SiteModel& model, const std::string& build_date);
Properties site_properties(const SiteModel& model, const std::string& build_date);

// Puts the cover, contents and notes sheets in front of the content sheets. Every sheet is
// listed on the contents sheet with a link; the notes sheet is left out when there are none.
WorkbookSpec assemble(std::string path, Properties properties, const Cover& cover,
                      std::vector<Sheet> content, const NoteBook& notes);

// A table sheet whose description lines say what the table holds and, when the table refers
// to notes, where to find them.
Sheet table_sheet(std::string name, std::string title, std::string description,
                  std::vector<std::string> lines, Table table);

// "Notes" column text for a row: the markers joined, or "None".
std::string notes_cell(const std::vector<std::string>& markers);

}  // namespace icbgen::workbook

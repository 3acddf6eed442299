#include "render/workbook/workbook_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <span>

#include "data/iso_date.h"
#include "format/number_format.h"
#include "render/workbook/workbook_format.h"
#include "render/workbook/xlsx_writer.h"

namespace icbgen::workbook {

namespace {

xlsx::Style style(bool bold, bool wrap, bool top, double size = 0) {
    xlsx::Style s;
    s.bold = bold;
    s.wrap = wrap;
    s.top = top;
    s.size = size;
    return s;
}

const xlsx::Style kTitle = style(true, false, false, 16);
const xlsx::Style kHeading = style(true, false, false, 13);
const xlsx::Style kHeader = style(true, true, true);

// Text lines a wrapped cell of this width (in characters) needs: wrapped text gets an explicit
// row height, since neither Excel nor LibreOffice re-measures rows when opening a file.
int lines_needed(const std::string& text, double width) {
    const std::size_t per_line = static_cast<std::size_t>(std::max(1.0, width * 1.1));
    int lines = 1;
    std::size_t used = 0, word = 0;
    auto place_word = [&] {
        if (word == 0) return;
        if (used > 0 && used + 1 + word <= per_line) {
            used += 1 + word;
        } else {
            if (used > 0) ++lines;
            lines += static_cast<int>((word - 1) / per_line);  // a word longer than a line breaks
            used = (word - 1) % per_line + 1;
        }
        word = 0;
    };
    for (unsigned char c : text) {
        if (c == ' ') {
            place_word();
        } else if (c == '\n') {
            place_word();
            ++lines;
            used = 0;
        } else if ((c & 0xC0) != 0x80) {
            ++word;
        }
    }
    place_word();
    return lines;
}

constexpr double kLinePoints = 15;

// The formats of one column's cells, made once per table rather than once per cell.
class ColumnFormats {
public:
    ColumnFormats(xlsx::Workbook& book, const Column& column) : book_(book), wrap_(column.wrap) {
        text = book.format(style(false, wrap_, true));
        xlsx::Style link = style(false, wrap_, true);
        link.link = true;
        this->link = book.format(link);
        date = with_number("d mmmm yyyy");
        time = with_number("hh:mm");
    }
    xlsx::Format number(int decimals) {
        if (auto f = made_number(decimals)) return *f;
        return numbers_.emplace_back(decimals, with_number(number_format(decimals))).second;
    }
    // The format for numbers with these decimals, if it was made already (number()).
    std::optional<xlsx::Format> made_number(int decimals) const {
        for (const auto& [d, f] : numbers_)
            if (d == decimals) return f;
        return std::nullopt;
    }
    xlsx::Format text, link, date, time;

private:
    xlsx::Format with_number(const std::string& format) {
        xlsx::Style s = style(false, wrap_, true);
        s.number = format;
        return book_.format(s);
    }
    xlsx::Workbook& book_;
    bool wrap_;
    std::vector<std::pair<int, xlsx::Format>> numbers_;
};

// A date cell's year, month and day; nullopt when its text is not YYYY-MM-DD (written as text).
struct Ymd {
    int y = 0, m = 0, d = 0;
};
std::optional<Ymd> cell_date(const Cell& cell) {
    Ymd out;
    char tail = 0;
    if (std::sscanf(cell.text.c_str(), "%4d-%2d-%2d%c", &out.y, &out.m, &out.d, &tail) != 3)
        return std::nullopt;
    return out;
}

void write_cell(xlsx::Sheet& sheet, int row, int col, const Cell& cell, ColumnFormats& formats) {
    switch (cell.kind) {
        case Cell::Kind::text: sheet.text(row, col, cell.text, formats.text); break;
        case Cell::Kind::number:
            sheet.number(row, col, cell.number, formats.number(cell.decimals));
            break;
        case Cell::Kind::date: {
            if (auto day = cell_date(cell))
                sheet.date(row, col, day->y, day->m, day->d, formats.date);
            else
                sheet.text(row, col, cell.text, formats.text);
            break;
        }
        case Cell::Kind::time:
            sheet.time(row, col, static_cast<int>(cell.number), formats.time);
            break;
        case Cell::Kind::sheet_link:
            sheet.sheet_link(row, col, cell.target, cell.text, formats.link);
            break;
        case Cell::Kind::url: sheet.url(row, col, cell.text, cell.text, formats.link); break;
    }
}

bool is_link(const Cell& cell) {
    return cell.kind == Cell::Kind::sheet_link || cell.kind == Cell::Kind::url;
}

// A wrapped text cell's lines at this column width, for its row's height.
int cell_lines(const Table& table, const std::vector<double>& widths, int col, const Cell& cell) {
    if (!table.columns[static_cast<std::size_t>(col)].wrap || cell.kind != Cell::Kind::text)
        return 1;
    return lines_needed(cell.text, widths[static_cast<std::size_t>(col)]);
}

// A table's rows as a stream (xlsx::Sheet::stream_rows), written by the facade when the
// workbook is finished: the same cells, formats and row heights as write_cell() and the rows
// loop of write_table() give the library, which xlsx_writer_test.cpp checks byte for byte.
// Every format the rows use is made beforehand (a streamed workbook's formats are numbered
// as they are made); a link cannot be streamed (the library keeps links apart from cells).
xlsx::RowStream row_stream(const Table& table, std::vector<ColumnFormats> formats,
                           std::vector<double> widths) {
    return [&table, formats = std::move(formats),
            widths = std::move(widths)](xlsx::StreamRows& out) {
        const int ncols = static_cast<int>(table.columns.size());
        std::vector<xlsx::StreamCell> stream(static_cast<std::size_t>(ncols));
        bool failed = false;
        table.each_row([&](const Row& cells) {
            if (failed) return;
            const int n = std::min(ncols, static_cast<int>(cells.size()));
            int lines = 1;
            for (int c = 0; c < n; ++c) {
                const Cell& cell = cells[static_cast<std::size_t>(c)];
                const ColumnFormats& f = formats[static_cast<std::size_t>(c)];
                xlsx::StreamCell& out_cell = stream[static_cast<std::size_t>(c)];
                out_cell.kind = xlsx::StreamCell::Kind::text;
                out_cell.text = cell.text;
                out_cell.format = f.text;
                switch (cell.kind) {
                    case Cell::Kind::text: break;
                    case Cell::Kind::number: {
                        auto number = f.made_number(cell.decimals);
                        if (!number) {
                            out.fail("a number format not made before the rows were streamed");
                            failed = true;
                            return;
                        }
                        out_cell.kind = xlsx::StreamCell::Kind::number;
                        out_cell.number = cell.number;
                        out_cell.format = *number;
                        break;
                    }
                    case Cell::Kind::date:
                        if (auto day = cell_date(cell)) {
                            out_cell.kind = xlsx::StreamCell::Kind::number;
                            out_cell.number = xlsx::excel_date(day->y, day->m, day->d);
                            out_cell.format = f.date;
                        }
                        break;
                    case Cell::Kind::time:
                        out_cell.kind = xlsx::StreamCell::Kind::number;
                        out_cell.number = xlsx::excel_time(static_cast<int>(cell.number));
                        out_cell.format = f.time;
                        break;
                    case Cell::Kind::sheet_link:
                    case Cell::Kind::url:
                        out.fail("a link in a streamed table");
                        failed = true;
                        return;
                }
                lines = std::max(lines, cell_lines(table, widths, c, cell));
            }
            out.row(std::span<const xlsx::StreamCell>(stream.data(), static_cast<std::size_t>(n)),
                    lines > 1 ? kLinePoints * lines : 0);
        });
    };
}

void write_table(xlsx::Workbook& book, xlsx::Sheet& sheet, const Sheet& spec, bool plain_range,
                 bool stream) {
    const Table& table = *spec.table;
    std::vector<ColumnFormats> formats;
    for (const auto& column : table.columns) formats.emplace_back(book, column);
    const TableShape shape = shape_of(table);
    int header = spec.table_row();
    int ncols = static_cast<int>(table.columns.size());
    int header_lines = 1;
    std::vector<double> widths;
    for (int c = 0; c < ncols; ++c) {
        widths.push_back(fitted_width(table, shape, c));
        sheet.column_width(c, widths.back());
        header_lines =
            std::max(header_lines, lines_needed(table.columns[c].header, widths.back() * 0.9));
    }
    sheet.row_height(header, kLinePoints * header_lines);
    // A plain range's headings are written before its rows (a stream goes top to bottom).
    if (plain_range)
        for (int c = 0; c < ncols; ++c) sheet.text(header, c, table.columns[c].header, kHeader);
    // A plain range's number formats are made before its rows, in the order of the decimals
    // (a streamed workbook numbers its formats as they are made): the same whether its rows
    // then go cell by cell or as a stream.
    if (plain_range)
        for (auto& f : formats)
            for (int d : shape.decimals) f.number(d);
    int row = header;
    if (plain_range && stream && table.source) {
        // Streamed: the rows are written by the facade when the workbook is finished.
        const int rows = static_cast<int>(table.row_count());
        row = header + rows;
        sheet.stream_rows(header + 1, rows, ncols - 1, row_stream(table, formats, widths));
    } else {
        table.each_row([&](const Row& cells) {
            ++row;
            int lines = 1;
            const int n = std::min(ncols, static_cast<int>(cells.size()));
            // Streamed, a row's links go last: libxlsxwriter's constant-memory mode refuses a
            // cell written after a link in the same row ("row or column index out of range").
            for (int c = 0; c < n; ++c) {
                const Cell& cell = cells[static_cast<std::size_t>(c)];
                if (!(plain_range && is_link(cell)))
                    write_cell(sheet, row, c, cell, formats[static_cast<std::size_t>(c)]);
                lines = std::max(lines, cell_lines(table, widths, c, cell));
            }
            if (plain_range)
                for (int c = 0; c < n; ++c)
                    if (is_link(cells[static_cast<std::size_t>(c)]))
                        write_cell(sheet, row, c, cells[static_cast<std::size_t>(c)],
                                   formats[static_cast<std::size_t>(c)]);
            if (lines > 1) sheet.row_height(row, kLinePoints * lines);
        });
    }
    int last = row;
    if (!plain_range) {
        std::vector<xlsx::TableColumn> columns;
        for (const auto& c : table.columns) columns.push_back({c.header, kHeader});
        sheet.table(table.name, header, last, columns);
    }
    sheet.ignore_number_as_text(header + 1, last, ncols - 1);
    sheet.print_setup(header);

    if (spec.chart && last > header) {
        xlsx::LineChart chart{spec.chart->title,
                              spec.chart->x_axis,
                              spec.chart->y_axis,
                              spec.chart->y_number_format,
                              spec.chart->alt_text,
                              {},
                              header,
                              ncols + 1};
        for (const auto& [name, col] : spec.chart->series)
            chart.series.push_back({name, header + 1, last, spec.chart->category_column, col});
        sheet.line_chart(chart);
    }
}

}  // namespace

double fitted_width(const Table& table, const TableShape& shape, int col) {
    const Column& column = table.columns[static_cast<std::size_t>(col)];
    if (column.wrap) return column.width;
    std::size_t longest = shape.longest[static_cast<std::size_t>(col)];
    return std::clamp(static_cast<double>(longest) + 2, column.width, 60.0);
}

std::optional<std::string> write_workbook(const WorkbookSpec& spec, std::string& error,
                                          bool stream_rows) {
    // Every sheet is written row by row, top to bottom, so a workbook with a very long table
    // can be streamed (the header cells of a plain range are written before its rows).
    xlsx::Workbook book(spec.plain_ranges);
    const Properties& p = spec.properties;
    // Not a date: 0, which xlsx_writer turns into 1980-01-01, where zip files' dates begin.
    long long created = epoch_seconds(std::string_view(p.created)).value_or(0);
    xlsx::Properties props{p.title,    p.subject,  p.author, p.company, p.category,
                           p.keywords, p.comments, p.status, created,   {}};
    if (!p.language.empty()) props.custom.emplace_back("Language", p.language);
    book.set_properties(props);

    bool first = true;
    for (const auto& s : spec.sheets) {
        xlsx::Sheet sheet = book.add_sheet(s.name);
        sheet.text(0, 0, s.title, kTitle);
        sheet.row_height(0, 24);
        constexpr double kCoverWidth = 100;
        if (!s.table) {
            sheet.column_width(0, kCoverWidth);
            sheet.print_setup(-1);
        }
        for (std::size_t i = 0; i < s.lines.size(); ++i) {
            const Line& line = s.lines[i];
            int row = 1 + static_cast<int>(i);
            if (line.heading) {
                sheet.text(row, 0, line.text, kHeading);
                sheet.row_height(row, 20);
            } else if (!line.url.empty()) {
                sheet.url(row, 0, line.url, line.text);
            } else {
                sheet.text(row, 0, line.text, style(false, !s.table, !s.table));
                if (!s.table)
                    sheet.row_height(row, kLinePoints * lines_needed(line.text, kCoverWidth));
            }
        }
        if (s.table) write_table(book, sheet, s, spec.plain_ranges, stream_rows);
        sheet.select_a1();
        if (first) sheet.activate();
        first = false;
    }
    auto bytes = book.finish();
    if (!bytes) error = book.error();
    return bytes;
}

}  // namespace icbgen::workbook

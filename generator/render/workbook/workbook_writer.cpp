#include "render/workbook/workbook_writer.h"

#include <cstdio>

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

void write_cell(xlsx::Sheet& sheet, int row, int col, const Cell& cell, const Column& column) {
    xlsx::Style style = workbook::style(false, column.wrap, true);
    switch (cell.kind) {
    case Cell::Kind::text: sheet.text(row, col, cell.text, style); break;
    case Cell::Kind::number:
        style.number = number_format(cell.decimals);
        sheet.number(row, col, cell.number, style);
        break;
    case Cell::Kind::date: {
        int y = 0, m = 0, d = 0;
        char tail = 0;
        if (std::sscanf(cell.text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3) {
            style.number = "d mmmm yyyy";
            sheet.date(row, col, y, m, d, style);
        } else {
            sheet.text(row, col, cell.text, style);
        }
        break;
    }
    case Cell::Kind::time:
        style.number = "hh:mm";
        sheet.time(row, col, static_cast<int>(cell.number), style);
        break;
    case Cell::Kind::sheet_link: sheet.sheet_link(row, col, cell.target, cell.text, style); break;
    case Cell::Kind::url: sheet.url(row, col, cell.text, cell.text, style); break;
    }
}

void write_table(xlsx::Sheet& sheet, const Sheet& spec) {
    const Table& table = *spec.table;
    int header = spec.table_row();
    int ncols = static_cast<int>(table.columns.size());
    for (int c = 0; c < ncols; ++c) sheet.column_width(c, table.columns[c].width);
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < ncols && c < static_cast<int>(table.rows[r].size()); ++c)
            write_cell(sheet, header + 1 + static_cast<int>(r), c, table.rows[r][c], table.columns[c]);
    std::vector<xlsx::TableColumn> columns;
    for (const auto& c : table.columns) columns.push_back({c.header, kHeader});
    int last = header + static_cast<int>(table.rows.size());
    sheet.table(table.name, header, last, columns);
    sheet.ignore_number_as_text(header + 1, last, ncols - 1);
    sheet.freeze_rows(header + 1);

    if (spec.chart && !table.rows.empty()) {
        xlsx::LineChart chart{spec.chart->title, spec.chart->x_axis, spec.chart->y_axis,
                              spec.chart->alt_text, {}, header, ncols + 1};
        for (const auto& [name, col] : spec.chart->series)
            chart.series.push_back({name, header + 1, last, spec.chart->category_column, col});
        sheet.line_chart(chart);
    }
}

}  // namespace

std::optional<std::string> write_workbook(const WorkbookSpec& spec, std::string& error) {
    xlsx::Workbook book;
    const Properties& p = spec.properties;
    xlsx::Properties props{p.title, p.subject, p.author, p.company, p.category, p.keywords,
                           p.comments, p.status, epoch_seconds(p.created), {}};
    if (!p.language.empty()) props.custom.emplace_back("Language", p.language);
    book.set_properties(props);

    bool first = true;
    for (const auto& s : spec.sheets) {
        xlsx::Sheet sheet = book.add_sheet(s.name);
        sheet.text(0, 0, s.title, kTitle);
        if (!s.table) sheet.column_width(0, 110);
        for (std::size_t i = 0; i < s.lines.size(); ++i) {
            const Line& line = s.lines[i];
            int row = 1 + static_cast<int>(i);
            if (line.heading) sheet.text(row, 0, line.text, kHeading);
            else if (!line.url.empty()) sheet.url(row, 0, line.url, line.text);
            else sheet.text(row, 0, line.text, style(false, !s.table, false));
        }
        if (s.table) write_table(sheet, s);
        sheet.select_a1();
        if (first) sheet.activate();
        first = false;
    }
    auto bytes = book.finish();
    if (!bytes) error = book.error();
    return bytes;
}

}  // namespace icbgen::workbook

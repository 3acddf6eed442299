#include "render/workbook/workbook_spec.h"

#include <algorithm>

#include "format/date_format.h"
#include "format/number_format.h"
#include "format/words.h"
#include "render/workbook/workbook_format.h"

namespace icbgen::workbook {

Cell Cell::str(std::string text) {
    Cell c;
    c.text = std::move(text);
    return c;
}

Cell Cell::num(double value, int decimals) {
    Cell c;
    c.kind = Kind::number;
    c.number = value;
    c.decimals = decimals;
    return c;
}

Cell Cell::date(std::string iso) {
    Cell c;
    c.kind = Kind::date;
    c.text = std::move(iso);
    return c;
}

Cell Cell::time(int minutes) {
    Cell c;
    c.kind = Kind::time;
    c.number = minutes;
    return c;
}

Cell Cell::sheet_link(std::string text, std::string sheet) {
    Cell c;
    c.kind = Kind::sheet_link;
    c.text = std::move(text);
    c.target = std::move(sheet);
    return c;
}

Cell Cell::url(std::string address) {
    Cell c;
    c.kind = Kind::url;
    c.text = std::move(address);
    return c;
}

void set_text(Cell& cell, std::string_view text) {
    cell.kind = Cell::Kind::text;
    cell.text.assign(text);
}

void set_number(Cell& cell, double value, int decimals) {
    cell.kind = Cell::Kind::number;
    cell.number = value;
    cell.decimals = decimals;
}

void set_number(Cell& cell, const std::optional<double>& value, int decimals) {
    if (value)
        set_number(cell, *value, decimals);
    else
        set_text(cell, kNotAvailable);
}

void Table::each_row(const RowSink& sink) const {
    for (const auto& row : rows) sink(row);
    if (source) source(sink);
}

std::size_t Table::row_count() const {
    return source ? (measured ? measured->rows : measure(*this).rows) : rows.size();
}

TableShape measure(const Table& table) {
    TableShape shape;
    shape.longest.assign(table.columns.size(), 0);
    auto has_note = [](const std::string& s) { return s.find("[note ") != std::string::npos; };
    for (const auto& c : table.columns)
        shape.refers_to_notes = shape.refers_to_notes || has_note(c.header);
    table.each_row([&](const Row& row) {
        ++shape.rows;
        const std::size_t n = std::min(row.size(), table.columns.size());
        for (std::size_t c = 0; c < n; ++c) {
            const Cell& cell = row[c];
            if (cell.kind == Cell::Kind::number &&
                std::find(shape.decimals.begin(), shape.decimals.end(), cell.decimals) ==
                    shape.decimals.end())
                shape.decimals.push_back(cell.decimals);
            if (cell.kind == Cell::Kind::text && !shape.refers_to_notes && has_note(cell.text))
                shape.refers_to_notes = true;
            if (table.columns[c].wrap) continue;  // a wrapped column keeps its set width
            std::size_t length = cell.kind == Cell::Kind::number
                                     ? format_number(cell.number, std::max(cell.decimals, 0)).size()
                                 : cell.kind == Cell::Kind::date ? 17
                                                                 : cell.text.size();
            shape.longest[c] = std::max(shape.longest[c], length);
        }
    });
    std::sort(shape.decimals.begin(), shape.decimals.end());
    return shape;
}

TableShape shape_of(const Table& table) {
    return table.source && table.measured ? *table.measured : measure(table);
}

std::vector<Row> all_rows(const Table& table) {
    std::vector<Row> rows;
    table.each_row([&](const Row& row) { rows.push_back(row); });
    return rows;
}

std::string NoteBook::ref(const std::string& text) {
    for (std::size_t i = 0; i < notes_.size(); ++i)
        if (notes_[i] == text) return "[note " + std::to_string(i + 1) + "]";
    notes_.push_back(text);
    return "[note " + std::to_string(notes_.size()) + "]";
}

std::string Names::sheet(const std::string& wanted) { return unique_sheet_name(wanted, sheets_); }
std::string Names::table(const std::string& wanted) { return unique_table_name(wanted, tables_); }

std::string notes_cell(const std::vector<std::string>& markers) {
    return markers.empty() ? kNotApplicable : join(markers, " ");
}

namespace {

Sheet cover_sheet(const Cover& cover, bool has_notes) {
    Sheet s;
    s.name = "Cover";
    s.title = cover.title;
    s.description = "What this workbook contains, who publishes it and how to contact them";
    for (const auto& p : cover.about) s.lines.push_back(Line::plain(p));
    auto block = [&](const std::string& heading, const std::string& text, std::string url = {}) {
        s.lines.push_back(Line::head(heading));
        s.lines.push_back(url.empty() ? Line::plain(text) : Line::link(text, std::move(url)));
    };
    block("Source", cover.source);
    block("Publisher", cover.publisher);
    if (!cover.contact_email.empty())
        block("Contact", cover.contact_email, "mailto:" + cover.contact_email);
    block("Date published", date_words(cover.published));
    block("Next update", cover.next_update.empty() ? "Not yet scheduled" : cover.next_update);
    if (!cover.licence.empty()) block("Licence", cover.licence);
    s.lines.push_back(Line::head("Shorthand"));
    s.lines.push_back(Line::plain(
        std::string(kNotAvailable) +
        " means not available: the source gives no figure or the item is not set yet."));
    s.lines.push_back(Line::plain(std::string(kNotApplicable) + " means not applicable."));
    if (has_notes) {
        s.lines.push_back(Line::head("Notes"));
        s.lines.push_back(
            Line::plain("Tables refer to notes as [note 1], [note 2] and so on; the notes are on "
                        "the Notes worksheet."));
    }
    return s;
}

}  // namespace

namespace {
constexpr const char* kOneTable = "This worksheet contains one table.";
}  // namespace

Sheet table_sheet(std::string name, std::string title, std::string description,
                  std::vector<std::string> lines, Table table) {
    Sheet s;
    s.name = std::move(name);
    s.title = std::move(title);
    s.description = std::move(description);
    s.lines.push_back(Line::plain(kOneTable));
    for (auto& l : lines) s.lines.push_back(Line::plain(std::move(l)));
    // A table made row by row is measured once here, for the writers to read.
    TableShape shape = measure(table);
    if (shape.refers_to_notes)
        s.lines.push_back(
            Line::plain("Some cells refer to notes, which are on the Notes worksheet."));
    if (table.source) table.measured = std::make_shared<const TableShape>(std::move(shape));
    s.table = std::move(table);
    return s;
}

WorkbookSpec assemble(std::string path, Properties properties, const Cover& cover,
                      std::vector<Sheet> content, const NoteBook& notes) {
    WorkbookSpec spec;
    spec.path = std::move(path);
    spec.properties = std::move(properties);
    spec.sheets.push_back(cover_sheet(cover, !notes.empty()));

    if (!notes.empty()) {
        Table t{"Notes_table", {{"Note number", 14}, {"Note text", 100, true}}, {}};
        for (std::size_t i = 0; i < notes.notes().size(); ++i)
            t.rows.push_back(
                {Cell::str("[note " + std::to_string(i + 1) + "]"), Cell::str(notes.notes()[i])});
        Sheet notes_sheet = table_sheet(
            "Notes", "Notes", "Notes referred to in the tables of this workbook", {}, std::move(t));
        notes_sheet.lines.resize(1);  // the markers here are the notes themselves
        content.insert(content.begin(), std::move(notes_sheet));
    }

    Table contents{"Table_of_contents", {{"Sheet name", 32}, {"Description", 90, true}}, {}};
    contents.rows.push_back(
        {Cell::sheet_link("Cover", "Cover"), Cell::str(spec.sheets[0].description)});
    for (const auto& s : content)
        contents.rows.push_back({Cell::sheet_link(s.name, s.name), Cell::str(s.description)});
    std::vector<std::string> contents_lines{"Select a sheet name to go to that sheet."};
    for (const auto& line : cover.contents_lines) contents_lines.push_back(line);
    spec.sheets.push_back(table_sheet("Contents", "Contents",
                                      "The sheets of this workbook, with links",
                                      std::move(contents_lines), std::move(contents)));
    for (auto& s : content) spec.sheets.push_back(std::move(s));

    // libxlsxwriter writes a very long table only in constant-memory mode, which makes no
    // Excel tables at all: every table of the workbook becomes a plain range, and says so.
    for (const auto& s : spec.sheets)
        spec.plain_ranges = spec.plain_ranges || (s.table && s.table->row_count() > kMaxTableRows);
    if (spec.plain_ranges)
        for (auto& s : spec.sheets)
            if (s.table && !s.lines.empty() && s.lines[0].text == kOneTable)
                s.lines[0].text =
                    "This worksheet contains one table, set out as a plain range rather than an "
                    "Excel table (a table of this workbook has over " +
                    format_number(static_cast<double>(kMaxTableRows), 0) +
                    " rows, too many for Excel tables); its column headings are in row " +
                    std::to_string(s.table_row() + 1) + ".";
    return spec;
}

Cover site_cover(const SiteModel& model, const std::string& build_date) {
    Cover cover;
    cover.publisher = model.site.publisher;
    cover.contact_email = model.site.contact_email;
    cover.published = build_date;
    cover.licence = model.site.licence;
    return cover;
}

Properties site_properties(const SiteModel& model, const std::string& build_date) {
    Properties props;
    props.author = model.site.publisher;
    props.company = model.site.name;
    props.language = model.site.language;
    props.created = build_date;
    return props;
}

}  // namespace icbgen::workbook

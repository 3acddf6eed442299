#include "render/workbook/xlsx_writer.h"

#include <stdlib.h>  // mkdtemp
#include <unistd.h>  // access

#include <xlsxwriter.h>
#include <cstdlib>

#include "core/text.h"
#include "render/workbook/xlsx_rows.h"
#include "render/zip_archive.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace icbgen::xlsx {

namespace {

lxw_worksheet* ws(void* handle) { return static_cast<lxw_worksheet*>(handle); }

// "internal:'Sheet name'!A1", with apostrophes in the name doubled.
std::string internal_target(const std::string& sheet) {
    std::string quoted;
    for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return "internal:'" + quoted + "'!A1";
}

}  // namespace

// A sheet's rows given as a stream (Sheet::stream_rows), written when the workbook is finished.
struct Streamed {
    int number = 0;  // xl/worksheets/sheet<number>.xml
    lxw_worksheet* sheet = nullptr;
    std::string name;
    int first_row = 0, rows = 0, last_col = 0;
    RowStream stream;
    // What the library wrote on the sheet (its head), taken just before it closes: rows and
    // columns, min and max (lxw_worksheet's dim_*; min LXW_ROW_MAX when nothing was written).
    lxw_row_t row_min = 0, row_max = 0;
    lxw_col_t col_min = 0, col_max = 0;
};

// A streamed sheet's entry: deflated at zlib's level 1. On the million-row site (892 MB of Data
// sheet XML) the strategy workbook's .xlsx took 2.7 s of CPU at level 1 (73.3 MB) against 6.6 s
// at the library's level 6 (57.6 MB): deflating was most of the file's time (docs/PERFORMANCE.md).
constexpr int kStreamedLevel = 1;
// The library's other entries are deflated again at its own level, zlib's default.
constexpr int kLibraryLevel = 6;

struct Workbook::Impl {
    std::string dir, path;
    lxw_workbook* book = nullptr;
    bool constant_memory = false;
    int sheets = 0;
    std::vector<Streamed> streamed;
    std::vector<std::pair<Style, lxw_format*>> formats;
    std::deque<std::string> keep;  // strings handed to the library, kept alive until close

    char* hold(const std::string& s) { return keep.emplace_back(s).data(); }
    char* hold_or_null(const std::string& s) { return s.empty() ? nullptr : hold(s); }

    void close_and_clean() {
        if (book) workbook_close(book);
        book = nullptr;
        std::error_code ec;
        if (!dir.empty()) fs::remove_all(dir, ec);
        dir.clear();
    }
};

namespace {

// libxlsxwriter writes each part of a workbook to a temporary file before zipping them, and
// a site has dozens of workbooks: on a disk file system creating those hundreds of files was
// most of a no-change build's time (docs/PERFORMANCE.md). So they go to memory (/dev/shm)
// unless TMPDIR names a folder, or there is no /dev/shm to write to. A streamed workbook's
// few files held every row (900 MB of XML for a million rows), so they go to disk, where they
// do not take memory; its long tables' rows are now streamed by this facade instead
// (stream_rows), but a held table of the same workbook could still be long.
fs::path workbook_temp_root(bool streamed) {
    const char* tmpdir = std::getenv("TMPDIR");
    if (!streamed && (!tmpdir || !*tmpdir) && ::access("/dev/shm", W_OK | X_OK) == 0)
        return "/dev/shm";
    return fs::temp_directory_path();
}

}  // namespace

void Sheet::cell_check(int code, const char* what) {
    // A million cells each making the message "writing ... on <sheet>" just in case was a
    // measurable share of a large workbook's time: it is made only when a write fails.
    if (code != LXW_NO_ERROR) book_->check(code, what + name_);
}

Workbook::Workbook(bool constant_memory) : impl_(std::make_unique<Impl>()) {
    std::string pattern = (workbook_temp_root(constant_memory) / "icbgen-xlsx-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        error_ = "could not create a temporary folder for the workbook";
        return;
    }
    impl_->dir = pattern;
    impl_->path = (fs::path(pattern) / "workbook.xlsx").string();
    impl_->constant_memory = constant_memory;
    lxw_workbook_options options = {};
    // Constant memory: each row is written out when the next begins, so rows must come in
    // order and no Excel table can be added (workbook_writer chooses it for very long tables).
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = impl_->hold(impl_->dir);
    impl_->book = workbook_new_opt(impl_->path.c_str(), &options);
    if (!impl_->book) error_ = "libxlsxwriter could not create the workbook";
}

Workbook::~Workbook() { impl_->close_and_clean(); }

void Workbook::check(int code, const std::string& what) {
    if (code != LXW_NO_ERROR && error_.empty())
        error_ = what + ": " + lxw_strerror(static_cast<lxw_error>(code));
}

void* Workbook::format_handle(const Style& style) {
    if (style == Style{} || !impl_->book) return nullptr;
    for (const auto& [s, f] : impl_->formats)
        if (s == style) return f;
    lxw_format* f = workbook_add_format(impl_->book);
    if (style.bold) format_set_bold(f);
    if (style.wrap) format_set_text_wrap(f);
    if (style.top) format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (style.size > 0) format_set_font_size(f, style.size);
    if (!style.number.empty()) format_set_num_format(f, style.number.c_str());
    if (style.link) {
        format_set_underline(f, LXW_UNDERLINE_SINGLE);
        format_set_font_color(f, LXW_COLOR_BLUE);
    }
    // A streamed workbook's formats are numbered as they are made, not as cells first use
    // them, so that rows written later, at finish(), carry the same numbers as cells written
    // now, and the library's own rows the same whether or not other rows are streamed.
    if (impl_->constant_memory) lxw_format_get_xf_index(f);
    impl_->formats.emplace_back(style, f);
    return f;
}

Format Workbook::format(const Style& style) {
    Format f{format_handle(style)};
    if (f.handle && impl_->constant_memory)
        f.index = lxw_format_get_xf_index(static_cast<lxw_format*>(f.handle));
    return f;
}

double excel_date(int year, int month, int day) {
    lxw_datetime dt = {year, month, day, 0, 0, 0};
    return lxw_datetime_to_excel_datetime(&dt);
}

double excel_time(int minutes) {
    lxw_datetime dt = {0, 0, 0, minutes / 60, minutes % 60, 0};
    return lxw_datetime_to_excel_datetime(&dt);
}

Sheet Workbook::add_sheet(const std::string& name) {
    lxw_worksheet* sheet =
        impl_->book ? workbook_add_worksheet(impl_->book, name.c_str()) : nullptr;
    if (!sheet && error_.empty()) error_ = "could not add the worksheet '" + name + "'";
    return Sheet(this, sheet, name, sheet ? ++impl_->sheets : 0);
}

void Workbook::set_properties(const Properties& p) {
    if (!impl_->book) return;
    lxw_doc_properties props = {};
    props.title = impl_->hold_or_null(p.title);
    props.subject = impl_->hold_or_null(p.subject);
    props.author = impl_->hold_or_null(p.author);
    props.company = impl_->hold_or_null(p.company);
    props.category = impl_->hold_or_null(p.category);
    props.keywords = impl_->hold_or_null(p.keywords);
    props.comments = impl_->hold_or_null(p.comments);
    props.status = impl_->hold_or_null(p.status);
    // 0 would mean "now"; a fixed date keeps the bytes the same from build to build.
    props.created = static_cast<time_t>(p.created > 0 ? p.created : 315532800);  // 1980-01-01
    check(workbook_set_properties(impl_->book, &props), "document properties");
    for (const auto& [name, value] : p.custom)
        check(workbook_set_custom_property_string(impl_->book, name.c_str(), value.c_str()),
              "custom property " + name);
}

std::optional<std::string> Workbook::finish() {
    if (!impl_->book) {
        if (error_.empty()) error_ = "the workbook was already finished";
        return std::nullopt;
    }
    for (Streamed& s : impl_->streamed) {
        s.row_min = s.sheet->dim_rowmin;
        s.row_max = s.sheet->dim_rowmax;
        s.col_min = s.sheet->dim_colmin;
        s.col_max = s.sheet->dim_colmax;
        if (s.row_min != LXW_ROW_MAX && s.row_max >= static_cast<lxw_row_t>(s.first_row))
            check(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE,
                  "writing below the streamed rows of " + s.name);
    }
    lxw_error closed = workbook_close(impl_->book);
    impl_->book = nullptr;
    check(closed, "closing the workbook");
    std::optional<std::string> bytes;
    if (error_.empty()) {
        // Read straight into a string of the file's size: a million-row workbook is 58 MB, and
        // a stream's growing buffer and then its copy held it up to three times over.
        std::error_code ec;
        const auto size = fs::file_size(impl_->path, ec);
        std::ifstream in(impl_->path, std::ios::binary);
        std::string data(ec ? 0 : static_cast<std::size_t>(size), '\0');
        if (!ec && in && in.read(data.data(), static_cast<std::streamsize>(data.size())) &&
            in.peek() == std::ifstream::traits_type::eof())
            bytes = std::move(data);
        else
            error_ = "could not read back the workbook written to " + impl_->path;
    }
    impl_->close_and_clean();
    if (bytes && !impl_->streamed.empty()) bytes = with_streamed_rows(*bytes);
    return bytes;
}

namespace {

// The sheet XML the library wrote (its head rows only), given to `piece` with the streamed
// rows in: up to the end of its last row, the rows, then the rest from </sheetData> on, and
// the dimension widened to the streamed rows (found before they are written, from what the
// stream was declared to give; checked after).
void splice_rows(const std::string& xml, const Streamed& s, const zip::Piece& piece,
                 std::string& error) {
    const std::string dimension = "<dimension ref=\"";
    const std::size_t dim = xml.find(dimension);
    const std::size_t dim_end =
        dim == std::string::npos ? std::string::npos : xml.find('"', dim + dimension.size());
    std::size_t rows_at = xml.find("</sheetData>");
    const bool empty = rows_at == std::string::npos;  // <sheetData/>: no head rows at all
    if (empty) rows_at = xml.find("<sheetData/>");
    if (dim_end == std::string::npos || rows_at == std::string::npos || dim_end > rows_at) {
        error = "the worksheet XML of " + s.name + " is not as libxlsxwriter 1.1.4 writes it";
        return;
    }
    const bool head = s.row_min != LXW_ROW_MAX;
    const int last_row = s.first_row + s.rows - 1;
    const int row_min =
        head ? std::min<int>(static_cast<int>(s.row_min), s.first_row) : s.first_row;
    const int col_min = head ? std::min<int>(static_cast<int>(s.col_min), 0) : 0;
    const int col_max = head ? std::max<int>(static_cast<int>(s.col_max), s.last_col) : s.last_col;
    piece(std::string_view(xml).substr(0, dim + dimension.size()));
    piece(range_ref(row_min, col_min, last_row, col_max));
    piece(std::string_view(xml).substr(dim_end, rows_at - dim_end));
    if (empty) piece("<sheetData>");
    RowXml rows(s.first_row, s.last_col, piece);
    s.stream(rows);
    rows.flush();
    if (empty) {
        piece("</sheetData>");
        piece(std::string_view(xml).substr(rows_at + std::string_view("<sheetData/>").size()));
    } else {
        piece(std::string_view(xml).substr(rows_at));
    }
    if (!rows.error().empty())
        error = rows.error() + " on " + s.name;
    else if (rows.rows() != s.rows || rows.min_row != s.first_row || rows.max_row != last_row ||
             rows.min_col != 0 || rows.max_col != s.last_col)
        error = "the streamed rows of " + s.name + " are not the " + std::to_string(s.rows) +
                " rows of columns A to " + column_name(s.last_col) + " declared";
}

}  // namespace

// The library's archive rewritten with the streamed rows in their sheets: every other entry as
// it was, in the same order (zip_archive.h dates them all 1980-01-01, as the library does).
std::optional<std::string> Workbook::with_streamed_rows(const std::string& library) {
    auto read = zip::read_archive(library, error_);
    if (!read) return std::nullopt;
    std::vector<zip::Entry> entries;
    std::vector<std::string> errors(impl_->streamed.size());
    for (auto& e : *read) {
        zip::Entry& entry = entries.emplace_back();
        entry.path = e.path;
        entry.level = kLibraryLevel;
        for (std::size_t i = 0; i < impl_->streamed.size(); ++i) {
            const Streamed& s = impl_->streamed[i];
            if (e.path != "xl/worksheets/sheet" + std::to_string(s.number) + ".xml") continue;
            entry.level = kStreamedLevel;
            entry.write = [xml = std::move(e.bytes), &s, &error = errors[i]](
                              const zip::Piece& piece) { splice_rows(xml, s, piece, error); };
        }
        if (!entry.write) entry.bytes = std::move(e.bytes);
    }
    auto archive = zip::write_archive(entries, "", error_);
    for (const auto& e : errors)
        if (!e.empty() && error_.empty()) error_ = e;
    for (std::size_t i = 0; i < impl_->streamed.size() && error_.empty(); ++i)
        if (errors[i].empty() && !std::any_of(entries.begin(), entries.end(), [&](auto& e) {
                return e.path ==
                       "xl/worksheets/sheet" + std::to_string(impl_->streamed[i].number) + ".xml";
            }))
            error_ = "the worksheet of " + impl_->streamed[i].name + " was not in the workbook";
    if (!error_.empty()) return std::nullopt;
    return archive;
}

// ---------------------------------------------------------------------------------------------

void Sheet::text(int row, int col, const std::string& value, const Style& style) {
    if (!handle_) return;
    // Always a string: text such as "=SUM(A1)" or "-5%" from content is never a formula.
    cell_check(worksheet_write_string(ws(handle_), row, col, value.c_str(),
                                      static_cast<lxw_format*>(book_->format_handle(style))),
               "writing text on ");
}

void Sheet::text(int row, int col, const std::string& value, Format format) {
    if (!handle_) return;
    cell_check(worksheet_write_string(ws(handle_), row, col, value.c_str(),
                                      static_cast<lxw_format*>(format.handle)),
               "writing text on ");
}

void Sheet::number(int row, int col, double value, Format format) {
    if (!handle_) return;
    cell_check(worksheet_write_number(ws(handle_), row, col, value,
                                      static_cast<lxw_format*>(format.handle)),
               "writing a number on ");
}

void Sheet::date(int row, int col, int year, int month, int day, Format format) {
    if (!handle_) return;
    lxw_datetime dt = {year, month, day, 0, 0, 0};
    cell_check(worksheet_write_datetime(ws(handle_), row, col, &dt,
                                        static_cast<lxw_format*>(format.handle)),
               "writing a date on ");
}

void Sheet::time(int row, int col, int minutes, Format format) {
    if (!handle_) return;
    lxw_datetime dt = {0, 0, 0, minutes / 60, minutes % 60, 0};
    cell_check(worksheet_write_datetime(ws(handle_), row, col, &dt,
                                        static_cast<lxw_format*>(format.handle)),
               "writing a time on ");
}

void Sheet::url(int row, int col, const std::string& address, const std::string& text,
                Format format) {
    if (!handle_) return;
    if (links_full()) return text_instead_of_link(row, col, text);
    cell_check(
        worksheet_write_url_opt(ws(handle_), row, col, address.c_str(),
                                static_cast<lxw_format*>(format.handle), text.c_str(), nullptr),
        "writing a link on ");
}

// Excel allows at most 65,530 links on a worksheet (libxlsxwriter refuses the next one). A
// sheet of a very large site (one row per metric, each with links) stops linking there: the
// rest show their text, unlinked (an address as itself), so nothing is lost but the click
// (docs/WORKBOOKS.md).
bool Sheet::links_full() const { return ws(handle_)->hlink_count >= LXW_MAX_NUMBER_URLS; }

void Sheet::text_instead_of_link(int row, int col, const std::string& text) {
    this->text(row, col, text, Style{});
}

void Sheet::sheet_link(int row, int col, const std::string& sheet, const std::string& text,
                       Format format) {
    url(row, col, internal_target(sheet), text, format);
}

void Sheet::number(int row, int col, double value, const Style& style) {
    if (!handle_) return;
    cell_check(worksheet_write_number(ws(handle_), row, col, value,
                                      static_cast<lxw_format*>(book_->format_handle(style))),
               "writing a number on ");
}

void Sheet::date(int row, int col, int year, int month, int day, const Style& style) {
    if (!handle_) return;
    lxw_datetime dt = {year, month, day, 0, 0, 0};
    cell_check(worksheet_write_datetime(ws(handle_), row, col, &dt,
                                        static_cast<lxw_format*>(book_->format_handle(style))),
               "writing a date on ");
}

void Sheet::time(int row, int col, int minutes, const Style& style) {
    if (!handle_) return;
    lxw_datetime dt = {0, 0, 0, minutes / 60, minutes % 60, 0};
    cell_check(worksheet_write_datetime(ws(handle_), row, col, &dt,
                                        static_cast<lxw_format*>(book_->format_handle(style))),
               "writing a time on ");
}

void Sheet::sheet_link(int row, int col, const std::string& sheet, const std::string& text,
                       const Style& style) {
    url(row, col, internal_target(sheet), text, style);
}

void Sheet::url(int row, int col, const std::string& address, const std::string& text,
                const Style& style) {
    if (!handle_) return;
    if (links_full()) return text_instead_of_link(row, col, text);
    Style link = style;
    link.link = true;
    cell_check(worksheet_write_url_opt(ws(handle_), row, col, address.c_str(),
                                       static_cast<lxw_format*>(book_->format_handle(link)),
                                       text.c_str(), nullptr),
               "writing a link on ");
}

void Sheet::table(const std::string& name, int first_row, int last_row,
                  const std::vector<TableColumn>& columns) {
    if (!handle_) return;
    std::vector<lxw_table_column> cols(columns.size());
    std::vector<lxw_table_column*> pointers;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        cols[i] = {};
        cols[i].header = book_->impl_->hold(columns[i].header);
        cols[i].header_format =
            static_cast<lxw_format*>(book_->format_handle(columns[i].header_style));
        pointers.push_back(&cols[i]);
    }
    pointers.push_back(nullptr);
    lxw_table_options options = {};
    options.name = book_->impl_->hold(name);
    options.no_autofilter = LXW_TRUE;
    options.columns = pointers.data();
    book_->check(worksheet_add_table(ws(handle_), first_row, 0, last_row,
                                     static_cast<lxw_col_t>(columns.size() - 1), &options),
                 "adding the table " + name);
}

void Sheet::column_width(int col, double width) {
    if (!handle_) return;
    book_->check(worksheet_set_column(ws(handle_), col, col, width, nullptr), "column width");
}

void Sheet::row_height(int row, double points) {
    if (!handle_) return;
    book_->check(worksheet_set_row(ws(handle_), row, points, nullptr), "row height");
}

void Sheet::print_setup(int header_row) {
    if (!handle_) return;
    worksheet_set_paper(ws(handle_), 9);  // A4
    worksheet_set_landscape(ws(handle_));
    worksheet_fit_to_pages(ws(handle_), 1, 0);
    if (header_row >= 0)
        book_->check(worksheet_repeat_rows(ws(handle_), header_row, header_row), "print titles");
}

void Sheet::select_a1() {
    if (!handle_) return;
    worksheet_set_selection(ws(handle_), 0, 0, 0, 0);
}

void Sheet::activate() {
    if (!handle_) return;
    worksheet_activate(ws(handle_));
}

void Sheet::ignore_number_as_text(int first_row, int last_row, int last_col) {
    if (!handle_) return;
    char range[64];
    lxw_rowcol_to_range(range, first_row, 0, last_row, last_col);
    book_->check(worksheet_ignore_errors(ws(handle_), LXW_IGNORE_NUMBER_STORED_AS_TEXT, range),
                 "ignore errors");
}

void Sheet::stream_rows(int first_row, int rows, int last_col, RowStream stream) {
    if (!handle_) return;
    lxw_worksheet* sheet = ws(handle_);
    auto& streamed = book_->impl_->streamed;
    const bool taken = std::any_of(streamed.begin(), streamed.end(),
                                   [&](const Streamed& s) { return s.sheet == sheet; });
    if (!book_->impl_->constant_memory || taken || first_row < 0 || rows < 0 || last_col < 0 ||
        last_col >= static_cast<int>(LXW_COL_MAX) ||
        static_cast<long long>(first_row) + rows > static_cast<long long>(LXW_ROW_MAX) ||
        (sheet->dim_rowmin != LXW_ROW_MAX &&
         sheet->dim_rowmax >= static_cast<lxw_row_t>(first_row))) {
        book_->check(LXW_ERROR_PARAMETER_VALIDATION, "streaming rows on " + name_);
        return;
    }
    if (rows == 0) return;
    streamed.push_back({number_, sheet, name_, first_row, rows, last_col, std::move(stream)});
}

void Sheet::line_chart(const LineChart& spec) {
    if (!handle_) return;
    lxw_chart* chart = workbook_add_chart(book_->impl_->book, LXW_CHART_LINE);
    if (!chart) {
        book_->check(LXW_ERROR_MEMORY_MALLOC_FAILED, "adding a chart");
        return;
    }
    for (const auto& s : spec.series) {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, name_.c_str(), s.first_row, s.category_column,
                                    s.last_row, s.category_column);
        chart_series_set_values(series, name_.c_str(), s.first_row, s.value_column, s.last_row,
                                s.value_column);
        // libxlsxwriter reads a leading '=' in chart and series names as a cell reference;
        // content text is always literal.
        chart_series_set_name(series, spreadsheet_literal(s.name).c_str());
        chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
        chart_series_set_marker_size(series, 7);
    }
    chart_title_set_name(chart, spreadsheet_literal(spec.title).c_str());
    chart_axis_set_name(chart->x_axis, spreadsheet_literal(spec.x_axis).c_str());
    chart_axis_set_name(chart->y_axis, spreadsheet_literal(spec.y_axis).c_str());
    if (!spec.y_number_format.empty())
        chart_axis_set_num_format(chart->y_axis, spec.y_number_format.c_str());
    chart_legend_set_position(
        chart, spec.series.size() > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
    lxw_chart_options options = {};
    options.x_scale = 1.5;
    options.y_scale = 1.25;
    options.description = book_->impl_->hold(spec.alt_text);
    book_->check(worksheet_insert_chart_opt(ws(handle_), spec.row, spec.column, chart, &options),
                 "inserting a chart on " + name_);
}

}  // namespace icbgen::xlsx

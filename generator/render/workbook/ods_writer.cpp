#include "render/workbook/ods_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "core/text.h"
#include "data/iso_date.h"
#include "format/date_format.h"
#include "format/number_format.h"
#include "render/workbook/workbook_writer.h"
#include "render/zip_archive.h"

namespace icbgen::workbook {

namespace {

constexpr const char* kMimeType = "application/vnd.oasis.opendocument.spreadsheet";

// zlib's default level, as LibreOffice uses: on the 10,000-page benchmark's 203 MB content.xml
// it took half the time of level 9 (0.53 s against 1.08 s) for a file 6.6% larger (3.06 MB
// against 2.87 MB); level 1 was faster again but 69% larger (docs/PERFORMANCE.md).
constexpr int kOdsLevel = 6;
// A streamed workbook's (a table past kMaxTableRows) content.xml at level 1: on the million-row
// site of bench/big_metric.sh, zlib took 3.2 s at level 6 (17.3 MB) and 1.3 s at level 1
// (23.5 MB) of the strategy workbook's 1.25 GB content.xml; 2 and 3 were no faster than 1 and
// no smaller. There deflate was most of the file's time (docs/PERFORMANCE.md).
constexpr int kStreamedOdsLevel = 1;

std::string xml(const std::string& s) { return escape_markup(s); }

// Text as an ODF paragraph's content: runs of spaces, tabs and line breaks as elements, since
// ODF collapses white space. Plain stretches are copied whole (per character, this was the
// .ods writer's own largest cost on a million rows: docs/PERFORMANCE.md).
void put_odf_text(std::string& out, const std::string& s) {
    bool after_space = true;  // a leading space is kept too
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // As far as the next character that is not written as itself: a space after a space
        // (or at the start), a line break, a tab, markup or a carriage return.
        std::size_t j = i;
        for (; j < n; ++j) {
            const char c = s[j];
            if (c == ' ') {
                if (after_space) break;
                after_space = true;
            } else if (c == '\n' || c == '\t' || c == '&' || c == '<' || c == '>' || c == '\r') {
                break;
            } else {
                after_space = false;
            }
        }
        out.append(s, i, j - i);
        if (j == n) break;
        const char c = s[j];
        if (c == ' ') {
            out += "<text:s/>";  // after_space stays set
        } else {
            after_space = false;
            if (c == '\n')
                out += "<text:line-break/>", after_space = true;
            else if (c == '\t')
                out += "<text:tab/>";
            else if (c == '&')
                out += "&amp;";
            else if (c == '<')
                out += "&lt;";
            else if (c == '>')
                out += "&gt;";
            // '\r' is left out
        }
        i = j + 1;
    }
}

// A sheet name in a cell address: quoted, with quotes doubled.
std::string quoted_sheet(const std::string& name) {
    std::string out = "'";
    for (char c : name) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

std::string column_letters(int col) {
    std::string s;
    for (++col; col > 0; col = (col - 1) / 26) s.insert(s.begin(), char('A' + (col - 1) % 26));
    return s;
}

// As printf's "%.15g" (the standard defines to_chars with a precision so), without printf's
// slow path for doubles.
void put_number_text(std::string& out, double v) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 15);
    out.append(buf, r.ptr);
}

// Number styles by decimals (-1: a plain integer such as a year, no thousands separator).
std::string number_style_name(int decimals) {
    return decimals < 0 ? "NY" : "N" + std::to_string(decimals);
}

// The styles the content uses: number styles for each count of decimals, then cell styles.
std::string automatic_styles(const std::vector<int>& decimals, const std::vector<double>& widths) {
    std::string s = "<office:automatic-styles>";
    for (int d : decimals) {
        s += "<number:number-style style:name=\"" + number_style_name(d) +
             "\"><number:number number:decimal-places=\"" + std::to_string(std::max(d, 0)) +
             "\" number:min-decimal-places=\"" + std::to_string(std::max(d, 0)) +
             "\" number:min-integer-digits=\"1\"" +
             (d < 0 ? std::string() : std::string(" number:grouping=\"true\"")) +
             "/></number:number-style>";
        s += "<style:style style:name=\"ce" + number_style_name(d) +
             "\" style:family=\"table-cell\" style:data-style-name=\"" + number_style_name(d) +
             "\"><style:table-cell-properties style:vertical-align=\"top\"/></style:style>";
    }
    s += "<number:date-style style:name=\"ND\"><number:day/><number:text> </number:text>"
         "<number:month number:textual=\"true\" number:style=\"long\"/><number:text> "
         "</number:text><number:year number:style=\"long\"/></number:date-style>"
         "<number:time-style style:name=\"NT\"><number:hours number:style=\"long\"/>"
         "<number:text>:</number:text><number:minutes number:style=\"long\"/>"
         "</number:time-style>"
         "<style:style style:name=\"ceND\" style:family=\"table-cell\" "
         "style:data-style-name=\"ND\"><style:table-cell-properties "
         "style:vertical-align=\"top\"/></style:style>"
         "<style:style style:name=\"ceNT\" style:family=\"table-cell\" "
         "style:data-style-name=\"NT\"><style:table-cell-properties "
         "style:vertical-align=\"top\"/></style:style>"
         "<style:style style:name=\"ceTitle\" style:family=\"table-cell\">"
         "<style:text-properties fo:font-weight=\"bold\" fo:font-size=\"16pt\"/></style:style>"
         "<style:style style:name=\"ceHeading\" style:family=\"table-cell\">"
         "<style:text-properties fo:font-weight=\"bold\" fo:font-size=\"13pt\"/></style:style>"
         "<style:style style:name=\"ceHeader\" style:family=\"table-cell\">"
         "<style:table-cell-properties fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/>"
         "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
         "<style:style style:name=\"ceTop\" style:family=\"table-cell\">"
         "<style:table-cell-properties style:vertical-align=\"top\"/></style:style>"
         "<style:style style:name=\"ceWrap\" style:family=\"table-cell\">"
         "<style:table-cell-properties fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/>"
         "</style:style>";
    for (std::size_t i = 0; i < widths.size(); ++i) {
        char cm[32];
        // Excel's width unit is about the width of a digit: 0.19 cm in the default font.
        std::snprintf(cm, sizeof cm, "%.2fcm", widths[i] * 0.19);
        s += "<style:style style:name=\"co" + std::to_string(i) +
             "\" style:family=\"table-column\"><style:table-column-properties "
             "style:column-width=\"" +
             cm + "\"/></style:style>";
    }
    return s + "</office:automatic-styles>";
}

// A string cell; `style` null for the column's default cell style, `repeated` for a run of
// identical cells side by side (ODF's number-columns-repeated: a row's [x] cells become one).
void put_string_cell(std::string& out, const std::string& text, const char* style,
                     const std::string& link = "", std::size_t repeated = 1) {
    out += "<table:table-cell";
    if (style) out.append(" table:style-name=\"").append(style).append("\"");
    if (repeated > 1)
        out.append(" table:number-columns-repeated=\"")
            .append(std::to_string(repeated))
            .append("\"");
    out += " office:value-type=\"string\"><text:p>";
    if (link.empty()) {
        put_odf_text(out, text);
    } else {
        out.append("<text:a xlink:type=\"simple\" xlink:href=\"").append(xml(link)).append("\">");
        put_odf_text(out, text);
        out += "</text:a>";
    }
    out += "</text:p></table:table-cell>";
}

// A table cell. Text takes its column's default cell style (ceTop, or ceWrap for a wrapped
// column), set on the table:table-column, so it needs no style of its own.
void put_cell(std::string& out, const Cell& cell, const Column& column, std::size_t repeated = 1) {
    const char* text_style = column.wrap ? "ceWrap" : "ceTop";
    switch (cell.kind) {
        case Cell::Kind::text: put_string_cell(out, cell.text, nullptr, "", repeated); return;
        case Cell::Kind::number:
            out.append("<table:table-cell table:style-name=\"ce")
                .append(number_style_name(cell.decimals))
                .append("\" office:value-type=\"float\" office:value=\"");
            put_number_text(out, cell.number);
            out += "\"><text:p>";
            if (cell.decimals < 0)
                put_number_text(out, cell.number);
            else
                out += xml(format_number(cell.number, cell.decimals));
            out += "</text:p></table:table-cell>";
            return;
        case Cell::Kind::date:
            if (parse_iso_date(cell.text)) {
                out.append(
                       "<table:table-cell table:style-name=\"ceND\" office:value-type=\"date\" "
                       "office:date-value=\"")
                    .append(cell.text)
                    .append("\"><text:p>")
                    .append(xml(date_words(cell.text)))
                    .append("</text:p></table:table-cell>");
                return;
            }
            put_string_cell(out, cell.text, text_style);
            return;
        case Cell::Kind::time: {
            int minutes = static_cast<int>(cell.number);
            char value[32], shown[16];
            std::snprintf(value, sizeof value, "PT%02dH%02dM00S", minutes / 60, minutes % 60);
            std::snprintf(shown, sizeof shown, "%02d:%02d", minutes / 60 % 24, minutes % 60);
            out.append(
                   "<table:table-cell table:style-name=\"ceNT\" office:value-type=\"time\" "
                   "office:time-value=\"")
                .append(value)
                .append("\"><text:p>")
                .append(shown)
                .append("</text:p></table:table-cell>");
            return;
        }
        case Cell::Kind::sheet_link:
            put_string_cell(out, cell.text, text_style, "#" + quoted_sheet(cell.target) + ".A1");
            return;
        case Cell::Kind::url: put_string_cell(out, cell.text, text_style, cell.text); return;
    }
    out += "<table:table-cell/>";
}

void put_row(std::string& out, const std::string& text, const char* style,
             const std::string& link = "") {
    out += "<table:table-row>";
    put_string_cell(out, text, style, link);
    out += "</table:table-row>";
}

// The XML is handed on in pieces of about this many bytes, so a long table is never held whole.
constexpr std::size_t kPiece = 1 << 16;

// A sheet as a table:table; its column styles are numbered from `first_column_style`.
void put_sheet(std::string& out, const Sheet& s, const TableShape* shape,
               std::size_t first_column_style, std::string& ranges, const zip::Piece& piece) {
    out += "<table:table table:name=\"" + xml(s.name) + "\">";
    std::size_t columns = s.table ? s.table->columns.size() : 1;
    for (std::size_t c = 0; c < columns; ++c)
        out += "<table:table-column table:style-name=\"co" +
               std::to_string(first_column_style + c) + "\" table:default-cell-style-name=\"" +
               (!s.table || s.table->columns[c].wrap ? "ceWrap" : "ceTop") + "\"/>";
    put_row(out, s.title, "ceTitle");
    for (const Line& line : s.lines) {
        if (line.heading)
            put_row(out, line.text, "ceHeading");
        else
            put_row(out, line.text, s.table ? "ceTop" : "ceWrap", line.url);
    }
    if (s.table) {
        const Table& table = *s.table;
        out += "<table:table-row>";
        for (const auto& c : table.columns) put_string_cell(out, c.header, "ceHeader");
        out += "</table:table-row>";
        table.each_row([&](const Row& r) {
            out += "<table:table-row>";
            const std::size_t n = std::min(r.size(), table.columns.size());
            for (std::size_t c = 0; c < n;) {
                // Identical text cells side by side, in columns of the same default style.
                std::size_t run = 1;
                if (r[c].kind == Cell::Kind::text)
                    while (c + run < n && r[c + run].kind == Cell::Kind::text &&
                           r[c + run].text == r[c].text &&
                           table.columns[c + run].wrap == table.columns[c].wrap)
                        ++run;
                put_cell(out, r[c], table.columns[c], run);
                c += run;
            }
            out += "</table:table-row>";
            if (out.size() >= kPiece) {
                piece(out);
                out.clear();
            }
        });
        // The table as a named database range (ODF's table), with no filter buttons.
        int first = s.table_row() + 1, last = first + static_cast<int>(shape->rows);
        std::string end = column_letters(static_cast<int>(table.columns.size()) - 1);
        ranges += "<table:database-range table:name=\"" + xml(table.name) +
                  "\" table:target-range-address=\"" + xml(quoted_sheet(s.name)) + ".A" +
                  std::to_string(first) + ":" + xml(quoted_sheet(s.name)) + "." + end +
                  std::to_string(last) +
                  "\" table:contains-header=\"true\" table:display-filter-buttons=\"false\"/>";
    }
    out += "</table:table>";
}

// content.xml, handed to `piece` in order. Every table's shape is known before its rows are
// written, since the styles (column widths, number formats) come first in the file.
void write_content_xml(const WorkbookSpec& spec, const zip::Piece& piece) {
    std::vector<std::optional<TableShape>> shapes;
    std::vector<int> decimals;
    std::vector<double> widths;
    for (const auto& s : spec.sheets) {
        shapes.emplace_back();
        if (!s.table) {
            widths.push_back(100);
            continue;
        }
        shapes.back() = shape_of(*s.table);
        for (int d : shapes.back()->decimals)
            if (std::find(decimals.begin(), decimals.end(), d) == decimals.end())
                decimals.push_back(d);
        for (std::size_t c = 0; c < s.table->columns.size(); ++c)
            widths.push_back(fitted_width(*s.table, *shapes.back(), static_cast<int>(c)));
    }
    std::sort(decimals.begin(), decimals.end());
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\">";
    out += automatic_styles(decimals, widths);
    out += "<office:body><office:spreadsheet>";
    std::string ranges;
    std::size_t column_style = 0;
    for (std::size_t i = 0; i < spec.sheets.size(); ++i) {
        const Sheet& s = spec.sheets[i];
        put_sheet(out, s, shapes[i] ? &*shapes[i] : nullptr, column_style, ranges, piece);
        column_style += s.table ? s.table->columns.size() : 1;
    }
    if (!ranges.empty()) out += "<table:database-ranges>" + ranges + "</table:database-ranges>";
    out += "</office:spreadsheet></office:body></office:document-content>\n";
    piece(out);
}

}  // namespace

std::string ods_content_xml(const WorkbookSpec& spec) {
    std::string xml;
    write_content_xml(spec, [&](std::string_view piece) { xml.append(piece); });
    return xml;
}

std::string ods_meta_xml(const WorkbookSpec& spec) {
    const Properties& p = spec.properties;
    std::string date = (parse_iso_date(p.created) ? p.created : "1980-01-01") + "T00:00:00";
    std::string m =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:meta>";
    auto put = [&](const char* element, const std::string& value) {
        if (!value.empty())
            m += std::string("<") + element + ">" + xml(value) + "</" + element + ">";
    };
    put("dc:title", p.title);
    put("dc:subject", p.subject);
    put("dc:description", p.comments);
    put("meta:keyword", p.keywords);
    put("meta:initial-creator", p.author);
    put("dc:creator", p.author);
    put("meta:creation-date", date);
    put("dc:date", date);
    put("dc:language", p.language);
    auto user = [&](const char* name, const std::string& value) {
        if (!value.empty())
            m += std::string("<meta:user-defined meta:name=\"") + name + "\">" + xml(value) +
                 "</meta:user-defined>";
    };
    user("Company", p.company);
    user("Category", p.category);
    user("Status", p.status);
    return m + "</office:meta></office:document-meta>\n";
}

std::optional<std::string> write_ods(const WorkbookSpec& spec, std::string& error) {
    std::string manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
        "manifest:media-type=\"" +
        std::string(kMimeType) +
        "\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" "
        "manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>\n";
    // content.xml is written straight into the archive, piece by piece, never held whole.
    const int content_level = spec.plain_ranges ? kStreamedOdsLevel : kOdsLevel;
    std::vector<zip::Entry> entries = {
        {"mimetype", kMimeType, true},
        {"META-INF/manifest.xml", manifest, false, {}, kOdsLevel},
        {"content.xml", "", false,
         [&spec](const zip::Piece& piece) { write_content_xml(spec, piece); }, content_level},
        {"meta.xml", ods_meta_xml(spec), false, {}, kOdsLevel}};
    return zip::write_archive(entries, spec.properties.created, error);
}

}  // namespace icbgen::workbook

#include "render/workbook/xlsx_rows.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace icbgen::xlsx {

namespace {

constexpr std::size_t kPiece = 1 << 16;
// Excel's (and libxlsxwriter's) most characters in a cell.
constexpr std::size_t kMaxText = 32767;

// printf's "%.16G", as libxlsxwriter writes a number: std::to_chars with general precision 16
// is defined as "%.16g", and the exponent's 'e' is then upper case.
void put_number(std::string& out, double value) {
    char text[40];
    char* end = text;
    if (std::isfinite(value)) {
        end = std::to_chars(text, text + sizeof text, value, std::chars_format::general, 16).ptr;
        for (char* p = text; p != end; ++p)
            if (*p == 'e') *p = 'E';
    } else {
        end = text + std::snprintf(text, sizeof text, "%.16G", value);
    }
    out.append(text, end);
}

bool is_control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n'; }

// The library escapes control characters other than tab and line feed as _xHHHH_, then &, <
// and > as entities; quotes stay as they are.
void put_text(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        std::size_t j = i;
        for (; j < n; ++j) {
            const auto c = static_cast<unsigned char>(s[j]);
            if (c == '&' || c == '<' || c == '>' || is_control(c)) break;
        }
        out.append(s.data() + i, j - i);
        if (j == n) break;
        const auto c = static_cast<unsigned char>(s[j]);
        if (c == '&') {
            out += "&amp;";
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else {
            const char code[] = {'_', 'x', '0', '0', kHex[c >> 4], kHex[c & 15], '_'};
            out.append(code, sizeof code);
        }
        i = j + 1;
    }
}

// isspace() of the escaped text's first or last byte: only these three are left unescaped.
bool white(char c) { return c == ' ' || c == '\t' || c == '\n'; }

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

}  // namespace

std::string column_name(int col) {
    std::string name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) name.insert(name.begin(), 'A' + (c - 1) % 26);
    return name;
}

std::string range_ref(int first_row, int first_col, int last_row, int last_col) {
    std::string first = column_name(first_col) + std::to_string(first_row + 1);
    if (first_row == last_row && first_col == last_col) return first;
    return first + ":" + column_name(last_col) + std::to_string(last_row + 1);
}

RowXml::RowXml(int first_row, int last_col, std::function<void(std::string_view)> out)
    : out_(std::move(out)), next_row_(first_row) {
    buf_.reserve(kPiece + 4096);
    for (int c = 0; c <= last_col; ++c) columns_.push_back(column_name(c));
}

void RowXml::fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
}

void RowXml::cell_start(int col, int style) {
    buf_ += "<c r=\"";
    if (static_cast<std::size_t>(col) < columns_.size())
        buf_ += columns_[static_cast<std::size_t>(col)];
    else
        buf_ += column_name(col);
    buf_.append(row_number_, row_number_size_);
    buf_ += '"';
    if (style) {
        buf_ += " s=\"";
        char text[16];
        buf_.append(text, std::to_chars(text, text + sizeof text, style).ptr);
        buf_ += '"';
    }
}

void RowXml::row(std::span<const StreamCell> cells, double height) {
    if (!error_.empty()) return;
    const int r = next_row_++;
    ++rows_;
    row_number_size_ = static_cast<std::size_t>(
        std::to_chars(row_number_, row_number_ + sizeof row_number_, r + 1).ptr - row_number_);
    const std::size_t row_start = buf_.size();
    buf_ += "<row r=\"";
    buf_.append(row_number_, row_number_size_);
    buf_ += '"';
    if (height > 0) {
        buf_ += " ht=\"";
        char text[40];
        buf_.append(
            text,
            std::to_chars(text, text + sizeof text, height, std::chars_format::general, 16).ptr);
        buf_ += "\" customHeight=\"1\"";
    }
    buf_ += '>';
    const std::size_t cells_start = buf_.size();
    int first_col = -1, last_col = -1;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const StreamCell& cell = cells[i];
        const int col = static_cast<int>(i);
        std::string_view text = cell.text;
        // The library is given C strings: text stops at a NUL, and empty text is a blank cell.
        if (cell.kind == StreamCell::Kind::text) text = text.substr(0, text.find('\0'));
        const bool blank = cell.kind == StreamCell::Kind::blank ||
                           (cell.kind == StreamCell::Kind::text && text.empty());
        if (blank && !cell.format.handle) continue;
        if (first_col < 0) first_col = col;
        last_col = col;
        cell_start(col, cell.format.index);
        if (blank) {
            buf_ += "/>";
        } else if (cell.kind == StreamCell::Kind::number) {
            buf_ += "><v>";
            put_number(buf_, cell.number);
            buf_ += "</v></c>";
        } else {
            if (text.size() > kMaxText && utf8_length(text) > kMaxText) {
                fail("text of more than 32,767 characters, Excel's most in a cell, in " +
                     column_name(col) + std::to_string(r + 1));
                return;
            }
            buf_ += white(text.front()) || white(text.back())
                        ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        : " t=\"inlineStr\"><is><t>";
            put_text(buf_, text);
            buf_ += "</t></is></c>";
        }
    }
    if (first_col >= 0) {
        buf_ += "</row>";
        min_col = min_col < 0 ? first_col : std::min(min_col, first_col);
        max_col = std::max(max_col, last_col);
    } else if (height > 0) {
        // A row with a height and no cells: an empty element.
        buf_.resize(cells_start - 1);
        buf_ += "/>";
    } else {
        buf_.resize(row_start);  // nothing to write: the library skips the row
        return;
    }
    if (min_row < 0) min_row = r;
    max_row = r;
    if (buf_.size() >= kPiece) flush();
}

void RowXml::flush() {
    if (!buf_.empty()) out_(buf_);
    buf_.clear();
}

}  // namespace icbgen::xlsx

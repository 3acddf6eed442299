#include "data/csv.h"

namespace icbgen {

namespace {

// Reports a header saved with semicolons or tabs between its columns (a spreadsheet's export
// in another locale, often with decimal commas too); returns whether it was one. The table is
// then left empty ("csv-separator"), rather than reporting every row.
bool wrong_separator(const std::string& path, const CsvRecord& header, Diagnostics& diags) {
    if (header.fields.size() != 1) return false;
    const std::string& only = header.fields[0];
    std::size_t at = only.find_first_of(";\t");
    if (at == std::string::npos) return false;
    bool tab = only[at] == '\t';
    int column = 1;
    for (std::size_t i = 0; i < at; ++i)
        if ((static_cast<unsigned char>(only[i]) & 0xC0) != 0x80) ++column;
    diags.error("csv-separator", {path, header.line, column},
                std::string("the columns of this file are separated by ") +
                    (tab ? "tabs" : "semicolons") + ", so icbgen reads the header as one column",
                "separate columns with commas: save the file as 'CSV (comma delimited)', or "
                "replace each " +
                    std::string(tab ? "tab" : "';'") + " between columns with ','");
    return true;
}

}  // namespace

int field_column(const std::vector<std::string>& fields, std::size_t index) {
    int column = 1;
    for (std::size_t k = 0; k < index && k < fields.size(); ++k)
        for (std::size_t i = 0; i <= fields[k].size(); ++i)
            if (i == fields[k].size() || (static_cast<unsigned char>(fields[k][i]) & 0xC0) != 0x80)
                ++column;
    return column;
}

CsvTable parse_csv(const std::string& path, std::string_view text, Diagnostics& diags) {
    CsvTable table;
    table.path = path;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t i = 0;
    int line = 1;
    bool header_done = false;
    while (i < text.size()) {
        CsvRecord rec;
        rec.line = line;
        std::string field;
        bool in_quotes = false, quoted = false, end_of_record = false;
        int quote_line = line;
        while (i < text.size() && !end_of_record) {
            char c = text[i];
            if (in_quotes) {
                if (c == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        ++i;
                    } else {
                        in_quotes = false;
                    }
                } else {
                    if (c == '\n') ++line;
                    field += c;
                }
            } else if (c == '"' && field.empty() && !quoted) {
                in_quotes = quoted = true;
                quote_line = line;
            } else if (c == ',') {
                rec.fields.push_back(std::move(field));
                field.clear();
                quoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
                ++line;
                end_of_record = true;
            } else {
                field += c;
            }
            ++i;
        }
        if (in_quotes) {
            diags.error("csv-syntax", {path, quote_line, 1}, "a quoted field is never closed",
                        "add the closing '\"'");
            break;
        }
        rec.fields.push_back(std::move(field));
        bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
        if (blank) continue;
        if (!header_done && wrong_separator(path, rec, diags)) return table;
        for (auto& f : rec.fields) {
            while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) f.pop_back();
            std::size_t s = f.find_first_not_of(" \t");
            f.erase(0, s == std::string::npos ? f.size() : s);
        }
        if (!header_done) {
            table.header = std::move(rec.fields);
            header_done = true;
            continue;
        }
        if (rec.fields.size() != table.header.size()) {
            diags.error("csv-field-count", {path, rec.line, 1},
                        "this row has " + std::to_string(rec.fields.size()) +
                            " fields but the header has " + std::to_string(table.header.size()),
                        "quote fields that contain commas, e.g. \"Lewisham, Lambeth\"");
            continue;
        }
        table.rows.push_back(std::move(rec));
    }
    if (!header_done)
        diags.error("csv-empty", {path, 1, 1}, "this CSV file is empty",
                    "add a header row 'period,value' and at least one row, or delete the file");
    return table;
}

}  // namespace icbgen

#include "content/source_text_check.h"

#include <cstdio>
#include <set>

#include "core/text.h"

namespace icbgen {

namespace {

const char* control_name(unsigned c) {
    switch (c) {
        case 0x00: return "NUL";
        case 0x07: return "bell";
        case 0x08: return "backspace";
        case 0x0B: return "vertical tab";
        case 0x0C: return "form feed";
        case 0x1B: return "escape";
        case 0x7F: return "delete";
        default: return c >= 0x80 ? "C1 control" : "control";
    }
}

// The code point of a control character at byte `i`, and its length in bytes; 0 when none.
std::size_t control_at(std::string_view text, std::size_t i, unsigned& cp) {
    auto b = static_cast<unsigned char>(text[i]);
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
        cp = b;
        return 1;
    }
    // U+0080..U+009F are encoded C2 80..C2 9F.
    if (b == 0xC2 && i + 1 < text.size()) {
        auto n = static_cast<unsigned char>(text[i + 1]);
        if (n >= 0x80 && n <= 0x9F) {
            cp = n;
            return 2;
        }
    }
    return 0;
}

std::string confusable_message(const std::string& what, const std::string& value,
                               const Confusable& c) {
    return what + " '" + value + "' contains the " + c.script + " letter '" + c.character + "' (" +
           c.codepoint + "), which looks like the Latin '" + std::string(1, c.looks_like) + "'";
}

bool is_fence(std::string_view line) {
    std::size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos || i > 3) return false;
    return line.compare(i, 3, "```") == 0 || line.compare(i, 3, "~~~") == 0;
}

// The text of an ATX heading ("## Our approach" -> offset of "Our approach"), or npos.
std::size_t atx_heading_text(std::string_view line) {
    std::size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos || i > 3 || line[i] != '#') return std::string_view::npos;
    std::size_t hashes = line.find_first_not_of('#', i);
    if (hashes == std::string_view::npos) return std::string_view::npos;  // "###" alone: empty
    if (hashes - i > 6 || (line[hashes] != ' ' && line[hashes] != '\t'))
        return std::string_view::npos;
    return line.find_first_not_of(" \t", hashes);
}

bool is_setext_underline(std::string_view line) {
    std::size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos || i > 3 || (line[i] != '=' && line[i] != '-')) return false;
    std::size_t end = line.find_first_not_of(line[i], i);
    return end == std::string_view::npos ||
           line.find_first_not_of(" \t", end) == std::string_view::npos;
}

}  // namespace

bool check_control_characters(const std::string& path, std::string_view text, Diagnostics& diags) {
    std::size_t first = std::string_view::npos, count = 0;
    unsigned first_cp = 0;
    for (std::size_t i = 0; i < text.size();) {
        unsigned cp = 0;
        if (std::size_t len = control_at(text, i, cp)) {
            if (count++ == 0) first = i, first_cp = cp;
            i += len;
        } else {
            ++i;
        }
    }
    if (count == 0) return true;
    char code[12];
    std::snprintf(code, sizeof code, "U+%04X", first_cp);
    LineColumn lc = line_column_at(text, first);
    std::string message = "this file contains the " + std::string(control_name(first_cp)) +
                          " character " + code + ", which is invisible in most editors";
    if (count > 1) message += " (" + std::to_string(count) + " control characters in all)";
    diags.error("control-character", {path, lc.line, lc.column}, message,
                count > 20 ? "a file full of them was probably saved as UTF-16: save it as UTF-8"
                           : "delete it (it often comes with text copied from a PDF or a word "
                             "processor); the file is not read until then");
    return false;
}

void check_heading_letters(const std::string& path, std::string_view body, int first_line,
                           Diagnostics& diags) {
    bool in_fence = false;
    std::string previous;  // the line above, when it may be a heading underlined by this one
    int line_no = first_line;
    for (std::size_t at = 0; at <= body.size(); ++line_no) {
        std::size_t end = body.find('\n', at);
        if (end == std::string_view::npos) end = body.size();
        std::string line(body.substr(at, end - at));
        if (!line.empty() && line.back() == '\r') line.pop_back();
        at = end + 1;
        if (is_fence(line)) {
            in_fence = !in_fence;
            previous.clear();
            continue;
        }
        if (in_fence) continue;
        auto report = [&](const std::string& text, std::size_t offset, int on_line) {
            std::string heading = text.substr(offset);
            while (!heading.empty() && (heading.back() == '#' || heading.back() == ' '))
                heading.pop_back();
            auto c = find_confusable(heading);
            if (!c) return;
            diags.error("confusable-letters",
                        {path, on_line, line_column_at(text, offset + c->offset).column},
                        confusable_message("the heading", heading, *c),
                        "retype it as '" + latinise(heading) +
                            "': look-alike letters break links to the heading, search and screen "
                            "readers");
        };
        if (std::size_t text = atx_heading_text(line); text != std::string::npos) {
            report(line, text, line_no);
            previous.clear();
        } else if (!previous.empty() && is_setext_underline(line)) {
            report(previous, previous.find_first_not_of(' '), line_no - 1);
            previous.clear();
        } else {
            previous = line.find_first_not_of(" \t") == std::string::npos ? "" : line;
        }
        if (end == body.size()) break;
    }
}

void check_name_letters(const std::vector<std::string>& paths, Diagnostics& diags) {
    std::set<std::string> reported;
    for (const auto& path : paths) {
        for (std::size_t start = 0; start < path.size();) {
            std::size_t slash = path.find('/', start);
            bool is_file = slash == std::string::npos;
            std::string name = path.substr(start, is_file ? std::string::npos : slash - start);
            std::string prefix = path.substr(0, is_file ? path.size() : slash);
            start = is_file ? path.size() : slash + 1;
            if (!reported.insert(prefix).second) continue;
            auto c = find_confusable(name);
            if (!c) continue;
            diags.error("confusable-letters", {path, 1, 1},
                        confusable_message(is_file ? "the file name" : "the folder name", name, *c),
                        "rename it '" + latinise(name) +
                            "': look-alike letters break links, search and screen readers");
        }
    }
}

}  // namespace icbgen

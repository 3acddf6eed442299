#include "content/front_matter.h"

namespace icbgen {

namespace {
bool is_fence(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line == "---";
}
}  // namespace

FrontMatterSplit split_front_matter(std::string_view text) {
    FrontMatterSplit out;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte-order mark
    std::size_t first_nl = text.find('\n');
    std::string_view first = text.substr(0, first_nl);
    if (!is_fence(first)) {
        out.body = std::string(text);
        return out;
    }
    out.has_front_matter = true;
    out.yaml_first_line = 2;
    std::size_t pos = first_nl == std::string_view::npos ? text.size() : first_nl + 1;
    std::size_t yaml_start = pos;
    int line = 2;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        std::string_view l =
            text.substr(pos, nl == std::string_view::npos ? text.size() - pos : nl - pos);
        if (is_fence(l)) {
            out.yaml = std::string(text.substr(yaml_start, pos - yaml_start));
            std::size_t body_start = nl == std::string_view::npos ? text.size() : nl + 1;
            out.body = std::string(text.substr(body_start));
            out.body_first_line = line + 1;
            return out;
        }
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
        ++line;
    }
    out.unterminated = true;
    out.yaml = std::string(text.substr(yaml_start));
    out.body_first_line = line + 1;
    return out;
}

}  // namespace icbgen

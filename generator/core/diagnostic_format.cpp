#include "core/diagnostic_format.h"

#include "core/text.h"

namespace icbgen {

const DiagnosticFormatter::Source& DiagnosticFormatter::source(const std::string& path) {
    auto [it, added] = sources_.try_emplace(path);
    Source& s = it->second;
    if (!added || !fs_) return s;
    if (auto text = fs_->read(path)) {
        s.readable = true;
        s.text = std::move(*text);
        s.line_starts.push_back(0);
        for (std::size_t i = 0; i < s.text.size(); ++i)
            if (s.text[i] == '\n') s.line_starts.push_back(i + 1);
    }
    return s;
}

std::string DiagnosticFormatter::line(const std::string& path, int number) {
    const Source& s = source(path);
    if (!s.readable || number < 1 || static_cast<std::size_t>(number) > s.line_starts.size())
        return {};
    const std::size_t start = s.line_starts[static_cast<std::size_t>(number) - 1];
    if (start >= s.text.size()) return {};
    return line_text(std::string_view(s.text).substr(start), 1);
}

std::string format_diagnostic(const Diagnostic& d, const FileSystem* fs, bool color) {
    return DiagnosticFormatter(fs, color).format(d);
}

std::string DiagnosticFormatter::format(const Diagnostic& d) {
    const bool color = color_;
    const char* bold = color ? "\033[1m" : "";
    const char* reset = color ? "\033[0m" : "";
    const char* tint = !color                            ? ""
                       : d.severity == Severity::error   ? "\033[1;31m"
                       : d.severity == Severity::warning ? "\033[1;33m"
                                                         : "\033[1;36m";
    std::string out = bold;
    out += d.location.path.empty() ? "icbgen" : d.location.path;
    if (d.location.line > 0) {
        out += ":" + std::to_string(d.location.line);
        if (d.location.column > 0) out += ":" + std::to_string(d.location.column);
    }
    out += std::string(": ") + reset + tint + severity_name(d.severity) + "[" + d.code + "]" +
           reset + bold + ": " + d.message + reset + "\n";
    if (fs_ && d.location.line > 0) {
        {
            std::string line = this->line(d.location.path, d.location.line);
            if (!line.empty() && line.size() < 400 && !find_invalid_utf8(line)) {
                std::string number = std::to_string(d.location.line);
                out += " " + number + " | " + line + "\n";
                out += " " + std::string(number.size(), ' ') + " | ";
                int col = std::max(1, d.location.column);
                // Keep tabs so the caret lines up under tab-indented text.
                int seen = 1;
                for (std::size_t i = 0; i < line.size() && seen < col; ++i) {
                    unsigned char ch = static_cast<unsigned char>(line[i]);
                    if ((ch & 0xC0) == 0x80) continue;
                    out += line[i] == '\t' ? '\t' : ' ';
                    ++seen;
                }
                out += std::string(tint) + "^" + reset + "\n";
            }
        }
    }
    if (!d.hint.empty()) out += "  = hint: " + d.hint + "\n";
    return out;
}

nlohmann::json diagnostic_to_json(const Diagnostic& d) {
    return {{"severity", severity_name(d.severity)},
            {"code", d.code},
            {"path", d.location.path},
            {"line", d.location.line},
            {"column", d.location.column},
            {"message", d.message},
            {"hint", d.hint}};
}

}  // namespace icbgen

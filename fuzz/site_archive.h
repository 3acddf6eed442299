#pragma once
// The whole-site fuzz input: several files in one buffer, each introduced by a line
// "=== <path>" (relative to the site root) and followed by its contents. Text before the
// first such line is ignored. fuzz/make_corpus.py writes fixture sites in this form.
#include <string>
#include <string_view>

#include "core/file_system.h"

namespace icbgen::fuzz {

inline MemoryFileSystem read_site_archive(std::string_view input) {
    MemoryFileSystem fs;
    std::string name;
    std::string contents;
    bool in_file = false;
    auto flush = [&] {
        if (in_file && !name.empty()) fs.add(name, contents);
        contents.clear();
    };
    while (!input.empty()) {
        std::size_t end = input.find('\n');
        std::string_view line =
            input.substr(0, end == std::string_view::npos ? input.size() : end + 1);
        input.remove_prefix(line.size());
        if (line.rfind("=== ", 0) == 0) {
            flush();
            std::string_view path = line.substr(4);
            while (!path.empty() && (path.back() == '\n' || path.back() == '\r'))
                path.remove_suffix(1);
            name = std::string(path);
            in_file = true;
        } else if (in_file) {
            contents += line;
        }
    }
    flush();
    return fs;
}

}  // namespace icbgen::fuzz

#pragma once
// The value a renderer hands to the output stage: every file of an output tree, in memory.
#include <map>
#include <string>

namespace icbgen {

struct FileSet {
    std::map<std::string, std::string> files;  // relative path ('/'-separated) -> bytes

    void add(const std::string& path, std::string bytes) { files[path] = std::move(bytes); }
    bool contains(const std::string& path) const { return files.count(path) > 0; }
    void merge(FileSet other) {
        for (auto& [p, b] : other.files) files[p] = std::move(b);
    }
};

}  // namespace icbgen

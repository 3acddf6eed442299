#include "core/file_set.h"

namespace icbgen {

FileSet::File FileSet::make(const std::string& path, std::string bytes) const {
    File file;
    file.size = bytes.size();
    if (!store) {
        file.bytes = std::move(bytes);
        return file;
    }
    file.stored = true;
    file.unchanged = store->put(path, bytes);
    return file;
}

std::optional<std::string> FileSet::read(const std::string& path) const {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    if (!it->second.stored) return it->second.bytes;
    return store ? store->get(path) : std::nullopt;
}

const std::string& FileSet::bytes_of(const std::string& path, const File& file,
                                     std::string& kept) const {
    if (!file.stored) return file.bytes;
    auto bytes = store ? store->get(path) : std::nullopt;
    kept = bytes ? std::move(*bytes) : std::string();
    return kept;
}

void FileSet::merge(FileSet other) {
    for (auto& [path, file] : other.files) {
        if (file.stored && other.store == store) {
            files[path] = std::move(file);
        } else if (!file.stored) {
            add(path, std::move(file.bytes));
        } else if (auto bytes = other.read(path)) {
            add(path, std::move(*bytes));
        }
    }
}

}  // namespace icbgen

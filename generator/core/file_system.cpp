#include "core/file_system.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace icbgen {

std::optional<std::string> read_disk_file(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)) {}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    return read_disk_file((fs::path(root_) / path).string());
}

bool DiskFileSystem::exists(const std::string& path) const {
    std::error_code ec;
    return fs::exists(fs::path(root_) / path, ec);
}

std::vector<std::string> DiskFileSystem::list(const std::string& dir) const {
    std::vector<std::string> out;
    std::error_code ec;
    fs::path base = fs::path(root_) / dir;
    if (!fs::is_directory(base, ec)) return out;
    for (auto it = fs::recursive_directory_iterator(base, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec))
            out.push_back(fs::relative(it->path(), root_, ec).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

bool MemoryFileSystem::exists(const std::string& path) const {
    if (files_.count(path)) return true;
    std::string prefix = path + "/";
    auto it = files_.lower_bound(prefix);
    return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> MemoryFileSystem::list(const std::string& dir) const {
    std::vector<std::string> out;
    std::string prefix = dir.empty() ? "" : dir + "/";
    for (const auto& [path, _] : files_)
        if (path.compare(0, prefix.size(), prefix) == 0) out.push_back(path);
    return out;
}

}  // namespace icbgen

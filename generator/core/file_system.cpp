#include "core/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

namespace fs = std::filesystem;

namespace icbgen {

std::optional<std::string> read_disk_file(const std::string& path) {
    // One open, one fstat and reads straight into the string (a stream copied each file twice).
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return std::nullopt;
    }
    std::string out(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    while (true) {
        if (got == out.size()) out.resize(out.size() + 4096);  // the file grew, or is /proc-like
        ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    out.resize(got);
    return out;
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
        // The iterator's paths start with `base`: taking it off is enough (fs::relative
        // resolved every file's links on disk, a fifth of loading 10,000 files).
        if (it->is_regular_file(ec))
            out.push_back((fs::path(dir) / it->path().lexically_relative(base)).generic_string());
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

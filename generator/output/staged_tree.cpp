#include "output/staged_tree.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "output/output_marker.h"
#include "output/output_paths.h"

namespace fs = std::filesystem;

namespace icbgen {

namespace {

// Writes `bytes` to a new file at `path`; the errno on failure, else 0.
int write_new(const std::string& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return errno;
    const char* at = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = ::write(fd, at, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int e = n < 0 ? errno : EIO;
            ::close(fd);
            return e;
        }
        at += n;
        left -= static_cast<std::size_t>(n);
    }
    return ::close(fd) == 0 ? 0 : errno;
}

// Whether the regular file at `path` holds exactly `bytes` (a symbolic link never does).
bool holds_exactly(const std::string& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
                static_cast<std::size_t>(st.st_size) == bytes.size();
    char buffer[65536];
    std::size_t at = 0;
    while (same && at < bytes.size()) {
        ssize_t n = ::read(fd, buffer, std::min(sizeof buffer, bytes.size() - at));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0 || std::memcmp(buffer, bytes.data() + at, static_cast<std::size_t>(n)) != 0)
            same = false;
        else
            at += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return same;
}

}  // namespace

std::string stage_tree(const FileSet& files, const fs::path& staging, const fs::path& previous) {
    std::error_code ec;
    fs::remove_all(staging, ec);
    fs::create_directories(staging, ec);
    if (ec) return "could not create " + staging.string() + ": " + ec.message();

    // Every path is checked, and every folder made, before any file is written. In sorted
    // order a folder comes before the folders inside it.
    std::set<std::string> folders;
    std::vector<const std::pair<const std::string, std::string>*> entries;
    entries.reserve(files.files.size());
    for (const auto& entry : files.files) {
        const std::string& rel = entry.first;
        if (!is_safe_relative(rel) || rel == kOutputMarkerName)
            return "refusing to write outside the output: " + rel;
        for (std::size_t slash = rel.find('/'); slash != std::string::npos;
             slash = rel.find('/', slash + 1))
            folders.insert(rel.substr(0, slash));
        entries.push_back(&entry);
    }
    for (const auto& folder : folders) {
        fs::path dir = staging / folder;
        if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
            return "could not create " + dir.string() + ": " + std::strerror(errno);
    }

    const std::string base = staging.string() + "/";
    const std::string earlier = previous.empty() ? std::string() : previous.string() + "/";
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::mutex mutex;
    std::string why;
    auto work = [&] {
        for (std::size_t i = next++; i < entries.size() && !failed; i = next++) {
            const auto& [rel, bytes] = *entries[i];
            const std::string target = base + rel;
            if (!earlier.empty()) {
                const std::string old = earlier + rel;
                if (holds_exactly(old, bytes) && ::link(old.c_str(), target.c_str()) == 0) continue;
            }
            if (int e = write_new(target, bytes); e != 0) {
                std::lock_guard lock(mutex);
                if (!failed.exchange(true))
                    why = "could not write " + target + ": " + std::strerror(e);
            }
        }
    };
    // Creating files is mostly the kernel's work, which runs on as many cores as ask.
    const std::size_t threads = std::min<std::size_t>(
        {std::max(1u, std::thread::hardware_concurrency()), 8, entries.size() / 64 + 1});
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    if (failed) return why;
    if (int e = write_new((staging / kOutputMarkerName).string(), output_marker_text()); e != 0)
        return "could not write " + (staging / kOutputMarkerName).string() + ": " +
               std::strerror(e);
    return {};
}

}  // namespace icbgen

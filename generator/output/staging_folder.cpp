#include "output/staging_folder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/file_system.h"
#include "output/folder_swap.h"
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

std::string with_slash(const fs::path& p) { return p.empty() ? std::string() : p.string() + "/"; }

}  // namespace

StagingFolder::StagingFolder(fs::path folder, fs::path previous)
    : folder_(std::move(folder)),
      previous_(std::move(previous)),
      base_(with_slash(folder_)),
      earlier_(with_slash(previous_)) {}

std::shared_ptr<StagingFolder> StagingFolder::for_output(const fs::path& dir) {
    std::error_code ec;
    const bool exists = fs::is_directory(fs::symlink_status(dir, ec));
    return std::make_shared<StagingFolder>(
        leftover_path(dir, Leftover::staging_new, static_cast<long>(::getpid())),
        exists ? dir : fs::path());
}

StagingFolder::~StagingFolder() {
    std::error_code ec;
    if (created_ && !taken_) fs::remove_all(folder_, ec);
}

std::string StagingFolder::error() const {
    std::lock_guard lock(mutex_);
    return error_;
}

void StagingFolder::fail(std::string why) {
    std::lock_guard lock(mutex_);
    if (!failed_.exchange(true)) error_ = std::move(why);
}

bool StagingFolder::make_folders(const std::string& path) {
    std::lock_guard lock(mutex_);
    if (failed_) return false;
    std::error_code ec;
    if (!created_) {
        created_ = true;
        fs::remove_all(folder_, ec);
        fs::create_directories(folder_, ec);
        if (ec) {
            failed_ = true;
            error_ = "could not create " + folder_.string() + ": " + ec.message();
            return false;
        }
    }
    // Outermost first: "a", "a/b", ...
    for (std::size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
        std::string folder = path.substr(0, slash);
        if (folders_.count(folder)) continue;
        const std::string dir = base_ + folder;
        if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
            failed_ = true;
            error_ = "could not create " + dir + ": " + std::strerror(errno);
            return false;
        }
        folders_.insert(std::move(folder));
    }
    return true;
}

bool StagingFolder::put(const std::string& path, const std::string& bytes) {
    if (failed_) return false;
    if (!is_safe_relative(path) || path == kOutputMarkerName) {
        fail("refusing to write outside the output: " + path);
        return false;
    }
    if (!make_folders(path)) return false;
    const std::string target = base_ + path;
    if (!earlier_.empty()) {
        const std::string old = earlier_ + path;
        if (holds_exactly(old, bytes)) {
            if (::link(old.c_str(), target.c_str()) == 0) return true;
            if (errno == EEXIST && ::unlink(target.c_str()) == 0 &&
                ::link(old.c_str(), target.c_str()) == 0)
                return true;
        }
    }
    int e = write_new(target, bytes);
    // Added before: a new file in place of the old one (which may be a link to the previous
    // output's file, never to be written through).
    if (e == EEXIST) e = ::unlink(target.c_str()) == 0 ? write_new(target, bytes) : errno;
    if (e != 0) fail("could not write " + target + ": " + std::strerror(e));
    return false;
}

std::string StagingFolder::finish() {
    taken_ = true;
    if (std::string why = error(); !why.empty()) return why;
    if (!make_folders(kOutputMarkerName)) return error();
    const std::string marker = base_ + kOutputMarkerName;
    if (int e = write_new(marker, output_marker_text()); e != 0)
        return "could not write " + marker + ": " + std::strerror(e);
    return {};
}

std::optional<std::string> StagingFolder::get(const std::string& path) const {
    if (!is_safe_relative(path)) return std::nullopt;
    return read_disk_file(base_ + path);
}

}  // namespace icbgen

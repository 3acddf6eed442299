#include "serve/file_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>
#include <thread>

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace icbgen {

namespace {

// How long the tree must be quiet before a burst of changes counts as one: with inotify, the
// short wait once every file written in the burst has been closed (an editor's save is over),
// the long one while a file is still open for writing (or when polling, which cannot tell).
constexpr auto kSettle = 20ms;
constexpr auto kSettleClosed = 5ms;
constexpr auto kPollInterval = 300ms;

using Clock = std::chrono::steady_clock;

// path -> (modification time, size) of every file below the folders.
using Scan = std::map<std::string, std::pair<fs::file_time_type, std::uintmax_t>>;

Scan scan(const std::string& root, const std::vector<std::string>& folders) {
    Scan out;
    for (const auto& folder : folders) {
        std::error_code ec;
        fs::recursive_directory_iterator it(fs::path(root) / folder, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            std::error_code fec;
            if (!it->is_regular_file(fec)) continue;
            auto time = it->last_write_time(fec);
            auto size = it->file_size(fec);
            if (!fec) out[it->path().string()] = {time, size};
        }
    }
    return out;
}

class PollingWatcher final : public FileWatcher {
public:
    PollingWatcher(std::string root, std::vector<std::string> folders)
        : root_(std::move(root)), folders_(std::move(folders)), last_(scan(root_, folders_)) {}

    bool wait(std::chrono::milliseconds timeout) override {
        auto deadline = Clock::now() + timeout;
        while (Clock::now() < deadline) {
            std::this_thread::sleep_for(std::min<Clock::duration>(
                kPollInterval, std::max<Clock::duration>(deadline - Clock::now(), 1ms)));
            Scan now = scan(root_, folders_);
            if (now == last_) continue;
            // Settled when two scans a moment apart agree.
            for (;;) {
                std::this_thread::sleep_for(kSettle * 2);
                Scan again = scan(root_, folders_);
                if (again == now) break;
                now = std::move(again);
            }
            last_ = std::move(now);
            return true;
        }
        return false;
    }
    std::string mode() const override { return "polling every 300 ms"; }

private:
    std::string root_;
    std::vector<std::string> folders_;
    Scan last_;
};

class InotifyWatcher final : public FileWatcher {
public:
    InotifyWatcher(std::string root, std::vector<std::string> folders)
        : root_(std::move(root)), folders_(std::move(folders)) {}
    ~InotifyWatcher() override {
        if (fd_ >= 0) ::close(fd_);
    }

    bool start() {
        fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (fd_ < 0) return false;
        for (const auto& folder : folders_) {
            fs::path dir = fs::path(root_) / folder;
            std::error_code ec;
            if (!fs::is_directory(dir, ec)) continue;
            if (!add_tree(dir)) return false;
        }
        // The root itself, so that a watched folder created later is noticed.
        return add(fs::path(root_));
    }

    bool wait(std::chrono::milliseconds timeout) override {
        if (!drain_one(timeout)) return false;
        // Gather the rest of the burst.
        while (drain_one(std::chrono::duration_cast<std::chrono::milliseconds>(
            writing_.empty() ? kSettleClosed : kSettle))) {
        }
        writing_.clear();  // a file still open was quiet for kSettle: not being written now
        return true;
    }
    std::string mode() const override { return "inotify"; }

private:
    static constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE |
                                      IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF |
                                      IN_ATTRIB;

    bool add(const fs::path& dir) {
        int wd = ::inotify_add_watch(fd_, dir.c_str(), kMask | IN_ONLYDIR);
        if (wd < 0) return false;
        dirs_[wd] = dir;
        return true;
    }
    bool add_tree(const fs::path& dir) {
        if (!add(dir)) return false;
        std::error_code ec;
        fs::recursive_directory_iterator it(dir, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            std::error_code dec;
            if (it->is_directory(dec) && !add(it->path())) return false;
        }
        return true;
    }
    bool watched_folder(const fs::path& path) const {
        for (const auto& folder : folders_)
            if (path == fs::path(root_) / folder) return true;
        return false;
    }

    // Waits for events and reads them; true when one concerned the watched folders.
    bool drain_one(std::chrono::milliseconds timeout) {
        auto deadline = Clock::now() + timeout;
        bool relevant = false;
        while (!relevant) {
            auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            // A timeout of 0 still looks once at what is waiting.
            pollfd p{fd_, POLLIN, 0};
            int ready = ::poll(&p, 1, static_cast<int>(std::max<long long>(left.count(), 0)));
            if (ready <= 0) return false;
            alignas(inotify_event) char buffer[16384];
            ssize_t n = ::read(fd_, buffer, sizeof buffer);
            if (n <= 0) continue;
            for (char* at = buffer; at < buffer + n;) {
                const auto* event = reinterpret_cast<const inotify_event*>(at);
                at += sizeof(inotify_event) + event->len;
                auto dir = dirs_.find(event->wd);
                if (dir == dirs_.end()) continue;
                fs::path path = event->len ? dir->second / event->name : dir->second;
                bool at_root = dir->second == fs::path(root_);
                if (event->mask & IN_Q_OVERFLOW) relevant = true;
                if (at_root && !watched_folder(path)) continue;  // site/, build/, ...
                if ((event->mask & (IN_CREATE | IN_MOVED_TO)) && (event->mask & IN_ISDIR))
                    add_tree(path);
                if (event->mask & IN_IGNORED) dirs_.erase(event->wd);
                if (!(event->mask & IN_ISDIR)) {
                    if (event->mask & IN_MODIFY) writing_.insert(path);
                    if (event->mask & (IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM))
                        writing_.erase(path);
                }
                relevant = true;
            }
        }
        return true;
    }

    std::string root_;
    std::vector<std::string> folders_;
    int fd_ = -1;
    std::map<int, fs::path> dirs_;
    std::set<fs::path> writing_;  // files modified in this burst and not yet closed
};

}  // namespace

std::unique_ptr<FileWatcher> make_file_watcher(const std::string& root,
                                               const std::vector<std::string>& folders, bool poll) {
    if (!poll) {
        auto watcher = std::make_unique<InotifyWatcher>(root, folders);
        if (watcher->start()) return watcher;
    }
    return std::make_unique<PollingWatcher>(root, folders);
}

}  // namespace icbgen

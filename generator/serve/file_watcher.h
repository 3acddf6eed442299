#pragma once
// Tells `icbgen serve` when the site's sources change: inotify (the Linux API, watching every
// folder below the watched ones, and folders created later) or, when inotify cannot be used or
// polling is asked for, a scan of every file's modification time and size every 300 ms.
// Bursts (an editor saving several files, or writing one in steps) are gathered into one
// change: wait() returns once the tree has been quiet for a short while (with inotify, 5 ms
// once every file written has been closed, 20 ms while one is still open for writing).
#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace icbgen {

class FileWatcher {
public:
    virtual ~FileWatcher() = default;
    // Waits at most `timeout` for a change below the watched folders. True when something
    // changed (after the burst settled), false on timeout. With inotify, a timeout of 0 says
    // whether a change is already waiting.
    virtual bool wait(std::chrono::milliseconds timeout) = 0;
    // "inotify" or "polling every 300 ms"
    virtual std::string mode() const = 0;
};

// Watches `folders` (relative to `root`; those that do not exist yet are watched for when
// they appear, by polling). `poll` forces the polling watcher.
std::unique_ptr<FileWatcher> make_file_watcher(const std::string& root,
                                               const std::vector<std::string>& folders, bool poll);

}  // namespace icbgen

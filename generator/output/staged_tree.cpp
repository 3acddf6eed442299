#include "output/staged_tree.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "output/output_marker.h"
#include "output/output_paths.h"
#include "output/staging_folder.h"

namespace fs = std::filesystem;

namespace icbgen {

std::string stage_tree(const FileSet& files, const fs::path& staging, const fs::path& previous) {
    // Staged already, as the files were added.
    if (auto* staged = dynamic_cast<StagingFolder*>(files.store.get());
        staged && staged->folder() == staging)
        return staged->finish();

    // Every path is checked before any file is written.
    std::vector<const std::pair<const std::string, FileSet::File>*> entries;
    entries.reserve(files.files.size());
    for (const auto& entry : files.files) {
        const std::string& rel = entry.first;
        if (!is_safe_relative(rel) || rel == kOutputMarkerName)
            return "refusing to write outside the output: " + rel;
        entries.push_back(&entry);
    }
    StagingFolder folder(staging, previous);
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::string lost;  // a stored file whose bytes could not be read back
    auto work = [&] {
        for (std::size_t i = next++; i < entries.size() && !folder.failed(); i = next++) {
            const auto& [rel, file] = *entries[i];
            if (!file.stored) {
                folder.put(rel, file.bytes);
            } else if (auto bytes = files.read(rel)) {
                folder.put(rel, *bytes);
            } else {
                std::lock_guard lock(mutex);
                if (lost.empty()) lost = "could not read back " + rel + " to write it";
                return;
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
    std::string why = folder.finish();
    return why.empty() ? lost : why;
}

}  // namespace icbgen

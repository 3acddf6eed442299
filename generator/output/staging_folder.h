#pragma once
// The folder a new output tree is written into before the write stage swaps it into place
// (atomic_writer.h): `.<name>.new-<pid>` beside the output (folder_swap.h). As a FileStore
// (core/file_set.h) it writes each file as the renderers add it, on their threads, so that
// `build` never holds every page in memory; the write stage then takes the folder as it is.
//
// A file whose bytes equal those of the previous output's file at the same path is hard-linked
// to it instead of written again, so a rebuild that changes a few pages creates a few files,
// not the whole tree (on ext4, creating tens of thousands of files costs more than rendering
// them: docs/PERFORMANCE.md). A file is never written through such a link: a file added again
// replaces the link with a new file.
//
// Nothing is created until the first file is added. Until the write stage takes the folder
// (`take`), destroying the StagingFolder deletes it: a build that fails after its pages were
// staged leaves nothing behind. A process killed before that leaves the folder, which the next
// run deletes (commit_journal.h, recover_interrupted_writes).
#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "core/file_set.h"

namespace icbgen {

class StagingFolder : public FileStore {
public:
    // Writes into `folder` (deleted first if it exists); `previous` is the output being
    // replaced, whose files lend themselves to the new tree, or empty.
    StagingFolder(std::filesystem::path folder, std::filesystem::path previous);
    // The staging folder of the output folder `dir` (absolute, resolved: output_paths.h) for
    // this process, with `dir` as the previous output when it is a folder: the one write_outputs
    // swaps in for `dir`.
    static std::shared_ptr<StagingFolder> for_output(const std::filesystem::path& dir);
    ~StagingFolder() override;
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;

    bool put(const std::string& path, const std::string& bytes) override;
    std::optional<std::string> get(const std::string& path) const override;

    const std::filesystem::path& folder() const { return folder_; }
    // Why a file could not be staged (the first failure), or "" when every one was.
    std::string error() const;
    bool failed() const override { return failed_; }
    // For the write stage, once every file is added: takes the folder over (it is no longer
    // deleted with this object; the write stage deletes it if it fails), makes it if no file
    // was added, and writes the marker (output_marker.h) into it. The reason on failure.
    std::string finish();

private:
    // Makes the folder itself (on first use) and the folders of `path`; false after a failure.
    bool make_folders(const std::string& path);
    void fail(std::string why);

    const std::filesystem::path folder_, previous_;
    const std::string base_, earlier_;  // the two folders with a trailing '/', or ""
    mutable std::mutex mutex_;
    bool created_ = false;
    std::set<std::string> folders_;  // folders made inside it
    std::string error_;
    std::atomic<bool> failed_{false};
    std::atomic<bool> taken_{false};
};

}  // namespace icbgen

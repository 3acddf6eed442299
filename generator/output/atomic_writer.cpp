#include "output/atomic_writer.h"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "output/commit_journal.h"
#include "output/output_marker.h"
#include "output/output_paths.h"
#include "output/staged_tree.h"

namespace fs = std::filesystem;

namespace icbgen {

void pause_for_test(const std::string& step) {
    if (const char* at = std::getenv("ICBGEN_PAUSE_AT"); at && step == at) ::raise(SIGSTOP);
}

namespace {

// Moves the staged tree of `e` into place; the reason on failure.
std::string swap_in(const SwapEntry& e, long pid) {
    const fs::path fresh = leftover_path(e.target, Leftover::staging_new, pid);
    std::error_code ec;
    if (!e.existed) {
        fs::rename(fresh, e.target, ec);
        return ec ? "could not move the new output into place: " + ec.message() : "";
    }
    if (exchange_paths(fresh, e.target)) return {};
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
        return std::string("could not swap the new output into place: ") + std::strerror(errno);
    // No exchange on this system: two renames.
    fs::rename(e.target, leftover_path(e.target, Leftover::staging_old, pid), ec);
    if (ec) return "could not move the previous output aside: " + ec.message();
    fs::rename(fresh, e.target, ec);
    if (ec) return "could not move the new output into place: " + ec.message();
    return {};
}

}  // namespace

bool write_outputs(const std::vector<OutputTree>& trees, Diagnostics& diags) {
    if (trees.empty()) return true;
    const long pid = static_cast<long>(::getpid());
    CommitJournal journal{pid, {}};
    std::error_code ec;
    auto clean = [&] {
        for (const auto& t : trees) {
            fs::remove_all(leftover_path(t.dir, Leftover::staging_new, pid), ec);
            fs::remove_all(leftover_path(t.dir, Leftover::staging_old, pid), ec);
        }
    };
    const std::string unchanged = trees.size() == 1 ? "; the previous output is unchanged"
                                                    : "; the previous outputs are unchanged";
    auto fail = [&](const fs::path& where, const std::string& what) {
        diags.error("io", {where.string(), 0, 0}, what + unchanged);
        clean();
        return false;
    };

    for (const auto& t : trees) {
        if (t.dir.string().find('\n') != std::string::npos)
            return fail(t.dir, "a folder name with a line break in it is not supported");
        fs::create_directories(t.dir.parent_path(), ec);
        if (ec)
            return fail(t.dir,
                        "could not create " + t.dir.parent_path().string() + ": " + ec.message());
        const fs::path staging = leftover_path(t.dir, Leftover::staging_new, pid);
        auto status = fs::symlink_status(t.dir, ec);
        // The previous output (checked to be icbgen's by output_folders) lends its unchanged
        // files to the new one.
        const fs::path previous = fs::is_directory(status) ? t.dir : fs::path();
        if (std::string why = stage_tree(*t.files, staging, previous); !why.empty())
            return fail(t.dir, why);
        SwapEntry e{t.dir, false, {}, *folder_id(staging)};
        if (fs::exists(status)) {
            if (!fs::is_directory(status)) return fail(t.dir, t.dir.string() + " is not a folder");
            e.existed = true;
            e.previous = *folder_id(t.dir);
        }
        journal.entries.push_back(e);
    }
    pause_for_test("staged");
    if (!write_journal(journal, diags)) {
        clean();
        return false;
    }
    pause_for_test("journaled");

    for (std::size_t i = 0; i < journal.entries.size(); ++i) {
        if (std::string why = swap_in(journal.entries[i], pid); !why.empty()) {
            bool restored = true;
            for (std::size_t j = i + 1; j-- > 0;)
                restored = restore(journal.entries[j], pid) && restored;
            if (!restored) {
                // Keep the journal and the staging folders: the next run tries again.
                diags.error("io", {journal.entries[i].target.string(), 0, 0},
                            why + "; the previous outputs could not all be put back",
                            "run the build again: it puts them back before it starts");
                return false;
            }
            auto copies = journal.copies();
            for (auto it = copies.rbegin(); it != copies.rend(); ++it) fs::remove(*it, ec);
            return fail(journal.entries[i].target, why);
        }
        pause_for_test("swapped-" + std::to_string(i + 1));
    }

    // The commit: with the primary journal gone, the swaps stand.
    auto copies = journal.copies();
    fs::remove(copies.front(), ec);
    pause_for_test("committed");
    for (const auto& copy : copies) fs::remove(copy, ec);
    clean();  // the staging folders now hold the previous outputs
    return true;
}

bool write_atomically(const FileSet& files, const std::string& out_dir, Diagnostics& diags) {
    return write_outputs({{&files, resolved_path(out_dir)}}, diags);
}

}  // namespace icbgen

#include "output/commit_journal.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace icbgen {

fs::path CommitJournal::primary() const {
    return leftover_path(entries.front().target, Leftover::journal, pid);
}

std::vector<fs::path> CommitJournal::copies() const {
    std::vector<fs::path> out;
    for (const auto& e : entries) out.push_back(leftover_path(e.target, Leftover::journal, pid));
    return out;
}

namespace {

constexpr const char* kHeader = "icbgen-commit-journal 1";

std::string serialise(const CommitJournal& j) {
    std::ostringstream out;
    out << kHeader << "\n";
    for (const auto& e : j.entries)
        out << "entry " << (e.existed ? 1 : 0) << " " << e.previous.dev << " " << e.previous.ino
            << " " << e.staged.dev << " " << e.staged.ino << " " << e.target.string() << "\n";
    return out.str();
}

void remove_all_quietly(const fs::path& p) {
    std::error_code ec;
    fs::remove_all(p, ec);
}

}  // namespace

bool write_journal(const CommitJournal& journal, Diagnostics& diags) {
    const std::string text = serialise(journal);
    auto copies = journal.copies();
    // Secondaries first: a primary on disk means every copy is there.
    for (std::size_t n = copies.size(); n-- > 0;) {
        const fs::path& path = copies[n];
        fs::path temp =
            leftover_path(journal.entries[n].target, Leftover::journal_temp, journal.pid);
        std::ofstream f(temp, std::ios::binary | std::ios::trunc);
        f << text;
        f.close();
        std::error_code ec;
        if (f) fs::rename(temp, path, ec);
        if (!f || ec) {
            remove_all_quietly(temp);
            diags.error("io", {}, "could not write " + path.string());
            return false;
        }
    }
    return true;
}

std::optional<CommitJournal> read_journal(const fs::path& path, long pid) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    if (!std::getline(in, line) || line != kHeader) return std::nullopt;
    CommitJournal j;
    j.pid = pid;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string word;
        int existed = 0;
        unsigned long long pdev = 0, pino = 0, sdev = 0, sino = 0;
        if (!(fields >> word >> existed >> pdev >> pino >> sdev >> sino) || word != "entry")
            return std::nullopt;
        std::string target;
        std::getline(fields >> std::ws, target);
        if (target.empty()) return std::nullopt;
        j.entries.push_back({target,
                             existed != 0,
                             {static_cast<dev_t>(pdev), static_cast<ino_t>(pino)},
                             {static_cast<dev_t>(sdev), static_cast<ino_t>(sino)}});
    }
    if (j.entries.empty()) return std::nullopt;
    return j;
}

bool restore(const SwapEntry& e, long pid) {
    const fs::path fresh = leftover_path(e.target, Leftover::staging_new, pid);
    const fs::path aside = leftover_path(e.target, Leftover::staging_old, pid);
    std::error_code ec;
    if (e.existed) {
        // The previous folder is at the target, or at one of the two staging names.
        std::optional<fs::path> previous;
        for (const fs::path& p : {e.target, fresh, aside})
            if (folder_id(p) == std::optional(e.previous)) previous = p;
        if (!previous) return false;
        if (*previous != e.target) {
            if (!fs::exists(fs::symlink_status(e.target, ec))) {
                fs::rename(*previous, e.target, ec);
            } else if (!exchange_paths(*previous, e.target)) {
                // Without an exchange: move the new tree to the free staging name, then the
                // previous one back. Killed in between, the next run finds the target missing
                // and takes the first branch.
                const fs::path free = *previous == fresh ? aside : fresh;
                remove_all_quietly(free);
                fs::rename(e.target, free, ec);
                if (!ec) fs::rename(*previous, e.target, ec);
            }
            if (ec) return false;
        }
    } else if (folder_id(e.target) == std::optional(e.staged)) {
        remove_all_quietly(fresh);
        fs::rename(e.target, fresh, ec);
        if (ec) return false;
    }
    remove_all_quietly(fresh);
    remove_all_quietly(aside);
    return true;
}

namespace {

void recover_journal(const fs::path& found, long pid, Diagnostics& diags) {
    auto journal = read_journal(found, pid);
    std::error_code ec;
    if (!journal) {
        // Written whole (through a rename) or not at all, so this is not ours: leave it.
        diags.error("io", {}, found.string() + " is not a journal icbgen can read",
                    "if no other icbgen is running, delete it");
        return;
    }
    const bool committed = !fs::exists(journal->primary(), ec);
    bool restored_all = true;
    for (const auto& e : journal->entries) {
        if (committed) {
            remove_all_quietly(leftover_path(e.target, Leftover::staging_new, pid));
            remove_all_quietly(leftover_path(e.target, Leftover::staging_old, pid));
        } else if (restore(e, pid)) {
            diags.note("output-restored", {},
                       "an earlier build was interrupted while replacing " + e.target.string() +
                           "; its previous contents were put back");
        } else {
            restored_all = false;
            diags.error("io", {},
                        "an earlier build was interrupted while replacing " + e.target.string() +
                            " and its previous contents could not be put back",
                        "look in " + e.target.parent_path().string() + " for ." +
                            e.target.filename().string() + ".old-" + std::to_string(pid) +
                            " or .new-" + std::to_string(pid) + ", then delete " +
                            journal->primary().string());
        }
    }
    if (!restored_all) return;
    auto copies = journal->copies();
    for (auto it = copies.rbegin(); it != copies.rend(); ++it) fs::remove(*it, ec);
}

}  // namespace

void recover_interrupted_writes(const std::vector<fs::path>& targets, Diagnostics& diags) {
    struct Found {
        fs::path path;
        Leftover kind;
        long pid;
        fs::path target;
    };
    auto scan = [&] {
        std::vector<Found> found;
        for (const auto& target : targets) {
            std::error_code ec;
            for (fs::directory_iterator it(target.parent_path(), ec), end; !ec && it != end;
                 it.increment(ec)) {
                long pid = 0;
                Leftover kind = parse_leftover(target, it->path().filename().string(), pid);
                if (kind != Leftover::none && process_gone(pid))
                    found.push_back({it->path(), kind, pid, target});
            }
        }
        return found;
    };
    // Journals first, so that the staging folders they name are used before the rest go.
    for (const auto& f : scan())
        if (f.kind == Leftover::journal && fs::exists(f.path))
            recover_journal(f.path, f.pid, diags);
    for (const auto& f : scan()) {
        std::error_code ec;
        if (f.kind == Leftover::journal) continue;  // one that could not be recovered: keep all
        if (f.kind != Leftover::journal_temp &&
            fs::exists(leftover_path(f.target, Leftover::journal, f.pid), ec))
            continue;
        remove_all_quietly(f.path);
    }
}

}  // namespace icbgen

#pragma once
// The file-system moves the output stage is made of, and the names of the folders and files it
// keeps beside an output folder while it writes: `.<name>.new-<pid>` (the new tree being
// staged), `.<name>.old-<pid>` (the previous tree, when the system cannot exchange two folders
// in one step) and `.<name>.icbgen-journal-<pid>` (see commit_journal.h).
#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>

namespace icbgen {

// Identifies a folder across renames: its device and inode.
struct FolderId {
    dev_t dev = 0;
    ino_t ino = 0;
    bool operator==(const FolderId& o) const { return dev == o.dev && ino == o.ino; }
};
std::optional<FolderId> folder_id(const std::filesystem::path& p);

// Swaps two paths in one step (Linux renameat2 RENAME_EXCHANGE). False if the system or file
// system cannot; `errno` then says why.
bool exchange_paths(const std::filesystem::path& a, const std::filesystem::path& b);

enum class Leftover { none, staging_new, staging_old, journal, journal_temp };

std::filesystem::path leftover_path(const std::filesystem::path& target, Leftover kind, long pid);
// Whether `file_name` is one of `target`'s leftovers, and of which process.
Leftover parse_leftover(const std::filesystem::path& target, const std::string& file_name,
                        long& pid);

// True when no running process has this id (or it is our own: a leftover from an earlier
// process that had the same id).
bool process_gone(long pid);

}  // namespace icbgen

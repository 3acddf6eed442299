#pragma once
// The journal that makes several output folders change together. Before the first folder is
// swapped in, a journal listing every swap (each target, whether it existed, and the identity
// of its previous and new folder) is written beside every target: the copy beside the first
// target is the *primary*. Removing the primary is the commit.
//
// A process killed at any moment leaves one of these states, which the next run puts right
// (`recover_interrupted_writes`) before it does anything else:
//  - no journal: nothing was swapped, or everything was and committed; the staging folders
//    beside the targets hold unpublished or superseded files and are deleted;
//  - a primary journal: some targets may hold the new tree; each is put back as it was
//    (`restore`), then the staging folders and journals are deleted.
#include <filesystem>
#include <optional>
#include <vector>

#include "core/diagnostic.h"
#include "output/folder_swap.h"

namespace icbgen {

struct SwapEntry {
    std::filesystem::path target;
    bool existed = false;
    FolderId previous;  // the folder at `target` before the swap (when it existed)
    FolderId staged;    // the staging folder that replaces it
};

struct CommitJournal {
    long pid = 0;
    std::vector<SwapEntry> entries;  // the first entry's copy is the primary

    std::filesystem::path primary() const;
    std::vector<std::filesystem::path> copies() const;  // primary first
};

// Writes every copy, the primary last; false (with "io") if any cannot be written.
bool write_journal(const CommitJournal& journal, Diagnostics& diags);
std::optional<CommitJournal> read_journal(const std::filesystem::path& path, long pid);

// Puts `entry.target` back as it was before the swap and deletes both staging folders;
// false if that could not be done.
bool restore(const SwapEntry& entry, long pid);

// Finds what earlier, interrupted runs left beside `targets`, puts their previous outputs back
// and deletes the rest. Reports what it restored as notes and what it could not as errors.
void recover_interrupted_writes(const std::vector<std::filesystem::path>& targets,
                                Diagnostics& diags);

}  // namespace icbgen

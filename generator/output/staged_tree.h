#pragma once
// Writes one output tree into a fresh staging folder (atomic_writer.h swaps it into place).
// Files are written by several threads; a file whose bytes equal those of the previous
// output's file at the same path is hard-linked to it instead of written again, so a
// rebuild that changes a few pages creates a few files, not the whole tree (on ext4, creating
// tens of thousands of files costs more than rendering them: docs/PERFORMANCE.md).
#include <filesystem>
#include <string>

#include "core/file_set.h"

namespace icbgen {

// `previous` is the output being replaced, or empty. Returns the reason on failure, else "".
std::string stage_tree(const FileSet& files, const std::filesystem::path& staging,
                       const std::filesystem::path& previous);

}  // namespace icbgen

#pragma once
// Readies one output tree in a fresh staging folder (atomic_writer.h swaps it into place). A
// FileSet whose store is that staging folder (output/staging_folder.h: `build` stages each
// file as it is rendered) is taken as it is; any other is written there now, by several
// threads, every path checked and every folder made before the first file. Either way a file
// whose bytes equal the previous output's file at the same path is a hard link to it.
#include <filesystem>
#include <string>

#include "core/file_set.h"

namespace icbgen {

// `previous` is the output being replaced, or empty. Returns the reason on failure, else "".
std::string stage_tree(const FileSet& files, const std::filesystem::path& staging,
                       const std::filesystem::path& previous);

}  // namespace icbgen

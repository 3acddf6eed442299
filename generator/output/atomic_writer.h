#pragma once
// The write stage: puts a whole output tree in place at once. Files are written to a staging
// folder beside the destination, which is then swapped in; a failure at any point leaves the
// previous output exactly as it was.
#include <string>

#include "core/diagnostic.h"
#include "core/file_set.h"

namespace icbgen {

// Returns false (and reports "io") on failure; `out_dir` is then untouched.
bool write_atomically(const FileSet& files, const std::string& out_dir, Diagnostics& diags);

}  // namespace icbgen

#pragma once
// Whether an output folder already holds exactly what a build would write: the marker, and
// every file of the FileSet with the same bytes, and nothing else. A build whose outputs are
// all unchanged writes nothing (no staging, no swap), so a build with nothing changed is
// quick and leaves the files' times alone (docs/PERFORMANCE.md). For a FileSet staged as it was
// rendered (output/staging_folder.h), the staging folder is then simply deleted.
#include <filesystem>

#include "core/file_set.h"

namespace icbgen {

bool output_is_unchanged(const FileSet& files, const std::filesystem::path& dir);

}  // namespace icbgen

#pragma once
// Replaces a few named files inside output folders that icbgen wrote before, leaving every
// other file as it is: how `icbgen pack <id>` updates one meeting's packs without rewriting
// the website (docs/ARCHITECTURE.md, "The output stage").
//
// Each folder must already be an icbgen output (it holds the .icbgen-output marker), or
// nothing is written. Every new file is first written in full beside its destination
// (".<name>.new-<pid>"); only when all of them are written are they renamed over their
// destinations, one rename each, so a reader never sees a half-written file. A failure while
// staging deletes the staged files and changes nothing. Files listed in `remove` that are not
// being replaced are deleted last (a pack that is no longer made). Staged files a killed run
// left are deleted by the next run.
#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_set.h"

namespace icbgen {

struct FileReplacement {
    const FileSet* files = nullptr;   // paths relative to `dir`
    std::filesystem::path dir;        // an existing icbgen output, resolved
    std::vector<std::string> remove;  // relative paths to delete unless in `files`
    std::string option;               // "--out": for messages
};

// Reports "pack-no-output" for each folder that is not an existing icbgen output (one holding
// the marker). `pack` asks before it renders anything; replace_files asks again.
void check_existing_output(const std::filesystem::path& dir, const std::string& option,
                           Diagnostics& diags);

// Reports "pack-no-output" (above), or "io" on a failure to write; returns false then (and
// nothing was changed, except after a failed rename).
bool replace_files(const std::vector<FileReplacement>& folders, Diagnostics& diags);

}  // namespace icbgen

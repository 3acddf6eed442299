#pragma once
// The output folders of `build` and `pack`, made safe before anything is rendered: resolved
// from --out and --private-out (default <root>/site and <root>/private), refused when they hold
// the site's sources or each other (output/output_paths.h), put right after a killed earlier
// run (output/commit_journal.h), and refused when they hold files icbgen did not write, unless
// --force (output/output_marker.h).
#include "cli/build_command.h"
#include "output/output_paths.h"

namespace icbgen {

enum class EarlierBuild { optional, required };

// Reports what is wrong in `diags`. With EarlierBuild::required (`pack`, which replaces files
// inside an earlier build's outputs), each folder must also hold an earlier build's outputs.
OutputFolders prepare_output_folders(const CommonOptions& common, const BuildOptions& options,
                                     EarlierBuild earlier, Diagnostics& diags);

}  // namespace icbgen

#include "cli/output_folders.h"

#include <filesystem>

#include "output/commit_journal.h"
#include "output/file_replacer.h"
#include "output/output_marker.h"

namespace fs = std::filesystem;

namespace icbgen {

OutputFolders prepare_output_folders(const CommonOptions& common, const BuildOptions& options,
                                     EarlierBuild earlier, Diagnostics& diags) {
    Diagnostics outputs;
    OutputFolders folders = check_output_folders(
        common.root, options.out.empty() ? (fs::path(common.root) / "site").string() : options.out,
        options.private_out.empty() ? (fs::path(common.root) / "private").string()
                                    : options.private_out,
        outputs);
    if (!outputs.has_errors()) {
        // What an interrupted earlier run left beside the outputs is put right first.
        recover_interrupted_writes({folders.public_dir, folders.private_dir}, outputs);
        check_replaceable(folders.public_dir, "--out", options.force, outputs);
        check_replaceable(folders.private_dir, "--private-out", options.force, outputs);
        // `pack` needs both to be an earlier build's outputs, whatever --force says.
        if (earlier == EarlierBuild::required && !outputs.has_errors()) {
            check_existing_output(folders.public_dir, "--out", outputs);
            check_existing_output(folders.private_dir, "--private-out", outputs);
        }
    }
    diags.append(outputs);
    return folders;
}

}  // namespace icbgen

#pragma once
// The write stage: puts whole output trees in place together. Each tree is written to a
// staging folder beside its destination, with the marker file (output_marker.h); only when
// every tree is written are they swapped in, one after another, under a commit journal
// (commit_journal.h). A failure at any point leaves every destination exactly as it was; a
// process killed at any point leaves a state the next run puts back
// (recover_interrupted_writes) before it publishes anything.
#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_set.h"

namespace icbgen {

struct OutputTree {
    const FileSet* files = nullptr;
    std::filesystem::path dir;  // absolute, resolved (output_paths.h)
};

// Returns false (and reports "io") on failure; every `dir` is then untouched.
bool write_outputs(const std::vector<OutputTree>& trees, Diagnostics& diags);

// One tree: write_outputs for `out_dir` alone.
bool write_atomically(const FileSet& files, const std::string& out_dir, Diagnostics& diags);

// For tests only: when the environment variable ICBGEN_PAUSE_AT names a step ("staged",
// "journaled", "swapped-1", "swapped-2", ..., "committed"), the process stops itself (SIGSTOP)
// there, so that a test can kill it at exactly that moment.
void pause_for_test(const std::string& step);

}  // namespace icbgen

#pragma once
// Where the outputs may go. Every output folder is replaced whole, so a folder that holds the
// site's sources, or the other output, must never be one:
//  - neither --out nor --private-out may be the site folder (--root), contain it, or equal,
//    contain or lie inside its content/, data/ or templates/ folders;
//  - an output may lie inside the site folder otherwise (the defaults site/ and private/ do);
//  - the private output may not be the public one, nor lie inside it, nor contain it.
// Paths are compared after resolving symbolic links, '.', '..' and trailing slashes.
#include <filesystem>
#include <string>

#include "core/diagnostic.h"

namespace icbgen {

// The absolute form of `path` with symbolic links resolved as far as the path exists, '.' and
// '..' removed, and no trailing slash.
std::filesystem::path resolved_path(const std::string& path);

// True when `inner` is `outer` or lies somewhere inside it (both resolved).
bool is_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

// Whether a file's path within an output tree stays inside it: relative, and without "..",
// "." or empty parts.
bool is_safe_relative(const std::string& path);

struct OutputFolders {
    std::filesystem::path public_dir;   // --out, resolved
    std::filesystem::path private_dir;  // --private-out, resolved
};

// Resolves both outputs and reports "output-unsafe" for each rule above that they break (the
// rules between the two outputs only when each is acceptable on its own).
OutputFolders check_output_folders(const std::string& root, const std::string& out,
                                   const std::string& private_out, Diagnostics& diags);

}  // namespace icbgen

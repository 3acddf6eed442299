#pragma once
// The marker icbgen writes into every output folder it produces (`.icbgen-output`). A folder
// that exists, holds files and lacks the marker was not made by icbgen: replacing it would
// delete someone's work, so it is refused unless the user says --force.
#include <filesystem>
#include <string>

#include "core/diagnostic.h"

namespace icbgen {

inline constexpr const char* kOutputMarkerName = ".icbgen-output";

// The marker's bytes: the same on every build, so two builds stay byte-identical.
const std::string& output_marker_text();

// Reports "output-not-ours" when `dir` exists and is not an empty folder or an icbgen output
// (with `force`, a folder without the marker is accepted; a file never is). `option` names the
// command-line option for the message (e.g. "--out").
void check_replaceable(const std::filesystem::path& dir, const std::string& option, bool force,
                       Diagnostics& diags);

}  // namespace icbgen

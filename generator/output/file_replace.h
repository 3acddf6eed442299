#pragma once
// One file written whole or not at all: the text goes to a temporary file beside the target
// (`.<name>.tmp-<pid>`, same folder, so same file system), is flushed to disk, then renamed
// over the target in one step. A failure or a kill leaves the target as it was (and at worst
// the temporary file, which the next write of the same target by the same process id replaces).
#include <string>

#include "core/diagnostic.h"

namespace icbgen {

// Creates the target's folder when missing. Returns false (and reports "io") on failure; the
// target is then untouched.
bool replace_file(const std::string& path, const std::string& text, Diagnostics& diags);

}  // namespace icbgen

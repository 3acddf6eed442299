#pragma once
#include "cli/build_command.h"

namespace icbgen {

// `icbgen pack <meeting-id>`: checks the content, renders only that meeting's packs (public
// and private, HTML and PDF; PDFs from the cache when their input is unchanged) and puts them
// into the existing outputs of an earlier `build`, replacing only those files
// (output/file_replacer.h). The website's pages are not rewritten.
int run_pack(const CommonOptions& common, const BuildOptions& options);

}  // namespace icbgen

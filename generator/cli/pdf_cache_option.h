#pragma once
// Where `build` and `pack` keep WeasyPrint's PDFs between runs (render/pack/pdf_cache.h):
// <root>/.icbgen-cache/pdf unless --cache DIR says otherwise; nowhere with --no-cache.
#include <string>

#include "cli/build_command.h"

namespace icbgen {

std::string pdf_cache_folder(const CommonOptions& common, const BuildOptions& options);
// Where `build` keeps the search index between runs (cli/search_index.h):
// <root>/.icbgen-cache/search, or DIR/search with --cache DIR; nowhere with --no-cache.
std::string search_cache_folder(const CommonOptions& common, const BuildOptions& options);

}  // namespace icbgen

#include "cli/pdf_cache_option.h"

#include <filesystem>

namespace icbgen {

std::string pdf_cache_folder(const CommonOptions& common, const BuildOptions& options) {
    if (options.no_cache) return {};
    if (!options.cache.empty()) return options.cache;
    return (std::filesystem::path(common.root) / ".icbgen-cache" / "pdf").string();
}

}  // namespace icbgen

namespace icbgen {

std::string search_cache_folder(const CommonOptions& common, const BuildOptions& options) {
    if (options.no_cache) return {};
    if (!options.cache.empty()) return (std::filesystem::path(options.cache) / "search").string();
    return (std::filesystem::path(common.root) / ".icbgen-cache" / "search").string();
}

}  // namespace icbgen

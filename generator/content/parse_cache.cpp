#include "content/parse_cache.h"

namespace icbgen {

std::optional<LoadedFile> ParseCache::find(const std::string& path, const std::string& text) const {
    auto it = files_.find(path);
    if (it == files_.end() || it->second.first != text) return std::nullopt;
    return it->second.second;
}

void ParseCache::store(const std::string& path, const std::string& text, const LoadedFile& file) {
    files_[path] = {text, file};
}

void ParseCache::keep_only(const std::set<std::string>& paths) {
    for (auto it = files_.begin(); it != files_.end();)
        it = paths.count(it->first) ? std::next(it) : files_.erase(it);
}

}  // namespace icbgen

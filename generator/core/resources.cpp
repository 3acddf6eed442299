#include "core/resources.h"

#include <algorithm>

#include "embedded_files.h"

namespace icbgen {

std::optional<std::string_view> embedded_file(std::string_view path) {
    for (std::size_t i = 0; i < kEmbeddedFileCount; ++i)
        if (kEmbeddedFiles[i].path == path)
            return std::string_view(reinterpret_cast<const char*>(kEmbeddedFiles[i].data),
                                    kEmbeddedFiles[i].size);
    return std::nullopt;
}

std::vector<std::string> embedded_files(std::string_view prefix) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < kEmbeddedFileCount; ++i) {
        std::string_view p = kEmbeddedFiles[i].path;
        if (p.substr(0, prefix.size()) == prefix) out.emplace_back(p);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace icbgen

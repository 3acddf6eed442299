#include "output/unchanged_output.h"

#include <fstream>
#include <set>
#include <sstream>

#include "output/output_marker.h"

namespace fs = std::filesystem;

namespace icbgen {

namespace {

bool same_bytes(const fs::path& path, const std::string& bytes) {
    std::error_code ec;
    if (fs::file_size(path, ec) != bytes.size() || ec) return false;
    std::ifstream in(path, std::ios::binary);
    std::string text(bytes.size(), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    return in && text == bytes;
}

// A staged file the store found already in place (a link to this output's own file) is the
// same; another is compared by size, then by its bytes read back.
bool same_file(const FileSet& files, const std::pair<const std::string, FileSet::File>& entry,
               const fs::path& path) {
    const FileSet::File& file = entry.second;
    if (!file.stored) return same_bytes(path, file.bytes);
    if (file.unchanged) return true;
    std::error_code ec;
    if (fs::file_size(path, ec) != file.size || ec) return false;
    auto bytes = files.read(entry.first);
    return bytes && same_bytes(path, *bytes);
}

}  // namespace

bool output_is_unchanged(const FileSet& files, const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(fs::symlink_status(dir, ec)) ||
        !same_bytes(dir / kOutputMarkerName, output_marker_text()))
        return false;
    // Every folder the files need; any other entry means the tree differs.
    std::set<std::string> folders;
    for (const auto& [rel, _] : files.files)
        for (fs::path p = fs::path(rel).parent_path(); !p.empty(); p = p.parent_path())
            folders.insert(p.generic_string());
    std::size_t seen = 0;
    // The iterator's paths are `dir` joined with the relative path (fs::relative would resolve
    // both paths on the disk, for every file).
    std::string prefix = dir.string();
    if (prefix.empty() || prefix.back() != '/') prefix += '/';
    for (fs::recursive_directory_iterator it(dir, ec), end; it != end; it.increment(ec)) {
        if (ec) return false;
        const std::string rel = it->path().string().substr(prefix.size());
        auto status = it->symlink_status(ec);
        if (ec) return false;
        if (fs::is_directory(status)) {
            if (!folders.count(rel)) return false;
        } else if (fs::is_regular_file(status)) {
            if (rel == kOutputMarkerName) continue;
            auto f = files.files.find(rel);
            if (f == files.files.end() || !same_file(files, *f, it->path())) return false;
            ++seen;
        } else {
            return false;  // a link or anything else icbgen never writes
        }
    }
    return !ec && seen == files.files.size();
}

}  // namespace icbgen

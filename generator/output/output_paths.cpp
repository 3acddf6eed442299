#include "output/output_paths.h"

#include <algorithm>

namespace fs = std::filesystem;

namespace icbgen {

fs::path resolved_path(const std::string& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path.empty() ? "." : path, ec);
    fs::path p = fs::weakly_canonical(absolute, ec);
    if (ec) p = absolute;
    p = p.lexically_normal();
    while (!p.has_filename() && p != p.root_path()) p = p.parent_path();
    return p;
}

bool is_within(const fs::path& inner, const fs::path& outer) {
    return std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end()).first ==
           outer.end();
}

namespace {

void check_one(const char* option, const char* default_name, const fs::path& dir,
               const fs::path& root, Diagnostics& diags) {
    const std::string what = std::string(option) + " " + dir.string();
    const std::string hint = std::string("give ") + option + " a folder of its own, such as " +
                             (root / default_name).string() + " or a new folder outside " +
                             root.string();
    const std::string why =
        "; icbgen replaces its output folders whole, so building there would "
        "delete the site's own files";
    if (dir == root) {
        diags.error("output-unsafe", {}, what + " is the site folder itself" + why, hint);
        return;
    }
    if (is_within(root, dir)) {
        diags.error("output-unsafe", {}, what + " contains the site folder " + root.string() + why,
                    hint);
        return;
    }
    for (const char* source : {"content", "data", "templates"}) {
        const fs::path folder = resolved_path((root / source).string());
        std::string name = std::string(source) + "/ folder";
        if (dir == folder)
            diags.error("output-unsafe", {}, what + " is the site's " + name + why, hint);
        else if (is_within(dir, folder))
            diags.error("output-unsafe", {}, what + " lies inside the site's " + name + why, hint);
        else if (is_within(folder, dir))
            diags.error("output-unsafe", {}, what + " contains the site's " + name + why, hint);
        else
            continue;
        return;
    }
}

}  // namespace

OutputFolders check_output_folders(const std::string& root, const std::string& out,
                                   const std::string& private_out, Diagnostics& diags) {
    const fs::path site = resolved_path(root);
    OutputFolders folders{resolved_path(out), resolved_path(private_out)};
    const std::size_t before = diags.count(Severity::error);
    check_one("--out", "site", folders.public_dir, site, diags);
    check_one("--private-out", "private", folders.private_dir, site, diags);
    if (diags.count(Severity::error) > before) return folders;  // one mistake, one message
    const std::string pub = folders.public_dir.string(), priv = folders.private_dir.string();
    const std::string hint = "use two separate folders, such as " + (site / "site").string() +
                             " and " + (site / "private").string() + " (the defaults)";
    if (folders.public_dir == folders.private_dir)
        diags.error("output-unsafe", {},
                    "--out and --private-out are the same folder, " + pub +
                        "; the private packs would be published with the website",
                    hint);
    else if (is_within(folders.private_dir, folders.public_dir))
        diags.error("output-unsafe", {},
                    "--private-out " + priv + " lies inside the website's folder " + pub +
                        "; the private packs would be published with the website",
                    hint);
    else if (is_within(folders.public_dir, folders.private_dir))
        diags.error("output-unsafe", {},
                    "--out " + pub + " lies inside the private folder " + priv +
                        "; each build would delete the other output",
                    hint);
    return folders;
}

bool is_safe_relative(const std::string& path) {
    if (path.empty() || path.front() == '/') return false;
    for (const auto& part : std::filesystem::path(path))
        if (part == ".." || part == "." || part.empty()) return false;
    return true;
}

}  // namespace icbgen

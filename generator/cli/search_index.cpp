#include "cli/search_index.h"

#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/pack/child_process.h"
#include "site_map/site_paths.h"

#ifndef ICBGEN_DEFAULT_NODE_MODULES
#define ICBGEN_DEFAULT_NODE_MODULES ""
#endif

namespace fs = std::filesystem;

namespace icbgen {

namespace {

// The binary inside node_modules/@pagefind/<platform>/bin/ (the extended build is the one
// the linux packages ship; either name is accepted).
std::string in_node_modules(const fs::path& node_modules) {
    std::error_code ec;
    fs::path scope = node_modules / "@pagefind";
    if (!fs::is_directory(scope, ec)) return {};
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(scope, ec))
        for (const char* name : {"pagefind", "pagefind_extended"}) {
            fs::path bin = entry.path() / "bin" / name;
            if (fs::is_regular_file(bin, ec) && ::access(bin.c_str(), X_OK) == 0)
                found.push_back(bin);
        }
    std::sort(found.begin(), found.end());  // directory order is not stable
    return found.empty() ? std::string() : found.front().string();
}

int timeout_seconds() {
    const char* s = std::getenv("ICBGEN_SEARCH_TIMEOUT");
    int n = s ? std::atoi(s) : 0;
    return n > 0 ? n : 120;
}

std::string tail_lines(const std::string& log, int n) {
    std::size_t at = log.size();
    while (n-- > 0 && at > 0) {
        at = log.rfind('\n', at - 1);
        if (at == std::string::npos) return log;
    }
    return log.substr(at + 1);
}

}  // namespace

std::string find_pagefind(const std::string& root, const std::string& explicit_path) {
    if (!explicit_path.empty()) return explicit_path;
    if (const char* env = std::getenv("ICBGEN_PAGEFIND"); env && *env) return env;
    for (const auto& dir : {fs::path(root) / "node_modules", fs::path(ICBGEN_DEFAULT_NODE_MODULES)})
        if (!dir.empty())
            if (auto bin = in_node_modules(dir); !bin.empty()) return bin;
    return {};
}

void add_search_index(FileSet& site, const std::string& pagefind, Diagnostics& diags) {
    const SourceLocation where{"node_modules/pagefind", 0, 0};
    if (pagefind.empty() || ::access(pagefind.c_str(), X_OK) != 0) {
        diags.error("search-tool-missing", where,
                    "cannot make the search index: Pagefind was not found" +
                        (pagefind.empty() ? std::string() : " at '" + pagefind + "'"),
                    "run scripts/setup, which installs it from package-lock.json (npm ci), or "
                    "pass --pagefind with the path of its binary");
        return;
    }
    std::error_code ec;
    std::string pattern = (fs::temp_directory_path(ec) / "icbgen-search-XXXXXX").string();
    if (ec || !::mkdtemp(pattern.data())) {
        diags.error("io", where, "cannot create a temporary folder for the search index");
        return;
    }
    const fs::path temp = pattern, pages = temp / "site";
    // Only the public website's HTML pages: Pagefind reads nothing else.
    for (const auto& [path, bytes] : site.files) {
        if (!path.ends_with(".html")) continue;
        fs::path file = pages / path;
        fs::create_directories(file.parent_path(), ec);
        std::ofstream(file, std::ios::binary) << bytes;
    }
    const std::string subdir = site_paths::search_index_dir().substr(
        0, site_paths::search_index_dir().size() - 1);  // "pagefind"
    std::vector<std::string> argv = {pagefind,           "--site", pages.string(),
                                     "--output-subdir",  subdir,   "--keep-index-url",
                                     "--force-language", "en",     "--silent"};
    std::vector<std::string> env = {"PATH=/usr/bin:/bin", "HOME=" + temp.string()};
    int limit = timeout_seconds();
    ChildResult r = run_child(argv, env, (temp / "log.txt").string(), limit);
    fs::path out = pages / subdir;
    if (r.exit_status != 0 || r.timed_out || !fs::is_regular_file(out / "pagefind.js", ec)) {
        std::string why =
            r.timed_out ? "it took longer than " + std::to_string(limit) + " s and was stopped"
            : r.exit_status < 0  ? r.log
            : r.exit_status == 0 ? "it wrote no pagefind.js"
                                 : "it exited with status " + std::to_string(r.exit_status) + ": " +
                                       tail_lines(r.log, 3);
        diags.error("search-index-failed", where, "Pagefind could not index the website: " + why,
                    r.timed_out ? "a machine this busy may need more time: set "
                                  "ICBGEN_SEARCH_TIMEOUT to a number of seconds"
                                : "run `" + pagefind + " --site site --verbose` to see more");
        fs::remove_all(temp, ec);
        return;
    }
    for (const auto& entry : fs::recursive_directory_iterator(out, ec)) {
        if (!entry.is_regular_file()) continue;
        // Pagefind's own search interfaces are not used: the search page has its own
        // (assets/search.js, through pagefind.js).
        std::string name = entry.path().filename().string();
        if (name.find("-ui.") != std::string::npos || name == "pagefind-highlight.js") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        site.add(site_paths::search_index_dir() + fs::relative(entry.path(), out).generic_string(),
                 bytes.str());
    }
    fs::remove_all(temp, ec);
}

}  // namespace icbgen

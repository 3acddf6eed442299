#include "cli/search_index.h"

#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <thread>

#include <nlohmann/json.hpp>
#include "core/file_system.h"

#include "core/sha256.h"
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

constexpr const char* kSubdir = "pagefind";  // where each Pagefind run writes, in its folder
constexpr const char* kPartsList = "icbgen-parts.json";

// Pages per part of the index (docs/WEBSITE.md, "Search"); $ICBGEN_SEARCH_PAGES_PER_INDEX
// sets another number (the tests use a small one to make a small site's index in parts).
std::size_t pages_per_index() {
    const char* s = std::getenv("ICBGEN_SEARCH_PAGES_PER_INDEX");
    long n = s ? std::atol(s) : 0;
    return n > 0 ? static_cast<std::size_t>(n) : kPagesPerSearchIndex;
}

int timeout_seconds() {
    const char* s = std::getenv("ICBGEN_SEARCH_TIMEOUT");
    int n = s ? std::atoi(s) : 0;
    return n > 0 ? n : 120;
}

std::string tail_lines(const std::string& log, int n) {
    if (log.empty()) return log;  // a helper that failed without a word
    std::size_t at = log.size();
    while (n-- > 0 && at > 0) {
        at = log.rfind('\n', at - 1);
        if (at == std::string::npos) return log;
    }
    return log.substr(at + 1);
}

// The cache key: everything Pagefind's output depends on. The pages (path and bytes, in the
// FileSet's sorted order), the arguments, and the binary (path, size and time: a new version
// is a new file).
std::string cache_key(const FileSet& site, const std::string& pagefind,
                      const std::vector<std::string>& args) {
    Sha256 h;
    h.add_field("icbgen search index 3");  // 3: ignored elements cut from its copy
    h.add_field(std::to_string(pages_per_index()));
    std::error_code ec;
    h.add_field(pagefind);
    h.add_field(std::to_string(fs::file_size(pagefind, ec)));
    h.add_field(std::to_string(fs::last_write_time(pagefind, ec).time_since_epoch().count()));
    for (const auto& a : args) h.add_field(a);
    std::string kept;  // a page read back from the store (`build`)
    for (const auto& [path, file] : site.files)
        if (path.ends_with(".html")) h.add_field(path).add_field(site.bytes_of(path, file, kept));
    return h.hex();
}

// A cache entry holds every index file as "<path>\n<size>\n<bytes>", then "end\n". Returns
// false (and adds nothing) for a missing or damaged entry.
bool read_cached(const fs::path& entry, FileSet& site) {
    auto text = read_disk_file(entry.string());
    if (!text || !text->ends_with("end\n")) return false;
    FileSet found;
    std::size_t at = 0, stop = text->size() - 4;
    while (at < stop) {
        std::size_t nl = text->find('\n', at),
                    nl2 = nl == std::string::npos ? nl : text->find('\n', nl + 1);
        if (nl2 == std::string::npos) return false;
        std::string path = text->substr(at, nl - at);
        std::size_t size = std::strtoull(text->c_str() + nl + 1, nullptr, 10);
        if (nl2 + 1 + size > stop) return false;
        found.add(path, text->substr(nl2 + 1, size));
        at = nl2 + 1 + size;
    }
    if (at != stop || found.files.empty()) return false;
    site.merge(std::move(found));
    return true;
}

// Written whole under a temporary name, then renamed: a killed build leaves no half entry.
void write_cached(const fs::path& entry, const FileSet& index) {
    std::error_code ec;
    fs::create_directories(entry.parent_path(), ec);
    fs::path temp = entry.string() + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary);
        std::string kept;
        for (const auto& [path, file] : index.files) {
            const std::string& bytes = index.bytes_of(path, file, kept);
            out << path << '\n' << bytes.size() << '\n' << bytes;
        }
        out << "end\n";
        if (!out) {
            out.close();
            fs::remove(temp, ec);
            return;
        }
    }
    fs::rename(temp, entry, ec);
    if (ec) fs::remove(temp, ec);
}

}  // namespace

std::string without_ignored(const std::string& html) {
    static const std::string mark = "data-pagefind-ignore=\"all\"";
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = html.find(mark); at != std::string::npos; at = html.find(mark, from)) {
        std::size_t open = html.rfind('<', at);
        if (open == std::string::npos || open < from) return html;
        std::size_t name_end = html.find_first_of(" \t\n>", open + 1);
        if (name_end == std::string::npos) return html;
        const std::string name = html.substr(open + 1, name_end - open - 1);
        const std::string start = "<" + name, end = "</" + name + ">";
        std::size_t depth = 1, scan = html.find('>', at);
        while (depth > 0 && scan != std::string::npos) {
            std::size_t next_end = html.find(end, scan), next_start = html.find(start, scan);
            if (next_end == std::string::npos) return html;
            if (next_start != std::string::npos && next_start < next_end &&
                std::string_view(" \t\n>").find(html[next_start + start.size()]) !=
                    std::string_view::npos) {
                ++depth;
                scan = next_start + start.size();
            } else {
                --depth;
                scan = next_end + end.size();
            }
        }
        if (scan == std::string::npos) return html;
        out.append(html, from, open - from);
        from = scan;
    }
    if (from == 0) return html;
    out.append(html, from, std::string::npos);
    return out;
}

std::string find_pagefind(const std::string& root, const std::string& explicit_path) {
    if (!explicit_path.empty()) return explicit_path;
    if (const char* env = std::getenv("ICBGEN_PAGEFIND"); env && *env) return env;
    for (const auto& dir : {fs::path(root) / "node_modules", fs::path(ICBGEN_DEFAULT_NODE_MODULES)})
        if (!dir.empty())
            if (auto bin = in_node_modules(dir); !bin.empty()) return bin;
    return {};
}

SearchIndexJob::SearchIndexJob(SearchIndexJob&&) noexcept = default;

SearchIndexJob::~SearchIndexJob() {
    if (runner_.joinable()) runner_.join();
    std::error_code ec;
    if (!temp_.empty()) fs::remove_all(temp_, ec);
}

SearchIndexJob start_search_index(const FileSet& site, const std::string& pagefind,
                                  const std::string& cache_dir) {
    SearchIndexJob job;
    job.pagefind_ = pagefind;
    const SourceLocation where{"node_modules/pagefind", 0, 0};
    if (pagefind.empty() || ::access(pagefind.c_str(), X_OK) != 0) {
        job.early_.error("search-tool-missing", where,
                         "cannot make the search index: Pagefind was not found" +
                             (pagefind.empty() ? std::string() : " at '" + pagefind + "'"),
                         "run scripts/setup, which installs it from package-lock.json (npm ci), "
                         "or pass --pagefind with the path of its binary");
        return job;
    }
    const std::vector<std::string> args = {"--output-subdir",  kSubdir, "--keep-index-url",
                                           "--force-language", "en",    "--silent"};
    if (!cache_dir.empty()) {
        job.entry_ = fs::path(cache_dir) / (cache_key(site, pagefind, args) + ".index");
        if (read_cached(job.entry_, job.index_)) {
            job.entry_.clear();  // nothing to keep: it is kept already
            return job;
        }
    }
    std::error_code ec;
    // Pagefind reads a copy of every page and writes a fragment file per page: tens of
    // thousands of files for a large site, created and deleted again, which on a disk file
    // system cost more than the indexing (docs/PERFORMANCE.md, "Speed at scale"). So they go
    // to memory (/dev/shm), as the workbooks' temporary files do, unless TMPDIR names a folder.
    const char* tmpdir = std::getenv("TMPDIR");
    const fs::path temp_root = (!tmpdir || !*tmpdir) && ::access("/dev/shm", W_OK | X_OK) == 0
                                   ? fs::path("/dev/shm")
                                   : fs::temp_directory_path(ec);
    std::string pattern = (temp_root / "icbgen-search-XXXXXX").string();
    if (ec || !::mkdtemp(pattern.data())) {
        job.early_.error("io", where, "cannot create a temporary folder for the search index");
        return job;
    }
    job.temp_ = pattern;
    // Only the public website's HTML pages: Pagefind reads nothing else. They are indexed in
    // parts of at most pages_per_index() pages, one Pagefind run after another, so that its
    // memory is bounded whatever the size of the site; the first part is the index the search
    // page loads, and it merges the others (search_index.h).
    const std::size_t per_part = pages_per_index();
    std::size_t pages = 0;
    for (const auto& [path, file] : site.files) {
        if (!path.ends_with(".html")) continue;
        std::size_t part = pages++ / per_part;
        if (part == job.parts_.size())
            job.parts_.push_back(job.temp_ / ("part-" + std::to_string(part + 1)));
        fs::path copy = job.parts_.back() / "site" / path;
        fs::create_directories(copy.parent_path(), ec);
        std::string kept;  // a page read back from the store (`build`)
        std::ofstream(copy, std::ios::binary) << without_ignored(site.bytes_of(path, file, kept));
    }
    if (job.parts_.empty()) job.parts_.push_back(job.temp_ / "part-1");  // no page: one empty part
    fs::create_directories(job.parts_.front() / "site", ec);
    job.limit_ = timeout_seconds();
    job.started_ = true;
    // Pagefind runs in its own process; this thread only waits for it, so the build goes on
    // (the workbooks) meanwhile. The time limit is for the whole index.
    job.runner_ = std::thread(
        [&result = *job.result_, pagefind, args, parts = job.parts_, limit = job.limit_] {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limit);
            for (const auto& part : parts) {
                std::vector<std::string> argv = {pagefind, "--site", (part / "site").string()};
                argv.insert(argv.end(), args.begin(), args.end());
                std::vector<std::string> env = {"PATH=/usr/bin:/bin", "HOME=" + part.string()};
                auto left = std::chrono::duration_cast<std::chrono::seconds>(
                                deadline - std::chrono::steady_clock::now())
                                .count();
                result = run_child(argv, env, (part / "log.txt").string(),
                                   static_cast<int>(std::max<long long>(left, 1)));
                if (result.exit_status != 0 || result.timed_out ||
                    !fs::is_regular_file(part / "site" / kSubdir / "pagefind.js"))
                    return;
            }
        });
    return job;
}

void SearchIndexJob::finish(FileSet& site, Diagnostics& diags) {
    diags.append(early_);
    early_ = Diagnostics();
    if (runner_.joinable()) runner_.join();
    if (started_) {
        started_ = false;
        const SourceLocation where{"node_modules/pagefind", 0, 0};
        const ChildResult& r = *result_;
        std::error_code ec;
        if (r.exit_status != 0 || r.timed_out ||
            !fs::is_regular_file(parts_.back() / "site" / kSubdir / "pagefind.js", ec)) {
            std::string why =
                r.timed_out ? "it took longer than " + std::to_string(limit_) + " s and was stopped"
                : r.exit_status < 0  ? r.log
                : r.exit_status == 0 ? "it wrote no pagefind.js"
                : r.log.empty()      ? "it exited with status " + std::to_string(r.exit_status) +
                                      " and printed nothing"
                                : "it exited with status " + std::to_string(r.exit_status) + ": " +
                                      tail_lines(r.log, 3);
            diags.error("search-index-failed", where,
                        "Pagefind could not index the website: " + why,
                        r.timed_out ? "a machine this busy may need more time: set "
                                      "ICBGEN_SEARCH_TIMEOUT to a number of seconds"
                                    : "run `" + pagefind_ + " --site site --verbose` to see more");
            return;
        }
        // The first part's files go in pagefind/, the others' in pagefind/part-N/; the list
        // of the others is pagefind/icbgen-parts.json, for the search page's script.
        nlohmann::json others = nlohmann::json::array();
        for (std::size_t i = 0; i < parts_.size(); ++i) {
            const fs::path out = parts_[i] / "site" / kSubdir;
            const std::string prefix =
                site_paths::search_index_dir() +
                (i == 0 ? std::string() : "part-" + std::to_string(i + 1) + "/");
            if (i > 0) others.push_back("part-" + std::to_string(i + 1) + "/");
            for (const auto& file : fs::recursive_directory_iterator(out, ec)) {
                if (!file.is_regular_file()) continue;
                // Pagefind's own search interfaces are not used: the search page has its own
                // (assets/search.js, through pagefind.js).
                std::string name = file.path().filename().string();
                if (name.find("-ui.") != std::string::npos || name == "pagefind-highlight.js")
                    continue;
                // A merged part is searched by the first part's script and WebAssembly: only
                // its index files are needed.
                if (i > 0 && (name.starts_with("pagefind.js") ||
                              name.starts_with("pagefind-worker") || name.starts_with("wasm.")))
                    continue;
                index_.add(prefix + fs::relative(file.path(), out).generic_string(),
                           read_disk_file(file.path().string()).value_or(""));
            }
        }
        index_.add(site_paths::search_index_dir() + kPartsList, others.dump() + "\n");
        if (!entry_.empty()) write_cached(entry_, index_);
    }
    site.merge(std::move(index_));
    index_ = FileSet();
}

}  // namespace icbgen

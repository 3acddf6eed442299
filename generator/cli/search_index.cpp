#include "cli/search_index.h"

#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
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
constexpr const char* kPartEntry = ".part";  // a cache entry: <key>.part

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

std::string tail_lines(std::string log, int n) {
    while (!log.empty() && (log.back() == '\n' || log.back() == '\r')) log.pop_back();
    if (log.empty()) return log;  // a helper that failed without a word
    std::size_t at = log.size();
    while (n-- > 0 && at > 0) {
        at = log.rfind('\n', at - 1);
        if (at == std::string::npos) return log;
    }
    return log.substr(at + 1);
}

// A part's cache key: everything its Pagefind output depends on. Its pages as Pagefind is
// given them (path and bytes, in order), the arguments, and the binary (path, size and time:
// a new version is a new file). A change to a page outside what Pagefind reads (the menus,
// say) keeps the key.
class PartKey {
public:
    PartKey(const std::string& pagefind, const std::vector<std::string>& args) {
        h_.add_field("icbgen search index part 1");
        std::error_code ec;
        h_.add_field(pagefind);
        h_.add_field(std::to_string(fs::file_size(pagefind, ec)));
        h_.add_field(std::to_string(fs::last_write_time(pagefind, ec).time_since_epoch().count()));
        for (const auto& a : args) h_.add_field(a);
    }
    void add_page(const std::string& path, const std::string& copy) {
        h_.add_field(path).add_field(copy);
    }
    std::string hex() { return h_.hex(); }

private:
    Sha256 h_;
};

// Whether a part ends after this page, which would make it `size` pages long. Where parts end
// depends on the pages' addresses, not their number, so that a page added or removed changes
// the part it is in and no other (each part is kept in the cache by its pages): a part ends
// after a page whose address hashes to a multiple of `per_part` once it holds a quarter of
// that, and at `per_part` pages at most.
bool ends_part(const std::string& path, std::size_t size, std::size_t per_part) {
    if (size >= per_part) return true;
    if (size < std::max<std::size_t>(1, per_part / 4)) return false;
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a: stable on every machine and build
    for (unsigned char c : path) h = (h ^ c) * 1099511628211ull;
    return h % per_part == 0;
}

// A cache entry holds every file of a part's index as "<path>\n<size>\n<bytes>", then
// "end\n". Returns false (and adds nothing) for a missing or damaged entry.
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

// Entries of the cache that this build did not use are removed once they are ten minutes old
// (a build of the same site running beside this one may be using them), so the cache holds
// about one site's index, not one per edit. Entries of older versions (*.index) go too.
void prune_cache(const fs::path& dir, const std::set<std::string>& used) {
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (used.count(name) || !(name.ends_with(kPartEntry) || name.ends_with(".index"))) continue;
        std::error_code time_ec;
        const auto written = fs::last_write_time(entry.path(), time_ec);
        if (!time_ec && now - written > std::chrono::minutes(10)) fs::remove(entry.path(), ec);
    }
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

namespace {

// Where the element whose start tag begins at `open` ends (just past its end tag), counting
// nested elements of the same name; `inside` is a place inside that start tag. npos when the
// markup is not as expected.
std::size_t element_end(const std::string& html, std::size_t open, std::size_t inside) {
    std::size_t name_end = html.find_first_of(" \t\n>", open + 1);
    if (name_end == std::string::npos) return std::string::npos;
    const std::string name = html.substr(open + 1, name_end - open - 1);
    const std::string start = "<" + name, end = "</" + name + ">";
    std::size_t depth = 1, scan = html.find('>', inside);
    while (depth > 0 && scan != std::string::npos) {
        std::size_t next_end = html.find(end, scan), next_start = html.find(start, scan);
        if (next_end == std::string::npos) return std::string::npos;
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
    return scan;
}

}  // namespace

std::string without_ignored(const std::string& html) {
    static const std::string mark = "data-pagefind-ignore=\"all\"";
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = html.find(mark); at != std::string::npos; at = html.find(mark, from)) {
        std::size_t open = html.rfind('<', at);
        if (open == std::string::npos || open < from) return html;
        std::size_t end = element_end(html, open, at);
        if (end == std::string::npos) return html;
        out.append(html, from, open - from);
        from = end;
    }
    if (from == 0) return html;
    out.append(html, from, std::string::npos);
    return out;
}

std::string for_pagefind(const std::string& html) {
    const std::size_t head_end = html.find("</head>");
    const std::size_t at = html.find(" data-pagefind-body");
    const std::size_t open = at == std::string::npos ? at : html.rfind('<', at);
    const std::size_t end = open == std::string::npos ? open : element_end(html, open, at);
    if (head_end == std::string::npos || end == std::string::npos || open < head_end)
        return without_ignored(html);
    return without_ignored(html.substr(0, head_end + 7) + "<body>" + html.substr(open, end - open) +
                           "</body></html>");
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
    job.cache_dir_ = cache_dir;
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
    // parts of at most pages_per_index() pages, so that its memory is bounded whatever the size
    // of the site; the first part is the index the search page loads, and it merges the others
    // (search_index.h). A part whose pages are as they were is taken from the cache; the others
    // are written to the temporary folder for Pagefind.
    const std::size_t per_part = pages_per_index();
    std::vector<std::pair<const std::string*, std::string>> pages;  // path, Pagefind's copy
    auto close_part = [&] {
        SearchIndexJob::Part part;
        part.dir = job.temp_ / ("part-" + std::to_string(job.parts_.size() + 1));
        PartKey key(pagefind, args);
        for (const auto& [path, copy] : pages) key.add_page(*path, copy);
        part.key = key.hex();
        const fs::path entry = fs::path(cache_dir) / (part.key + kPartEntry);
        if (!cache_dir.empty() && read_cached(entry, part.files)) {
            // Used now: a build beside this one leaves it in the cache (prune_cache).
            fs::last_write_time(entry, fs::file_time_type::clock::now(), ec);
        } else {
            fs::create_directories(part.dir / "site", ec);
            for (const auto& [path, copy] : pages) {
                fs::path file = part.dir / "site" / *path;
                fs::create_directories(file.parent_path(), ec);
                std::ofstream(file, std::ios::binary) << copy;
            }
            job.runs_.push_back(job.parts_.size());
        }
        job.parts_.push_back(std::move(part));
        pages.clear();
    };
    std::string kept;  // a page read back from the store (`build`)
    for (const auto& [path, file] : site.files) {
        if (!path.ends_with(".html")) continue;
        pages.emplace_back(&path, for_pagefind(site.bytes_of(path, file, kept)));
        if (ends_part(path, pages.size(), per_part)) close_part();
    }
    if (!pages.empty() || job.parts_.empty()) close_part();  // no page at all: one empty part
    if (job.runs_.empty()) return job;                       // every part from the cache
    job.limit_ = timeout_seconds();
    job.started_ = true;
    // Pagefind runs in its own processes; this thread only waits for them, so the build goes
    // on (the workbooks) meanwhile. Pagefind keeps about one core busy, so two parts are
    // indexed at once where there are two cores (docs/PERFORMANCE.md); each part's memory is
    // bounded, so two at once are too. The time limit is for each run: a part holds at most
    // pages_per_index() pages, so a run that takes longer is stuck, whereas a limit on the
    // whole index would fail a large enough site on a busy enough machine.
    job.results_->assign(job.runs_.size(), ChildResult());
    const std::size_t at_once = std::min<std::size_t>(
        {kSearchRunsAtOnce, job.runs_.size(), std::max(1u, std::thread::hardware_concurrency())});
    std::vector<fs::path> parts;
    for (std::size_t i : job.runs_) parts.push_back(job.parts_[i].dir);
    job.runner_ = std::thread([&results = *job.results_, pagefind, args, parts = std::move(parts),
                               limit = job.limit_, at_once] {
        std::atomic<std::size_t> next{0};
        std::atomic<bool> failed{false};
        auto work = [&] {
            // Parts are taken in order; after a failure no new one is started, so the first
            // failed part in order is the one to report.
            for (std::size_t i = next++; i < parts.size() && !failed; i = next++) {
                const fs::path& part = parts[i];
                std::vector<std::string> argv = {pagefind, "--site", (part / "site").string()};
                argv.insert(argv.end(), args.begin(), args.end());
                std::vector<std::string> env = {"PATH=/usr/bin:/bin", "HOME=" + part.string()};
                results[i] = run_child(argv, env, (part / "log.txt").string(), limit);
                if (results[i].exit_status != 0 || results[i].timed_out ||
                    !fs::is_regular_file(part / "site" / kSubdir / "pagefind.js"))
                    failed = true;
            }
        };
        std::vector<std::thread> others;
        for (std::size_t t = 1; t < at_once; ++t) others.emplace_back(work);
        work();
        for (auto& t : others) t.join();
    });
    return job;
}

void SearchIndexJob::finish(FileSet& site, Diagnostics& diags) {
    diags.append(early_);
    early_ = Diagnostics();
    if (runner_.joinable()) runner_.join();
    if (parts_.empty()) return;  // Pagefind could not be started
    std::error_code ec;
    if (started_) {
        started_ = false;
        const SourceLocation where{"node_modules/pagefind", 0, 0};
        auto failed = [&](std::size_t k) {
            const ChildResult& r = (*results_)[k];
            return r.exit_status != 0 || r.timed_out ||
                   !fs::is_regular_file(parts_[runs_[k]].dir / "site" / kSubdir / "pagefind.js",
                                        ec);
        };
        std::size_t bad = 0;
        while (bad < runs_.size() && !failed(bad)) ++bad;
        if (bad < runs_.size()) {
            const ChildResult& r = (*results_)[bad];
            std::string why = r.timed_out ? "one part of the index took longer than " +
                                                std::to_string(limit_) + " s and was stopped"
                              : r.exit_status < 0  ? r.log
                              : r.exit_status == 0 ? "it wrote no pagefind.js"
                              : r.log.empty()
                                  ? "it exited with status " + std::to_string(r.exit_status) +
                                        " and printed nothing"
                                  : "it exited with status " + std::to_string(r.exit_status) +
                                        ": " + tail_lines(r.log, 3);
            diags.error("search-index-failed", where,
                        "Pagefind could not index the website: " + why,
                        r.timed_out ? "a machine this busy may need more time: set "
                                      "ICBGEN_SEARCH_TIMEOUT to a number of seconds"
                                    : "run `" + pagefind_ + " --site site --verbose` to see more");
            parts_.clear();
            return;
        }
    }
    // Each part Pagefind made is read back (and kept in the cache by its key).
    for (std::size_t i : runs_) {
        Part& part = parts_[i];
        const fs::path out = part.dir / "site" / kSubdir;
        for (const auto& file : fs::recursive_directory_iterator(out, ec)) {
            if (!file.is_regular_file()) continue;
            // Pagefind's own search interfaces are not used: the search page has its own
            // (assets/search.js, through pagefind.js).
            std::string name = file.path().filename().string();
            if (name.find("-ui.") != std::string::npos || name == "pagefind-highlight.js") continue;
            // The iterator's paths are `out` joined with the file's: fs::relative would resolve
            // both through the file system, a dozen system calls a file (21,000 files at 10,000
            // pages).
            part.files.add(file.path().lexically_relative(out).generic_string(),
                           read_disk_file(file.path().string()).value_or(""));
        }
        if (!cache_dir_.empty()) write_cached(cache_dir_ / (part.key + kPartEntry), part.files);
    }
    // The first part's files go in pagefind/, the others' in pagefind/part-N/; the list of the
    // others is pagefind/icbgen-parts.json, for the search page's script.
    FileSet index;
    nlohmann::json others = nlohmann::json::array();
    std::set<std::string> used;
    for (std::size_t i = 0; i < parts_.size(); ++i) {
        const std::string prefix = site_paths::search_index_dir() +
                                   (i == 0 ? std::string() : "part-" + std::to_string(i + 1) + "/");
        if (i > 0) others.push_back("part-" + std::to_string(i + 1) + "/");
        for (auto& [path, file] : parts_[i].files.files) {
            // A merged part is searched by the first part's script and WebAssembly: only its
            // index files are needed.
            const std::string name = fs::path(path).filename().string();
            if (i > 0 && (name.starts_with("pagefind.js") || name.starts_with("pagefind-worker") ||
                          name.starts_with("wasm.")))
                continue;
            index.add(prefix + path, std::move(file.bytes));  // in memory: read from disk
        }
        used.insert(parts_[i].key + kPartEntry);
    }
    index.add(site_paths::search_index_dir() + kPartsList, others.dump() + "\n");
    if (!cache_dir_.empty()) prune_cache(cache_dir_, used);
    parts_.clear();
    site.merge(std::move(index));
}

}  // namespace icbgen

#pragma once
// The website's search index, made by Pagefind (npm package `pagefind`, pinned in
// package-lock.json; its binary comes as the platform's optional dependency, e.g.
// @pagefind/linux-x64). The public HTML pages, and nothing else, are written to a private
// temporary folder; Pagefind indexes them there with a time limit, and its files are read back
// into the public FileSet under site_paths::search_index_dir() before the output link check
// and the atomic write. The private output is never shown to it.
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_set.h"
#include "render/pack/child_process.h"

namespace icbgen {

// The Pagefind binary: `explicit_path` (--pagefind) when given, else $ICBGEN_PAGEFIND, else
// <root>/node_modules/@pagefind/<platform>/bin/, else the copy set up beside the source tree;
// "" when none is found.
std::string find_pagefind(const std::string& root, const std::string& explicit_path);

// The page as Pagefind is given it: without the elements marked data-pagefind-ignore="all",
// which it would skip whole anyway (each page's indexed text is the same), so that it does
// not parse them: a metric page's chart and data table are half of its bytes, and parsing
// them was half of Pagefind's time (docs/PERFORMANCE.md). An element is cut from its start
// tag to the end tag that closes it (same name, nesting counted); anything unexpected leaves
// the page whole.
std::string without_ignored(const std::string& html);

// The page as Pagefind is given it: its head (title, language) and the element marked
// data-pagefind-body, which is all that Pagefind indexes once a site marks one, without the
// ignored elements above. The header, menus and footer around it are not read at all:
// Pagefind's index is byte for byte the same, in about 12% less of its time (measured at
// 10,000 pages, docs/PERFORMANCE.md). A page without such an element (or with markup not as
// expected) is given whole, minus the ignored elements.
std::string for_pagefind(const std::string& html);

// The pages are indexed in parts of at most this many pages, a Pagefind run each: Pagefind
// holds about 85 kB per page while it runs (95 MB for 1,000 pages, 170 MB for 2,000, for the
// same CPU time per page), so parts keep its memory bounded however large the site, and two
// runs at once stay below the rest of the build (docs/PERFORMANCE.md, "Memory of the pages"). Where
// a part ends depends on the pages' addresses, so that a page added or removed changes one part
// (search_index.cpp, `ends_part`). pagefind/ holds the first part; the others go in
// pagefind/part-2/, part-3/, ..., listed in pagefind/icbgen-parts.json, and the search page merges
// them into its searches (Pagefind's mergeIndex).
constexpr std::size_t kPagesPerSearchIndex = 1000;
// How many parts are indexed at once, at most (and never more than the machine's cores).
constexpr std::size_t kSearchRunsAtOnce = 2;

// Indexes the HTML pages of `site` and adds Pagefind's files to it. A missing binary is
// `search-tool-missing`; a failure or a run (of one part) longer than the time limit
// ($ICBGEN_SEARCH_TIMEOUT seconds, default 120) is `search-index-failed`. With a `cache_dir`, each
// part's index is kept there under the hash of its exact input (its pages as Pagefind reads them,
// the arguments, the binary), so Pagefind runs only for the parts whose pages changed; entries no
// build used for ten minutes are removed (none kept when `cache_dir` is empty). In two steps, so
// that the build goes on while Pagefind runs: start with the pages as they are (only the HTML pages
// are read, and only now), do other work that adds no HTML page, then finish, which waits for
// Pagefind and adds its files (or the diagnostics).
class SearchIndexJob {
public:
    SearchIndexJob(SearchIndexJob&&) noexcept;
    SearchIndexJob& operator=(SearchIndexJob&&) = delete;
    ~SearchIndexJob();  // waits for Pagefind, and removes its temporary folder
    void finish(FileSet& site, Diagnostics& diags);

private:
    SearchIndexJob() = default;
    friend SearchIndexJob start_search_index(const FileSet&, const std::string&,
                                             const std::string&);
    std::string pagefind_;
    Diagnostics early_;  // found before Pagefind could run
    struct Part {
        std::filesystem::path dir;  // its pages for Pagefind, and Pagefind's output
        std::string key;            // its cache key
        FileSet files;              // its index files (relative to its pagefind/ folder)
    };
    std::vector<Part> parts_;
    std::vector<std::size_t> runs_;  // the parts Pagefind indexes (not from the cache), in order
    std::filesystem::path cache_dir_, temp_;
    int limit_ = 0;
    bool started_ = false;
    // Of each run (exit_status -1: not run, after an earlier part failed).
    std::unique_ptr<std::vector<ChildResult>> results_ =
        std::make_unique<std::vector<ChildResult>>();
    std::thread runner_;
};
SearchIndexJob start_search_index(const FileSet& site, const std::string& pagefind,
                                  const std::string& cache_dir);

}  // namespace icbgen

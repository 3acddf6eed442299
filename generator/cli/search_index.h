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

// The pages are indexed in parts of at most this many pages, one Pagefind run after another:
// Pagefind holds about 140 kB per page while it runs (1.4 GB for 10,000 pages), so parts keep
// its memory bounded however large the site. pagefind/ holds the first part; the others go in
// pagefind/part-2/, part-3/, ..., listed in pagefind/icbgen-parts.json, and the search page
// merges them into its searches (Pagefind's mergeIndex). At 10,000 pages, parts of 1,000 take
// the same CPU time as parts of 2,000 and half the memory (150 MB, not 296 MB: more than the
// rest of the build once its pages are staged; docs/PERFORMANCE.md, "Memory of the pages").
constexpr std::size_t kPagesPerSearchIndex = 1000;

// Indexes the HTML pages of `site` and adds Pagefind's files to it. A missing binary is
// `search-tool-missing`; a failure or a run longer than the time limit ($ICBGEN_SEARCH_TIMEOUT
// seconds, default 120) is `search-index-failed`. With a `cache_dir`, the index is kept there
// under the hash of its exact input (the pages, the arguments, the binary), so a build whose
// pages did not change reuses it instead of running Pagefind (none when empty).
// In two steps, so that the build goes on while Pagefind runs: start with the pages as they
// are (only the HTML pages are read, and only now), do other work that adds no HTML page,
// then finish, which waits for Pagefind and adds its files (or the diagnostics).
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
    FileSet index_;      // from the cache, or read back from Pagefind's output
    std::filesystem::path entry_, temp_;
    std::vector<std::filesystem::path> parts_;  // a folder per part of the index
    int limit_ = 0;
    bool started_ = false;
    // Of the last Pagefind run: the first that failed, or the last.
    std::unique_ptr<ChildResult> result_ = std::make_unique<ChildResult>();
    std::thread runner_;
};
SearchIndexJob start_search_index(const FileSet& site, const std::string& pagefind,
                                  const std::string& cache_dir);

}  // namespace icbgen

#pragma once
// One page to render: where it goes, through which template, and how to build its view. Jobs
// run on a pool of threads; their results are merged in the order the jobs were listed, so
// the output never depends on scheduling.
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_set.h"
#include "templates/template_set.h"

namespace icbgen {

struct PageJob {
    std::string path;           // output path
    std::string template_name;  // e.g. "metric.mustache"
    std::function<nlohmann::json()> view;
};

// Applied to each rendered page on its worker thread (e.g. marking abbreviations).
using PageFinisher = std::function<std::string(const std::string& path, std::string html)>;

class PageMemo;  // render/site/page_memo.h

// Renders every job with `threads` workers (0: one per core) into `out`, each page handed to
// `out` on its worker (a FileSet with a store writes it there then); template errors go to
// `diags` in job order. Of two jobs with the same path, the later one's page is kept. With a memo,
// a page whose view is the same as last time is taken from it instead (the caller has begun the
// memo with everything else the pages depend on).
void render_pages(const std::vector<PageJob>& jobs, const TemplateSet& templates,
                  const PageFinisher& finish, int threads, FileSet& out, Diagnostics& diags,
                  PageMemo* memo = nullptr);

// Readies a view for logic-less templates: empty strings become false, so {{#field}} skips
// them like absent values; each list `x` gains a boolean `has_x` for "show this heading only
// when there is something under it".
void prepare_view(nlohmann::json& view);

}  // namespace icbgen

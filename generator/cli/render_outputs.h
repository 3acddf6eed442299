#pragma once
// From a checked front end to every output in memory: the website (pages, workbooks, public
// packs), the private packs, and what rendering reported. `build` and `pack` write the result;
// `serve` serves it. Nothing here touches the output folders.
#include <memory>
#include <string>
#include <vector>

#include "cli/front_end.h"
#include "core/diagnostic.h"
#include "core/file_set.h"
#include "render/pack/pack_renderer.h"

namespace icbgen {

class PageMemo;      // render/site/page_memo.h
class TemplateMemo;  // templates/template_set.h

struct RenderOptions {
    std::string base_url;  // default from content/site.yaml
    std::string assets;    // nhsuk-frontend dist folder; default found beside the binary
    int jobs = 0;
    // Leave pack PDFs unmade (in `deferred_pdfs`); their paths still count as files of the
    // website for the link check.
    bool defer_pdfs = false;
    std::string pdf_cache_dir;     // where made PDFs are kept between runs; none when empty
    std::string pagefind;          // --pagefind: the search indexer (default: cli/search_index.h)
    std::string search_cache_dir;  // where search indexes are kept between runs; none when empty
    // `serve`: the pages kept from its last build (render/site/page_memo.h), and its other
    // renders, such as the packs' HTML (templates/template_set.h); none when null.
    PageMemo* page_memo = nullptr;
    TemplateMemo* template_memo = nullptr;
    // `build`: where the website's files go as they are made (the public output's staging
    // folder, output/staging_folder.h), so that they are never all in memory; none: in memory.
    std::shared_ptr<FileStore> site_store = nullptr;
};

struct RenderedOutputs {
    FileSet site;           // relative to site/; its store is RenderOptions::site_store
    FileSet private_files;  // relative to private/
    std::vector<DeferredPdf> deferred_pdfs;
    Diagnostics diags;  // what rendering and the link check reported
};

// Everything: render_pages, then finish_outputs.
RenderedOutputs render_outputs(const FrontEnd& fe, const std::string& root,
                               const RenderOptions& options);
// The pages, assets, downloads and packs, without the workbooks or the link check: what
// `serve` shows first, finishing the rest just after.
RenderedOutputs render_pages(const FrontEnd& fe, const std::string& root,
                             const RenderOptions& options);
// Adds the workbooks and the search index to `out`, then checks every link of the finished
// website.
void finish_outputs(const FrontEnd& fe, const std::string& root, const RenderOptions& options,
                    RenderedOutputs& out);

// The nhsuk-frontend dist folder used when none is given: the site's own node_modules, else
// the copy set up beside the source tree; empty when neither exists.
std::string default_assets(const std::string& root);

}  // namespace icbgen
